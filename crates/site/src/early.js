// Runs in <head>, before the first paint and before the wasm, so the page answers at once.
// `head.rs` fills the capitalised names from the app's own constants (ids.rs, theme.rs).
(function () {
  var root = document.documentElement;
  // What takes typed keys for itself.
  var FIELDS = "input, textarea, select, [contenteditable]";
  root.classList.add(SCRIPTED);
  // A saved theme, applied before the first paint, so the colours never flash.
  try {
    var saved = localStorage.getItem(THEME_KEY);
    if (THEMES.indexOf(saved) >= 0) root.dataset.theme = saved;
  } catch (e) { /* storage disabled: the default theme */ }
  // The page's one-key shortcut, if the reader turned it off: neither shown, announced nor
  // honoured, and its switch shows it off (the page is prerendered with it on).
  try {
    if (localStorage.getItem(SHORTCUT_KEY) === SHORTCUT_OFF) {
      root.classList.add(SHORTCUT_OFF_CLASS);
      document.addEventListener("DOMContentLoaded", function () {
        var box = document.getElementById(SHORTCUT_SWITCH);
        var present = document.getElementById(PRESENT);
        if (box) box.checked = false;
        if (present) present.removeAttribute("aria-keyshortcuts");
      });
    }
  } catch (e) { /* storage disabled: on */ }

  // Present mode's sheet is linked after the opening paragraph, and Chromium parses no further
  // until it is in, so that the title and the paragraph paint first (inline.rs). A sheet that does
  // not come (a stalled request) must not hide the rest of the article: one found pending at two
  // checks a second apart goes to the end of the page, and the page is parsed on.
  var pending = null;
  var watch = setInterval(function () {
    if (document.readyState !== "loading") return clearInterval(watch);
    var link = document.querySelector("#" + APP + " link[rel=stylesheet]:not([media])");
    if (link && !link.sheet && link === pending) {
      document.body.appendChild(link);
      return clearInterval(watch);
    }
    pending = link && !link.sheet ? link : null;
  }, 1000);

  var fail = function () {
    root.classList.remove(READY);
    root.classList.add(FAILED);
  };
  // A browser without module scripts or WebAssembly can never start the app: say so at once.
  if (!("noModule" in HTMLScriptElement.prototype) || typeof WebAssembly !== "object") fail();
  // With `panic = "abort"`, a panic in the wasm (during hydration, or later) is a runtime error
  // that leaves every control of the app dead: the page says so, and this script takes the cards
  // back.
  addEventListener("error", function (event) {
    if (typeof WebAssembly === "object" && event.error instanceof WebAssembly.RuntimeError) fail();
  });

  // `starting`: the wasm may still come. `beforeApp`: the app does not handle the page (yet).
  var starting = function () {
    return !root.classList.contains(READY) && !root.classList.contains(FAILED);
  };
  var beforeApp = function () { return !root.classList.contains(READY); };

  // Cards open and close at once, with or without the wasm, which adopts their state.
  var ownToggle = function (card) {
    var toggle = card.querySelector("." + CARD_TOGGLE);
    return toggle && toggle.closest("section") === card ? toggle : null;
  };
  var panelOf = function (toggle) { return document.getElementById(toggle.getAttribute("aria-controls")); };
  // Whether a card is open, by its panel: the page is written for a reader without script, every
  // toggle saying its card is open (prerender), until the whole page is in (below).
  var isOpen = function (toggle) {
    var panel = panelOf(toggle);
    return !!panel && !panel.hasAttribute("hidden");
  };
  var setCard = function (toggle, open) {
    var panel = panelOf(toggle);
    if (!panel) return;
    toggle.setAttribute("aria-expanded", String(open));
    if (open) panel.removeAttribute("hidden");
    else panel.setAttribute("hidden", CLOSED_PANEL);
    toggle.closest("section").classList.toggle(CARD_OPEN, open);
  };
  // Opens a card and the cards around it by a click on each toggle, which this script answers
  // before the app, the app after it, and both while the app hydrates, so the app's state and the
  // page agree.
  var openAround = function (card) {
    for (; card; card = card.parentElement.closest("section")) {
      var toggle = ownToggle(card);
      if (toggle && !isOpen(toggle)) toggle.click();
    }
  };
  // A link's target can move as the page loads under it (a card the link opens, the app's
  // controls as it starts, or as they go if it fails), which Chromium holds in place (scroll
  // anchoring) and Firefox and WebKit may not. So the linked element is scrolled back to the top
  // of the view whenever it has moved, while the hash still names it, for 12 frames (measured
  // enough in Firefox and WebKit; stopping once it stood still for a few frames after the page
  // had loaded was not), and for a link this script follows, keyboard focus is given back to its
  // control if the browser took it away. The one loop serves the page before the app (a link, at
  // load or on a hash change) and the app (browser::reveal sends SETTLE_EVENT to what it scrolled
  // to); a new link ends the loop of the last one, and the reader's first wheel, touch, key or
  // pointer press ends it. The focus moved to another element meanwhile (by a screen reader, a
  // script or the page's own `focus()`, which scrolls to it) is held in its place instead: held
  // on, the link had the view scrolled back and the focused control left 1,700 px out of it. If
  // the wasm fails, its controls go, and the linked element moves with them in an engine without
  // scroll anchoring (WebKit): the last loop runs again then (`again`), unless the reader has
  // moved since: a press, or once the loop is over any scroll at all (a scrollbar dragged, a
  // screen reader's reading; the scroll the failure itself causes comes after `again` has run).
  var READER = ["wheel", "touchstart", "keydown", "pointerdown"];
  var settling = null, again = null;
  READER.forEach(function (type) {
    addEventListener(type, function () {
      again = null;
      if (settling) settling();
    }, { capture: true, passive: true });
  });
  addEventListener("scroll", function () {
    if (!settling) again = null;
  }, { passive: true });
  // `at`: where to hold it, its top that many pixels below the view's (else at the top).
  var settle = function (target, focus, at) {
    if (settling) settling();
    var hash = location.hash, frames = 0, top, focused;
    var stop = function () {
      if (settling === stop) settling = null;
    };
    settling = stop;
    // The focus as whatever started the loop leaves it (the app focuses just after).
    Promise.resolve().then(function () {
      focused = document.activeElement;
    });
    again = function () {
      if (location.hash === hash) settle(target, focus, at);
    };
    var step = function () {
      if (settling !== stop) return;
      if (location.hash !== hash || ++frames > 12) return stop();
      // The browser's own part in following a link can take the focus back to the page after
      // it was given (Chromium's scroll to the link the page opened at, a frame later; Firefox's
      // for a link to the hash already in the address bar, after the app's): it is given again,
      // unless the reader has put it elsewhere.
      var active = document.activeElement;
      if (active && active !== focused && active !== document.body) {
        // The focus moved (a script's or a screen reader's `focus()`, which scrolled to it): what
        // has it now is held where it stands, for frames of its own, in place of the link.
        // (WebKit scrolls to a focused element only at its next rendering: it is brought into
        // view here, where `focus()` would have put it.)
        again = null;
        target = active;
        focus = null;
        var box = active.getBoundingClientRect();
        if (box.bottom < 0 || box.top > innerHeight) active.scrollIntoView({ block: "nearest" });
        at = Math.round(active.getBoundingClientRect().top);
        frames = 0;
      }
      if (focus && (!active || active === document.body)) focus.focus({ preventScroll: true });
      focused = document.activeElement;
      // Scrolled again once it has moved, or, held at `at`, until it is there (a scroll that
      // stopped short at the page's end goes on once the page has grown).
      var now = Math.round(target.getBoundingClientRect().top);
      if (at === undefined ? now !== top : now !== at) {
        if (at === undefined) target.scrollIntoView();
        else scrollBy(0, now - at);
        top = Math.round(target.getBoundingClientRect().top);
      }
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  };
  // What keyboard focus goes to for a linked element, as the app's browser::reveal has it: a
  // card's toggle, or the chart itself.
  var focusFor = function (linked) {
    return linked.tagName === "SECTION" ? ownToggle(linked) : linked;
  };
  // The app's event does not bubble: it is heard on its way down (capture).
  // Held elsewhere than the top (`SETTLE_AT`), it is the view given back, and the app has put the
  // focus where it was.
  document.addEventListener(SETTLE_EVENT, function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var at = target.getAttribute(SETTLE_AT);
    target.removeAttribute(SETTLE_AT);
    if (at === null) settle(target, focusFor(target));
    else settle(target, null, +at);
  }, true);
  // A link to a card opens it and the cards around it, as the app does (route.rs); so does a
  // link to a chart (`#chart-x`) or to its table (`#chart-x-table`, drawn once the app runs).
  var reveal = function () {
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }
    var target = id && document.getElementById(id);
    if (!target && id && id.slice(-TABLE_SUFFIX.length) === TABLE_SUFFIX) {
      target = document.getElementById(id.slice(0, -TABLE_SUFFIX.length));
    }
    var linked = target;
    if (target && target.tagName === "FIGURE" && target.id.indexOf(CHART_PREFIX) === 0) target = target.closest("section");
    if (!target || target.tagName !== "SECTION" || !ownToggle(target)) return;
    openAround(target);
    var focus = focusFor(linked);
    focus.focus({ preventScroll: true });
    settle(linked, focus);
  };

  // Any other control needs the wasm: a click or its key before the app is ready waits, shown
  // as busy, and is replayed once the app is ready; if the wasm fails, the control is hidden.
  // A held event goes no further, so the app cannot also act on it in the moment between
  // hydrating and calling itself ready.
  var queue = [];
  var hold = function (event, control) {
    event.preventDefault();
    event.stopPropagation();
    control = control.closest("label") || control;
    control.setAttribute("aria-busy", "true");
    // A checkbox keeps the state the reader asked for, each click turning it over once more: the
    // box clicked itself is already toggled while its click is handled, its label's not yet.
    var box = control.matches("input[type=checkbox]") ? control : control.querySelector("input[type=checkbox]");
    if (box) {
      var shown = event.target === box ? !box.checked : box.checked;
      control.wanted = !(typeof control.wanted === "boolean" ? control.wanted : shown);
    }
    queue.push(control);
  };
  // A control marked as needing the app, or inside a group so marked.
  var needsApp = ["button", "input", "label"].map(function (tag) {
    return "." + NEEDS_SCRIPT + " " + tag + ", " + tag + "." + NEEDS_SCRIPT;
  }).join(", ");
  document.addEventListener("click", function (event) {
    if (!beforeApp() || !(event.target instanceof Element)) return;
    var toggle = event.target.closest("." + CARD_TOGGLE);
    if (toggle) return setCard(toggle, !isOpen(toggle));
    var control = event.target.closest(needsApp);
    if (control && starting()) hold(event, control);
  }, true);
  // A key that a control names as its shortcut (`aria-keyshortcuts`, P for Present) waits too.
  document.addEventListener("keydown", function (event) {
    if (!starting() || event.repeat || event.ctrlKey || event.altKey || event.metaKey) return;
    if (root.classList.contains(SHORTCUT_OFF_CLASS)) return;
    if (typeof event.key !== "string" || event.key.length !== 1) return;
    if (event.target instanceof Element && event.target.closest(FIELDS)) return;
    var key = event.key.toUpperCase();
    var controls = document.querySelectorAll("[aria-keyshortcuts]");
    for (var i = 0; i < controls.length; i += 1) {
      if (controls[i].getAttribute("aria-keyshortcuts").split(" ").indexOf(key) >= 0) return hold(event, controls[i]);
    }
  }, true);
  // A radio button moved by its arrow keys changes without a click: it waits the same way.
  document.addEventListener("change", function (event) {
    if (starting() && event.target instanceof Element && event.target.closest("." + NEEDS_SCRIPT)) hold(event, event.target);
  }, true);
  var replay = function (control) {
    var input = control.matches("label") ? control.querySelector("input") : control;
    var change = function () { input.dispatchEvent(new Event("change", { bubbles: true })); };
    // A checkbox is set as the reader asked, whatever the app's start did to it meanwhile, and
    // the app told; a radio moved by its arrow keys is checked already, and only told; any other
    // click (a radio's, a button's: held before it changed anything) is clicked again.
    if (input && typeof control.wanted === "boolean") {
      input.checked = control.wanted;
      change();
    } else if (input && input.matches("input[type=radio]") && input.checked) change();
    else control.click();
  };
  var failed = false;
  new MutationObserver(function () {
    if (starting()) return;
    var held = queue.splice(0);
    held.forEach(function (control) { control.removeAttribute("aria-busy"); });
    if (root.classList.contains(READY)) held.forEach(replay);
    // The wasm has failed (at the start, or with a panic later): the linked element is held in
    // place again (`settle`).
    if (root.classList.contains(FAILED) && !failed) {
      failed = true;
      if (again) again();
    }
  }).observe(root, { attributes: true, attributeFilter: ["class"] });
  // Find in page, or a link to a passage (`#:~:text=`), that reaches a closed card's panel (hidden
  // until found) fires `beforematch` there: the card opens, and the cards around it at once (the
  // browser would reveal them next, but Chromium stops once the first is shown).
  document.addEventListener("beforematch", function (event) {
    var card = event.target instanceof Element && event.target.closest("section");
    var toggle = card && ownToggle(card);
    if (!toggle || toggle.getAttribute("aria-controls") !== event.target.id) return;
    openAround(card);
  }, true);
  // A chart's exact value, shown above the chart on hover and on keyboard focus, goes on Escape
  // until neither the pointer nor the focus is on the chart: it covers the chart's headline
  // amount, and content shown on hover or focus must be dismissible without moving either
  // (WCAG 1.4.13).
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    document.querySelectorAll("." + CHART_EXACT).forEach(function (exact) {
      var plot = exact.parentElement;
      var held = function () { return plot.matches(":hover") || plot === document.activeElement; };
      if (exact.hidden || !held()) return;
      exact.hidden = true;
      var back = function () {
        if (held()) return;
        exact.hidden = false;
        plot.removeEventListener("pointerleave", back);
        plot.removeEventListener("focusout", back);
      };
      plot.addEventListener("pointerleave", back);
      plot.addEventListener("focusout", back);
    });
  });
  // The handout's sheet (print media) waits in a <noscript> (inline.rs, PRINT_SHEET), and is
  // linked once the page has loaded, or LOAD_WAIT ms after it is parsed if a request that never
  // ends holds the load event back (as the start script does with the wasm, boot.rs).
  var linkPrintSheets = function () {
    // With script, a <noscript>'s content is its text: the link the build wrote.
    document.querySelectorAll("noscript[" + PRINT_SHEET + "]").forEach(function (holder) {
      holder.outerHTML = holder.textContent;
    });
  };
  addEventListener("load", linkPrintSheets);
  document.addEventListener("DOMContentLoaded", function () { setTimeout(linkPrintSheets, LOAD_WAIT); });
  addEventListener("hashchange", function () { if (beforeApp()) reveal(); });
  // Each toggle says what its panel shows, once the page is in (it is written saying open, for a
  // reader without script).
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("." + CARD_TOGGLE).forEach(function (toggle) {
      if (panelOf(toggle)) toggle.setAttribute("aria-expanded", String(isOpen(toggle)));
    });
  });
  document.addEventListener("DOMContentLoaded", reveal);
  // A link to the hash already in the address bar (the reader closed the card since, or
  // scrolled away) changes no hash, so the browser fires no `hashchange` and the card would stay
  // closed: the link counts as followed again, for this script before the app and for the app
  // after (hooks.rs). Sent once the browser has done its own part (its scroll), unless a handler
  // cancelled the click or went elsewhere; a click that opens another tab or window (a modifier,
  // another button, a target) or downloads navigates nothing here. (An SVG `<a>` has no `hash`
  // and is left alone; the page has no SVG links.)
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element && event.target.closest("a[href]");
    if (!link || !link.hash || link.hash !== location.hash || link.hasAttribute("download")) return;
    if ((link.target && link.target !== "_self") || event.button !== 0) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    if (link.href.split("#")[0] !== location.href.split("#")[0]) return;
    setTimeout(function () {
      if (event.defaultPrevented || location.hash !== link.hash) return;
      dispatchEvent(new HashChangeEvent("hashchange", { oldURL: location.href, newURL: location.href }));
    });
  });
})();
