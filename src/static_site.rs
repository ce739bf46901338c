//! Build steps on the files Trunk writes (native only): the prerendered page, and the single
//! self-contained HTML file. Pure functions of text, so they are tested without a browser.

use crate::{App, AppProps};
use base64ct::{Base64, Encoding};
use sha2::{Digest, Sha256};
use yew::LocalServerRenderer;

/// The empty mount point Trunk leaves in `index.html`, minified or not.
const MOUNTS: [&str; 2] = [r#"<div id="app"></div>"#, "<div id=app></div>"];

/// The App as Yew's server renderer writes it, with the markers hydration needs.
pub fn render_app() -> String {
    let renderer = LocalServerRenderer::<App>::with_props(AppProps::default()).hydratable(true);
    futures::executor::block_on(renderer.render())
}

/// Puts the rendered App inside the page's empty `#app` element.
pub fn inject_app(page: &str, app: &str) -> Result<String, String> {
    let mount = MOUNTS
        .iter()
        .find(|m| page.contains(*m))
        .ok_or("no empty <div id=\"app\"></div> in index.html (already prerendered?)")?;
    let open = &mount[..mount.len() - "</div>".len()];
    Ok(page.replacen(mount, &format!("{open}{app}</div>"), 1))
}

/// The Content Security Policy for `index.html`, allowing exactly the inline scripts `page`
/// holds (by SHA-256). No `unsafe-inline`, no `unsafe-eval`: only `wasm-unsafe-eval`, which
/// compiling WebAssembly needs. Blob and data images serve the PNG download and the favicon.
pub fn content_security_policy(page: &str) -> String {
    let hashes: Vec<String> = inline_scripts(page)
        .into_iter()
        .map(|body| {
            format!(
                "'sha256-{}'",
                Base64::encode_string(&Sha256::digest(body.as_bytes()))
            )
        })
        .collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self'; img-src 'self' data: blob:; \
         connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'",
        hashes.join(" ")
    )
}

/// The bodies of the page's inline `<script>` elements (those without `src`).
fn inline_scripts(page: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find("<script") {
        let Some(open_end) = rest[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        let Some(close) = rest[open_end..].find("</script>").map(|i| open_end + i) else {
            break;
        };
        if !rest[start..open_end].contains("src=") {
            out.push(&rest[open_end..close]);
        }
        rest = &rest[close..];
    }
    out
}

/// Adds the policy as the first element of `<head>`, before any script it governs.
pub fn add_content_security_policy(page: &str) -> Result<String, String> {
    let policy = content_security_policy(page);
    let head = page.find("<head>").map(|i| i + "<head>".len());
    // Minified pages may drop `<head>`: then the policy goes right after `<meta charset>`.
    let at = head
        .or_else(|| {
            page.find("<meta charset=utf-8>")
                .map(|i| i + "<meta charset=utf-8>".len())
        })
        .ok_or("no <head> or <meta charset> to put the policy after")?;
    let mut out = page.to_owned();
    out.insert_str(
        at,
        &format!("<meta http-equiv=Content-Security-Policy content=\"{policy}\">"),
    );
    Ok(out)
}

/// The value of `attribute` in the first tag that contains `marker`.
fn attribute_in_tag<'a>(page: &'a str, marker: &str, attribute: &str) -> Option<&'a str> {
    let at = page.find(marker)?;
    let start = page[..at].rfind('<')?;
    let end = at + page[at..].find('>')?;
    let tag = &page[start..end];
    let value_start = tag.find(&format!("{attribute}="))? + attribute.len() + 1;
    let rest = &tag[value_start..];
    Some(match rest.strip_prefix('"') {
        Some(quoted) => &quoted[..quoted.find('"')?],
        None => &rest[..rest.find([' ', '>']).unwrap_or(rest.len())],
    })
}

/// Removes every tag (`<link …>`) that contains `marker`.
fn remove_tags(mut page: String, marker: &str) -> String {
    while let Some(at) = page.find(marker) {
        let (Some(start), Some(end)) = (page[..at].rfind('<'), page[at..].find('>')) else {
            break;
        };
        page.replace_range(start..at + end + 1, "");
    }
    page
}

/// The wasm-bindgen glue as a classic block of code: its `export`s removed, so it can sit in
/// an inline module script next to the call that starts the app.
fn inline_glue(glue: &str) -> String {
    glue.lines()
        .filter(|line| !line.starts_with("export {"))
        .map(|line| line.strip_prefix("export ").unwrap_or(line))
        .collect::<Vec<_>>()
        .join("\n")
}

/// One HTML file that works from `file://`: style sheets and the favicon inlined, the glue
/// inlined, and the wasm embedded as base64 and handed to the glue's init.
/// `read` returns a file of `dist/` by the name the page uses (`./name` or `name`).
pub fn single_file(
    page: &str,
    read: impl Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<String, String> {
    let text =
        |name: &str| read(name).and_then(|b| String::from_utf8(b).map_err(|e| e.to_string()));
    // The served page's policy allows only its own files; this file inlines them all, and a
    // `file://` page has no origin for `'self'` to name.
    let mut out = remove_tags(page.to_owned(), "http-equiv=Content-Security-Policy");
    while let Some(href) = attribute_in_tag(&out, "rel=stylesheet", "href").map(str::to_owned) {
        let css = text(&href)?;
        let at = out.find(&href).ok_or("style sheet link vanished")?;
        let start = out[..at].rfind('<').ok_or("malformed link")?;
        let end = at + out[at..].find('>').ok_or("malformed link")?;
        out.replace_range(start..=end, &format!("<style>{css}</style>"));
    }
    let icon = attribute_in_tag(&out, "rel=icon", "href").filter(|href| !href.starts_with("data:"));
    if let Some(icon) = icon.map(str::to_owned) {
        let svg = Base64::encode_string(&read(&icon)?);
        out = out.replacen(&icon, &format!("data:image/svg+xml;base64,{svg}"), 1);
    }
    let js = attribute_in_tag(&out, "rel=modulepreload", "href")
        .ok_or("no module preload for the glue")?
        .to_owned();
    let wasm = attribute_in_tag(&out, "type=application/wasm", "href")
        .ok_or("no wasm preload")?
        .to_owned();
    let glue = inline_glue(&text(&js)?);
    let bytes = Base64::encode_string(&read(&wasm)?);
    out = remove_tags(
        remove_tags(out, "rel=modulepreload"),
        "type=application/wasm",
    );
    let start = out.find("<script type=module>").ok_or("no module script")?;
    let end = start
        + out[start..]
            .find("</script>")
            .ok_or("unclosed module script")?
        + "</script>".len();
    let boot = format!(
        "<script type=module>\n{glue}\nconst embeddedWasm = Uint8Array.from(atob(\"{bytes}\"), (c) => c.charCodeAt(0));\nawait __wbg_init({{ module_or_path: embeddedWasm }});\n</script>"
    );
    out.replace_range(start..end, &boot);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_app_goes_inside_the_empty_mount_point() {
        let page = "<body><div id=app></div></body>";
        assert_eq!(
            inject_app(page, "<p>x</p>").as_deref(),
            Ok("<body><div id=app><p>x</p></div></body>")
        );
        assert!(
            inject_app("<body><div id=app><p>x</p></div></body>", "y").is_err(),
            "only once"
        );
    }

    #[test]
    fn attributes_are_read_quoted_or_not() {
        let page = r#"<link href=./a.css rel=stylesheet><link rel="icon" href="./i.svg">"#;
        assert_eq!(
            attribute_in_tag(page, "rel=stylesheet", "href"),
            Some("./a.css")
        );
        assert_eq!(
            attribute_in_tag(page, "rel=\"icon\"", "href"),
            Some("./i.svg")
        );
    }

    #[test]
    fn the_policy_hashes_each_inline_script_and_nothing_else() {
        let page = "<html><head><meta charset=utf-8><script>a()</script><script src=x.js></script><script type=module>b()</script></head>";
        let policy = content_security_policy(page);
        let hash = |s: &str| {
            format!(
                "'sha256-{}'",
                Base64::encode_string(&Sha256::digest(s.as_bytes()))
            )
        };
        assert!(
            policy.contains(&hash("a()")) && policy.contains(&hash("b()")),
            "{policy}"
        );
        assert_eq!(policy.matches("'sha256-").count(), 2);
        for forbidden in ["unsafe-inline", "'unsafe-eval'"] {
            assert!(!policy.contains(forbidden), "{policy}");
        }
        assert!(policy.contains("object-src 'none'") && policy.contains("base-uri 'self'"));
        let with = add_content_security_policy(page).expect("has a head");
        assert!(with.starts_with(
            "<html><head><meta http-equiv=Content-Security-Policy content=\"default-src"
        ));
    }

    #[test]
    fn glue_exports_are_dropped() {
        let glue =
            "export function f() {}\nexport { initSync, __wbg_init as default };\nlet x = 1;";
        assert_eq!(inline_glue(glue), "function f() {}\nlet x = 1;");
    }

    #[test]
    fn a_single_file_holds_everything() {
        let page = "<head><link href=./a.css rel=stylesheet><link href=./i.svg rel=icon><script type=module>import init from './g.js';</script><link href=./g.js rel=modulepreload><link as=fetch href=./w.wasm rel=preload type=application/wasm></head>";
        let files = |name: &str| -> Result<Vec<u8>, String> {
            Ok(match name {
                "./a.css" => b"body{}".to_vec(),
                "./i.svg" => b"<svg/>".to_vec(),
                "./g.js" => b"export function __wbg_init() {}".to_vec(),
                "./w.wasm" => vec![0, 97, 115, 109],
                other => return Err(format!("unexpected {other}")),
            })
        };
        let page = format!(
            "<meta http-equiv=Content-Security-Policy content=\"default-src 'self'\">{page}"
        );
        let out = single_file(&page, files).expect("bundles");
        assert!(out.contains("<style>body{}</style>"));
        assert!(out.contains("data:image/svg+xml;base64,PHN2Zy8+"));
        assert!(out.contains("function __wbg_init() {}"));
        assert!(out.contains("atob(\"AGFzbQ==\")"));
        for gone in [
            "./a.css",
            "./g.js",
            "./w.wasm",
            "modulepreload",
            "Content-Security-Policy",
        ] {
            assert!(!out.contains(gone), "{gone} left in {out}");
        }
    }
}
