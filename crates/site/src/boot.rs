//! How the page starts the wasm: Trunk's preloads removed, and its start script replaced by one
//! that waits for the first paint.

use crate::csp::INLINE_SCRIPTS;
use crate::rewrite::{bodies, edit_nth, rewrite, set_body};
use lol_html::element;
use lol_html::html_content::ContentType;

/// Trunk's preloads of the glue (`rel=modulepreload`) and of the wasm.
const PRELOADS: &str = "link[rel=modulepreload i], link[rel=preload i][type='application/wasm' i]";

/// Removes Trunk's preload links for the glue and the wasm. The prerendered page is complete
/// without them, so its text and style get the connection first; the start script fetches both
/// later (see `defer_start`).
pub fn remove_preloads(page: &str) -> Result<String, String> {
    rewrite(
        page,
        [element!(PRELOADS, |link| {
            link.remove();
            Ok(())
        })],
    )
}

/// The start script: its index among the page's inline scripts, and its body. It is Trunk's or
/// the one `defer_start` writes, and both hand `module_or_path` to the glue's init.
pub(crate) fn start_script(page: &str) -> Result<(usize, String), String> {
    bodies(page, INLINE_SCRIPTS)?
        .into_iter()
        .enumerate()
        .find(|(_, body)| body.contains("module_or_path"))
        .ok_or_else(|| "no script that starts the wasm".to_owned())
}

/// The page with the start script's body replaced by `body`, and the script run as soon as it is
/// parsed (`async`) or, like Trunk's, once the page is parsed: a script that starts the wasm at
/// once must wait for the whole page, which the wasm hydrates.
pub(crate) fn replace_start_script(page: &str, body: &str, run: Run) -> Result<String, String> {
    let (index, _) = start_script(page)?;
    edit_nth(page, INLINE_SCRIPTS, index, |script| {
        script.set_inner_content(body, ContentType::Html);
        match run {
            Run::AtOnce => script
                .set_attribute("async", "")
                .map_err(|e| e.to_string())?,
            Run::Parsed => script.remove_attribute("async"),
        }
        Ok(())
    })
}

/// When a start script runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Run {
    /// As soon as it is parsed: it waits for the page itself.
    AtOnce,
    /// Once the page is parsed, and (as the HTML standard has it, and Firefox does) once every
    /// style sheet the parser met is in.
    Parsed,
}

/// The glue and wasm files a start script loads: `import … from './glue.js'` (Trunk's) or
/// `import("./glue.js")` (ours), and `module_or_path: './app_bg.wasm'`.
pub(crate) fn boot_files(script: &str) -> Result<(String, String), String> {
    let quoted_after = |marker: &str| {
        let rest = &script[script.find(marker)? + marker.len()..];
        let rest = rest.trim_start().strip_prefix(['\'', '"'])?;
        Some(rest[..rest.find(['\'', '"'])?].to_owned())
    };
    // `from` is followed by a space, or not once minified (`from"./glue.js"`).
    let glue = quoted_after("from")
        .or_else(|| quoted_after("import("))
        .ok_or("no glue import in the start script")?;
    let wasm = quoted_after("module_or_path:").ok_or("no wasm path in the start script")?;
    Ok((glue, wasm))
}

/// How long after the page is parsed the wasm starts (and the early script links the print
/// sheet) if the page has not loaded by then: a request that never ends (a stalled style sheet)
/// holds the load event back for as long as it lasts.
pub(crate) const LOAD_WAIT_MS: u32 = 2000;

/// How long after the wasm is asked for the page says it is still loading, if it has not
/// started by then (`ids::SLOW_CLASS`): a download on a slow network, or one that stalled.
pub(crate) const SLOW_START_MS: u32 = 8000;

/// Replaces Trunk's start script, which starts the wasm as soon as the page is parsed, with one
/// that starts it once the page has loaded and painted (or `LOAD_WAIT_MS` after it is parsed,
/// if it has not loaded by then). The prerendered page is whole without the wasm, so its first
/// paint never waits on script, and the app hydrates a frame later. The script still announces
/// `TrunkApplicationStarted`, as Trunk's does.
///
/// What the script does, said here rather than in its own comments, which every visit would
/// download: if the wasm cannot start (blocked, cut short, an old browser), the page says so
/// (`ids::FAILED_CLASS`) and hides the controls that need it, and the early script keeps the
/// cards working; if it has not started `SLOW_START_MS` after it was asked for, the page says it
/// is still loading (`ids::SLOW_CLASS`), and the controls clicked meanwhile stay busy until it
/// answers them. It starts once the page has loaded and painted (a hidden tab paints no frames,
/// so there it starts without waiting for one); a request that never ends holds the load event
/// back, so it starts `LOAD_WAIT_MS` after the page is parsed at the latest (the page's first
/// change of `readyState`, or before the script ran). The script runs as soon as it can
/// (`async`) and waits by itself: Firefox runs a script deferred to the end of parsing only once
/// every style sheet the parser met is in, a stalled one too, and fires `DOMContentLoaded`
/// (when the early script opens a linked card) only after the deferred scripts.
pub fn defer_start(page: &str) -> Result<String, String> {
    let (_, script) = start_script(page)?;
    let (glue, wasm) = boot_files(&script)?;
    let deferred = format!(
        r#"const start = async () => {{
  const bindings = await import("{glue}");
  const wasm = await bindings.default({{ module_or_path: "{wasm}" }});
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", {{ detail: {{ wasm }} }}));
}};
const run = () => {{
  const slow = setTimeout(() => document.documentElement.classList.add({slow:?}), {slow_ms});
  start().catch(() => document.documentElement.classList.add({failed:?})).finally(() => clearTimeout(slow));
}};
let started = false;
const go = () => {{
  if (started) return;
  started = true;
  document.hidden ? setTimeout(run) : requestAnimationFrame(() => setTimeout(run));
}};
addEventListener("load", go);
const parsed = () => setTimeout(go, {wait});
if (document.readyState === "loading") document.addEventListener("readystatechange", parsed, {{ once: true }});
else parsed();"#,
        failed = hsi_infographic::ids::FAILED_CLASS,
        slow = hsi_infographic::ids::SLOW_CLASS,
        slow_ms = SLOW_START_MS,
        wait = LOAD_WAIT_MS
    );
    replace_start_script(page, &deferred, Run::AtOnce)
}

/// The start script with its glue and wasm named from a page `root` away from the site's root
/// (`../../` for `embed/{view}/index.html`), so a page in a sub-folder loads the same files.
pub(crate) fn relocate_start(page: &str, root: &str) -> Result<String, String> {
    let (index, script) = start_script(page)?;
    let (glue, wasm) = boot_files(&script)?;
    let moved = |path: &str| format!("{root}{}", path.trim_start_matches("./"));
    let body = script
        .replacen(&format!("\"{glue}\""), &format!("\"{}\"", moved(&glue)), 1)
        .replacen(&format!("\"{wasm}\""), &format!("\"{}\"", moved(&wasm)), 1);
    if boot_files(&body)? != (moved(&glue), moved(&wasm)) {
        return Err(
            "the start script names its files in a form relocate_start does not know".into(),
        );
    }
    set_body(page, INLINE_SCRIPTS, index, &body)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILES: (&str, &str) = ("./g.js", "./w.wasm");

    fn files_of(page: &str) -> Result<(String, String), String> {
        start_script(page).and_then(|(_, script)| boot_files(&script))
    }

    #[test]
    fn preloads_go_and_the_module_script_still_names_its_files() {
        let page = "<link crossorigin href=./g.js rel=modulepreload><link as=fetch crossorigin href=./w.wasm rel=preload type=application/wasm><script type=module>import init, * as bindings from './g.js';\nconst wasm = await init({ module_or_path: './w.wasm' });</script>";
        let out = remove_preloads(page).expect("parses");
        assert!(!out.contains("preload"), "{out}");
        let files = Ok((FILES.0.to_owned(), FILES.1.to_owned()));
        assert_eq!(files_of(&out), files);
        assert!(start_script("<script>x()</script>").is_err());
        // Deferred, the start script waits for the load event and still names both files.
        let deferred = defer_start(&out).expect("has a start script");
        assert!(!deferred.contains(" from "), "{deferred}");
        assert!(
            deferred.contains(r#"addEventListener("load""#),
            "{deferred}"
        );
        // ... or, at the latest, a while after the page is parsed, if something holds `load`,
        // by itself: it runs as soon as it is parsed.
        assert!(
            deferred.contains(&format!("setTimeout(go, {LOAD_WAIT_MS})")),
            "{deferred}"
        );
        assert!(
            deferred.contains(r#"<script type=module async="">"#),
            "{deferred}"
        );
        assert!(
            deferred.contains(r#"classList.add("wasm-failed")"#),
            "a failed start marks the page: {deferred}"
        );
        assert!(
            deferred.contains(&format!(r#"classList.add("wasm-slow"), {SLOW_START_MS})"#)),
            "so does a slow one: {deferred}"
        );
        assert_eq!(files_of(&deferred), files);
    }

    #[test]
    fn a_minified_start_script_names_its_files_too() {
        let page = r#"<script type=module>import init,*as bindings from"./g.js";const wasm=await init({module_or_path:"./w.wasm"})</script>"#;
        assert_eq!(files_of(page), Ok((FILES.0.to_owned(), FILES.1.to_owned())));
    }

    #[test]
    fn a_debug_build_is_deferred_too() {
        // Trunk's debug build: not minified, attributes quoted, other scripts around.
        let page = r#"<head>
    <script>document.documentElement.classList.add("js");</script>
    <link rel="modulepreload" href="./g.js" crossorigin="anonymous">
    <link rel="preload" href="./w.wasm" crossorigin="anonymous" type="application/wasm" as="fetch">
    <link rel="preload" href="./font.woff2" as="font">
<script type="module">
import init, * as bindings from './g.js';
const wasm = await init({ module_or_path: './w.wasm' });
</script>
  </head>"#;
        let out = defer_start(&remove_preloads(page).expect("parses")).expect("has a start");
        assert!(!out.contains("modulepreload") && !out.contains("application/wasm"));
        assert!(out.contains(r#"<link rel="preload" href="./font.woff2" as="font">"#));
        assert!(out.contains(r#"<script>document.documentElement.classList.add("js");</script>"#));
        assert!(
            out.contains(r#"<script type="module" async="">const start = async"#),
            "{out}"
        );
        assert_eq!(files_of(&out), Ok((FILES.0.to_owned(), FILES.1.to_owned())));
    }
}
