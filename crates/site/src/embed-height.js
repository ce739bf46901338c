// Runs in an embedded view's page (embed/{view}/index.html), with or without the wasm: tells the
// page that embeds it how tall it is, when it loads, whenever its height changes, and when the
// host script asks (it may start after this page has loaded), so the host script can size the
// iframe and nothing scrolls inside it. The height is all it sends.
(function () {
  if (window.parent === window) return;
  var last = 0;
  var send = function (again) {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last && again !== true) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height: height }, "*");
  };
  var watch = function () {
    send();
    if (typeof ResizeObserver === "function") new ResizeObserver(send).observe(document.documentElement);
    else addEventListener("resize", send);
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watch);
  else watch();
  addEventListener("load", function () { send(true); });
  addEventListener("message", function (event) {
    var data = event.data;
    if (event.source === window.parent && data && typeof data === "object" && data.type === MEASURE_MESSAGE) send(true);
  });
})();
