//! Getting an area off the screen: printed, or exported (the export module's button).
//!
//! What a printed page adds to the screen's: which scenario it is, the day it was printed and where
//! the figures come from, so that a summary handed round at a meeting can be traced. The print
//! stylesheet (public/style.css, `@media print`) shows it and leaves out the controls.

use crate::state::AppState;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

/// The lines under a printed area; hidden on screen.
#[component]
pub fn PrintFooter(state: AppState) -> impl IntoView {
    let t = state.texts;
    let printed = move || state.scenario.with(|s| (t.printed)(&s.name));
    let quarter = move || {
        state
            .scenario
            .with(|s| (t.engine.words.quarter_source)(s.members.quarter))
    };
    view! {
        <footer class="print-footer" data-testid="print-footer">
            // The day is the loader's (public/areas.js, `--today`), written by the browser in the page's
            // language: no calendar code in the module.
            <p>{printed}" "<span class="print-date"></span>"."</p>
            <p>{t.data_source}": "{quarter}". "{t.engine.tender.rounding}</p>
        </footer>
    }
}

/// Asks for the export dialog (the module `ddh-eksport`, which public/areas.js loads the first time) for
/// the area the button is in.
pub fn ask_for_export(click: leptos::ev::MouseEvent) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let button = click
        .current_target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok());
    if let (Some(button), Ok(event)) = (
        button,
        web_sys::Event::new_with_event_init_dict("ddh-export", &init),
    ) {
        let _ = button.dispatch_event(&event);
    }
}

/// Opens the browser's print dialogue (the print stylesheet makes an A4 summary of the area).
pub fn print() {
    let _ = window().print();
}
