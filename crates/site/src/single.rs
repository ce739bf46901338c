//! One HTML file that opens from `file://`: every style sheet, the favicon, the glue and the
//! wasm inside it, under the same strict Content Security Policy as the served page.

use crate::boot::{boot_files, remove_preloads, replace_start_script, start_script};
use crate::csp::add_content_security_policy;
use crate::inline::{AppOnly, inlinable, inline_style_sheets};
use crate::rewrite::rewrite;
use base64ct::{Base64, Encoding};
use lol_html::element;

/// One HTML file that works from `file://`: style sheets and the favicon inlined, the glue
/// inlined, and the wasm embedded as base64 and handed to the glue's init. Its policy is the
/// served page's, made again for what it now holds inline: every script and style sheet by hash.
/// `read` returns a file of `dist/` by the name the page uses (`./name` or `name`).
pub fn single_file(
    page: &str,
    read: impl Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<String, String> {
    let text =
        |name: &str| read(name).and_then(|b| String::from_utf8(b).map_err(|e| e.to_string()));
    let page = inline_icon_and_drop_policy(page, &read)?;
    let (page, _) = inline_style_sheets(&page, &read, AppOnly::Inline)?;
    let (_, script) = start_script(&page)?;
    let (js, wasm) = boot_files(&script)?;
    let glue = inline_glue(&text(&js)?);
    let glue = inlinable(&js, &glue, "script")?;
    let bytes = Base64::encode_string(&read(&wasm)?);
    let boot = format!(
        "\n{glue}\nconst embeddedWasm = Uint8Array.from(atob(\"{bytes}\"), (c) => c.charCodeAt(0));\nawait __wbg_init({{ module_or_path: embeddedWasm }});\n"
    );
    add_content_security_policy(&replace_start_script(&remove_preloads(&page)?, &boot)?)
}

/// The page without its Content Security Policy, which `single_file` makes again once every file
/// is inline (the served page's names hashes of scripts this file replaces), and with its favicon
/// as a `data:` address.
fn inline_icon_and_drop_policy(
    page: &str,
    read: impl Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<String, String> {
    rewrite(
        page,
        [
            element!("meta[http-equiv=Content-Security-Policy i]", |policy| {
                policy.remove();
                Ok(())
            }),
            element!("link[rel~=icon i][href]:not([href^='data:'])", |icon| {
                let href = icon.get_attribute("href").unwrap_or_default();
                let svg = Base64::encode_string(&read(&href)?);
                icon.set_attribute("href", &format!("data:image/svg+xml;base64,{svg}"))?;
                Ok(())
            }),
        ],
    )
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glue_exports_are_dropped() {
        let glue =
            "export function f() {}\nexport { initSync, __wbg_init as default };\nlet x = 1;";
        assert_eq!(inline_glue(glue), "function f() {}\nlet x = 1;");
    }

    fn files(name: &str) -> Result<Vec<u8>, String> {
        Ok(match name {
            "./a.css" => b"body{}".to_vec(),
            "./i.svg" => b"<svg/>".to_vec(),
            "./g.js" => b"export function __wbg_init() {}".to_vec(),
            "./w.wasm" => vec![0, 97, 115, 109],
            other => return Err(format!("unexpected {other}")),
        })
    }

    fn assert_holds_everything(out: &str) {
        assert!(out.contains("<style>body{}</style>"), "{out}");
        assert!(out.contains("data:image/svg+xml;base64,PHN2Zy8+"), "{out}");
        assert!(out.contains("function __wbg_init() {}"), "{out}");
        assert!(out.contains("atob(\"AGFzbQ==\")"), "{out}");
        for gone in [
            "./a.css",
            "./g.js",
            "./w.wasm",
            "modulepreload",
            "default-src 'self'\"",
        ] {
            assert!(!out.contains(gone), "{gone} left in {out}");
        }
        // One policy, the strict one, naming the boot script (with the wasm) by its hash.
        assert_eq!(out.matches("Content-Security-Policy").count(), 1, "{out}");
        let boot = crate::rewrite::bodies(out, crate::csp::INLINE_SCRIPTS).expect("parses");
        let boot = boot
            .iter()
            .find(|b| b.contains("embeddedWasm"))
            .expect("the boot script");
        assert!(out.contains(&crate::csp::hash_source(boot)), "{out}");
        assert!(
            out.contains("object-src 'none'") && !out.contains("unsafe-inline"),
            "{out}"
        );
    }

    #[test]
    fn a_single_file_holds_everything() {
        let page = "<head><link href=./a.css rel=stylesheet><link href=./i.svg rel=icon><script type=module>import init from './g.js'; await init({ module_or_path: './w.wasm' });</script><link href=./g.js rel=modulepreload><link as=fetch href=./w.wasm rel=preload type=application/wasm></head>";
        let page = format!(
            "<meta http-equiv=Content-Security-Policy content=\"default-src 'self'\">{page}"
        );
        assert_holds_everything(&single_file(&page, files).expect("bundles"));
    }

    #[test]
    fn a_debug_build_bundles_too() {
        let page = r#"<head>
    <meta http-equiv="content-security-policy" content="default-src 'self'">
    <link rel="stylesheet" href="./a.css">
    <link rel="icon" type="image/svg+xml" href="./i.svg">
    <link rel="modulepreload" href="./g.js" crossorigin="anonymous">
    <link rel="preload" href="./w.wasm" crossorigin="anonymous" type="application/wasm" as="fetch">
    <script type="module">
import init, * as bindings from './g.js';
const wasm = await init({ module_or_path: './w.wasm' });
    </script>
  </head>"#;
        let out = single_file(page, files).expect("bundles");
        assert_holds_everything(&out);
        // An inline favicon is left as it is.
        let inline = page.replace("./i.svg", "data:image/svg+xml,%3Csvg/%3E");
        let out = single_file(&inline, files).expect("bundles");
        assert!(
            out.contains("href=\"data:image/svg+xml,%3Csvg/%3E\""),
            "{out}"
        );
    }
}
