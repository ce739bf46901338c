//! The WebAssembly entry point: hydrates the prerendered App in the page's `#app` element.

#[cfg(target_arch = "wasm32")]
fn main() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .expect("index.html has an element with id=\"app\"");
    let renderer = yew::Renderer::<hsi_infographic::App>::with_root(root.clone());
    // The build prerenders the page into #app; hydrate it. Without that markup (`trunk serve`
    // before the hook ran, say), render from scratch.
    if root.first_element_child().is_some() {
        renderer.hydrate();
    } else {
        renderer.render();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "hsi-infographic runs in the browser: build it with `make dist` or serve it with `make serve`."
    );
    std::process::exit(2);
}
