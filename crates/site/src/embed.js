// The host script of the embed code: sizes each embedded view's iframe to the height its page
// reports, so the chart shows whole and nothing scrolls inside the frame. It keeps this file name
// at the site's root for good, so pasted embed code never breaks. It acts only on messages sent
// by one of the page's own iframes marked FRAME_ATTRIBUTE, from that iframe's origin, in the one
// shape the embedded page sends; anything else is ignored. Loading it twice adds one listener.
(function () {
  if (window.hsiEmbedSizer) return;
  window.hsiEmbedSizer = true;
  var frames = function () { return document.querySelectorAll("iframe[" + FRAME_ATTRIBUTE + "]"); };
  var originOf = function (frame) {
    try { return new URL(frame.src, location.href).origin; } catch (e) { return null; }
  };
  addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== HEIGHT_MESSAGE) return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height) || height <= 0 || height > 100000) return;
    var all = frames();
    for (var i = 0; i < all.length; i += 1) {
      var frame = all[i];
      if (frame.contentWindow !== event.source) continue;
      if (originOf(frame) !== event.origin) return;
      frame.style.height = Math.ceil(height) + "px";
      return;
    }
  });
  // Frames that loaded before this script have already reported: ask them again. The request
  // holds nothing, so it goes to whatever page a frame holds now (one still loading reports when
  // it loads); an answer counts only from the frame's own origin, as above.
  var ask = function () {
    var all = frames();
    for (var i = 0; i < all.length; i += 1) {
      if (all[i].contentWindow) all[i].contentWindow.postMessage({ type: MEASURE_MESSAGE }, "*");
    }
  };
  ask();
  // A frame off the screen is not rendered meanwhile, so its own watch on its height waits until
  // the reader reaches it, and the page would jump then. When this page's size changes, every
  // frame is asked again once the resizing has paused (and the frames have their new width).
  var pause;
  addEventListener("resize", function () {
    clearTimeout(pause);
    pause = setTimeout(ask, 150);
  });
})();
