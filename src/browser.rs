//! The only module that touches the browser. Every call is guarded: where an API is missing or
//! refuses (storage disabled, no window under the server renderer), it quietly does nothing.

use crate::export::image::{Image, Palette};
use crate::ids::{self, THEME_KEY};
use gloo_events::EventListener;
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved theme value, if any. Reading may fail (privacy modes): then there is none.
pub fn saved_theme() -> Option<String> {
    storage()?.get_item(THEME_KEY).ok().flatten()
}

pub fn save_theme(value: &str) {
    if let Some(storage) = storage() {
        // A full or disabled storage only means the choice is not remembered.
        let _ = storage.set_item(THEME_KEY, value);
    }
}

/// The console's saved target duration, as stored: the caller judges it (`slides::pace`).
pub fn saved_target() -> Option<String> {
    storage()?.get_item(ids::TARGET_KEY).ok().flatten()
}

/// Saves the console's target duration, or forgets it (`None`). A full or disabled storage only
/// means it is not remembered.
pub fn save_target(minutes: Option<&str>) {
    if let Some(storage) = storage() {
        let _ = match minutes {
            Some(minutes) => storage.set_item(ids::TARGET_KEY, minutes),
            None => storage.remove_item(ids::TARGET_KEY),
        };
    }
}

/// Sets `data-theme` on `<html>`, which the style sheet reads.
pub fn apply_theme(value: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-theme", value);
    }
}

/// The current URL hash, with its `#`.
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Calls `on_change` with the new hash whenever it changes; stops when the listener is dropped.
pub fn on_hash_change(on_change: impl Fn(String) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "hashchange", move |_| {
        on_change(location_hash())
    }))
}

/// Scrolls the element `scroll_id` to the top of the view and moves keyboard focus to `focus_id`.
pub fn reveal(scroll_id: &str, focus_id: &str) {
    let Some(document) = document() else { return };
    if let Some(element) = document.get_element_by_id(scroll_id) {
        element.scroll_into_view();
    }
    if let Some(target) = document
        .get_element_by_id(focus_id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = target.focus();
    }
}

/// Moves keyboard focus to `id`, which the browser scrolls into view only as far as needed: a
/// thumbnail chosen by a click stays under the pointer, so the click lands where it began.
pub fn focus(id: &str) {
    if let Some(target) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = target.focus();
    }
}

/// Whether the card whose toggle is `toggle_id` is open in the page as it stands: the early
/// script may have opened or closed it before the wasm started. `None` outside a browser.
pub fn card_open_in_page(toggle_id: &str) -> Option<bool> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    let expanded = document()?
        .get_element_by_id(toggle_id)?
        .get_attribute("aria-expanded")?;
    Some(expanded == "true")
}

/// Marks the page as running: `js` (also set by index.html before first paint, for the style
/// sheet) and `app-ready`, which says the wasm has hydrated the page and it responds.
pub fn mark_ready() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root
            .class_list()
            .add_2(ids::SCRIPTED_CLASS, ids::READY_CLASS);
    }
}

/// Marks the page as one the app cannot run: its controls hide, as when the wasm fails to load.
pub fn mark_failed() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.class_list().add_1(ids::FAILED_CLASS);
    }
}

/// Offers `blob` to the reader as a file named `file_name`.
fn save_blob(blob: &web_sys::Blob, file_name: &str) {
    let Some(document) = document() else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    if let Ok(link) = document
        .create_element("a")
        .map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>())
    {
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
    }
    // The click has started the download; the URL is no longer needed once it has been read.
    let _ = web_sys::Url::revoke_object_url(&url);
}

fn blob_of(text: &str, mime: &str) -> Option<web_sys::Blob> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

/// Downloads text (a CSV, say) as a file.
pub fn download_text(text: &str, mime: &str, file_name: &str) {
    if let Some(blob) = blob_of(text, mime) {
        save_blob(&blob, file_name);
    }
}

/// The chart `svg_id` as the reader sees it, for a file of its own: its markup with the colours
/// of the active theme written into each element (the style sheet does not travel with the
/// file), and the colours of the figure `figure_id` around it. `export::image` lays it out.
pub fn drawn_chart(svg_id: &str, figure_id: &str) -> Option<(String, Palette)> {
    let window = web_sys::window()?;
    let document = document()?;
    let svg = document.get_element_by_id(svg_id)?;
    let copy: web_sys::Element = svg.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    // Every element drawn in one of the charts' fixed colours (`#0B2545`, `charts::ink`); an
    // icon's shapes are drawn in `currentColor` and take the colour of the group that uses them.
    let painted = "[fill^='#'], [stroke^='#'], [color^='#']";
    let originals = svg.query_selector_all(painted).ok()?;
    let copies = copy.query_selector_all(painted).ok()?;
    for i in 0..originals.length() {
        let (Some(original), Some(target)) = (originals.item(i), copies.item(i)) else {
            continue;
        };
        let (Ok(original), Ok(target)) = (
            original.dyn_into::<web_sys::Element>(),
            target.dyn_into::<web_sys::Element>(),
        ) else {
            continue;
        };
        let Ok(Some(style)) = window.get_computed_style(&original) else {
            continue;
        };
        for property in ["fill", "stroke", "color"] {
            if let (Some(_), Ok(value)) = (
                target
                    .get_attribute(property)
                    .filter(|v| v.starts_with('#')),
                style.get_property_value(property),
            ) {
                let _ = target.set_attribute(property, &value);
            }
        }
    }
    let markup = web_sys::XmlSerializer::new()
        .ok()?
        .serialize_to_string(&copy)
        .ok()?;
    let figure = document.get_element_by_id(figure_id)?;
    let computed = |element: Option<web_sys::Element>, property: &str| {
        element
            .and_then(|e| window.get_computed_style(&e).ok().flatten())
            .and_then(|style| style.get_property_value(property).ok())
            // A transparent background shows what is behind it.
            .filter(|v| !v.is_empty() && v != "rgba(0, 0, 0, 0)" && v != "transparent")
    };
    let within = |selector: &str| figure.query_selector(selector).ok().flatten();
    let text = computed(within(".chart__title"), "color").unwrap_or_else(|| "#162033".into());
    let palette = Palette {
        background: computed(Some(figure.clone()), "background-color")
            .or_else(|| computed(document.body().map(Into::into), "background-color"))
            .unwrap_or_else(|| "#ffffff".into()),
        muted: computed(within(".chart__source"), "color").unwrap_or_else(|| text.clone()),
        accent: computed(within(".amount"), "color").unwrap_or_else(|| text.clone()),
        text,
    };
    Some((markup, palette))
}

/// Downloads a chart's file (`export::image`) as an SVG.
pub fn download_svg(image: &Image, file_name: &str) {
    download_text(&image.svg, "image/svg+xml", file_name);
}

/// Downloads a chart's file (`export::image`) as a PNG, drawn by the browser at `scale` times
/// its size. The file paints its own background, so the PNG reads like the page.
pub fn download_png(image: &Image, file_name: &str, scale: f64) {
    let (Some(document), Some(blob)) = (document(), blob_of(&image.svg, "image/svg+xml")) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let Ok(picture) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let (width, height) = (
        f64::from(image.width) * scale,
        f64::from(image.height) * scale,
    );
    let file_name = file_name.to_owned();
    let loaded = picture.clone();
    let source_url = url.clone();
    let on_load = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&source_url);
        let Some(canvas) = document
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return;
        };
        canvas.set_width(width.round() as u32);
        canvas.set_height(height.round() as u32);
        let Some(context) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = context
            .draw_image_with_html_image_element_and_dw_and_dh(&loaded, 0.0, 0.0, width, height);
        let on_blob =
            wasm_bindgen::closure::Closure::once_into_js(move |png: Option<web_sys::Blob>| {
                if let Some(png) = png {
                    save_blob(&png, &file_name);
                }
            });
        let _ = canvas.to_blob(on_blob.unchecked_ref());
    });
    picture.set_onload(Some(on_load.unchecked_ref()));
    picture.set_src(&url);
}

/// Today's date in the reader's time zone, as ISO 8601 writes it (`2026-11-29`): the date a
/// citation says the page was read, as the reader's own calendar has it.
pub fn today_iso() -> String {
    let today = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        today.get_full_year(),
        today.get_month() + 1,
        today.get_date()
    )
}

/// Sets the URL hash (a history entry, so Back steps back).
pub fn set_hash(hash: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(hash);
    }
}

/// Removes the hash from the URL without a new history entry. No `hashchange` event follows.
pub fn clear_hash() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let url = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Calls `on_key` for every key pressed anywhere in the page without Ctrl, Alt or Meta (keys
/// with those are the browser's and the system's); stops when the listener is dropped.
pub fn on_key_down(on_key: impl Fn(&web_sys::KeyboardEvent) + 'static) -> Option<EventListener> {
    let document = document()?;
    // Not passive: a handled key must be able to cancel the browser's own action (Space scrolls).
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    Some(EventListener::new_with_options(
        &document,
        "keydown",
        options,
        move |event| {
            if let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>()
                && !(event.ctrl_key() || event.alt_key() || event.meta_key())
                && !typing(event)
            {
                on_key(event);
            }
        },
    ))
}

/// Whether a key goes into a field that takes typing (the console's target duration): its keys
/// are the field's. Radio buttons and checkboxes take no typing, and a clicker's Page Up and
/// Page Down (which a number field does not use) still move the slides.
fn typing(event: &web_sys::KeyboardEvent) -> bool {
    !matches!(event.key().as_str(), "PageUp" | "PageDown")
        && event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|input| !matches!(input.type_().as_str(), "radio" | "checkbox"))
}

/// Whether a key goes to a focused control a keyboard presses with Space or Enter: a button, a
/// link or a details' summary.
pub fn on_control(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(
                el.tag_name().to_ascii_lowercase().as_str(),
                "button" | "a" | "summary"
            )
        })
}

/// Enters full screen, or leaves it. A refusal (no user gesture, no permission) is ignored:
/// the promise's rejection is caught so that nothing reaches the console.
pub fn toggle_fullscreen() {
    let Some(document) = document() else { return };
    let (target, method_name): (wasm_bindgen::JsValue, &str) =
        if document.fullscreen_element().is_some() {
            (document.into(), "exitFullscreen")
        } else {
            match document.document_element() {
                Some(root) => (root.into(), "requestFullscreen"),
                None => return,
            }
        };
    let method = |on: &wasm_bindgen::JsValue, name: &str| {
        js_sys::Reflect::get(on, &name.into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    };
    let Some(promise) = method(&target, method_name).and_then(|f| f.call0(&target).ok()) else {
        return;
    };
    if let Some(catch) = method(&promise, "catch") {
        let ignore = wasm_bindgen::closure::Closure::once_into_js(|_: wasm_bindgen::JsValue| {});
        let _ = catch.call1(&promise, &ignore);
    }
}

/// A per-session random token, 128 bits as hex, from the browser's cryptographic generator; empty
/// if there is none (then no message is ever accepted, see `slides::link`).
pub fn random_token() -> String {
    let mut bytes = [0_u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        return String::new();
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// This page's address without its hash: where a second window of the app opens.
pub fn page_address() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default()
}

/// Opens `url` in a new window named `name`; `None` when a pop-up blocker (or anything else)
/// refuses. The answer is the other window as a value: under `file://` it is cross-origin to
/// this one, so it is never cast to `Window`, which would check its prototype and fail.
pub fn open_window(url: &str, name: &str, features: &str) -> Option<wasm_bindgen::JsValue> {
    web_sys::window()?
        .open_with_url_and_target_and_features(url, name, features)
        .ok()
        .flatten()
        .map(Into::into)
}

/// The window that opened this one, if any.
pub fn opener() -> Option<wasm_bindgen::JsValue> {
    web_sys::window()?
        .opener()
        .ok()
        .filter(|o| !o.is_null() && !o.is_undefined())
}

/// Whether `window` has been closed (a missing answer counts as closed).
pub fn is_closed(window: &wasm_bindgen::JsValue) -> bool {
    js_sys::Reflect::get(window, &"closed".into()).map_or(true, |c| c.as_bool() != Some(false))
}

/// Sends `message` (string keys to strings or numbers) to `window`. The target origin is this
/// page's own; a `file://` page has no origin postMessage can name (`null`, or `file://` as
/// Chromium writes it), so it is `*` there and the receiver relies on the token and the
/// source window instead.
pub fn post(window: &wasm_bindgen::JsValue, message: &[(&str, wasm_bindgen::JsValue)]) {
    let data = js_sys::Object::new();
    for (key, value) in message {
        let _ = js_sys::Reflect::set(&data, &(*key).into(), value);
    }
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .filter(|o| o.starts_with("http"))
        .unwrap_or_else(|| "*".into());
    let window: &web_sys::Window = window.unchecked_ref();
    let _ = window.post_message(&data, &origin);
}

/// A message from another window: the window it came from, and a field of its data.
pub struct Message {
    event: web_sys::MessageEvent,
}

impl Message {
    /// Whether it came from `window` (the same window object).
    pub fn is_from(&self, window: &wasm_bindgen::JsValue) -> bool {
        self.event
            .source()
            .is_some_and(|source| js_sys::Object::is(&source, window))
    }

    /// The text field `key` of its data.
    pub fn text(&self, key: &str) -> Option<String> {
        js_sys::Reflect::get(&self.event.data(), &key.into())
            .ok()?
            .as_string()
    }

    /// The number field `key` of its data.
    pub fn number(&self, key: &str) -> Option<f64> {
        js_sys::Reflect::get(&self.event.data(), &key.into())
            .ok()?
            .as_f64()
    }
}

/// Calls `on_message` for every message another window posts to this one.
pub fn on_message(on_message: impl Fn(Message) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "message", move |event| {
        if let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() {
            on_message(Message {
                event: event.clone(),
            });
        }
    }))
}

/// Milliseconds since the epoch.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// The time of day as the reader's locale writes it (hours and minutes).
pub fn clock() -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"hour".into(), &"2-digit".into());
    let _ = js_sys::Reflect::set(&options, &"minute".into(), &"2-digit".into());
    js_sys::Date::new_0()
        .to_locale_time_string_with_options("default", &options)
        .into()
}

/// Calls `tick` every `ms` milliseconds until the returned handle is dropped.
pub fn every(ms: i32, tick: impl Fn() + 'static) -> Option<Interval> {
    let window = web_sys::window()?;
    let closure = wasm_bindgen::closure::Closure::<dyn Fn()>::new(tick);
    let id = window
        .set_interval_with_callback_and_timeout_and_arguments_0(
            closure.as_ref().unchecked_ref(),
            ms,
        )
        .ok()?;
    Some(Interval {
        id,
        _closure: closure,
    })
}

/// A running `every`; dropping it stops it.
pub struct Interval {
    id: i32,
    _closure: wasm_bindgen::closure::Closure<dyn Fn()>,
}

impl Drop for Interval {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            window.clear_interval_with_handle(self.id);
        }
    }
}

/// Closes this window, if a script opened it (a browser refuses for any other, quietly).
pub fn close_window() {
    if let Some(window) = web_sys::window() {
        let _ = window.close();
    }
}

/// Calls `on_data` with the value of `attribute` on the element a click lands in (or its closest
/// ancestor that has one), before any other handler: so a button opening a popover has named
/// its content by the time the popover shows.
pub fn on_click_data(
    attribute: &'static str,
    on_data: impl Fn(String) + 'static,
) -> Option<EventListener> {
    let document = document()?;
    let options = gloo_events::EventListenerOptions::run_in_capture_phase();
    let selector = format!("[{attribute}]");
    Some(EventListener::new_with_options(
        &document,
        "click",
        options,
        move |event| {
            if let Some(value) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.closest(&selector).ok().flatten())
                .and_then(|e| e.get_attribute(attribute))
            {
                on_data(value);
            }
        },
    ))
}

/// Copies `text` to the clipboard, then calls `done` with whether it was copied. The clipboard
/// may be missing (an insecure context) or refuse (no permission, no focus): then `false`, and
/// the caller shows the text to copy by hand.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(clipboard) = web_sys::window()
        .map(|w| w.navigator())
        .filter(|n| js_sys::Reflect::has(n, &"clipboard".into()).unwrap_or(false))
        .map(|n| n.clipboard())
    else {
        return done(false);
    };
    settle(clipboard.write_text(text), done);
}

/// Calls `done` with whether `promise` fulfilled, once it settles.
fn settle(promise: js_sys::Promise, done: impl FnOnce(bool) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok())
    });
}

/// Whether the browser has a system share sheet (`navigator.share`).
pub fn can_share() -> bool {
    web_sys::window()
        .is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
}

/// Opens the system share sheet with a title and a link. Cancelling it is not an error to report.
pub fn share(title: &str, url: &str) {
    if !can_share() {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    settle(window.navigator().share_with_data(&data), |_| {});
}

/// The address written into what leaves the page (a copied link, a citation, an exported image):
/// the page at `page` (relative to this one; empty for this one) without query or hash. Opened
/// from a file, only the file's name: a path would give away the reader's folders.
pub fn public_address(page: &str) -> String {
    let Some(href) = web_sys::window().and_then(|w| w.location().href().ok()) else {
        return String::new();
    };
    let Ok(url) = web_sys::Url::new_with_base(if page.is_empty() { &href } else { page }, &href)
    else {
        return String::new();
    };
    url.set_search("");
    url.set_hash("");
    match url.protocol().as_str() {
        "http:" | "https:" => url.href(),
        _ => {
            let path = url.pathname();
            let name = path.rsplit('/').next().unwrap_or_default();
            js_sys::decode_uri_component(name).map_or(name.to_owned(), String::from)
        }
    }
}

/// Whether this page has an address another site can embed: served over HTTP(S), not opened
/// from a file.
pub fn has_web_address() -> bool {
    web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "https:" || p == "http:")
}

/// Whether `element` is an open popover (`:popover-open`); `false` where popovers are unknown.
pub fn is_open_popover(element: &web_sys::Element) -> bool {
    element.matches(":popover-open").unwrap_or(false)
}

/// Moves focus to the first button inside `element`.
pub fn focus_first_button(element: &web_sys::Element) {
    if let Some(button) = element
        .query_selector("button")
        .ok()
        .flatten()
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = button.focus();
    }
}

/// Selects the whole text of the text field inside the element `id`, and focuses it, for a
/// reader to copy by hand.
pub fn select_text_in(id: &str) {
    if let Some(field) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.query_selector("textarea").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    {
        let _ = field.focus();
        field.select();
    }
}
