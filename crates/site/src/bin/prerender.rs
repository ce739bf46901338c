//! `prerender [--minify] [DIST]`: renders the App with Yew's server renderer into the empty
//! `#app` element of `DIST/index.html` (default `dist`), so the page shows its content before any
//! wasm runs.
//! The wasm then hydrates that markup. It fills the head's texts from the data, inlines the
//! style sheets, drops the preloads and starts the wasm after the first paint, so that paint
//! waits for the page alone. Last it adds a strict Content Security Policy whose script and
//! style hashes are computed from the finished page. It writes each embedded view's page the
//! same way under `DIST/embed/`, and the embed code's host script as `DIST/embed.js`. With
//! `--minify` (a release build), the pages' early script is minified by terser, and the wasm's
//! imports get short names, in the wasm and its glue alike (`shorten_dist_imports`). With `SITE_URL`
//! set in the environment (the address `dist/` will be served from), link previews name their
//! image by its absolute URL. Run by Trunk's post-build hook.

use hsi_infographic::{content::article, head::head};

fn main() -> std::process::ExitCode {
    let (mut minified, mut folder) = (false, None);
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--minify" => minified = true,
            other if !other.starts_with('-') && folder.is_none() => folder = Some(arg),
            other => {
                eprintln!("prerender: unexpected {other:?}; usage: prerender [--minify] [DIST]");
                return std::process::ExitCode::FAILURE;
            }
        }
    }
    let folder = folder.unwrap_or_else(|| "dist".into());
    let dist = hsi_site::Dist(std::path::Path::new(&folder));
    let path = dist.path("index.html");
    let write = |path: &std::path::Path, text: &str| {
        std::fs::create_dir_all(path.parent().unwrap_or(dist.0))
            .and_then(|()| std::fs::write(path, text))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    let early = hsi_site::early_script();
    let early = if minified {
        hsi_site::minify(&early).map_err(|e| format!("minifying the early script: {e}"))
    } else {
        Ok(early)
    };
    let result = early
        .and_then(|early| Ok((early, dist.read_text("index.html")?)))
        .and_then(|(early, page)| {
            if minified {
                hsi_site::shorten_dist_imports(&dist, &page)?;
            }
            let read = |name: &str| dist.read(name);
            let app = hsi_site::render_app();
            let (index, sheets) = hsi_site::prerender(&page, &app, &head(article()), &early, read)?;
            Ok((index, sheets, hsi_site::embed_pages(&page, &early, read)?))
        })
        .and_then(|(page, sheets, embeds)| {
            let site = std::env::var("SITE_URL").ok().filter(|s| !s.is_empty());
            let previewed = |page: &str| match &site {
                Some(site) => hsi_site::absolute_preview(page, site),
                None => Ok(page.to_owned()),
            };
            let page = previewed(&page)?;
            for embed in embeds {
                write(&dist.path(&embed.path), &previewed(&embed.text)?)?;
            }
            let host = hsi_infographic::embed::HOST_SCRIPT;
            write(&dist.path(host), &hsi_site::host_script())?;
            write(&path, &page)?;
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
