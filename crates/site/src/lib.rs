//! Build steps on the files Trunk writes (native only): the prerendered page, and the single
//! self-contained HTML file. Pure functions of text, parsed with lol_html's streaming rewriter
//! (by selector, so minified and unminified pages alike), and tested without a browser.

mod boot;
mod csp;
mod dist;
mod embed;
mod head;
mod imports;
mod inline;
mod minify;
mod page;
mod rewrite;
mod single;
mod site_url;

pub use boot::{defer_start, remove_preloads};
pub use csp::{add_content_security_policy, content_security_policy, hash_source};
pub use dist::Dist;
pub use embed::{SitePage, embed_pages, host_script};
pub use head::{early_script, fill_head};
pub use imports::{shorten_dist_imports, shorten_imports};
pub use inline::{AppOnly, inline_style_sheets};
pub use minify::minify;
pub use page::{inject_app, prerender, render_app};
pub use single::single_file;
pub use site_url::absolute_preview;
