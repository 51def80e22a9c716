//! The frame every area shares: the title, the navigation between areas, a bar with the key figures and
//! undo, the notices, and then the area's own page (`crate::areas`); and the pieces the areas build
//! their pages from (fields, blocks of figures, choices, imports, print).

pub(crate) mod blocks;
pub(crate) mod choice;
pub(crate) mod fields;
pub(crate) mod headline;
pub(crate) mod import;
mod language;
pub(crate) mod print;

use crate::areas::{Area, AreaId};
use crate::state::AppState;
use crate::storage::{self, Loaded, SaveProblem};

use ddh_engine::history::History;
use ddh_engine::text::default_scenario;
use ddh_engine::Error;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use print::ask_for_export;

/// Mounts the page of area `A` into the element the loader made for it (`data-area-root`, see
/// `public/areas.js`), or into the body where there is none. Each area is its own WebAssembly module
/// that calls this with its own [`Area`], so a module holds the code of one area and this frame.
pub fn mount<A: Area>() {
    let root = document()
        .query_selector(&format!("[data-area-root={}]", A::ID.slug()))
        .ok()
        .flatten()
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    match root {
        Some(root) => {
            let page_root = root.clone();
            leptos::mount::mount_to(root, move || Page::<A>(Some(page_root))).forget();
        }
        None => leptos::mount::mount_to_body(move || Page::<A>(None)),
    }
}

/// The frame every area shares: the title, the navigation between areas, the bar with the key figures
/// and undo, the notices, and then the area's own `body`.
#[allow(non_snake_case)]
fn Page<A: Area>(root: Option<web_sys::HtmlElement>) -> impl IntoView {
    let area = A::ID;
    let t = crate::texts::current();
    // Where the last area shown left off, with its undo history; else the saved scenario.
    let (initial, history, load_problem) = match storage::take_over(&A::SECTIONS) {
        Some((scenario, history)) => (scenario, history, None),
        None => match storage::load(&A::SECTIONS) {
            Loaded::Nothing => (default_scenario(t.engine), History::default(), None),
            Loaded::Scenario(scenario) => (*scenario, History::default(), None),
            Loaded::Unreadable(error) => {
                (default_scenario(t.engine), History::default(), Some(error))
            }
        },
    };
    let state = AppState::new(initial, history, t, A::evaluate, A::labels, A::SECTIONS);
    // The window's title names the area on screen: every area loaded so far is in the page, and the
    // one shown sets it, now and whenever it is shown again (the page's own title, public/index.html,
    // names the product alone).
    let name_the_window = move || document().set_title(&(t.page_title)(area.title(t), t.product));
    if root.as_ref().is_none_or(|root| !root.hidden()) {
        name_the_window();
    }
    let save_problem = RwSignal::new(None::<SaveProblem>);
    // Autosave: the only bridge to the outside world, so that a reload finds the user's work.
    Effect::new(move |_| {
        let result = state.scenario.with(storage::save);
        save_problem.set(result.err());
    });
    // Ctrl+Z (⌘Z) undoes and Ctrl+Shift+Z or Ctrl+Y redoes, except in a text box, where the browser
    // undoes the typing itself (and each change it makes reaches the scenario as an edit). Only the
    // area on screen listens: every area loaded so far is in the page.
    let keys = window_event_listener(leptos::ev::keydown, move |event| {
        if !state.on_screen.get_untracked()
            || !(event.ctrl_key() || event.meta_key())
            || in_text_box(&event)
        {
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

    // The loader (public/areas.js) shows one area at a time and tells the area it hides, then the
    // area it shows: the scenario and its undo history go from the one to the other, so that undo goes
    // on across areas. Without a hand-over, the saved scenario is taken up as a step of its own.
    if let Some(root) = root {
        state.on_screen.set(!root.hidden());
        gloo_events::EventListener::new(&root, "ddh-hide", move |_| {
            state.on_screen.set(false);
            state.hand_over();
        })
        .forget();
        gloo_events::EventListener::new(&root, "ddh-show", move |_| {
            match storage::take_over(&A::SECTIONS) {
                Some((scenario, history)) => state.take_over(scenario, history),
                None => {
                    if let Loaded::Scenario(stored) = storage::load(&A::SECTIONS) {
                        state.adopt(*stored);
                    }
                }
            }
            state.on_screen.set(true);
            name_the_window();
        })
        .forget();
    }

    // The default with its names in the page's language: one step, which undo takes back.
    let reset = move |_| {
        state.reset(default_scenario(t.engine));
        state.status.set(Some(t.reset_done.to_owned()));
    };
    let tab = move |to: AreaId, name: &'static str| {
        view! {
            <a href=format!("#{}", to.slug()) data-testid=format!("nav-{}", to.slug())
                aria-current=(to == area).then_some("page")>{name}</a>
        }
    };
    view! {
        <header class="page-header">
            <h1 id="page-title"><span class="product">{t.product}": "</span>{area.title(t)}</h1>
            <p class="tagline">{area.question(t)}</p>
            <nav class="area-nav" aria-label=t.areas_label>
                {AreaId::NAVIGATION.map(|to| tab(to, to.name(t)))}
            </nav>
            // Off the sticky bar, which stays one line: getting the area out is not done while editing.
            <div class="page-tools">
                <button type="button" data-testid="print" on:click=move |_| print::print()>{t.print}</button>
                <button type="button" data-testid="export" aria-haspopup="dialog" on:click=ask_for_export>{t.export}</button>
                <language::LanguageSwitch state=state />
            </div>
        </header>
        <div class="key-bar">
            <p class="summary" class:stale=move || A::headline(state).is_some_and(|h| h.stale) aria-live="polite" data-testid="summary">
                {move || A::headline(state).map(|h| h.bar)}
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
        <main data-testid=format!("area-{}", area.slug())>{A::body(state)}</main>
        <print::PrintFooter state=state />
    }
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
pub(crate) fn AreaNotice(
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
pub(crate) fn measured_width(
    state: AppState,
    chart_box: NodeRef<leptos::html::Div>,
) -> RwSignal<Option<u32>> {
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
        state.on_screen.track();
        if chart_box.get().is_some() {
            request_animation_frame(measure);
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    width
}

/// Puts keyboard focus on the element with `id` once the page has been redrawn.
pub(crate) fn focus_by_id(id: String) {
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
