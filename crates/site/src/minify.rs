//! The early script minified by terser, as the build does for wasm-bindgen's glue: in a release
//! build only (`prerender --minify`), with terser on the PATH (`make tools` installs it under
//! target/tools). 6.7 KB of script becomes 4.5 KB, and the page 0.34 KB smaller in brotli.

use std::io::Write;
use std::process::{Command, Stdio};

/// `script` through terser (`--compress --mangle`). Its free names (the page's own, such as
/// `localStorage`) are kept, so a script filled by `early_script` stays whole.
pub fn minify(script: &str) -> Result<String, String> {
    let mut terser = Command::new("terser")
        .args(["--compress", "--mangle"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run terser (make tools installs it): {e}"))?;
    // A script terser rejects can end it before it has read all: its own message says why.
    let written = terser
        .stdin
        .take()
        .map(|mut input| input.write_all(script.as_bytes()));
    let out = terser
        .wait_with_output()
        .map_err(|e| format!("terser: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "terser: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    if let Some(Err(e)) = written {
        return Err(format!("terser: {e}"));
    }
    let text = String::from_utf8(out.stdout).map_err(|e| format!("terser: {e}"))?;
    Ok(text.trim_end().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::early_script;
    use hsi_infographic::ids;

    #[test]
    fn the_early_script_minified_is_smaller_and_keeps_the_app_constants() {
        let early = early_script();
        let small = minify(&early).expect("terser is installed (make tools)");
        assert!(
            small.len() * 4 < early.len() * 3,
            "{} → {}",
            early.len(),
            small.len()
        );
        // Terser may join a constant to the text around it (".card__toggle").
        for constant in [ids::THEME_KEY, ids::CARD_TOGGLE_CLASS, ids::SETTLE_EVENT] {
            assert!(small.contains(constant), "{constant}");
        }
        assert!(!small.contains('\n') && !small.to_ascii_lowercase().contains("</script"));
    }

    #[test]
    fn a_script_terser_cannot_parse_is_an_error() {
        let error = minify("function (").expect_err("not a script");
        assert!(
            error.starts_with("terser: ") && error.contains("Unexpected token"),
            "{error}"
        );
    }
}
