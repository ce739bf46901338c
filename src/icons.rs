//! Line icons as SVG markup: Lucide's shapes (<https://lucide.dev>) for every icon the page and
//! the charts draw, kept as fixed markup in one table. A pure module: the page wraps them in
//! markup (`components::icon`), and the unit charts define each figure's icon once as a
//! `<symbol>` of one path (`chart_path`) and draw their units with it.
//!
//! Lucide's licence, for the shapes below:
//!
//! > ISC License. Copyright (c) for portions of Lucide are held by Cole Bemis 2013-2022 as part
//! > of Feather (MIT). All other copyright (c) for Lucide are held by Lucide Contributors 2022.
//! >
//! > Permission to use, copy, modify, and/or distribute this software for any purpose with or
//! > without fee is hereby granted, provided that the above copyright notice and this permission
//! > notice appear in all copies.
//! >
//! > THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS
//! > SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL
//! > THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY
//! > DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF
//! > CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE
//! > OR PERFORMANCE OF THIS SOFTWARE.

use crate::content::{Category, Icon};

/// Every icon the page and the charts draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Glyph {
    Section(Icon),
    Category(Category),
    References,
    Toggle,
    OpenAll,
    CloseAll,
    ThemeAuto,
    ThemeLight,
    ThemeDark,
    ThemeProjector,
    Present,
    Share,
    /// The deck's bar: previous and next slide, the console, the overview, full screen, exit.
    Previous,
    Next,
    Console,
    Overview,
    FullScreen,
    Exit,
    /// The console's button that blanks the room's screen.
    Blank,
}

/// The shapes inside the icon's 24×24 `<svg>`: constant markup, never data from the article.
pub fn shapes(glyph: Glyph) -> &'static str {
    match glyph {
        Glyph::Section(Icon::Shield) => {
            r#"<path d="M20 13c0 5-3.5 7.5-7.66 8.95a1 1 0 0 1-.67-.01C7.5 20.5 4 18 4 13V6a1 1 0 0 1 1-1c2 0 4.5-1.2 6.24-2.72a1.17 1.17 0 0 1 1.52 0C14.51 3.81 17 5 19 5a1 1 0 0 1 1 1z"/>"#
        }
        Glyph::Section(Icon::Route) => {
            r#"<circle cx="6" cy="19" r="3"/><path d="M9 19h8.5a3.5 3.5 0 0 0 0-7h-11a3.5 3.5 0 0 1 0-7H15"/><circle cx="18" cy="5" r="3"/>"#
        }
        Glyph::Section(Icon::Target) => {
            r#"<circle cx="12" cy="12" r="10"/><circle cx="12" cy="12" r="6"/><circle cx="12" cy="12" r="2"/>"#
        }
        Glyph::Section(Icon::Handshake) => {
            r#"<path d="m11 17 2 2a1 1 0 1 0 3-3"/><path d="m14 14 2.5 2.5a1 1 0 1 0 3-3l-3.88-3.88a3 3 0 0 0-4.24 0l-.88.88a1 1 0 1 1-3-3l2.81-2.81a5.79 5.79 0 0 1 7.06-.87l.47.28a2 2 0 0 0 1.42.25L21 4"/><path d="m21 3 1 11h-2"/><path d="M3 3 2 14l6.5 6.5a1 1 0 1 0 3-3"/><path d="M3 4h8"/>"#
        }
        Glyph::Section(Icon::Ship) => {
            r#"<path d="M12 2v2"/><path d="M12 9.189V13"/><path d="M19 12V6a2 2 0 00-2-2H7a2 2 0 00-2 2v6"/><path d="M19.38 19A11.6 11.6 0 0021 13l-8.188-3.639a2 2 0 00-1.624 0L3 13.001a11.6 11.6 0 002.81 7.76"/><path d="M2 20c.6.5 1.2 1 2.5 1 2.5 0 2.5-2 5-2 1.3 0 1.9.5 2.5 1s1.2 1 2.5 1c2.5 0 2.5-2 5-2 1.3 0 1.9.5 2.5 1"/>"#
        }
        Glyph::Section(Icon::Banknote) | Glyph::Category(Category::Currency) => {
            r#"<rect width="20" height="12" x="2" y="6" rx="2"/><circle cx="12" cy="12" r="2"/><path d="M6 12h.01M18 12h.01"/>"#
        }
        Glyph::Section(Icon::Chart) => {
            r#"<path d="M3 3v16a2 2 0 0 0 2 2h16"/><path d="M18 17V9"/><path d="M13 17V5"/><path d="M8 17v-3"/>"#
        }
        Glyph::Section(Icon::Network) => {
            r#"<rect x="16" y="16" width="6" height="6" rx="1"/><rect x="2" y="16" width="6" height="6" rx="1"/><rect x="9" y="2" width="6" height="6" rx="1"/><path d="M5 16v-3a1 1 0 0 1 1-1h12a1 1 0 0 1 1 1v3"/><path d="M12 12V8"/>"#
        }
        Glyph::Section(Icon::Compass) => {
            r#"<circle cx="12" cy="12" r="10"/><path d="m16.24 7.76-1.804 5.411a2 2 0 0 1-1.265 1.265L7.76 16.24l1.804-5.411a2 2 0 0 1 1.265-1.265z"/>"#
        }
        Glyph::Category(Category::Narcotics) => {
            r#"<path d="M11 21.73a2 2 0 0 0 2 0l7-4A2 2 0 0 0 21 16V8a2 2 0 0 0-1-1.73l-7-4a2 2 0 0 0-2 0l-7 4A2 2 0 0 0 3 8v8a2 2 0 0 0 1 1.73z"/><path d="M12 22V12"/><polyline points="3.29 7 12 12 20.71 7"/><path d="m7.5 4.27 9 5.15"/>"#
        }
        Glyph::Category(Category::Arrests) => {
            r#"<path d="M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2"/><path d="M16 3.128a4 4 0 0 1 0 7.744"/><path d="M22 21v-2a4 4 0 0 0-3-3.87"/><circle cx="9" cy="7" r="4"/>"#
        }
        Glyph::Category(Category::Firearms) => {
            r#"<circle cx="12" cy="12" r="10"/><line x1="22" x2="18" y1="12" y2="12"/><line x1="6" x2="2" y1="12" y2="12"/><line x1="12" x2="12" y1="6" y2="2"/><line x1="12" x2="12" y1="22" y2="18"/>"#
        }
        Glyph::Category(Category::Presence) => {
            r#"<circle cx="12" cy="12" r="10"/><path d="M12 2a14.5 14.5 0 0 0 0 20 14.5 14.5 0 0 0 0-20"/><path d="M2 12h20"/>"#
        }
        Glyph::References => {
            r#"<path d="M12 5v16"/><path d="M20.001 19A2 2 0 0022 17V5a2 2 0 00-1.999-2L16 3.002A5 5 0 0012 5a5 5 0 00-4-2H4a2 2 0 00-2 2v12a2 2 0 001.999 2H8a5 5 0 014 2 5 5 0 014-2z"/>"#
        }
        Glyph::Toggle => r#"<path d="m6 9 6 6 6-6"/>"#,
        Glyph::OpenAll => r#"<path d="m7 15 5 5 5-5"/><path d="m7 9 5-5 5 5"/>"#,
        Glyph::CloseAll => r#"<path d="m7 20 5-5 5 5"/><path d="m7 4 5 5 5-5"/>"#,
        Glyph::ThemeAuto => {
            r#"<path d="M12 2v2"/><path d="M14.837 16.385a6 6 0 1 1-7.223-7.222c.624-.147.97.66.715 1.248a4 4 0 0 0 5.26 5.259c.589-.255 1.396.09 1.248.715"/><path d="M16 12a4 4 0 0 0-4-4"/><path d="m19 5-1.256 1.256"/><path d="M20 12h2"/>"#
        }
        Glyph::ThemeLight => {
            r#"<circle cx="12" cy="12" r="4"/><path d="M12 2v2"/><path d="M12 20v2"/><path d="m4.93 4.93 1.41 1.41"/><path d="m17.66 17.66 1.41 1.41"/><path d="M2 12h2"/><path d="M20 12h2"/><path d="m6.34 17.66-1.41 1.41"/><path d="m19.07 4.93-1.41 1.41"/>"#
        }
        Glyph::ThemeDark => {
            r#"<path d="M20.985 12.486a9 9 0 1 1-9.473-9.472c.405-.022.617.46.402.803a6 6 0 0 0 8.268 8.268c.344-.215.825-.004.803.401"/>"#
        }
        Glyph::ThemeProjector => {
            r#"<circle cx="12" cy="12" r="10"/><path d="M12 18a6 6 0 0 0 0-12v12z"/>"#
        }
        Glyph::Present => {
            r#"<path d="M2 3h20"/><path d="M21 3v11a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V3"/><path d="m7 21 5-5 5 5"/>"#
        }
        Glyph::Share => {
            r#"<circle cx="18" cy="5" r="3"/><circle cx="6" cy="12" r="3"/><circle cx="18" cy="19" r="3"/><path d="m8.6 13.5 6.8 4"/><path d="m15.4 6.5-6.8 4"/>"#
        }
        Glyph::Previous => r#"<path d="m15 18-6-6 6-6"/>"#,
        Glyph::Next => r#"<path d="m9 18 6-6-6-6"/>"#,
        // Lucide's "app-window": a second window.
        Glyph::Console => {
            r#"<rect x="2" y="4" width="20" height="16" rx="2"/><path d="M10 4v4"/><path d="M2 8h20"/><path d="M6 4v4"/>"#
        }
        // Lucide's "layout-grid".
        Glyph::Overview => {
            r#"<rect width="7" height="7" x="3" y="3" rx="1"/><rect width="7" height="7" x="14" y="3" rx="1"/><rect width="7" height="7" x="14" y="14" rx="1"/><rect width="7" height="7" x="3" y="14" rx="1"/>"#
        }
        // Lucide's "maximize".
        Glyph::FullScreen => {
            r#"<path d="M8 3H5a2 2 0 0 0-2 2v3"/><path d="M21 8V5a2 2 0 0 0-2-2h-3"/><path d="M3 16v3a2 2 0 0 0 2 2h3"/><path d="M16 21h3a2 2 0 0 0 2-2v-3"/>"#
        }
        // Lucide's "x".
        Glyph::Exit => r#"<path d="M18 6 6 18"/><path d="m6 6 12 12"/>"#,
        // Lucide's "monitor-off".
        Glyph::Blank => {
            r#"<path d="M17 17H4a2 2 0 0 1-2-2V5c0-1.5 1-2 1-2"/><path d="M22 15V5a2 2 0 0 0-2-2H9"/><path d="M8 21h8"/><path d="M12 17v4"/><path d="m2 2 20 20"/>"#
        }
    }
}

/// A figure's icon as the data (`d`) of one `<path>`, for the unit charts: the category's shapes
/// (`shapes`) as one subpath each, drawn alike with the same stroke. A chart draws its icon up to
/// 100 times, and each `<use>` copies the symbol's elements: one path costs the browser a fifth
/// of four or five shapes. Written out here, not worked out in the wasm, and checked against the
/// shapes by a test (`path_of`, which converts them).
pub fn chart_path(category: Category) -> &'static str {
    match category {
        Category::Narcotics => {
            "M11 21.73a2 2 0 0 0 2 0l7-4A2 2 0 0 0 21 16V8a2 2 0 0 0-1-1.73l-7-4a2 2 0 0 0-2 0l-7 4A2 2 0 0 0 3 8v8a2 2 0 0 0 1 1.73zM12 22V12M3.29 7L12 12 20.71 7M7.5 4.27l9 5.15"
        }
        Category::Arrests => {
            "M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2M16 3.128a4 4 0 0 1 0 7.744M22 21v-2a4 4 0 0 0-3-3.87M5 7a4 4 0 1 0 8 0a4 4 0 1 0 -8 0"
        }
        Category::Currency => {
            "M4 6h16a2 2 0 0 1 2 2v8a2 2 0 0 1 -2 2h-16a2 2 0 0 1 -2 -2v-8a2 2 0 0 1 2 -2zM10 12a2 2 0 1 0 4 0a2 2 0 1 0 -4 0M6 12h.01M18 12h.01"
        }
        Category::Firearms => {
            "M2 12a10 10 0 1 0 20 0a10 10 0 1 0 -20 0M22 12L18 12M6 12L2 12M12 6L12 2M12 22L12 18"
        }
        Category::Presence => {
            "M2 12a10 10 0 1 0 20 0a10 10 0 1 0 -20 0M12 2a14.5 14.5 0 0 0 0 20 14.5 14.5 0 0 0 0-20M2 12h20"
        }
    }
}

/// The whole `<svg>` element for `glyph`, `size` pixels square.
pub fn svg(glyph: Glyph, size: u16) -> String {
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">{}</svg>"#,
        shapes(glyph)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::svg::attribute;

    /// The glyph's shapes as the data of one path, a subpath each: a path as it is, a circle as two
    /// half arcs, a line or polyline as line-tos, a rounded rectangle as its sides and corner arcs.
    fn path_of(glyph: Glyph) -> String {
        let mut d = String::new();
        for element in shapes(glyph).split("/>").filter(|e| e.contains('<')) {
            let (tag, _) = element
                .trim_start_matches('<')
                .split_once(' ')
                .unwrap_or_default();
            let text = |name: &str| attribute(element, name).unwrap_or_default();
            // Circles and rectangles are drawn on whole units (the test below holds every icon
            // to it), so their conversion works in integers.
            let n = |name: &str| text(name).parse::<i32>().unwrap_or(0);
            match tag {
                "path" => d.push_str(&absolute_start(text("d"))),
                "circle" => {
                    let (cx, cy, r) = (n("cx"), n("cy"), n("r"));
                    d.push_str(&format!(
                        "M{} {cy}a{r} {r} 0 1 0 {} 0a{r} {r} 0 1 0 {} 0",
                        cx - r,
                        2 * r,
                        -2 * r
                    ));
                }
                "line" => d.push_str(&format!(
                    "M{} {}L{} {}",
                    text("x1"),
                    text("y1"),
                    text("x2"),
                    text("y2")
                )),
                "polyline" => {
                    // The first point is moved to, the others are line-tos.
                    let points: Vec<&str> = text("points")
                        .split([' ', ','])
                        .filter(|p| !p.is_empty())
                        .collect();
                    if let ([x, y], rest) = points.split_at(2.min(points.len())) {
                        d.push_str(&format!("M{x} {y}L{}", rest.join(" ")));
                    }
                }
                "rect" => {
                    let (x, y, w, h, r) = (n("x"), n("y"), n("width"), n("height"), n("rx"));
                    let (sides_w, sides_h) = (w - 2 * r, h - 2 * r);
                    d.push_str(&format!(
                        "M{} {y}h{sides_w}a{r} {r} 0 0 1 {r} {r}v{sides_h}a{r} {r} 0 0 1 {} {r}h{}a{r} {r} 0 0 1 {} {}v{}a{r} {r} 0 0 1 {r} {}z",
                        x + r,
                        -r,
                        -sides_w,
                        -r,
                        -r,
                        -sides_h,
                        -r
                    ));
                }
                _ => {}
            }
        }
        d
    }

    /// A path's data with its first move made absolute: a path's first `m` is absolute on its own,
    /// but not after another subpath, and the points after it are relative line-tos, so `m7.5 4.27
    /// 9 5.15` becomes `M7.5 4.27l9 5.15`.
    fn absolute_start(d: &str) -> String {
        let Some(rest) = d.strip_prefix('m') else {
            return d.to_owned();
        };
        // The first two numbers are the point moved to; a sign or a second dot starts a number.
        let mut end = 0;
        for _ in 0..2 {
            let bytes = rest.as_bytes();
            while end < bytes.len() && matches!(bytes[end], b' ' | b',') {
                end += 1;
            }
            let start = end;
            let mut dot = false;
            while end < bytes.len() {
                match bytes[end] {
                    b'-' | b'+' if end > start => break,
                    b'.' if dot => break,
                    b'.' => dot = true,
                    b'0'..=b'9' | b'-' | b'+' => {}
                    _ => break,
                }
                end += 1;
            }
        }
        let (point, after) = rest.split_at(end);
        let after = after.trim_start_matches([' ', ',']);
        let lines = if after.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '.') {
            "l"
        } else {
            ""
        };
        format!("M{}{lines}{after}", point.trim())
    }

    #[test]
    fn every_icon_is_a_closed_svg_of_shapes_only() {
        let icons = [
            Glyph::Section(Icon::Shield),
            Glyph::Section(Icon::Route),
            Glyph::Section(Icon::Target),
            Glyph::Section(Icon::Handshake),
            Glyph::Section(Icon::Ship),
            Glyph::Section(Icon::Banknote),
            Glyph::Section(Icon::Chart),
            Glyph::Section(Icon::Network),
            Glyph::Section(Icon::Compass),
            Glyph::Category(Category::Narcotics),
            Glyph::Category(Category::Arrests),
            Glyph::Category(Category::Currency),
            Glyph::Category(Category::Firearms),
            Glyph::Category(Category::Presence),
            Glyph::References,
            Glyph::Toggle,
            Glyph::OpenAll,
            Glyph::CloseAll,
            Glyph::ThemeAuto,
            Glyph::ThemeLight,
            Glyph::ThemeDark,
            Glyph::ThemeProjector,
            Glyph::Present,
            Glyph::Share,
            Glyph::Previous,
            Glyph::Next,
            Glyph::Console,
            Glyph::Overview,
            Glyph::FullScreen,
            Glyph::Exit,
            Glyph::Blank,
        ];
        for glyph in icons {
            let body = shapes(glyph);
            let opened = ["<path ", "<circle ", "<rect ", "<line ", "<polyline "]
                .iter()
                .map(|tag| body.matches(tag).count())
                .sum::<usize>();
            assert!(opened > 0, "{glyph:?} draws something");
            assert_eq!(body.matches('<').count(), opened, "{glyph:?}: shapes only");
            assert_eq!(body.matches("/>").count(), opened, "{glyph:?}: each closed");
            assert!(svg(glyph, 18).contains(r#"width="18" height="18""#));
            for shape in body
                .split("/>")
                .filter(|e| e.contains("<circle") || e.contains("<rect"))
            {
                for name in ["cx", "cy", "r", "x", "y", "width", "height", "rx"] {
                    if let Some(value) = attribute(shape, name) {
                        assert!(
                            value.parse::<i32>().is_ok(),
                            "{glyph:?}: {name}=\"{value}\" is whole"
                        );
                    }
                }
            }
            // One path: a subpath for each shape, and for each move inside a path.
            let d = path_of(glyph);
            let moves: usize = body
                .split("/>")
                .filter(|e| e.contains('<'))
                .map(|e| attribute(e, "d").map_or(1, |path| path.matches(['m', 'M']).count()))
                .sum();
            assert_eq!(d.matches(['m', 'M']).count(), moves, "{glyph:?}: {d}");

            assert!(
                d.starts_with('M') && !d.contains('<') && !d.contains('"'),
                "{d}"
            );
        }
    }

    #[test]
    fn each_chart_path_is_its_category_shapes_as_one_path() {
        for category in [
            Category::Narcotics,
            Category::Arrests,
            Category::Currency,
            Category::Firearms,
            Category::Presence,
        ] {
            assert_eq!(
                chart_path(category),
                path_of(Glyph::Category(category)),
                "{category:?}"
            );
        }
        // A circle as two half arcs, a rounded rectangle as sides and corners, a first `m` made
        // absolute with its points as line-tos.
        assert!(chart_path(Category::Arrests).ends_with("M5 7a4 4 0 1 0 8 0a4 4 0 1 0 -8 0"));
        assert!(chart_path(Category::Currency).starts_with(
            "M4 6h16a2 2 0 0 1 2 2v8a2 2 0 0 1 -2 2h-16a2 2 0 0 1 -2 -2v-8a2 2 0 0 1 2 -2z"
        ));
        assert!(chart_path(Category::Narcotics).ends_with("M3.29 7L12 12 20.71 7M7.5 4.27l9 5.15"));
    }

    #[test]
    fn a_first_relative_move_becomes_absolute_and_its_points_line_tos() {
        for (path, absolute) in [
            ("m7.5 4.27 9 5.15", "M7.5 4.27l9 5.15"),
            ("m6 9 6 6 6-6", "M6 9l6 6 6-6"),
            (
                "m16.24 7.76-1.804 5.411a2 2 0 0 1-1.265 1.265z",
                "M16.24 7.76l-1.804 5.411a2 2 0 0 1-1.265 1.265z",
            ),
            ("m19 5-1.256 1.256", "M19 5l-1.256 1.256"),
            ("m.5.5h2", "M.5.5h2"),
            ("m-1-2", "M-1-2"),
            ("M12 2v2", "M12 2v2"),
        ] {
            assert_eq!(absolute_start(path), absolute, "{path}");
        }
    }
}
