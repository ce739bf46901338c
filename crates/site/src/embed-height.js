// Runs in an embedded view's page (embed/{view}/index.html), with or without the wasm: tells the
// page that embeds it how tall it is, when it loads and whenever its height changes, so the
// host script can size the iframe and nothing scrolls inside it. The height is all it sends.
(function () {
  if (window.parent === window) return;
  var last = 0;
  var send = function () {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
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
  addEventListener("load", send);
})();
