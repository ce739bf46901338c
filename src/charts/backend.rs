//! The drawing backend plotters draws the charts through: SVG markup into a string, written as
//! plotters' own SVG backend writes it, for the shapes the charts draw: paths (`PathElement`),
//! rectangles and pixels, in opaque ink or with an opacity of up to three decimals. Plotters'
//! backend writes every shape's opacity as an `f64` with Rust's float formatting, which the wasm
//! otherwise does without (`content::decimal`); everything else about drawing (the drawing area,
//! its elements, the coordinates) is plotters' own. Shapes the charts do not draw (lines, circles,
//! polygons, text) fall back to plotters' defaults, made of pixels, where its SVG backend writes an
//! element of each: draw them here first, if a chart ever needs them.

use super::ink;
use crate::content::decimal::trimmed;
use plotters::style::RGBColor;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, DrawingBackend, DrawingErrorKind,
};
use std::convert::Infallible;
use std::fmt::Write;

/// An SVG document of `size` pixels, written into `out` as it is drawn; `present` closes it.
pub struct Svg<'a> {
    out: &'a mut String,
    size: (u32, u32),
    open: bool,
}

impl<'a> Svg<'a> {
    pub fn new(out: &'a mut String, size: (u32, u32)) -> Self {
        let (width, height) = size;
        let _ = writeln!(
            out,
            r#"<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">"#
        );
        Self {
            out,
            size,
            open: true,
        }
    }
}

/// The document closes when the backend goes, as plotters' SVG backend does, if nobody presented it.
impl Drop for Svg<'_> {
    fn drop(&mut self) {
        let _ = self.present();
    }
}

/// A colour as plotters writes it: `#0B2545`, and its opacity: `1`.
fn paint(color: BackendColor) -> (String, String) {
    debug_assert!(
        (color.alpha * 1000.0).fract() == 0.0,
        "an opacity of up to three decimals: {}",
        color.alpha * 1000.0
    );
    let (r, g, b) = color.rgb;
    (ink::hex(RGBColor(r, g, b)), trimmed(color.alpha, 3))
}

impl DrawingBackend for Svg<'_> {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        if std::mem::take(&mut self.open) {
            self.out.push_str("</svg>\n");
        }
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        (x, y): BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        if color.alpha == 0.0 {
            return Ok(());
        }
        let (color, opacity) = paint(color);
        let _ = writeln!(
            self.out,
            r#"<rect x="{x}" y="{y}" width="1" height="1" stroke="none" opacity="{opacity}" fill="{color}"/>"#
        );
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let (color, opacity) = paint(style.color());
        let (fill, stroke) = if fill {
            (color.as_str(), "none")
        } else {
            ("none", color.as_str())
        };
        let _ = write!(
            self.out,
            r#"<rect x="{x0}" y="{y0}" width="{}" height="{}" opacity="{opacity}" fill="{fill}" stroke="{stroke}"/>"#,
            x1 - x0,
            y1 - y0
        );
        self.out.push('\n');
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let (color, opacity) = paint(style.color());
        let _ = write!(
            self.out,
            r#"<polyline fill="none" opacity="{opacity}" stroke="{color}" stroke-width="{}" points=""#,
            style.stroke_width()
        );
        for (x, y) in path {
            let _ = write!(self.out, "{x},{y} ");
        }
        self.out.push_str("\"/>\n");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::{Svg, ink};
    use plotters::prelude::*;

    fn draw<DB: DrawingBackend>(backend: DB) {
        let root = backend.into_drawing_area();
        let line = PathElement::new(
            vec![(0, 30), (280, 30), (140, 60)],
            ink::AXIS.stroke_width(1),
        );
        root.draw(&line).unwrap();
        root.draw(&Rectangle::new([(2, 3), (40, 50)], ink::MARK.filled()))
            .unwrap();
        let faint = RGBAColor(1, 2, 3, 0.25);
        root.draw(&Rectangle::new([(5, 6), (7, 8)], faint.stroke_width(2)))
            .unwrap();
        root.draw(&PathElement::new(
            vec![(1, 1), (9, 9)],
            faint.stroke_width(3),
        ))
        .unwrap();
        root.draw(&Pixel::new((4, 4), ink::TEXT)).unwrap();
        root.draw(&Rectangle::new([(0, 0), (9, 9)], TRANSPARENT.filled()))
            .unwrap();
        root.present().unwrap();
    }

    #[test]
    fn it_writes_what_plotters_svg_backend_writes() {
        let (mut ours, mut plotters) = (String::new(), String::new());
        draw(Svg::new(&mut ours, (280, 232)));
        draw(SVGBackend::with_string(&mut plotters, (280, 232)));
        assert_eq!(ours, plotters);
        assert!(ours.contains(r#"opacity="0.25""#), "{ours}");
    }
}
