//! The member set: presets with their sources, search, tick and untick, population overrides.

use super::fields::{whole_number, NumberField};
use crate::format::{count, danish_number};
use crate::state::AppState;
use crate::texts::DA;
use ddh_engine::dataset::{self, Municipality, Quarter};
use ddh_engine::members::{presets, MAX_POPULATION};
use ddh_engine::scenario::PopulationOverride;
use leptos::prelude::*;

#[component]
pub fn Members(state: AppState) -> impl IntoView {
    let quarter = Memo::new(move |_| state.scenario.with(|s| s.members.quarter));
    let presets = Memo::new(move |_| presets(quarter.get()));
    let search = RwSignal::new(String::new());
    let only_ticked = RwSignal::new(false);
    let selected_count = move || state.scenario.with(|s| s.members.codes.len());
    let active_preset = move || {
        let codes = state.scenario.with(|s| {
            let mut codes = s.members.codes.clone();
            codes.sort_unstable();
            codes
        });
        presets.with(|all| {
            all.iter()
                .find(|p| p.codes == codes)
                .map(|p| (p.label.clone(), p.source.clone()))
        })
    };
    let visible = move || {
        let needle = fold(search.get().trim());
        dataset::municipalities(quarter.get())
            .unwrap_or_default()
            .iter()
            .filter(|m| {
                needle.is_empty()
                    || fold(&m.name).contains(&needle)
                    || m.code.to_string().starts_with(&needle)
            })
            .filter(|m| {
                !only_ticked.get() || state.scenario.with(|s| s.members.codes.contains(&m.code))
            })
            .collect::<Vec<&'static Municipality>>()
    };
    let set_quarter = move |event| {
        let label = event_target_value(&event);
        if let Some(chosen) = Quarter::ALL.into_iter().find(|q| q.label() == label) {
            state.scenario.update(|s| s.members.quarter = chosen);
        }
    };

    view! {
        <section class="panel members" id="medlemmer" aria-labelledby="members-heading">
            <h2 id="members-heading">{DA.members_heading}</h2>
            <p class="note">{DA.members_default_note}</p>
            <div class="presets" role="group" aria-label=DA.presets_label>
                <span>{DA.presets_label}":"</span>
                <For
                    each=move || presets.get()
                    key=|preset| preset.id.clone()
                    children=move |preset| {
                        let codes = preset.codes.clone();
                        view! {
                            <button
                                type="button"
                                title=preset.source.clone()
                                data-testid=format!("preset-{}", preset.id)
                                on:click=move |_| state.restructure(|s| s.members.codes = codes.clone())
                            >{preset.label.clone()}</button>
                        }
                    }
                />
            </div>
            <p class="preset-source" data-testid="member-set-source">
                {move || match active_preset() {
                    Some((label, source)) => format!("{label}: {source}"),
                    None => DA.own_selection.to_owned(),
                }}
            </p>
            <div class="member-tools">
                <label>
                    {DA.quarter_label}" "
                    <select on:change=set_quarter prop:value=move || quarter.get().label().to_owned()>
                        {Quarter::ALL.map(|q| view! { <option value=q.label()>{q.label()}</option> })}
                    </select>
                </label>
                <label>
                    {DA.search_label}" "
                    <input
                        type="search"
                        data-testid="member-search"
                        placeholder=DA.search_placeholder
                        prop:value=move || search.get()
                        on:input=move |event| search.set(event_target_value(&event))
                    />
                </label>
                <label>
                    <input
                        type="checkbox"
                        data-testid="only-ticked"
                        prop:checked=move || only_ticked.get()
                        on:change=move |event| only_ticked.set(event_target_checked(&event))
                    />
                    " "{DA.only_ticked}
                </label>
                <span class="selected-count" data-testid="selected-count">
                    {move || format!("{} {}", selected_count(), DA.selected_count)}
                </span>
            </div>
            <p class="source">{DA.data_source}": "{move || quarter.get().source()}". "{DA.quarter_note}</p>
            {move || state.error_at("members.codes").map(|message| view! {
                <p class="field-error" role="alert">{message}</p>
            })}
            <div class="table-scroll">
                <table class="member-table">
                    <thead>
                        <tr>
                            <th scope="col">{DA.column_member}</th>
                            <th scope="col">{DA.column_code}</th>
                            <th scope="col">{DA.column_name}</th>
                            <th scope="col">{DA.column_region}</th>
                            <th scope="col" class="number">{DA.column_population}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For
                            each=move || {
                                let generation = state.generation.get();
                                visible().into_iter().map(move |m| (m, generation))
                            }
                            key=|(municipality, generation)| (municipality.code, municipality.population, *generation)
                            children=move |(municipality, _)| view! { <MemberRow state=state municipality=municipality /> }
                        />
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// A name as people type it: case, "aa" for "å", and "o", "ae", "a" for "ø", "æ", "å" all match.
fn fold(text: &str) -> String {
    text.to_lowercase()
        .replace("aa", "a")
        .replace('å', "a")
        .replace('æ', "ae")
        .replace('ø', "o")
}

#[component]
fn MemberRow(state: AppState, municipality: &'static Municipality) -> impl IntoView {
    let code = municipality.code;
    let ticked = move || state.scenario.with(|s| s.members.codes.contains(&code));
    let override_index = move || {
        state.scenario.with(|s| {
            s.members
                .population_overrides
                .iter()
                .position(|o| o.code == code)
        })
    };
    let toggle = move |event| {
        let tick = event_target_checked(&event);
        state.scenario.update(|s| {
            s.members.codes.retain(|c| *c != code);
            if tick {
                s.members.codes.push(code);
                s.members.codes.sort_unstable();
            }
        });
    };
    let shown = Signal::derive(move || {
        let population = state.scenario.with(|s| {
            s.members
                .population_overrides
                .iter()
                .find(|o| o.code == code)
                .map(|o| o.population.to_string())
        });
        population
            .and_then(|p| p.parse::<rust_decimal::Decimal>().ok())
            .map(danish_number)
            .unwrap_or_else(|| count(municipality.population))
    });
    let field = Signal::derive(move || match override_index() {
        Some(index) => format!("members.population_overrides[{index}].population"),
        None => String::new(),
    });
    // Typing the data set's own figure removes the override rather than marking it as changed.
    let commit = whole_number(1, MAX_POPULATION.unsigned_abs(), move |population: i64| {
        state.scenario.update(|s| {
            let overrides = &mut s.members.population_overrides;
            overrides.retain(|o| o.code != code);
            if u64::try_from(population).ok() != Some(municipality.population) {
                overrides.push(PopulationOverride { code, population });
            }
        });
    });
    let reset = move |_| {
        state.restructure(|s| s.members.population_overrides.retain(|o| o.code != code));
    };
    view! {
        <tr class:ticked=ticked data-testid=format!("member-row-{code}")>
            <td>
                <input
                    type="checkbox"
                    data-testid=format!("member-{code}")
                    aria-label=format!("{}: {}", DA.column_member, municipality.name)
                    prop:checked=ticked
                    on:change=toggle
                />
            </td>
            <td>{code}</td>
            <td>{municipality.name.clone()}</td>
            <td>{municipality.region.name().trim_start_matches("Region ")}</td>
            <td class="number population-cell">
                <NumberField
                    state=state
                    label=format!("{} {}", DA.population_of, municipality.name)
                    hide_label=true
                    field=field
                    shown=shown
                    commit=commit
                    testid=format!("population-{code}")
                />
                <Show when=move || override_index().is_some()>
                    <span class="overridden">{DA.overridden_mark}</span>
                    <button type="button" class="link" title=DA.reset_override
                        aria-label=format!("{}: {}", municipality.name, DA.reset_override) on:click=reset>"↺"</button>
                </Show>
            </td>
        </tr>
    }
}
