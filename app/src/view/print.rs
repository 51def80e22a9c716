//! What a printed page adds to the screen's: which scenario it is, the day it was printed and where
//! the figures come from, so that a summary handed round at a meeting can be traced. The print
//! stylesheet (public/style.css, `@media print`) shows it and leaves out the controls.

use crate::state::AppState;
use ddh_engine::date::Date;
use leptos::prelude::*;

/// The lines under a printed area; hidden on screen.
#[component]
pub fn PrintFooter(state: AppState) -> impl IntoView {
    let t = state.texts;
    // Today as the user's own clock has it: the day the paper was made.
    let now = js_sys::Date::new_0();
    let today = Date::from_ymd(
        i32::try_from(now.get_full_year()).unwrap_or(0),
        now.get_month() + 1,
        now.get_date(),
    )
    .map(|date| (t.long_date)(date))
    .unwrap_or_default();
    let printed = move || state.scenario.with(|s| (t.printed)(&s.name, &today));
    let quarter = move || {
        state
            .scenario
            .with(|s| (t.engine.quarter_source)(s.members.quarter))
    };
    view! {
        <footer class="print-footer" data-testid="print-footer">
            <p>{printed}</p>
            <p>{t.data_source}": "{quarter}". "{t.engine.rounding}</p>
        </footer>
    }
}

/// Opens the browser's print dialogue (the print stylesheet makes an A4 summary of the area).
pub fn print() {
    let _ = window().print();
}
