//! The colours charts are drawn in. They are the light theme's colours, so a chart read without
//! the style sheet is still right; `styles/charts.css` re-colours each by attribute selector
//! (`[fill="#0B2545"]`) for the active theme and the chart's category, and downloads inline
//! whatever the reader sees.

use plotters::style::RGBColor;

/// Data marks: squares and bars. Themed to the figure's category colour.
pub const MARK: RGBColor = RGBColor(0x0B, 0x25, 0x45);
/// The unfilled rest of a part-square, and the chart's track.
pub const EMPTY: RGBColor = RGBColor(0xD5, 0xDB, 0xE5);
/// Axis lines and grid lines.
pub const AXIS: RGBColor = RGBColor(0x4A, 0x56, 0x6B);
/// Labels.
pub const TEXT: RGBColor = RGBColor(0x16, 0x20, 0x33);

/// `#RRGGBB`, as plotters writes it.
pub fn hex(color: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", color.0, color.1, color.2)
}
