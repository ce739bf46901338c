// The host script of the embed code: sizes each embedded view's iframe to the height its page
// reports, so the chart shows whole and nothing scrolls inside the frame. It keeps this file name
// at the site's root for good, so pasted embed code never breaks. It acts only on messages sent
// by one of the page's own iframes marked FRAME_ATTRIBUTE, from that iframe's origin, in the one
// shape the embedded page sends; anything else is ignored. Loading it twice adds one listener.
(function () {
  if (window.hsiEmbedSizer) return;
  window.hsiEmbedSizer = true;
  addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== HEIGHT_MESSAGE) return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height) || height <= 0 || height > 100000) return;
    var frames = document.querySelectorAll("iframe[" + FRAME_ATTRIBUTE + "]");
    for (var i = 0; i < frames.length; i += 1) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try { origin = new URL(frame.src, location.href).origin; } catch (e) { return; }
      if (origin !== event.origin) return;
      frame.style.height = Math.ceil(height) + "px";
      return;
    }
  });
})();
