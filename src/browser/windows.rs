//! Other windows (the presenter console and the audience's), the messages between them, and
//! time: the clock, intervals and the session's random token.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;

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
    /// Whether the window it came from has gone since it was sent (reloaded, closed or navigated
    /// away): the browser then names no source.
    pub fn source_gone(&self) -> bool {
        self.event.source().is_none()
    }

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

/// Calls `then` once, `ms` milliseconds from now.
pub fn after(ms: i32, then: impl FnOnce() + 'static) {
    if let Some(window) = web_sys::window() {
        let closure = wasm_bindgen::closure::Closure::once_into_js(then);
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(closure.unchecked_ref(), ms);
    }
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
