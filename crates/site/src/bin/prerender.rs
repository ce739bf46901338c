//! `prerender [DIST]`: renders the App with Yew's server renderer into the empty `#app` element
//! of `DIST/index.html` (default `dist`), so the page shows its content before any wasm runs.
//! The wasm then hydrates that markup. It fills the head's texts from the data, inlines the
//! style sheets, drops the preloads and starts the wasm after the first paint, so that paint
//! waits for the page alone. Last it adds a strict Content Security Policy whose script and
//! style hashes are computed from the finished page. Run by Trunk's post-build hook.

use hsi_infographic::{content::article, head::head};

fn main() -> std::process::ExitCode {
    let folder = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
    let dist = hsi_site::Dist(std::path::Path::new(&folder));
    let path = dist.path("index.html");
    let result = dist
        .read_text("index.html")
        .and_then(|page| {
            hsi_site::prerender(&page, &hsi_site::render_app(), &head(article()), |name| {
                dist.read(name)
            })
        })
        .and_then(|(page, sheets)| {
            std::fs::write(&path, page)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            // Inlined, the sheets' own files would only be dead weight in dist/. Removed only
            // once the page that no longer needs them is written.
            for sheet in sheets {
                let file = dist.path(&sheet);
                std::fs::remove_file(&file)
                    .map_err(|e| format!("cannot remove {}: {e}", file.display()))?;
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
