//! One HTML file that opens from `file://`: every style sheet, the favicon, the glue and the
//! wasm inside it, under the same strict Content Security Policy as the served page.

use crate::boot::{Run, boot_files, remove_preloads, replace_start_script, start_script};
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
    let (glue, init) = inline_glue(&text(&js)?)?;
    let glue = inlinable(&js, &glue, "script")?;
    let bytes = Base64::encode_string(&read(&wasm)?);
    let boot = format!(
        "\n{glue}\nconst embeddedWasm = Uint8Array.from(atob(\"{bytes}\"), (c) => c.charCodeAt(0));\nawait {init}({{ module_or_path: embeddedWasm }});\n"
    );
    // The wasm starts as soon as the script runs: once the page is parsed.
    add_content_security_policy(&replace_start_script(
        &remove_preloads(&page)?,
        &boot,
        Run::Parsed,
    )?)
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

/// The wasm-bindgen glue as a block of code that can sit in an inline module script next to the
/// call that starts the app, and the name its init function (the default export) has there. The
/// glue ends in its export list, `export { initSync, __wbg_init as default };` as wasm-bindgen
/// writes it, or `export{M as initSync,C as default}` once minified; that list is dropped, and
/// so is the `export` before any declaration on a line of its own.
fn inline_glue(glue: &str) -> Result<(String, String), String> {
    const NO_LIST: &str = "the glue does not end in its export list";
    let body = glue.trim_end().trim_end_matches(';');
    let start = ["export{", "export {"]
        .iter()
        .filter_map(|keyword| body.rfind(keyword))
        .max()
        .ok_or(NO_LIST)?;
    let names = body[start + "export".len()..]
        .trim_start()
        .strip_prefix('{')
        .and_then(|list| list.strip_suffix('}'))
        .ok_or(NO_LIST)?;
    let init = names
        .split(',')
        .find_map(|name| name.trim().strip_suffix(" as default"))
        .map(str::trim)
        .filter(|name| !name.is_empty() && !name.contains(char::is_whitespace))
        .ok_or("the glue's export list names no default export (its init function)")?;
    let code = body[..start]
        .lines()
        .map(|line| line.strip_prefix("export ").unwrap_or(line))
        .collect::<Vec<_>>()
        .join("\n");
    Ok((code, init.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glue_exports_are_dropped_and_the_init_named() {
        let glue =
            "export function f() {}\nlet x = 1;\nexport { initSync, __wbg_init as default };\n";
        let expected = (
            "function f() {}\nlet x = 1;".to_owned(),
            "__wbg_init".to_owned(),
        );
        assert_eq!(inline_glue(glue), Ok(expected));
        // Minified by terser: one line, names mangled, the list at its end.
        let glue = "function M(){}const C=async e=>M();export{M as initSync,C as default};";
        let expected = (
            "function M(){}const C=async e=>M();".to_owned(),
            "C".to_owned(),
        );
        assert_eq!(inline_glue(glue), Ok(expected));
        assert!(inline_glue("function f() {}").is_err(), "no export list");
        assert!(
            inline_glue("function export_csv() {}").is_err(),
            "a name holding the word is no export list"
        );
        assert!(
            inline_glue("export{f as initSync}").is_err(),
            "no default export"
        );
    }

    fn files(name: &str) -> Result<Vec<u8>, String> {
        Ok(match name {
            "./a.css" => b"body{}".to_vec(),
            "./i.svg" => b"<svg/>".to_vec(),
            "./g.js" => b"function __wbg_init() {}\nexport { __wbg_init as default };".to_vec(),
            "./w.wasm" => vec![0, 97, 115, 109],
            other => return Err(format!("unexpected {other}")),
        })
    }

    fn assert_holds_everything(out: &str) {
        assert!(out.contains("<style>body{}</style>"), "{out}");
        assert!(out.contains("data:image/svg+xml;base64,PHN2Zy8+"), "{out}");
        assert!(out.contains("function __wbg_init() {}"), "{out}");
        assert!(
            out.contains("await __wbg_init({ module_or_path: embeddedWasm });"),
            "the boot calls the glue's init: {out}"
        );
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
        // From the served page, whose start script runs at once (`async`) and waits by itself:
        // the single file's starts the wasm as it runs, so it runs once the page is parsed.
        let served = crate::boot::defer_start(&page).expect("has a start script");
        let is_async = |page: &str| crate::rewrite::bodies(page, "script[async]").expect("parses");
        assert_eq!(is_async(&served).len(), 1, "{served}");
        let out = single_file(&served, files).expect("bundles");
        assert_holds_everything(&out);
        assert_eq!(is_async(&out), Vec::<String>::new(), "{out}");
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
