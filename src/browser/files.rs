//! Files a reader downloads: text (the CSV), and a chart drawn as it is seen, as SVG or PNG.

use super::document;
use crate::export::image::{Image, Palette};
use wasm_bindgen::JsCast;

/// Offers the file at `url` (a blob's or a `data:` address) to the reader, named `file_name`.
fn save_url(url: &str, file_name: &str) {
    let Some(document) = document() else { return };
    if let Ok(link) = document
        .create_element("a")
        .map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>())
    {
        link.set_href(url);
        link.set_download(file_name);
        link.click();
    }
}

/// Offers `blob` to the reader as a file named `file_name`.
fn save_blob(blob: &web_sys::Blob, file_name: &str) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    save_url(&url, file_name);
    // The browser reads the file after the click, in its own time: revoked at once, a file (a
    // PNG, clicked from the image's callback) was lost one time in ten in Chromium. The address
    // goes a minute later.
    super::after(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
}

fn blob_of(text: &str, mime: &str) -> Option<web_sys::Blob> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

/// Downloads text (a CSV, say) as a file.
pub fn download_text(text: &str, mime: &str, file_name: &str) {
    if let Some(blob) = blob_of(text, mime) {
        save_blob(&blob, file_name);
    }
}

/// The chart `svg_id` as the reader sees it, for a file of its own: its markup with the colours
/// of the active theme written into each element (the style sheet does not travel with the
/// file), and the colours of the figure `figure_id` around it. `export::image` lays it out.
pub fn drawn_chart(svg_id: &str, figure_id: &str) -> Option<(String, Palette)> {
    let window = web_sys::window()?;
    let document = document()?;
    let svg = document.get_element_by_id(svg_id)?;
    let copy: web_sys::Element = svg.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    // Every element drawn in one of the charts' fixed colours (`#0B2545`, `charts::ink`); an
    // icon's shapes are drawn in `currentColor` and take the colour of the group that uses them.
    let painted = "[fill^='#'], [stroke^='#'], [color^='#']";
    let originals = svg.query_selector_all(painted).ok()?;
    let copies = copy.query_selector_all(painted).ok()?;
    for i in 0..originals.length() {
        let (Some(original), Some(target)) = (originals.item(i), copies.item(i)) else {
            continue;
        };
        let (Ok(original), Ok(target)) = (
            original.dyn_into::<web_sys::Element>(),
            target.dyn_into::<web_sys::Element>(),
        ) else {
            continue;
        };
        let Ok(Some(style)) = window.get_computed_style(&original) else {
            continue;
        };
        for property in ["fill", "stroke", "color"] {
            if let (Some(_), Ok(value)) = (
                target
                    .get_attribute(property)
                    .filter(|v| v.starts_with('#')),
                style.get_property_value(property),
            ) {
                let _ = target.set_attribute(property, &value);
            }
        }
    }
    let markup = web_sys::XmlSerializer::new()
        .ok()?
        .serialize_to_string(&copy)
        .ok()?;
    let figure = document.get_element_by_id(figure_id)?;
    let computed = |element: Option<web_sys::Element>, property: &str| {
        element
            .and_then(|e| window.get_computed_style(&e).ok().flatten())
            .and_then(|style| style.get_property_value(property).ok())
            // A transparent background shows what is behind it.
            .filter(|v| !v.is_empty() && v != "rgba(0, 0, 0, 0)" && v != "transparent")
    };
    let within = |selector: &str| figure.query_selector(selector).ok().flatten();
    let text = computed(within(".chart__title"), "color").unwrap_or_else(|| "#162033".into());
    let palette = Palette {
        background: computed(Some(figure.clone()), "background-color")
            .or_else(|| computed(document.body().map(Into::into), "background-color"))
            .unwrap_or_else(|| "#ffffff".into()),
        muted: computed(within(".chart__source"), "color").unwrap_or_else(|| text.clone()),
        accent: computed(within(".amount"), "color").unwrap_or_else(|| text.clone()),
        text,
    };
    Some((markup, palette))
}

/// Downloads a chart's file (`export::image`) as an SVG.
pub fn download_svg(image: &Image, file_name: &str) {
    download_text(&image.svg, "image/svg+xml", file_name);
}

/// Downloads a chart's file (`export::image`) as a PNG, drawn by the browser at `scale` times
/// its size. The file paints its own background, so the PNG reads like the page.
pub fn download_png(image: &Image, file_name: &str, scale: f64) {
    let (Some(document), Some(blob)) = (document(), blob_of(&image.svg, "image/svg+xml")) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let Ok(picture) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let (width, height) = (
        f64::from(image.width) * scale,
        f64::from(image.height) * scale,
    );
    let file_name = file_name.to_owned();
    let loaded = picture.clone();
    let source_url = url.clone();
    let on_load = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&source_url);
        let Some(canvas) = document
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return;
        };
        canvas.set_width(width.round() as u32);
        canvas.set_height(height.round() as u32);
        let Some(context) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = context
            .draw_image_with_html_image_element_and_dw_and_dh(&loaded, 0.0, 0.0, width, height);
        // Encoded at once, not by `toBlob`, which Chromium runs in idle time: a second late when
        // the page has none to give (measured 1,011 ms), long after the reader's click, and a file
        // then went missing now and then. A `data:` address: a 2× chart is some 100 KB, far under
        // the 2 MB Chromium takes in one.
        if let Ok(png) = canvas.to_data_url_with_type("image/png") {
            save_url(&png, &file_name);
        }
    });
    picture.set_onload(Some(on_load.unchecked_ref()));
    picture.set_src(&url);
}
