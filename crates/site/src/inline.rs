//! Style sheets inlined into the page, so its first paint waits for no request.

use crate::rewrite::rewrite;
use lol_html::element;
use lol_html::html_content::ContentType;
use std::cell::Cell;
use std::fmt::Write;

/// Trunk's links to style sheets. An exact `rel` value: an alternate sheet (`rel="alternate
/// stylesheet"`) is not applied, so inlining it would change the page.
const STYLE_SHEET_LINKS: &str = "link[rel=stylesheet i][href]";

/// Marks, in `index.html`, a style sheet the page needs only once the app runs (present mode).
const APP_ONLY: &str = "data-app-only";

/// The page's opening paragraph, after which present mode's sheet is linked.
fn lede_selector() -> String {
    format!("p.{}", hsi_infographic::ids::LEDE_CLASS)
}

/// The element the App is rendered into: a link found from it on is in the body, even in a page
/// whose minifier left out the optional `<body>` tag.
fn app_selector() -> String {
    format!("#{}", hsi_infographic::ids::APP)
}

/// The media a link's sheet is limited to, if any (a `media` other than empty or `all`).
fn media(link: &lol_html::html_content::Element) -> Option<String> {
    link.get_attribute("media")
        .map(|m| m.trim().to_owned())
        .filter(|m| !m.is_empty() && !m.eq_ignore_ascii_case("all"))
}

/// Where the served page keeps a sheet for print alone: a `<noscript>` with this attribute
/// naming the sheet, and the sheet's link inside it. The early script links the sheet once the
/// page has loaded (early.js), and a browser without script reads the link where it is. So the
/// sheet's request never shares the page's first moments (Lighthouse counts a request made
/// before the largest paint and answered by then as one it waited for), nor holds its `load`
/// event, after which the wasm starts.
pub(crate) const PRINT_SHEET: &str = "data-print-sheet";

/// The links to style sheets, and the served page's print sheet kept in `<noscript>`.
fn sheet_selector() -> String {
    format!("{STYLE_SHEET_LINKS}, noscript[{PRINT_SHEET}]")
}

/// A sheet's file, by the name the page uses, and the media it is limited to: a link's, or those
/// of the print sheet a `<noscript>` keeps.
fn sheet_of(element: &lol_html::html_content::Element) -> (String, Option<String>) {
    match element.get_attribute(PRINT_SHEET) {
        Some(href) if element.tag_name() == "noscript" => (href, Some("print".to_owned())),
        _ => (
            element.get_attribute("href").unwrap_or_default(),
            media(element),
        ),
    }
}

/// Whether a sheet limited to `media` is for print alone (`media=print`): the first paint never
/// needs it.
fn print_only(media: Option<&str>) -> bool {
    media.is_some_and(|m| m.eq_ignore_ascii_case("print"))
}

/// What becomes of the style sheets marked `data-app-only`, and of those for print alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppOnly {
    /// Inlined with the others (the single file, which has nowhere else to keep them).
    Inline,
    /// Kept as files: present mode's linked right after the page's opening paragraph
    /// (`ids::LEDE_CLASS`), a sheet for print alone kept after `#app` in a `<noscript>`
    /// (`PRINT_SHEET`; each at the end of `<body>` in a page without that element). The page's
    /// first round trip does not carry them, and they are loaded long before a reader presents,
    /// or, almost always, prints (a print sheet keeps its `media`, so it blocks nothing; the
    /// page's own `base.css` shows every card whole in print before it is in). Chromium parses no
    /// further than present mode's link until its sheet is
    /// in, and paints what comes before it meanwhile: the title and opening paragraph (the
    /// largest paint) show without waiting for the rest of the page to be parsed, styled and laid
    /// out, and the headline figures and the cards follow a moment later (a round trip, on a slow
    /// network; the early script lets the page parse on if the sheet has not come in a second or
    /// two). Firefox parses on. The app moves the link out of `#app` before it hydrates
    /// (`src/main.rs`).
    Apart,
    /// Left out (an embedded view, which never presents); a print sheet not marked
    /// `data-app-only` is inlined there.
    Drop,
}

/// Replaces the `<link rel=stylesheet>`s with one `<style>` holding their sheets in order, where
/// the first link was (or, if that link is in the body, as the served page's sheets kept apart
/// are, right after the page's own `<style>` in its head), so the first paint waits for no
/// request. One element, so the policy lists
/// one hash rather than one per sheet: hashes do not compress, and each costs the page's first
/// round trip about 50 bytes. Sheets marked `data-app-only` go as `app_only` says, and so does a
/// sheet for print alone, except that `Drop` inlines it. An inlined sheet limited to some media
/// keeps to them (its rules under `@media`), and a sheet kept apart keeps its `media`. Returns the
/// page and the names of the sheets inlined, whose files are then unused. `read` returns a file
/// by the name the page uses (`./name` or `name`).
pub fn inline_style_sheets(
    page: &str,
    read: impl Fn(&str) -> Result<Vec<u8>, String>,
    app_only: AppOnly,
) -> Result<(String, Vec<String>), String> {
    let (mut inlined, mut sheets) = (Vec::new(), Vec::new());
    // The sheets kept apart: present mode's, linked after the opening paragraph, and those for
    // print alone, which block nothing anywhere, at the end.
    let (mut after_lede, mut at_end) = (String::new(), String::new());
    // Whether a sheet (`link`, for print alone or not) is kept apart.
    let set_apart = |link: &lol_html::html_content::Element, print: bool| {
        (app_only != AppOnly::Inline && link.has_attribute(APP_ONLY))
            || (app_only == AppOnly::Apart && print)
    };
    let (lede, app, sheets_and_holders) = (lede_selector(), app_selector(), sheet_selector());
    // The first pass reads the sheets and learns where things are: whether the first sheet
    // inlined is linked from the body (`None`: no sheet is inlined), and which of the opening
    // paragraph, `#app` and `<body>` the page has.
    let (in_body, first_in_body) = (Cell::new(false), Cell::new(None));
    let (mut has_lede, mut has_app, mut has_body) = (false, false, false);
    rewrite(
        page,
        [
            element!("body", |_| {
                in_body.set(true);
                has_body = true;
                Ok(())
            }),
            element!(app.as_str(), |_| {
                in_body.set(true);
                has_app = true;
                Ok(())
            }),
            element!(lede.as_str(), |_| {
                has_lede = true;
                Ok(())
            }),
            element!(sheets_and_holders.as_str(), |link| {
                let (href, media) = sheet_of(link);
                let print = print_only(media.as_deref());
                if set_apart(link, print) {
                    if app_only == AppOnly::Apart {
                        let quoted = |text: &str| text.replace('"', "&quot;");
                        let media_attribute = media
                            .as_deref()
                            .map(|m| format!(" media=\"{}\"", quoted(m)))
                            .unwrap_or_default();
                        let tag = format!(
                            "<link rel=stylesheet href=\"{}\"{media_attribute}>",
                            quoted(&href)
                        );
                        if print {
                            // Its text is the `<noscript>`'s: it must not end it early.
                            inlinable(&href, &tag, "noscript")?;
                            let _ = write!(
                                at_end,
                                "<noscript {PRINT_SHEET}=\"{}\">{tag}</noscript>",
                                quoted(&href)
                            );
                        } else {
                            after_lede.push_str(&tag);
                        }
                    }
                    return Ok(());
                }
                let css = String::from_utf8(read(&href)?).map_err(|e| format!("{href}: {e}"))?;
                let css = inlinable(&href, &css, "style")?;
                sheets.push(match media {
                    Some(media) => format!("@media {media}{{{css}}}"),
                    None => css.to_owned(),
                });
                inlined.push(href);
                if first_in_body.get().is_none() {
                    first_in_body.set(Some(in_body.get()));
                }
                Ok(())
            }),
        ],
    )?;
    // Where the sheets kept apart go: present mode's after the opening paragraph, or with the
    // print sheets after `#app`, or at the end of the body (a page with none of the three is
    // refused).
    let (mut after_lede, mut after_app) = if has_lede {
        (after_lede, at_end)
    } else {
        (String::new(), after_lede + &at_end)
    };
    let in_body_end = if has_app {
        String::new()
    } else {
        std::mem::take(&mut after_app)
    };
    if !has_body && !in_body_end.is_empty() {
        return Err("the page has no <body> to link its style sheets from".into());
    }
    let style = format!("<style>{}</style>", sheets.join("\n"));
    // A served page (the single file's source) has its own `<style>` in the head, and the
    // sheets it links from its body go right after it.
    let style_unplaced = Cell::new(first_in_body.get() == Some(true));
    let mut first_link = true;
    in_body.set(false);
    let out = rewrite(
        page,
        [
            element!("body", |body| {
                in_body.set(true);
                body.append(&in_body_end, ContentType::Html);
                Ok(())
            }),
            element!("style", |own| {
                if style_unplaced.get() && !in_body.get() {
                    own.after(&style, ContentType::Html);
                    style_unplaced.set(false);
                }
                Ok(())
            }),
            element!(sheets_and_holders.as_str(), |link| {
                let print = print_only(sheet_of(link).1.as_deref());
                let here = !set_apart(link, print) && std::mem::take(&mut first_link);
                if here && style_unplaced.get() {
                    return Err("the page links style sheets from its body, and has no <style> in its head to put them after".into());
                }
                if here && first_in_body.get() == Some(false) {
                    link.replace(&style, ContentType::Html);
                } else {
                    link.remove();
                }
                Ok(())
            }),
            // The first opening paragraph only.
            element!(lede.as_str(), |paragraph| {
                paragraph.after(&std::mem::take(&mut after_lede), ContentType::Html);
                Ok(())
            }),
            element!(app.as_str(), |root| {
                in_body.set(true);
                root.after(&after_app, ContentType::Html);
                Ok(())
            }),
        ],
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
        let (out, inlined) =
            inline_style_sheets(page, files, AppOnly::Apart).expect("both sheets exist");
        assert_eq!(out, "<head><style>a{}\nb{}</style></head>");
        assert_eq!(inlined, ["./a.css", "./b.css"]);
        let policy = content_security_policy(&out).expect("parses");
        let style_src = policy
            .split(';')
            .find(|d| d.trim().starts_with("style-src"))
            .expect("a style-src directive");
        assert_eq!(
            style_src.matches("'sha256-").count(),
            1,
            "one element, one hash: {style_src}"
        );
        assert!(!policy.contains("unsafe-inline"));
        let missing =
            inline_style_sheets("<link href=./c.css rel=stylesheet>", files, AppOnly::Apart);
        assert_eq!(missing, Err("cannot read ./c.css".into()));
        let closing =
            |_: &str| -> Result<Vec<u8>, String> { Ok(b"a::after{content:'</STYLE>'}".to_vec()) };
        assert!(
            inline_style_sheets(
                "<link href=./a.css rel=stylesheet>",
                closing,
                AppOnly::Apart
            )
            .is_err()
        );
    }

    #[test]
    fn a_sheet_only_the_app_needs_is_linked_after_the_first_paint_inlined_or_left_out() {
        let page = "<head><link href=./a.css rel=stylesheet><link data-app-only href=./b.css rel=stylesheet></head><body><div id=app><header><p class=hero__lede>h</p></header><main>m</main></div></body>";
        let run = |app_only| inline_style_sheets(page, files, app_only).expect("both exist");
        assert_eq!(
            run(AppOnly::Apart),
            (
                "<head><style>a{}</style></head><body><div id=app><header><p class=hero__lede>h</p><link rel=stylesheet href=\"./b.css\"></header><main>m</main></div></body>".into(),
                vec!["./a.css".into()]
            )
        );
        assert_eq!(
            run(AppOnly::Drop).0,
            "<head><style>a{}</style></head><body><div id=app><header><p class=hero__lede>h</p></header><main>m</main></div></body>"
        );
        let (all, inlined) = run(AppOnly::Inline);
        assert_eq!(
            all,
            "<head><style>a{}\nb{}</style></head><body><div id=app><header><p class=hero__lede>h</p></header><main>m</main></div></body>"
        );
        assert_eq!(inlined, ["./a.css", "./b.css"]);
        // The single file, from the served page: the sheet linked from the body is inlined at the
        // end of the head, after the page's own, so nothing but the App is left in `#app`.
        let (single, _) =
            inline_style_sheets(&run(AppOnly::Apart).0, files, AppOnly::Inline).expect("b exists");
        assert_eq!(
            single,
            "<head><style>a{}</style><style>b{}</style></head><body><div id=app><header><p class=hero__lede>h</p></header><main>m</main></div></body>"
        );
        // Minified served pages: with no `<head>` tag, with no `<body>` tag (a link from `#app`
        // on is in the body all the same, so the single file never puts a `<style>` inside
        // `#app`), and with no `<style>` in the head to follow (one in the body, in an SVG say,
        // is not the head's): refused.
        let single = |page: &str| inline_style_sheets(page, files, AppOnly::Inline).map(|(p, _)| p);
        let lede = "<p class=hero__lede>h</p><link rel=stylesheet href=./b.css><main>m</main>";
        assert_eq!(
            single(&format!("<meta charset=utf-8><style>a{{}}</style><body>{lede}")),
            Ok("<meta charset=utf-8><style>a{}</style><style>b{}</style><body><p class=hero__lede>h</p><main>m</main>".into())
        );
        assert_eq!(
            single(&format!("<style>a{{}}</style><div id=app>{lede}</div>")),
            Ok("<style>a{}</style><style>b{}</style><div id=app><p class=hero__lede>h</p><main>m</main></div>".into())
        );
        assert!(single(&format!("<body>{lede}")).is_err());
        assert!(single(&format!("<body><svg><style>s{{}}</style></svg>{lede}")).is_err());
        // A page without an opening paragraph links it at the end of the body.
        let (served, _) = inline_style_sheets(
            "<head><link data-app-only href=./b.css rel=stylesheet></head><body><p>x</body>",
            files,
            AppOnly::Apart,
        )
        .expect("b exists");
        assert_eq!(
            served,
            "<head></head><body><p>x<link rel=stylesheet href=\"./b.css\"></body>"
        );
    }

    #[test]
    fn a_print_sheet_is_linked_for_print_apart_and_inlined_as_print_elsewhere() {
        let files = |name: &str| -> Result<Vec<u8>, String> {
            match name {
                "./p.css" => Ok(b"@page{margin:1cm}p{}".to_vec()),
                "./s.css" => Ok(b"s{}".to_vec()),
                other => files(other),
            }
        };
        let page = "<head><link href=./a.css rel=stylesheet><link data-app-only href=./b.css rel=stylesheet><link href=./p.css rel=stylesheet media=\"PRINT \"><link href=./s.css rel=stylesheet media=\"print, speech\"></head><body><p>x</body>";
        let run = |app_only| inline_style_sheets(page, files, app_only).expect("all exist");
        // Served: apart, after present mode's sheet, in a `<noscript>` that names it (the early
        // script links it once the page has loaded), keeping its media, and its file kept; a
        // sheet for other media is inlined under them.
        let (served, inlined) = run(AppOnly::Apart);
        assert_eq!(
            served,
            "<head><style>a{}\n@media print, speech{s{}}</style></head><body><p>x<link rel=stylesheet href=\"./b.css\"><noscript data-print-sheet=\"./p.css\"><link rel=stylesheet href=\"./p.css\" media=\"PRINT\"></noscript></body>"
        );
        assert_eq!(inlined, ["./a.css", "./s.css"]);
        // An embedded view: inlined, under `@media print`, `@page` and all.
        let (embedded, inlined) = run(AppOnly::Drop);
        assert_eq!(
            embedded,
            "<head><style>a{}\n@media PRINT{@page{margin:1cm}p{}}\n@media print, speech{s{}}</style></head><body><p>x</body>"
        );
        assert_eq!(inlined, ["./a.css", "./p.css", "./s.css"]);
        // The single file, from the served page: both sheets kept apart in the body (the print
        // sheet by its `<noscript>`) inlined at the end of the head.
        let (single, _) = inline_style_sheets(&served, files, AppOnly::Inline).expect("exist");
        assert_eq!(
            single,
            "<head><style>a{}\n@media print, speech{s{}}</style><style>b{}\n@media print{@page{margin:1cm}p{}}</style></head><body><p>x</body>"
        );
        // With an opening paragraph: present mode's sheet after it, the print sheet after `#app`.
        let app_page = "<head><link href=./a.css rel=stylesheet><link data-app-only href=./b.css rel=stylesheet><link href=./p.css rel=stylesheet media=print></head><body><div id=app><p class=hero__lede>h</p><main>m</main></div></body>";
        let (served, _) = inline_style_sheets(app_page, files, AppOnly::Apart).expect("all exist");
        assert_eq!(
            served,
            "<head><style>a{}</style></head><body><div id=app><p class=hero__lede>h</p><link rel=stylesheet href=\"./b.css\"><main>m</main></div><noscript data-print-sheet=\"./p.css\"><link rel=stylesheet href=\"./p.css\" media=\"print\"></noscript></body>"
        );
        // A sheet both for the app alone and for print: apart when served, left out of a view.
        let both = "<head><link data-app-only media=print href=./p.css rel=stylesheet></head><body></body>";
        let (served, _) = inline_style_sheets(both, files, AppOnly::Apart).expect("exists");
        assert_eq!(
            served,
            "<head></head><body><noscript data-print-sheet=\"./p.css\"><link rel=stylesheet href=\"./p.css\" media=\"print\"></noscript></body>"
        );
        let (embedded, _) = inline_style_sheets(both, files, AppOnly::Drop).expect("exists");
        assert_eq!(embedded, "<head></head><body></body>");
        // A name that would end its `<noscript>` early is refused.
        let odd = "<head><link href=\"./p</noscript>.css\" rel=stylesheet media=print></head><body></body>";
        assert!(inline_style_sheets(odd, files, AppOnly::Apart).is_err());
    }

    #[test]
    fn quoted_and_unquoted_links_alike() {
        // Trunk's debug build quotes its attributes and puts `rel` first; the release build's
        // minifier drops the quotes.
        let page = "<head>\n  <link rel=\"stylesheet\" href=\"./a.css\" integrity=\"sha384-x\"/>\n  <link href='./b.css' rel=StyleSheet>\n  <link rel=\"alternate stylesheet\" href=\"./c.css\">\n</head>";
        let (out, inlined) =
            inline_style_sheets(page, files, AppOnly::Apart).expect("a and b exist");
        assert_eq!(inlined, ["./a.css", "./b.css"]);
        assert_eq!(
            out,
            "<head>\n  <style>a{}\nb{}</style>\n  \n  <link rel=\"alternate stylesheet\" href=\"./c.css\">\n</head>"
        );
    }
}
