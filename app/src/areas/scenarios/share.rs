//! The active scenario out of the browser and a scenario in: a share link carrying it whole, a JSON
//! file of it (the command line's format), and a JSON file imported into the list.

use super::library::Library;
use crate::export::dom::{copy, download_text};
use crate::state::AppState;
use crate::view::import::{read_chosen, Reading};
use ddh_engine::Scenario;
use leptos::prelude::*;

#[component]
pub fn ShareAndExport(state: AppState, library: Library) -> impl IntoView {
    let t = crate::areas::scenarios::texts::current();
    let link = RwSignal::new(None::<String>);
    let copied = RwSignal::new(false);
    let link_box = NodeRef::<leptos::html::Input>::new();
    // A link made for one version of the scenario is stale once it changes.
    Effect::new(move |_| {
        state.scenario.track();
        link.set(None);
        copied.set(false);
    });
    let make_link = move |_| {
        let fragment = state
            .scenario
            .with_untracked(ddh_engine::share::to_fragment);
        link.set(Some(format!("{}#{fragment}", page_address())));
        copied.set(false);
        request_animation_frame(move || {
            if let Some(input) = link_box.get_untracked() {
                input.select();
                let _ = input.focus();
            }
        });
    };
    let copy = move |_| {
        if let Some(input) = link_box.get_untracked() {
            input.select();
        }
        if let Some(text) = link.get_untracked() {
            copied.set(copy(&text));
        }
    };
    let export = move |_| {
        let (name, json) = state
            .scenario
            .with_untracked(|s| (s.name.clone(), s.to_json()));
        download_text(&json, "application/json", &(t.file_name)(&name));
    };
    let reading: Reading = StoredValue::new_local(None);
    let import_problem = RwSignal::new(None::<String>);
    let import = move |event: leptos::ev::Event| {
        read_chosen(&event, reading, move |text, _| {
            let outcome = match text {
                None => Err(t.import_unreadable_file.to_owned()),
                Some(text) => Scenario::from_json(&text).map_err(|error| {
                    let problem = (state.texts.engine.words.problem)(&error.problem);
                    (t.import_refused)(&(state.texts.field_problem)(&error.field, &problem))
                }),
            };
            match outcome {
                Ok(scenario) => {
                    import_problem.set(None);
                    library.keep(scenario, false, t.imported);
                }
                Err(message) => import_problem.set(Some(message)),
            }
        });
    };
    view! {
        <section class="panel" aria-labelledby="share-heading">
            <h3 id="share-heading">{t.share_heading}</h3>
            <p class="note">{t.share_intro}</p>
            <div class="bar-actions">
                <button type="button" data-testid="make-link" on:click=make_link>{t.make_link}</button>
                <button type="button" data-testid="export-json" on:click=export>{t.export_json}</button>
            </div>
            {move || link.get().map(|address| view! {
                <div class="share-link">
                    <label for="share-link">{t.link_label}</label>
                    <input type="text" id="share-link" readonly data-testid="share-link" node_ref=link_box prop:value=address />
                    <button type="button" data-testid="copy-link" on:click=copy>{t.copy_link}</button>
                    <span role="status">{move || copied.get().then_some(t.link_copied)}</span>
                </div>
            })}
            <label class="file-field">
                <span>{t.import_json}</span>
                <input type="file" accept=".json,application/json" data-testid="import-json" on:change=import />
            </label>
            <p class="hint">{t.import_hint}</p>
            {move || import_problem.get().map(|message| view! {
                <p class="notice" role="alert" data-testid="import-problem">{message}</p>
            })}
        </section>
    }
}

/// The page's address without its fragment: where a share link points.
fn page_address() -> String {
    let href = window().location().href().unwrap_or_default();
    match href.split_once('#') {
        Some((address, _)) => address.to_owned(),
        None => href,
    }
}
