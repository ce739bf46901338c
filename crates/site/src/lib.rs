//! Build steps on the files Trunk writes (native only): the prerendered page, and the single
//! self-contained HTML file. Pure functions of text, so they are tested without a browser.

use base64ct::{Base64, Encoding};
use hsi_infographic::{App, AppProps};
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

/// The Content Security Policy for `index.html`, allowing exactly the inline scripts and style
/// sheets `page` holds (by SHA-256). No `unsafe-inline`, no `unsafe-eval`: only
/// `wasm-unsafe-eval`, which compiling WebAssembly needs. Blob and data images serve the PNG
/// download and the favicon.
pub fn content_security_policy(page: &str) -> String {
    let hashes = |tag: &str| -> String {
        inline_bodies(page, tag)
            .into_iter()
            .map(|body| {
                format!(
                    " 'sha256-{}'",
                    Base64::encode_string(&Sha256::digest(body.as_bytes()))
                )
            })
            .collect()
    };
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{}; style-src 'self'{}; img-src 'self' data: blob:; \
         connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'",
        hashes("script"),
        hashes("style")
    )
}

/// The bodies of the page's inline `<tag>` elements (those without `src`).
fn inline_bodies<'a>(page: &'a str, tag: &str) -> Vec<&'a str> {
    let (open, close_tag) = (format!("<{tag}"), format!("</{tag}>"));
    let mut out = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find(&open) {
        let Some(open_end) = rest[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        let Some(close) = rest[open_end..].find(&close_tag).map(|i| open_end + i) else {
            break;
        };
        if !rest[start..open_end].contains("src=") {
            out.push(&rest[open_end..close]);
        }
        rest = &rest[close..];
    }
    out
}

/// Replaces each `<link rel=stylesheet>` with a `<style>` holding its sheet, so the first paint
/// waits for no request. Returns the page and the sheets' names, whose files are then unused.
/// `read` returns a file by the name the page uses (`./name` or `name`).
pub fn inline_style_sheets(
    page: &str,
    read: impl Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<(String, Vec<String>), String> {
    let mut out = page.to_owned();
    let mut inlined = Vec::new();
    while let Some(href) = attribute_in_tag(&out, "rel=stylesheet", "href").map(str::to_owned) {
        let css = String::from_utf8(read(&href)?).map_err(|e| format!("{href}: {e}"))?;
        let css = inlinable(&href, &css, "style")?;
        let link = tag_around(&out, "rel=stylesheet").ok_or("style sheet link vanished")?;
        out.replace_range(link, &format!("<style>{css}</style>"));
        inlined.push(href);
    }
    Ok((out, inlined))
}

/// `text`, the file `name`, if it can sit inside a `<tag>` element: it must not hold `</tag`,
/// which would end the element early.
fn inlinable<'a>(name: &str, text: &'a str, tag: &str) -> Result<&'a str, String> {
    if text.to_ascii_lowercase().contains(&format!("</{tag}")) {
        return Err(format!(
            "{name} contains `</{tag}`, which would end its inline copy"
        ));
    }
    Ok(text)
}

/// Removes Trunk's preload links for the glue and the wasm. The prerendered page is complete
/// without them, so its text and style get the connection first; the start script fetches both
/// later (see `defer_start`).
///
/// This and `inline_style_sheets` match the minified markup of a release build
/// (`rel=stylesheet`); a debug build keeps its links and preloads, which still work.
pub fn remove_preloads(page: &str) -> String {
    remove_tags(
        remove_tags(page.to_owned(), "rel=modulepreload"),
        "type=application/wasm",
    )
}

/// The body of the script that starts the wasm: Trunk's, or the one `defer_start` writes.
fn start_script(page: &str) -> Result<&str, String> {
    inline_bodies(page, "script")
        .into_iter()
        .find(|body| body.contains("module_or_path"))
        .ok_or_else(|| "no script that starts the wasm".to_owned())
}

/// The glue and wasm files a start script loads: `import … from './glue.js'` (Trunk's) or
/// `import("./glue.js")` (ours), and `module_or_path: './app_bg.wasm'`.
fn boot_files(script: &str) -> Result<(String, String), String> {
    let quoted_after = |marker: &str| {
        let rest = &script[script.find(marker)? + marker.len()..];
        let rest = rest.trim_start().strip_prefix(['\'', '"'])?;
        Some(rest[..rest.find(['\'', '"'])?].to_owned())
    };
    let glue = quoted_after(" from ")
        .or_else(|| quoted_after("import("))
        .ok_or("no glue import in the start script")?;
    let wasm = quoted_after("module_or_path:").ok_or("no wasm path in the start script")?;
    Ok((glue, wasm))
}

/// Replaces Trunk's start script, which starts the wasm as soon as the page is parsed, with one
/// that starts it once the page has loaded and painted. The prerendered page is whole without
/// the wasm, so its first paint never waits on script, and the app hydrates a frame later.
/// The script still announces `TrunkApplicationStarted`, as Trunk's does.
pub fn defer_start(page: &str) -> Result<String, String> {
    let (glue, wasm) = boot_files(start_script(page)?)?;
    let deferred = format!(
        r#"const start = async () => {{
  const bindings = await import("{glue}");
  const wasm = await bindings.default({{ module_or_path: "{wasm}" }});
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", {{ detail: {{ wasm }} }}));
}};
// After the first paint; a hidden tab paints no frames, so it starts without waiting for one.
addEventListener("load", () => document.hidden ? setTimeout(start) : requestAnimationFrame(() => setTimeout(start)));"#
    );
    replace_start_script(page, &deferred)
}

/// The page with the start script's body replaced by `body`.
fn replace_start_script(page: &str, body: &str) -> Result<String, String> {
    let old = start_script(page)?;
    let at = page.find(old).ok_or("start script vanished")?;
    let mut out = page.to_owned();
    out.replace_range(at..at + old.len(), body);
    Ok(out)
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

/// Where the first tag that contains `marker` starts and ends (`<` to `>`, both included).
fn tag_around(page: &str, marker: &str) -> Option<std::ops::Range<usize>> {
    let at = page.find(marker)?;
    let start = page[..at].rfind('<')?;
    let end = at + page[at..].find('>')?;
    Some(start..end + 1)
}

/// The value of `attribute` in the first tag that contains `marker`.
fn attribute_in_tag<'a>(page: &'a str, marker: &str, attribute: &str) -> Option<&'a str> {
    let tag = &page[tag_around(page, marker)?];
    let value_start = tag.find(&format!("{attribute}="))? + attribute.len() + 1;
    let rest = &tag[value_start..];
    Some(match rest.strip_prefix('"') {
        Some(quoted) => &quoted[..quoted.find('"')?],
        None => &rest[..rest.find([' ', '>']).unwrap_or(rest.len())],
    })
}

/// Removes every tag (`<link …>`) that contains `marker`.
fn remove_tags(mut page: String, marker: &str) -> String {
    while let Some(tag) = tag_around(&page, marker) {
        page.replace_range(tag, "");
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
    let (mut out, _) = inline_style_sheets(
        &remove_tags(page.to_owned(), "http-equiv=Content-Security-Policy"),
        &read,
    )?;
    let icon = attribute_in_tag(&out, "rel=icon", "href").filter(|href| !href.starts_with("data:"));
    if let Some(icon) = icon.map(str::to_owned) {
        let svg = Base64::encode_string(&read(&icon)?);
        out = out.replacen(&icon, &format!("data:image/svg+xml;base64,{svg}"), 1);
    }
    let (js, wasm) = boot_files(start_script(&out)?)?;
    let glue = inline_glue(&text(&js)?);
    let glue = inlinable(&js, &glue, "script")?;
    let bytes = Base64::encode_string(&read(&wasm)?);
    let boot = format!(
        "\n{glue}\nconst embeddedWasm = Uint8Array.from(atob(\"{bytes}\"), (c) => c.charCodeAt(0));\nawait __wbg_init({{ module_or_path: embeddedWasm }});\n"
    );
    replace_start_script(&remove_preloads(&out), &boot)
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
    fn style_sheets_are_inlined_in_order_and_hashed_in_the_policy() {
        let page =
            "<head><link href=./a.css rel=stylesheet><link href=./b.css rel=stylesheet></head>";
        let files = |name: &str| -> Result<Vec<u8>, String> {
            match name {
                "./a.css" => Ok(b"a{}".to_vec()),
                "./b.css" => Ok(b"b{}".to_vec()),
                other => Err(format!("cannot read {other}")),
            }
        };
        let (out, inlined) = inline_style_sheets(page, files).expect("both sheets exist");
        assert_eq!(out, "<head><style>a{}</style><style>b{}</style></head>");
        assert_eq!(inlined, ["./a.css", "./b.css"]);
        let policy = content_security_policy(&out);
        let style_src = policy
            .split(';')
            .find(|d| d.trim().starts_with("style-src"))
            .expect("a style-src directive");
        assert_eq!(style_src.matches("'sha256-").count(), 2, "{style_src}");
        assert!(!policy.contains("unsafe-inline"));
        let missing = inline_style_sheets("<link href=./c.css rel=stylesheet>", files);
        assert_eq!(missing, Err("cannot read ./c.css".into()));
        let closing =
            |_: &str| -> Result<Vec<u8>, String> { Ok(b"a::after{content:'</STYLE>'}".to_vec()) };
        assert!(inline_style_sheets("<link href=./a.css rel=stylesheet>", closing).is_err());
    }

    #[test]
    fn preloads_go_and_the_module_script_still_names_its_files() {
        let page = "<link crossorigin href=./g.js rel=modulepreload><link as=fetch crossorigin href=./w.wasm rel=preload type=application/wasm><script type=module>import init, * as bindings from './g.js';\nconst wasm = await init({ module_or_path: './w.wasm' });</script>";
        let out = remove_preloads(page);
        assert!(!out.contains("preload"), "{out}");
        let files = Ok(("./g.js".to_owned(), "./w.wasm".to_owned()));
        assert_eq!(start_script(&out).and_then(boot_files), files);
        assert!(start_script("<script>x()</script>").is_err());
        // Deferred, the start script waits for the load event and still names both files.
        let deferred = defer_start(&out).expect("has a start script");
        assert!(!deferred.contains(" from "), "{deferred}");
        assert!(
            deferred.contains(r#"addEventListener("load""#),
            "{deferred}"
        );
        assert_eq!(start_script(&deferred).and_then(boot_files), files);
    }

    #[test]
    fn glue_exports_are_dropped() {
        let glue =
            "export function f() {}\nexport { initSync, __wbg_init as default };\nlet x = 1;";
        assert_eq!(inline_glue(glue), "function f() {}\nlet x = 1;");
    }

    #[test]
    fn a_single_file_holds_everything() {
        let page = "<head><link href=./a.css rel=stylesheet><link href=./i.svg rel=icon><script type=module>import init from './g.js'; await init({ module_or_path: './w.wasm' });</script><link href=./g.js rel=modulepreload><link as=fetch href=./w.wasm rel=preload type=application/wasm></head>";
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
