//! The WebAssembly entry point: renders the App into the page's `#app` element.

#[cfg(target_arch = "wasm32")]
fn main() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .expect("index.html has an element with id=\"app\"");
    yew::Renderer::<hsi_infographic::App>::with_root(root).render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "hsi-infographic runs in the browser: build it with `make dist` or serve it with `make serve`."
    );
    std::process::exit(2);
}
