//! Line icons, hidden from assistive technology because the text beside each one already says
//! what it means: the shapes of `crate::icons` inside a plain function, instead of a Yew component
//! per icon, so the wasm is smaller and hydration cheaper.

pub use crate::icons::Glyph;
use crate::icons::svg;
use yew::prelude::*;

/// The icon as markup, `size` pixels square: a plain function rather than a component, so the
/// page's ~40 icons cost hydration no component state and the prerendered page no markers.
pub fn glyph_icon(glyph: Glyph, size: u16) -> Html {
    html! {
        <span class="icon" aria-hidden="true">
            { Html::from_html_unchecked(svg(glyph, size).into()) }
        </span>
    }
}
