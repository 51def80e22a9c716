//! Export (the module `ddh-eksport`): every table of the area on screen as CSV for Danish Excel or on
//! the clipboard as tab-separated text, and every chart as SVG or PNG, from a dialog that the area's
//! Eksportér button opens.
//!
//! It reads the page as it is (the tables and charts the user sees, with their names), so no area
//! needs code of its own for it, and it is a module of its own, loaded the first time a page asks
//! (public/areas.js), so that no area's first load carries it. Nothing leaves the browser but the file
//! the user saves or the text they paste.

pub mod csv;
pub(crate) mod dom;

use crate::texts::export::ExportTexts;
use gloo_events::EventListener;
use leptos::wasm_bindgen::JsCast;
use std::cell::RefCell;
use web_sys::{Document, Element, HtmlElement};

/// Listens for the areas' Eksportér button (the event `ddh-export`, sent from the button).
pub fn listen() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    gloo_events::EventListener::new(&document, "ddh-export", move |event| {
        let from = event
            .target()
            .and_then(|target| target.dyn_into::<HtmlElement>().ok());
        if let Some(from) = from {
            open(&from);
        }
    })
    .forget();
}

/// The dialog for the area `from` (the button pressed) is in; focus goes back to `from` on closing.
fn open(from: &HtmlElement) {
    let t = crate::texts::export::current();
    let Some(document) = from.owner_document() else {
        return;
    };
    let Ok(Some(area)) = from.closest("[data-area-root]") else {
        return;
    };
    let tables = dom::tables(&area, t);
    let charts = dom::charts(&area, t);
    let Some(dialog) = Dialog::new(&document, t) else {
        return;
    };
    if tables.is_empty() && charts.is_empty() {
        dialog.paragraph(t.nothing);
    }
    if !tables.is_empty() {
        let list = dialog.list(t.tables);
        for table in tables {
            let item = dialog.item(&list, &table.name);
            let (csv_table, copy_table) = (table.clone(), table.clone());
            let status = dialog.status.clone();
            dialog.button(&item, t.csv, &table.name, "export-csv", move || {
                let file = format!("ddh-{}.csv", csv::file_stem(&csv_table.name, t.untitled));
                dom::download_text(
                    &csv::to_csv(&csv_table.rows),
                    "text/csv;charset=utf-8",
                    &file,
                );
                status.set_text_content(Some(&(t.saved)(&file)));
            });
            let status = dialog.status.clone();
            dialog.button(&item, t.copy, &table.name, "export-copy", move || {
                let said = if dom::copy(&csv::to_tsv(&copy_table.rows)) {
                    (t.copied)(&copy_table.name)
                } else {
                    t.copy_failed.to_owned()
                };
                status.set_text_content(Some(&said));
            });
        }
    }
    if !charts.is_empty() {
        let list = dialog.list(t.charts);
        for chart in charts {
            let item = dialog.item(&list, &chart.name);
            let (svg_chart, png_chart) = (chart.clone(), chart.clone());
            let status = dialog.status.clone();
            dialog.button(&item, t.svg, &chart.name, "export-svg", move || {
                let file = format!("ddh-{}.svg", csv::file_stem(&svg_chart.name, t.untitled));
                dom::download_text(&svg_chart.svg, "image/svg+xml", &file);
                status.set_text_content(Some(&(t.saved)(&file)));
            });
            let status = dialog.status.clone();
            dialog.button(&item, t.png, &chart.name, "export-png", move || {
                let file = format!("ddh-{}.png", csv::file_stem(&png_chart.name, t.untitled));
                let (status, said) = (status.clone(), file.clone());
                dom::download_png(&png_chart, &file, move |saved| {
                    let text = if saved {
                        (t.saved)(&said)
                    } else {
                        t.png_failed.to_owned()
                    };
                    status.set_text_content(Some(&text));
                });
            });
        }
    }
    dialog.show(from.clone());
}

thread_local! {
    /// The listeners of the dialog last opened (each holding its tables and drawings), dropped when the
    /// next opens: one dialog's worth is kept, not every one's.
    static LAST_OPENED: RefCell<Vec<EventListener>> = const { RefCell::new(Vec::new()) };
}

/// The dialog as it is built: a box over the page with a heading, lists of what can be exported, a
/// status line and a close button.
struct Dialog {
    document: Document,
    root: Element,
    body: Element,
    status: Element,
    t: &'static ExportTexts,
    listeners: RefCell<Vec<EventListener>>,
}

impl Dialog {
    fn new(document: &Document, t: &'static ExportTexts) -> Option<Dialog> {
        let root = element(document, "div", "export-dialog")?;
        let _ = root.set_attribute("role", "dialog");
        let _ = root.set_attribute("aria-modal", "true");
        let _ = root.set_attribute("aria-labelledby", "export-heading");
        let _ = root.set_attribute("data-testid", "export-dialog");
        let body = element(document, "div", "export-body")?;
        let heading = element(document, "h2", "")?;
        heading.set_id("export-heading");
        heading.set_text_content(Some(t.heading));
        let intro = element(document, "p", "note")?;
        intro.set_text_content(Some(t.intro));
        let _ = body.append_with_node_2(&heading, &intro);
        let status = element(document, "p", "export-status")?;
        let _ = status.set_attribute("role", "status");
        let _ = status.set_attribute("data-testid", "export-status");
        let _ = root.append_with_node_1(&body);
        Some(Dialog {
            document: document.clone(),
            root,
            body,
            status,
            t,
            listeners: RefCell::new(Vec::new()),
        })
    }

    fn paragraph(&self, text: &str) {
        if let Some(p) = element(&self.document, "p", "") {
            p.set_text_content(Some(text));
            let _ = self.body.append_with_node_1(&p);
        }
    }

    fn list(&self, heading: &str) -> Element {
        if let Some(h) = element(&self.document, "h3", "") {
            h.set_text_content(Some(heading));
            let _ = self.body.append_with_node_1(&h);
        }
        let list =
            element(&self.document, "ul", "export-list").unwrap_or_else(|| self.body.clone());
        let _ = self.body.append_with_node_1(&list);
        list
    }

    fn item(&self, list: &Element, name: &str) -> Element {
        let Some(item) = element(&self.document, "li", "") else {
            return list.clone();
        };
        if let Some(label) = element(&self.document, "span", "export-name") {
            label.set_text_content(Some(name));
            let _ = item.append_with_node_1(&label);
        }
        let _ = list.append_with_node_1(&item);
        item
    }

    fn button(
        &self,
        item: &Element,
        text: &str,
        name: &str,
        testid: &str,
        act: impl Fn() + 'static,
    ) {
        let Some(button) = element(&self.document, "button", "") else {
            return;
        };
        let _ = button.set_attribute("type", "button");
        let _ = button.set_attribute("aria-label", &(self.t.action_on)(text, name));
        let _ = button.set_attribute("data-testid", testid);
        button.set_text_content(Some(text));
        let listener = EventListener::new(&button, "click", move |_| act());
        self.listeners.borrow_mut().push(listener);
        let _ = item.append_with_node_1(&button);
    }

    /// Puts the dialog over the page with the focus on its first button; Escape or Luk closes it and
    /// gives the focus back to `from`.
    fn show(self, from: HtmlElement) {
        let Some(close) = element(&self.document, "button", "") else {
            return;
        };
        let _ = close.set_attribute("type", "button");
        let _ = close.set_attribute("data-testid", "export-close");
        close.set_text_content(Some(self.t.close));
        let _ = self.body.append_with_node_2(&self.status, &close);
        let Some(page) = self.document.body() else {
            return;
        };
        let _ = page.append_with_node_1(&self.root);
        let root = self.root.clone();
        let shut = move || {
            root.remove();
            let _ = from.focus();
        };
        let on_close = shut.clone();
        let mut listeners = self.listeners.take();
        listeners.push(EventListener::new(&close, "click", move |_| on_close()));
        let dialog = self.root.clone();
        // Not passive (gloo's default): Tab's own move is cancelled where the focus wraps.
        let options = gloo_events::EventListenerOptions::enable_prevent_default();
        listeners.push(EventListener::new_with_options(
            &self.root,
            "keydown",
            options,
            move |event| {
                let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                match key.key().as_str() {
                    "Escape" => shut(),
                    // The focus stays in the dialog: Tab from the last button goes to the first, and back.
                    "Tab" => {
                        let buttons = dialog.query_selector_all("button").ok();
                        let count = buttons.as_ref().map_or(0, web_sys::NodeList::length);
                        let at = |i: u32| {
                            buttons
                                .as_ref()
                                .and_then(|b| b.item(i))
                                .and_then(|n| n.dyn_into::<HtmlElement>().ok())
                        };
                        let (first, last) = (at(0), at(count.saturating_sub(1)));
                        let active = dialog
                            .owner_document()
                            .and_then(|d| d.active_element())
                            .and_then(|e| e.dyn_into::<HtmlElement>().ok());
                        let wrap_to = if key.shift_key() && active == first {
                            last
                        } else if !key.shift_key() && active == last {
                            first
                        } else {
                            None
                        };
                        if let Some(target) = wrap_to {
                            key.prevent_default();
                            let _ = target.focus();
                        }
                    }
                    _ => {}
                }
            },
        ));
        LAST_OPENED.with(|last| *last.borrow_mut() = listeners);
        let first = self.root.query_selector("button").ok().flatten();
        if let Some(first) = first.and_then(|b| b.dyn_into::<HtmlElement>().ok()) {
            let _ = first.focus();
        }
    }
}

/// A new element with `class` (none when empty).
fn element(document: &Document, tag: &str, class: &str) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    if !class.is_empty() {
        element.set_class_name(class);
    }
    Some(element)
}
