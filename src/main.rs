//! The browser's entry point: hydrates the prerendered App in the page's `#app` element. Built
//! by Trunk for wasm32 with the `hydrate` feature (see Cargo.toml); never native.

#[cfg(not(target_arch = "wasm32"))]
compile_error!("src/main.rs is the browser's entry: build it for wasm32 with `trunk build`");

/// The allocator: talc, built without its in-place reallocation, instead of Rust's default
/// dlmalloc: 7 KB smaller (README, "Size and speed"). For single-threaded wasm only, as this is.
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    use wasm_bindgen::{JsCast, closure::Closure};
    let window = web_sys::window().expect("the app runs in a window");
    let root = window
        .document()
        .and_then(|d| d.get_element_by_id(hsi_infographic::ids::APP))
        .expect("index.html has an element with id=\"app\"");
    // The page names its view (an embedded chart, say); one that names no view the app knows
    // was not written by the build, and the app leaves it alone rather than mismatch it.
    let article = hsi_infographic::content::article();
    let name = root.get_attribute(hsi_infographic::ids::VIEW_ATTRIBUTE);
    let Some(view) = hsi_infographic::View::parse(article, name.as_deref()) else {
        return hsi_infographic::browser::mark_failed();
    };
    let start = Closure::once_into_js(move || {
        let props = hsi_infographic::AppProps {
            article: article.into(),
            view,
        };
        let renderer =
            yew::Renderer::<hsi_infographic::App>::with_root_and_props(root.clone(), props);
        // The build prerenders the page into #app; hydrate it. Without that markup (`trunk
        // serve` before the hook ran, say), render from scratch. The style sheet the build links
        // right after the opening paragraph (`ids::LEDE_CLASS`) goes to the end of the body first:
        // hydration expects in #app only what the App renders. (The browser keeps the sheet moved
        // without asking the host again, if the host sends the file's date or a lifetime, as
        // static hosts do; tests/e2e/server.mjs sends its date.)
        if let (Ok(links), Some(body)) = (
            root.query_selector_all("link[rel=stylesheet]"),
            root.owner_document().and_then(|d| d.body()),
        ) {
            for link in (0..links.length()).filter_map(|i| links.item(i)) {
                let _ = body.append_child(&link);
            }
        }
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
