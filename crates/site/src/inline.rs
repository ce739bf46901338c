//! Style sheets inlined into the page, so its first paint waits for no request.

use crate::rewrite::rewrite;
use lol_html::element;
use lol_html::html_content::ContentType;

/// Trunk's links to style sheets. An exact `rel` value: an alternate sheet (`rel="alternate
/// stylesheet"`) is not applied, so inlining it would change the page.
const STYLE_SHEET_LINKS: &str = "link[rel=stylesheet i][href]";

/// Replaces each `<link rel=stylesheet>` with a `<style>` holding its sheet, so the first paint
/// waits for no request. Returns the page and the sheets' names, whose files are then unused.
/// `read` returns a file by the name the page uses (`./name` or `name`).
pub fn inline_style_sheets(
    page: &str,
    read: impl Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<(String, Vec<String>), String> {
    let mut inlined = Vec::new();
    let out = rewrite(
        page,
        [element!(STYLE_SHEET_LINKS, |link| {
            let href = link.get_attribute("href").unwrap_or_default();
            let css = String::from_utf8(read(&href)?).map_err(|e| format!("{href}: {e}"))?;
            let css = inlinable(&href, &css, "style")?;
            link.replace(&format!("<style>{css}</style>"), ContentType::Html);
            inlined.push(href);
            Ok(())
        })],
    )?;
    Ok((out, inlined))
}

/// `text`, the file `name`, if it can sit inside a `<tag>` element: it must not hold `</tag`,
/// which would end the element early.
pub(crate) fn inlinable<'a>(name: &str, text: &'a str, tag: &str) -> Result<&'a str, String> {
    if text.to_ascii_lowercase().contains(&format!("</{tag}")) {
        return Err(format!(
            "{name} contains `</{tag}`, which would end its inline copy"
        ));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::csp::content_security_policy;

    fn files(name: &str) -> Result<Vec<u8>, String> {
        match name {
            "./a.css" => Ok(b"a{}".to_vec()),
            "./b.css" => Ok(b"b{}".to_vec()),
            other => Err(format!("cannot read {other}")),
        }
    }

    #[test]
    fn style_sheets_are_inlined_in_order_and_hashed_in_the_policy() {
        let page =
            "<head><link href=./a.css rel=stylesheet><link href=./b.css rel=stylesheet></head>";
        let (out, inlined) = inline_style_sheets(page, files).expect("both sheets exist");
        assert_eq!(out, "<head><style>a{}</style><style>b{}</style></head>");
        assert_eq!(inlined, ["./a.css", "./b.css"]);
        let policy = content_security_policy(&out).expect("parses");
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
    fn quoted_and_unquoted_links_alike() {
        // Trunk's debug build quotes its attributes and puts `rel` first; the release build's
        // minifier drops the quotes.
        let page = "<head>\n  <link rel=\"stylesheet\" href=\"./a.css\" integrity=\"sha384-x\"/>\n  <link href='./b.css' rel=StyleSheet>\n  <link rel=\"alternate stylesheet\" href=\"./c.css\">\n</head>";
        let (out, inlined) = inline_style_sheets(page, files).expect("a and b exist");
        assert_eq!(inlined, ["./a.css", "./b.css"]);
        assert_eq!(
            out,
            "<head>\n  <style>a{}</style>\n  <style>b{}</style>\n  <link rel=\"alternate stylesheet\" href=\"./c.css\">\n</head>"
        );
    }
}
