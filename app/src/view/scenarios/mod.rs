//! The scenarios area (Scenarier): the user's named scenarios (create, rename, duplicate, delete with
//! undo, open), two or three of them compared, and the active one shared as a link, exported and
//! imported as JSON. A link opened here is shown beside the user's own and kept only if they ask.

mod compare;
mod library;
mod list;
mod share;
mod shared;

use crate::state::AppState;
use ddh_engine::library::IndexError;
use leptos::prelude::*;
use library::Library;

#[component]
pub fn ScenariosArea(state: AppState) -> impl IntoView {
    let t = crate::texts::scenarios::current();
    let (library, problem) = Library::load(state);
    let problem = problem.map(|problem: IndexError| {
        view! {
            <p class="notice" role="alert" data-testid="library-problem">
                {t.index_unreadable}" "{(t.index_reason)(&problem)}
            </p>
        }
    });
    view! {
        <section class="area" aria-labelledby="scenarios-heading">
            <h2 id="scenarios-heading">{t.heading}</h2>
            <p class="note">{t.intro}</p>
            {problem}
            <div class="bar-actions">
                <button type="button" data-testid="present" on:click=move |_| crate::view::present::start()>{t.present}</button>
            </div>
            <shared::SharedLink state=state library=library />
            <list::ScenarioList state=state library=library />
            <compare::CompareTicked library=library />
            <share::ShareAndExport state=state library=library />
        </section>
    }
}
