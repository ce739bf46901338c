// Runs in <head>, before the first paint and before the wasm, so the page answers at once.
// `head.rs` fills the capitalised names from the app's own constants (ids.rs, theme.rs, keys.rs).
(function () {
  var root = document.documentElement;
  root.classList.add(SCRIPTED);
  // A saved theme, applied before the first paint, so the colours never flash.
  try {
    var saved = localStorage.getItem(THEME_KEY);
    if (THEMES.indexOf(saved) >= 0) root.dataset.theme = saved;
  } catch (e) { /* storage disabled: the default theme */ }

  // `starting`: the wasm may still come. `beforeApp`: the app does not handle the page (yet).
  var starting = function () {
    return !root.classList.contains(READY) && !root.classList.contains(FAILED);
  };
  var beforeApp = function () { return !root.classList.contains(READY); };

  // Cards open and close at once, with or without the wasm, which adopts their state.
  var setCard = function (toggle, open) {
    var panel = document.getElementById(toggle.getAttribute("aria-controls"));
    if (!panel) return;
    toggle.setAttribute("aria-expanded", String(open));
    panel.hidden = !open;
    toggle.closest("section").classList.toggle(CARD_OPEN, open);
  };
  // A link to a card, or to anything inside one, opens it and the cards around it.
  var reveal = function () {
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }
    var target = id && document.getElementById(id);
    for (var card = target && target.closest("section"); card; card = card.parentElement.closest("section")) {
      var toggle = card.querySelector("." + CARD_TOGGLE);
      if (toggle && toggle.closest("section") === card) setCard(toggle, true);
    }
  };

  // Any other control needs the wasm: a click or its key before the wasm is ready waits, shown
  // as busy, and is replayed once the app is ready; if the wasm fails, the control is hidden.
  var queue = [];
  var hold = function (control) {
    control = control.closest("label") || control;
    control.setAttribute("aria-busy", "true");
    queue.push(control);
  };
  document.addEventListener("click", function (event) {
    if (!beforeApp() || !(event.target instanceof Element)) return;
    var toggle = event.target.closest("." + CARD_TOGGLE);
    if (toggle) return setCard(toggle, toggle.getAttribute("aria-expanded") !== "true");
    var control = event.target.closest("." + NEEDS_SCRIPT + " :is(button, input, label)");
    if (!control || !starting()) return;
    event.preventDefault();
    hold(control);
  }, true);
  document.addEventListener("keydown", function (event) {
    if (!starting() || event.ctrlKey || event.altKey || event.metaKey || event.key.length !== 1) return;
    if (event.target instanceof Element && event.target.closest("input, textarea, select, [contenteditable]")) return;
    var control = document.querySelector('[aria-keyshortcuts="' + event.key.toUpperCase() + '"]');
    if (!control) return;
    event.preventDefault();
    hold(control);
  }, true);
  // A radio button moved by its arrow keys changes without a click: it waits the same way.
  document.addEventListener("change", function (event) {
    if (starting() && event.target instanceof Element && event.target.closest("." + NEEDS_SCRIPT)) hold(event.target);
  }, true);
  var replay = function (control) {
    var input = control.matches("label") ? control.querySelector("input") : control;
    if (input && input.matches("input") && input.checked) input.dispatchEvent(new Event("change", { bubbles: true }));
    else control.click();
  };
  new MutationObserver(function (changes, observer) {
    if (starting()) return;
    observer.disconnect();
    var held = queue.splice(0);
    held.forEach(function (control) { control.removeAttribute("aria-busy"); });
    if (root.classList.contains(READY)) held.forEach(replay);
  }).observe(root, { attributes: true, attributeFilter: ["class"] });
  addEventListener("hashchange", function () { if (beforeApp()) reveal(); });
  document.addEventListener("DOMContentLoaded", reveal);
})();
