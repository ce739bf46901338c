//! hsi-infographic: the article "HSI's Focus on Disrupting Drug Trafficking Networks" as an
//! interactive infographic. Data flows one way: `content` (the article as data) → `figures`
//! (formatting) → `components` (Yew) → DOM; `browser` is the only door to web APIs.

pub mod app;
pub mod browser;
pub mod charts;
pub mod components;
pub mod content;
pub mod derived;
pub mod export;
pub mod figures;
pub mod head;
pub mod hooks;
pub mod ids;
pub mod route;
pub mod slides;
pub mod state;
pub mod theme;

pub use app::{App, AppProps};

/// The WebAssembly entry point, run once the module is instantiated: hydrates the prerendered
/// App in the page's `#app` element.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    use wasm_bindgen::{JsCast, closure::Closure};
    let window = web_sys::window().expect("the app runs in a window");
    let root = window
        .document()
        .and_then(|d| d.get_element_by_id("app"))
        .expect("index.html has an element with id=\"app\"");
    let start = Closure::once_into_js(move || {
        let renderer = yew::Renderer::<App>::with_root(root.clone());
        // The build prerenders the page into #app; hydrate it. Without that markup (`trunk
        // serve` before the hook ran, say), render from scratch.
        if root.first_element_child().is_some() {
            renderer.hydrate();
        } else {
            renderer.render();
        }
    });
    // Hydrate in a task of its own, after the one that instantiated the wasm: two shorter tasks
    // keep the page more responsive to a reader's input than one long one.
    window
        .set_timeout_with_callback(start.unchecked_ref())
        .expect("setTimeout is available");
}
