//! The whole prerender on a small page shaped like Trunk's minified release output: the real
//! App, the real head texts, and a Content Security Policy that matches the finished page.

use hsi_infographic::{content::article, head::head, ids::THEME_KEY};
use hsi_site::{early_script, hash_source, prerender, render_app};
use lol_html::{RewriteStrSettings, element, rewrite_str, text};
use std::cell::RefCell;

/// As `trunk build --release` writes it: no `<head>` tag, attributes unquoted where they can be,
/// empty attribute values as bare names, the start script in the head and the preloads after it.
const TRUNK_PAGE: &str = concat!(
    "<!doctype html><html lang=en><meta charset=utf-8>",
    "<meta content=\"width=device-width, initial-scale=1\" name=viewport><title></title>",
    "<meta content name=description><meta content=\"light dark\" name=color-scheme>",
    "<meta content=\"\" property=og:title><meta content=\"\" property=og:description>",
    "<meta content=preview.png property=og:image><meta content=\"\" property=og:image:alt>",
    "<meta content=\"\" name=twitter:title><script data-early></script>",
    "<link href=\"data:image/svg+xml,%3Csvg%3E%3C/svg%3E\" rel=icon type=image/svg+xml>",
    "<link href=./tokens-1a2b.css rel=stylesheet><link href=./base-3c4d.css rel=stylesheet>",
    "<link data-app-only href=./present-7a8b.css rel=stylesheet>",
    "<script type=module>import init, * as bindings from './hsi-infographic-5e6f.js';\n",
    "const wasm = await init({ module_or_path: './hsi-infographic-5e6f_bg.wasm' });\n",
    "window.wasmBindings = bindings;\n",
    "dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {detail: {wasm}}));</script>",
    "<link crossorigin href=./hsi-infographic-5e6f.js rel=modulepreload>",
    "<link as=fetch crossorigin href=./hsi-infographic-5e6f_bg.wasm rel=preload type=application/wasm>",
    "</head><body><div id=app></div></body></html>",
);

fn files(name: &str) -> Result<Vec<u8>, String> {
    match name {
        "./tokens-1a2b.css" => Ok(b":root{--navy:#0b2545}".to_vec()),
        "./base-3c4d.css" => Ok(b"body{margin:0}".to_vec()),
        other => Err(format!("no file {other} in the fixture")),
    }
}

/// Each element `selector` matches: its attribute `attribute` (as written) and its text.
fn elements(page: &str, selector: &str, attribute: &str) -> Vec<(Option<String>, String)> {
    let found = RefCell::new(Vec::new());
    let settings = RewriteStrSettings::new()
        .append_element_content_handler(element!(selector, |el| {
            found
                .borrow_mut()
                .push((el.get_attribute(attribute), String::new()));
            Ok(())
        }))
        .append_element_content_handler(text!(selector, |chunk| {
            if let Some((_, body)) = found.borrow_mut().last_mut() {
                body.push_str(chunk.as_str());
            }
            Ok(())
        }));
    rewrite_str(page, settings).expect("the page parses");
    found.into_inner()
}

/// The hash sources a policy directive lists, in order.
fn listed(policy: &str, directive: &str) -> Vec<String> {
    policy
        .split(';')
        .map(str::trim)
        .find_map(|d| d.strip_prefix(directive))
        .expect("the directive is there")
        .split_whitespace()
        .filter(|source| source.starts_with("'sha256-"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_prerendered_page_is_whole_and_its_policy_matches_it() {
    let head = head(article());
    let (page, sheets) = prerender(TRUNK_PAGE, &render_app(), &head, &early_script(), files)
        .expect("the fixture prerenders");
    assert_eq!(sheets, ["./tokens-1a2b.css", "./base-3c4d.css"]);
    // Present mode's sheet, linked right after the real App's opening paragraph, so that it and
    // the title paint before the rest is parsed; nothing else of the App comes between them.
    let link = "<link rel=stylesheet href=\"./present-7a8b.css\">";
    assert_eq!(page.matches(link).count(), 1);
    let at = page.find(link).expect("linked");
    let lede = page
        .find("class=\"hero__lede\"")
        .expect("the opening paragraph");
    assert!(
        lede < at && page[lede..at].ends_with("</p>"),
        "{}",
        &page[lede..at]
    );

    // The policy comes first in the head, right after the charset, before any script or style.
    let csp = "<meta http-equiv=Content-Security-Policy content=";
    assert!(
        page.starts_with(&format!(
            "<!doctype html><html lang=en><meta charset=utf-8>{csp}"
        )),
        "{}",
        &page[..200]
    );
    assert_eq!(page.matches(csp).count(), 1);
    let policies = elements(&page, "meta[http-equiv=Content-Security-Policy]", "content");
    let policy = policies[0].0.clone().expect("the policy has content");
    assert!(!policy.contains("unsafe-inline"), "{policy}");

    // Its hashes are those of the finished page's inline scripts and styles, no more, no fewer.
    let hashes = |selector: &str| -> Vec<String> {
        elements(&page, selector, "src")
            .iter()
            .map(|(_, body)| hash_source(body))
            .collect()
    };
    let scripts = hashes("script:not([src])");
    assert_eq!(scripts.len(), 2, "the theme script and the start script");
    assert_eq!(listed(&policy, "script-src"), scripts);
    let styles = hashes("style");
    let sheets = elements(&page, "style", "id");
    assert!(
        sheets[0].1.contains(":root{--navy:#0b2545}") && sheets[0].1.contains("body{margin:0}"),
        "the two sheets, inlined in order in one element: {}",
        sheets[0].1
    );
    assert_eq!(listed(&policy, "style-src"), styles);

    // The head's texts come from the data, with no placeholder left in them.
    let titles = elements(&page, "title", "id");
    assert_eq!(titles[0].1, head.title);
    for (selector, text) in [
        ("meta[name=description]", &head.description),
        ("meta[property='og:title']", &head.preview_title),
        ("meta[property='og:description']", &head.preview_description),
        ("meta[property='og:image:alt']", &head.image_alt),
        ("meta[name='twitter:title']", &head.preview_title),
    ] {
        let found = elements(&page, selector, "content");
        assert_eq!(found.len(), 1, "{selector}");
        let content = found[0].0.clone().unwrap_or_default();
        assert!(!content.is_empty(), "{selector} is filled");
        assert_eq!(content, text.replace('&', "&amp;").replace('"', "&quot;"));
        assert!(!content.contains(['{', '}']), "{selector}: {content}");
    }
    assert!(!titles[0].1.contains(['{', '}']) && !titles[0].1.is_empty());

    // The theme script names the app's key; the start script waits for the first paint.
    let bodies = elements(&page, "script:not([src])", "type");
    assert!(
        bodies[0].1.contains(&format!("\"{THEME_KEY}\"")),
        "{}",
        bodies[0].1
    );
    assert!(bodies[1].1.contains(r#"addEventListener("load""#));
    assert!(
        bodies[1]
            .1
            .contains(r#"import("./hsi-infographic-5e6f.js")"#)
    );

    // Everything the page no longer needs is gone (no sheet is linked but present mode's), and
    // the App is in.
    assert_eq!(page.matches("<link rel=stylesheet").count(), 1);
    for gone in ["modulepreload", "application/wasm", " from '"] {
        assert!(!page.contains(gone), "{gone} is left");
    }
    assert!(!page.contains("<div id=app></div>"));
    assert!(
        page.contains("<div id=app><!--"),
        "the App's hydration markers"
    );
}
