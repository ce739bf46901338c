//! hsi-infographic: the article "HSI's Focus on Disrupting Drug Trafficking Networks" as an
//! interactive infographic. Data flows one way: `content` (the article as data) → `figures`
//! (formatting) → `components` (Yew) → DOM; `browser` is the only door to web APIs.

pub mod app;
pub mod browser;
pub mod charts;
pub mod cite;
pub mod components;
pub mod content;
pub mod derived;
pub mod embed;
pub mod export;
pub mod figures;
pub mod head;
pub mod hooks;
pub mod icons;
pub mod ids;
pub mod route;
pub mod slides;
pub mod state;
pub mod theme;

pub use app::{App, AppProps, View};
pub use cite::citation;
