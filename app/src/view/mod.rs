//! The page: a bar with the key figures and undo, then one section per area, each a component that
//! reads the shared state.

mod blocks;
mod budget;
mod choice;
mod fields;
mod leaving;
mod members;
mod procurement;
mod results;

use crate::format::{count, kroner};
use crate::state::AppState;
use crate::storage::{self, Loaded, SaveProblem};
use crate::texts::DA;
use ddh_engine::{Edit, Error, Scenario};
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

#[component]
pub fn App() -> impl IntoView {
    let t = &DA;
    let (initial, load_problem) = match storage::load() {
        Loaded::Nothing => (Scenario::default(), None),
        Loaded::Scenario(scenario) => (*scenario, None),
        Loaded::Unreadable(error) => (Scenario::default(), Some(error)),
    };
    let state = AppState::new(initial, t);
    let save_problem = RwSignal::new(None::<SaveProblem>);
    // Autosave: the only bridge to the outside world, so that a reload finds the user's work.
    Effect::new(move |_| {
        let result = state.scenario.with(storage::save);
        save_problem.set(result.err());
    });
    // Ctrl+Z (⌘Z) undoes and Ctrl+Shift+Z or Ctrl+Y redoes, except in a text box, where the browser
    // undoes the typing itself (and each change it makes reaches the scenario as an edit).
    let keys = window_event_listener(leptos::ev::keydown, move |event| {
        if !(event.ctrl_key() || event.meta_key()) || in_text_box(&event) {
            return;
        }
        match event.key().to_ascii_lowercase().as_str() {
            "z" if event.shift_key() => state.redo(),
            "z" => state.undo(),
            "y" => state.redo(),
            _ => return,
        }
        event.prevent_default();
    });
    on_cleanup(move || keys.remove());

    // The area shown follows the address (`#udbud`, `#indkob`), so that a reload, the back button and a
    // pasted link land on it. Other fragments are anchors within an area and leave it as it is.
    let shown = state.shown;
    shown.set(AreaId::from_fragment(&fragment()).unwrap_or(AreaId::Tender));
    let hash = window_event_listener(leptos::ev::hashchange, move |_| {
        if let Some(area) = AreaId::from_fragment(&fragment()) {
            shown.set(area);
        }
    });
    on_cleanup(move || hash.remove());

    let tender = state.tender;
    let summary = move || {
        tender.figures.with(|figures| {
            figures.as_ref().map(|f| {
                (t.summary)(
                    &kroner(f.price_per_citizen),
                    f.member_count,
                    &count(f.population),
                    &kroner(f.total.kroner()),
                )
            })
        })
    };
    let reset = move |_| {
        if state.dispatch(Edit::Reset).is_ok() {
            state.status.set(Some(t.reset_done.to_owned()));
        }
    };
    let tab = move |area: AreaId, name: &'static str| {
        view! {
            <a href=format!("#{}", area.slug()) data-testid=format!("nav-{}", area.slug())
                aria-current=move || (shown.get() == area).then_some("page")>{name}</a>
        }
    };
    view! {
        <nav class="skip-links" aria-label=t.skip_to hidden=move || shown.get() != AreaId::Tender>
            <a href="#resultat">{t.skip_to}" "{t.results_heading}</a>
            <a href="#medlemmer">{t.skip_to}" "{t.members_heading}</a>
            <a href="#budget">{t.skip_to}" "{t.budget_heading}</a>
            <a href="#fraald">{t.skip_to}" "{t.leaving_heading}</a>
        </nav>
        <header class="page-header">
            <h1>{t.title}</h1>
            <p class="tagline">{t.tagline}</p>
            <nav class="area-nav" aria-label=t.areas_label>
                {tab(AreaId::Tender, t.area_tender)}
                {tab(AreaId::Procurement, t.area_procurement)}
            </nav>
        </header>
        <div class="key-bar">
            <p class="summary" class:stale=move || tender.error.with(Option::is_some) aria-live="polite" data-testid="summary">
                {summary}
            </p>
            <div class="bar-actions">
                <button type="button" data-testid="undo" aria-keyshortcuts="Control+Z" title=t.undo_keys
                    disabled=move || !state.can_undo() on:click=move |_| state.undo()>{t.undo}</button>
                <button type="button" data-testid="redo" aria-keyshortcuts="Control+Shift+Z" title=t.redo_keys
                    disabled=move || !state.can_redo() on:click=move |_| state.redo()>{t.redo}</button>
                <button type="button" data-testid="reset" on:click=reset>{t.reset}</button>
            </div>
        </div>
        <p class="status" role="status" data-testid="status">{move || state.status.get()}</p>
        {load_problem.map(|error| view! {
            <p class="notice" role="alert" data-testid="load-problem">
                {t.saved_unreadable}" "{state.described(&error)}
            </p>
        })}
        {move || save_problem.get().map(|problem| view! {
            <p class="notice" role="alert" data-testid="save-problem">{match problem {
                SaveProblem::NoStorage => t.no_storage,
                SaveProblem::Full => t.storage_full,
                SaveProblem::Refused => t.storage_refused,
            }}</p>
        })}
        // Both areas are built once and the one not shown is hidden: switching keeps what is half typed in
        // the other, and a view that is only ever built, never rebuilt as a whole, is far less code to download.
        <main>
            <div hidden=move || shown.get() != AreaId::Tender data-testid="area-udbud">
                <results::Results state=state />
                <div class="columns">
                    <members::Members state=state />
                    <budget::Budget state=state />
                </div>
                <leaving::Leaving state=state />
            </div>
            <div hidden=move || shown.get() != AreaId::Procurement data-testid="area-indkob">
                <procurement::ProcurementArea state=state />
            </div>
        </main>
    }
}

/// The app's areas, each with the fragment of the address that shows it.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum AreaId {
    #[default]
    Tender,
    Procurement,
}

impl AreaId {
    const ALL: [AreaId; 2] = [AreaId::Tender, AreaId::Procurement];

    fn slug(self) -> &'static str {
        match self {
            AreaId::Tender => "udbud",
            AreaId::Procurement => "indkob",
        }
    }

    /// The area a fragment (`#indkob`, or `indkob`) names, if any.
    fn from_fragment(fragment: &str) -> Option<AreaId> {
        let slug = fragment.trim_start_matches('#');
        AreaId::ALL.into_iter().find(|area| area.slug() == slug)
    }
}

/// The address's fragment, `#indkob`; empty where there is none.
fn fragment() -> String {
    window().location().hash().unwrap_or_default()
}

/// Whether a key was pressed in a box the user types text into.
fn in_text_box(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|element| {
            let tag = element.tag_name().to_ascii_lowercase();
            tag == "textarea"
                || (tag == "input"
                    && !matches!(
                        element.get_attribute("type").as_deref(),
                        Some("checkbox" | "radio" | "button")
                    ))
        })
}

/// The message at the top of an area that cannot be computed now. With figures still shown, it says
/// they are the last that could be computed.
#[component]
fn AreaNotice(
    state: AppState,
    error: Memo<Option<Error>>,
    #[prop(into)] has_figures: Signal<bool>,
    testid: &'static str,
) -> impl IntoView {
    let t = state.texts;
    move || {
        error.get().map(|error| {
            view! {
                <div class="notice area-notice" role="alert" data-testid=testid>
                    <p>{state.refusal(&error)}</p>
                    {move || has_figures.get().then_some(view! { <p class="stale-note">{t.not_current}</p> })}
                </div>
            }
        })
    }
}

/// The width of a chart's box, so that the chart is drawn at the width it is shown: measured after the
/// first paint (the key figures show first, the chart a frame later) and when the window resizes; `None`
/// until then, so that a chart is drawn once, at the right size.
fn measured_width(state: AppState, chart_box: NodeRef<leptos::html::Div>) -> RwSignal<Option<u32>> {
    let width = RwSignal::new(None::<u32>);
    let measure = move || {
        if let Some(element) = chart_box.get_untracked() {
            let measured = u32::try_from(element.client_width())
                .ok()
                .filter(|&w| w > 0);
            if measured.is_some() && measured != width.get_untracked() {
                width.set(measured);
            }
        }
    };
    // Again when an area is shown: a chart in a hidden area has no width to be drawn at.
    Effect::new(move |_| {
        state.shown.track();
        if chart_box.get().is_some() {
            request_animation_frame(measure);
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    width
}

/// Puts keyboard focus on the element with `id` once the page has been redrawn.
fn focus_by_id(id: String) {
    request_animation_frame(move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
}
