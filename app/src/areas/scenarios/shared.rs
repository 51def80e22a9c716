//! A share link opened (`#del=…`): the scenario it carries, side by side with the user's active one,
//! and the choice to keep it in the list, to keep and open it, or to close it. Nothing of the user's
//! is changed until they choose; a link from a newer app or a damaged one is refused with a message.

use super::compare::ComparisonTables;
use super::library::Library;
use crate::state::AppState;
use ddh_engine::share::{self, LinkError};
use ddh_engine::Scenario;
use leptos::prelude::*;

#[component]
pub fn SharedLink(state: AppState, library: Library) -> impl IntoView {
    let t = crate::areas::scenarios::texts::current();
    let opened = RwSignal::new(None::<Result<Scenario, LinkError>>);
    let read_address = move || {
        let hash = window().location().hash().unwrap_or_default();
        if hash.starts_with(&format!("#{}", share::PREFIX)) {
            opened.set(Some(share::from_fragment(&hash)));
        }
    };
    read_address();
    let listener = window_event_listener(leptos::ev::hashchange, move |_| read_address());
    on_cleanup(move || listener.remove());
    // Done with the link: the address names this area again, so a reload does not offer it again.
    let close = move || {
        opened.set(None);
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(
                &leptos::wasm_bindgen::JsValue::NULL,
                "",
                Some("#scenarier"),
            );
        }
    };
    let keep = move |open: bool| {
        // Kept only where the list took it: refused (full, or storage blocked), the link stays open.
        if let Some(Ok(scenario)) = opened.get_untracked() {
            if library.keep(scenario, open, t.kept) {
                close();
            }
        }
    };
    move || {
        opened.get().map(|outcome| match outcome {
            Ok(scenario) => {
                let name = scenario.name.clone();
                let scenarios = vec![state.scenario.get_untracked(), scenario];
                view! {
                    <section class="panel shared" aria-labelledby="shared-heading" data-testid="shared">
                        <h3 id="shared-heading">{t.shared_heading}": "{name}</h3>
                        <p>{t.shared_intro}</p>
                        <ComparisonTables scenarios=scenarios />
                        <div class="bar-actions">
                            <button type="button" data-testid="keep-and-open" on:click=move |_| keep(true)>{t.keep_and_open}</button>
                            <button type="button" data-testid="keep-shared" on:click=move |_| keep(false)>{t.keep}</button>
                            <button type="button" data-testid="dismiss-shared" on:click=move |_| close()>{t.dismiss}</button>
                        </div>
                    </section>
                }
                .into_any()
            }
            Err(problem) => view! {
                <div class="notice" role="alert" data-testid="link-refused">
                    <p>{t.link_refused}" "{(t.link_problem)(&problem, state.texts.engine)}</p>
                    <button type="button" on:click=move |_| close()>{t.dismiss}</button>
                </div>
            }
            .into_any(),
        })
    }
}
