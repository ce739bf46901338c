//! `prerender [DIST]`: renders the App with Yew's server renderer into the empty `#app` element
//! of `DIST/index.html` (default `dist`), so the page shows its content before any wasm runs.
//! The wasm then hydrates that markup. It fills the head's texts from the data, inlines the
//! style sheets, drops the preloads and starts the wasm after the first paint, so that paint
//! waits for the page alone. Last it adds a strict Content Security Policy whose script and
//! style hashes are computed from the finished page. Run by Trunk's post-build hook.

use hsi_infographic::{content::article, head::head};

fn main() -> std::process::ExitCode {
    let dist = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
    let dist = std::path::Path::new(&dist);
    // Trunk names files relative to `public_url` ("./" here); a leading "/" is read from DIST too.
    let file = |name: &str| dist.join(name.trim_start_matches("./").trim_start_matches('/'));
    let read = |name: &str| {
        std::fs::read(file(name)).map_err(|e| format!("cannot read {}: {e}", file(name).display()))
    };
    let path = file("index.html");
    let result = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))
        .and_then(|page| {
            hsi_site::prerender(&page, &hsi_site::render_app(), &head(article()), read)
        })
        .and_then(|(page, sheets)| {
            std::fs::write(&path, page)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            // Inlined, the sheets' own files would only be dead weight in dist/. Removed only
            // once the page that no longer needs them is written.
            for sheet in sheets {
                std::fs::remove_file(file(&sheet))
                    .map_err(|e| format!("cannot remove {}: {e}", file(&sheet).display()))?;
            }
            Ok(())
        });
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("prerender: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
