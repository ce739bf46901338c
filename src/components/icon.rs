//! Line icons (Lucide, compiled in as inline SVG), hidden from assistive technology because the
//! text beside each one already says what it means.

use crate::content::{Category, Icon};
use lucide_yew as lucide;
use yew::prelude::*;

/// Every icon the page draws.
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
}

#[derive(Properties, PartialEq)]
pub struct GlyphIconProps {
    pub glyph: Glyph,
    #[prop_or(20)]
    pub size: usize,
}

#[component]
pub fn GlyphIcon(props: &GlyphIconProps) -> Html {
    let size = props.size;
    let svg = match props.glyph {
        Glyph::Section(icon) => match icon {
            Icon::Shield => html! { <lucide::Shield {size} /> },
            Icon::Route => html! { <lucide::Route {size} /> },
            Icon::Target => html! { <lucide::Target {size} /> },
            Icon::Handshake => html! { <lucide::Handshake {size} /> },
            Icon::Ship => html! { <lucide::Ship {size} /> },
            Icon::Banknote => html! { <lucide::Banknote {size} /> },
            Icon::Chart => html! { <lucide::ChartColumn {size} /> },
            Icon::Network => html! { <lucide::Network {size} /> },
            Icon::Compass => html! { <lucide::Compass {size} /> },
        },
        Glyph::Category(category) => match category {
            Category::Narcotics => html! { <lucide::Package {size} /> },
            Category::Arrests => html! { <lucide::Users {size} /> },
            Category::Currency => html! { <lucide::Banknote {size} /> },
            Category::Firearms => html! { <lucide::Crosshair {size} /> },
            Category::Presence => html! { <lucide::Globe {size} /> },
        },
        Glyph::References => html! { <lucide::BookOpen {size} /> },
        Glyph::Toggle => html! { <lucide::ChevronDown {size} /> },
        Glyph::OpenAll => html! { <lucide::ChevronsUpDown {size} /> },
        Glyph::CloseAll => html! { <lucide::ChevronsDownUp {size} /> },
        Glyph::ThemeAuto => html! { <lucide::SunMoon {size} /> },
        Glyph::ThemeLight => html! { <lucide::Sun {size} /> },
        Glyph::ThemeDark => html! { <lucide::Moon {size} /> },
        Glyph::ThemeProjector => html! { <lucide::Contrast {size} /> },
        Glyph::Present => html! { <lucide::Presentation {size} /> },
    };
    html! { <span class="icon" aria-hidden="true">{ svg }</span> }
}
