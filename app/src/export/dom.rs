//! What the export reads from the page and writes back to the browser: the tables and charts of an
//! area as shown, files to download, the clipboard, and a chart drawn onto a canvas for PNG.

use crate::texts::export::ExportTexts;
use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};

/// A table as the user sees it: its name and its rows of cell texts (headings, body, totals).
#[derive(Clone)]
pub struct Table {
    pub name: String,
    pub rows: Vec<Vec<String>>,
}

/// A chart: its name and its drawing as one SVG document (the layers of a layered chart in one).
#[derive(Clone)]
pub struct Chart {
    pub name: String,
    pub svg: String,
    pub width: u32,
    pub height: u32,
}

/// The elements under `root` that `selector` finds and that are on screen (not in a closed section).
fn shown(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(found) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<Element>().ok())
        .filter(|element| element.get_client_rects().length() > 0)
        .collect()
}

/// The visible text of an element, its white space folded.
fn text_of(element: &Element) -> String {
    let text = element
        .dyn_ref::<HtmlElement>()
        .map(HtmlElement::inner_text)
        .unwrap_or_else(|| element.text_content().unwrap_or_default());
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A name for a table or chart: its own label, its scrolling region's, its caption, or the heading of
/// the section it is in.
fn name_of(element: &Element, caption: &str) -> Option<String> {
    let labelled = |e: &Element| {
        e.get_attribute("aria-label")
            .filter(|l| !l.trim().is_empty())
    };
    if let Some(label) = labelled(element) {
        return Some(label);
    }
    if let Ok(Some(caption)) = element.query_selector(caption) {
        let text = text_of(&caption);
        if !text.is_empty() {
            return Some(text);
        }
    }
    if let Some(label) = element.parent_element().as_ref().and_then(labelled) {
        return Some(label);
    }
    let section = element.closest("section, details, .panel").ok().flatten()?;
    let heading = section
        .query_selector("h2, h3, h4, summary")
        .ok()
        .flatten()?;
    Some(text_of(&heading)).filter(|t| !t.is_empty())
}

/// The tables on screen in `area`, in the page's order.
pub fn tables(area: &Element, t: &ExportTexts) -> Vec<Table> {
    shown(area, "table")
        .into_iter()
        .enumerate()
        .map(|(i, table)| Table {
            name: name_of(&table, "caption").unwrap_or_else(|| (t.table_n)(i + 1)),
            rows: rows_of(&table, t),
        })
        .collect()
}

fn rows_of(table: &Element, t: &ExportTexts) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for row in shown(table, "tr") {
        let cells = shown(&row, "th, td");
        rows.push(cells.iter().map(|cell| cell_text(cell, t)).collect());
    }
    rows
}

/// A cell's value: a field's value where it holds one (a tick as ja or nej, a choice by its text, a
/// number as a figure), a figure without its unit, else its text.
fn cell_text(cell: &Element, t: &ExportTexts) -> String {
    if let Ok(Some(field)) = cell.query_selector("input, select") {
        if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
            if input.type_() == "checkbox" {
                return (if input.checked() {
                    t.checked
                } else {
                    t.unchecked
                })
                .to_owned();
            }
            // A number field's figure as a figure cell's (in English without thousands separators).
            let value = input.value();
            return if input.get_attribute("inputmode").as_deref() == Some("decimal") {
                super::csv::figure(&value)
            } else {
                value
            };
        }
        if let Some(select) = field.dyn_ref::<web_sys::HtmlSelectElement>() {
            let chosen = select.selected_index();
            if let Some(option) = u32::try_from(chosen)
                .ok()
                .and_then(|i| select.options().item(i))
            {
                return text_of(&option);
            }
        }
    }
    let text = text_of(cell);
    if cell.class_list().contains("number") {
        super::csv::figure(&text)
    } else {
        text
    }
}

/// The charts on screen in `area`: each figure (or image) that holds an SVG drawing.
pub fn charts(area: &Element, t: &ExportTexts) -> Vec<Chart> {
    shown(area, "figure")
        .into_iter()
        .filter_map(|figure| {
            let drawings = shown(&figure, "svg");
            let first = drawings.first()?;
            let number = |name: &str| {
                first
                    .get_attribute(name)
                    .and_then(|v| v.parse::<u32>().ok())
                    .unwrap_or(600)
            };
            let (width, height) = (number("width"), number("height"));
            let svg = if drawings.len() == 1 {
                first.outer_html()
            } else {
                // A chart in layers (the names under the bars): one drawing, the layers in order.
                let layers: String = drawings.iter().map(Element::outer_html).collect();
                format!(
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
                     viewBox=\"0 0 {width} {height}\">{layers}</svg>"
                )
            };
            let image = figure.query_selector("[role=img]").ok().flatten();
            let name = name_of(&figure, "figcaption")
                .or_else(|| image.and_then(|i| i.get_attribute("aria-label")));
            Some((name, svg, width, height))
        })
        .enumerate()
        .map(|(i, (name, svg, width, height))| Chart {
            name: name.unwrap_or_else(|| (t.chart_n)(i + 1)),
            svg,
            width,
            height,
        })
        .collect()
}

/// Has the browser save `text` as a file called `name`.
pub fn download_text(text: &str, kind: &str, name: &str) {
    let blob = gloo_file::Blob::new_with_options(text, Some(kind));
    download(gloo_file::ObjectUrl::from(blob), name);
}

fn download(url: gloo_file::ObjectUrl, name: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(anchor) = document.create_element("a") else {
        return;
    };
    let _ = anchor.set_attribute("href", &url);
    let _ = anchor.set_attribute("download", name);
    if let Some(anchor) = anchor.dyn_ref::<HtmlElement>() {
        anchor.click();
    }
    // Revoked a minute later, not at once, which could cancel the download.
    let keep = Closure::once(move || drop(url));
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            keep.as_ref().unchecked_ref(),
            60_000,
        );
    }
    keep.forget();
}

/// Puts `text` on the clipboard where the browser offers it (a secure page); whether it was asked to.
pub fn copy(text: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    // `navigator.clipboard` is missing on a page served without HTTPS: calling it would throw.
    let available = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|clipboard| !clipboard.is_undefined());
    if available {
        let _ = navigator.clipboard().write_text(text);
    }
    available
}

/// Draws the chart onto a canvas at twice its size (sharp on a slide) and has the browser save it as a
/// PNG called `name`; `done` is told whether it was.
pub fn download_png(chart: &Chart, name: &str, done: impl FnOnce(bool) + 'static) {
    let drawn = (|| {
        let document = web_sys::window()?.document()?;
        let image = web_sys::HtmlImageElement::new().ok()?;
        let canvas = document
            .create_element("canvas")
            .ok()?
            .dyn_into::<web_sys::HtmlCanvasElement>()
            .ok()?;
        Some((image, canvas))
    })();
    let Some((image, canvas)) = drawn else {
        return done(false);
    };
    let (width, height) = (chart.width * 2, chart.height * 2);
    canvas.set_width(width);
    canvas.set_height(height);
    let name = name.to_owned();
    let source = image.clone();
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let failed = done.clone();
    let on_load = Closure::once(move || {
        let painted = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
            .map(|context| {
                context.set_fill_style_str("#ffffff");
                context.fill_rect(0.0, 0.0, f64::from(width), f64::from(height));
                context.draw_image_with_html_image_element_and_dw_and_dh(
                    &source,
                    0.0,
                    0.0,
                    f64::from(width),
                    f64::from(height),
                )
            })
            .is_some_and(|drawn| drawn.is_ok());
        if !painted {
            if let Some(done) = done.take() {
                done(false);
            }
            return;
        }
        let saved = Closure::once(move |blob: Option<web_sys::Blob>| {
            let ok = blob.is_some();
            if let Some(blob) = blob {
                download(
                    gloo_file::ObjectUrl::from(gloo_file::Blob::from(blob)),
                    &name,
                );
            }
            if let Some(done) = done.take() {
                done(ok);
            }
        });
        let _ = canvas.to_blob(saved.as_ref().unchecked_ref());
        saved.forget();
    });
    let on_error = Closure::once(move || {
        if let Some(done) = failed.take() {
            done(false);
        }
    });
    image.set_onload(Some(on_load.as_ref().unchecked_ref()));
    image.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_load.forget();
    on_error.forget();
    // A data address: the page's policy allows images from data: (not blob:).
    let encoded = js_sys::encode_uri_component(&chart.svg);
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
}
