//! The member set: presets with their sources, search, tick and untick, population overrides.

use crate::field_names::FieldId;
use crate::state::AppState;
use crate::view::fields::{restore_whole, whole_number, NumberField};
use ddh_engine::dataset::{self, Municipality, Quarter};
use ddh_engine::edit::{Edit, MembersEdit};
use ddh_engine::members::{Field, MAX_POPULATION};
use ddh_engine::presets::{self, PresetId};
use leptos::prelude::*;
use rust_decimal::Decimal;

#[component]
pub fn Members(state: AppState) -> impl IntoView {
    let t = state.texts;
    let quarter = Memo::new(move |_| state.scenario.with(|s| s.members.quarter));
    let codes = Memo::new(move |_| state.scenario.with(|s| s.members.codes.clone()));
    let search = RwSignal::new(String::new());
    let only_ticked = RwSignal::new(false);
    let active_preset = move || codes.with(|codes| presets::matching(quarter.get(), codes));
    let visible = move || {
        let needle = fold(search.get().trim());
        let only_ticked = only_ticked.get();
        let quarter = quarter.get();
        dataset::municipalities(quarter)
            .unwrap_or_default()
            .iter()
            .filter(|m| {
                needle.is_empty()
                    || fold(&m.name).contains(&needle)
                    || m.code.to_string().starts_with(&needle)
            })
            .filter(|m| !only_ticked || codes.with(|codes| codes.contains(&m.code)))
            .map(|m| (m, quarter))
            .collect::<Vec<(&'static Municipality, Quarter)>>()
    };
    let set_quarter = move |event| {
        let label = event_target_value(&event);
        if let Some(chosen) = Quarter::ALL.into_iter().find(|q| q.label() == label) {
            let _ = state.dispatch(Edit::Members(MembersEdit::SetQuarter(chosen)));
        }
    };
    let apply_preset = move |preset: PresetId| {
        if state
            .dispatch(Edit::Members(MembersEdit::ApplyPreset(preset)))
            .is_ok()
        {
            state
                .status
                .set(Some((t.preset_applied)((t.engine.members.preset_label)(
                    preset,
                ))));
        }
    };

    view! {
        <section class="panel members" id="medlemmer" aria-labelledby="members-heading">
            <h2 id="members-heading">{t.members_heading}</h2>
            <p class="note">{t.members_default_note}</p>
            <div class="presets" role="group" aria-label=t.presets_label>
                <span>{t.presets_label}":"</span>
                {PresetId::ALL.map(|preset| view! {
                    <button
                        type="button"
                        title=(t.engine.members.preset_source)(preset)
                        data-testid=format!("preset-{}", preset.slug())
                        on:click=move |_| apply_preset(preset)
                    >{(t.engine.members.preset_label)(preset)}</button>
                })}
            </div>
            <p class="preset-source" data-testid="member-set-source">
                {move || match active_preset() {
                    Some(preset) => format!("{}: {}", (t.engine.members.preset_label)(preset), (t.engine.members.preset_source)(preset)),
                    None => t.own_selection.to_owned(),
                }}
            </p>
            <div class="member-tools">
                <label>
                    {t.quarter_label}" "
                    <select on:change=set_quarter prop:value=move || quarter.get().label().to_owned()>
                        {Quarter::ALL.map(|q| view! { <option value=q.label()>{q.label()}</option> })}
                    </select>
                </label>
                <label>
                    {t.search_label}" "
                    <input
                        type="search"
                        data-testid="member-search"
                        placeholder=t.search_placeholder
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
                    " "{t.only_ticked}
                </label>
                <span class="selected-count" data-testid="selected-count">
                    {move || format!("{} {}", codes.with(Vec::len), t.selected_count)}
                </span>
            </div>
            <p class="source">{t.data_source}": "{move || (t.engine.words.quarter_source)(quarter.get())}". "{t.quarter_note}</p>
            {move || state.error_at(&FieldId::of(Field::Codes)).map(|message| view! {
                <p class="field-error" role="alert">{message}</p>
            })}
            <div class="table-scroll">
                <table class="member-table stack-narrow">
                    <thead>
                        <tr>
                            <th scope="col">{t.column_member}</th>
                            <th scope="col">{t.column_code}</th>
                            <th scope="col">{t.column_name}</th>
                            <th scope="col">{t.column_region}</th>
                            <th scope="col" class="number">{t.column_population}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For
                            each=visible
                            key=|(municipality, quarter)| (municipality.code, *quarter)
                            children=move |(municipality, _)| view! { <MemberRow state=state municipality=municipality /> }
                        />
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// A name as people type it: case, "aa" for "å", and "o", "ae", "a" for "ø", "æ", "å" all match.
/// The municipalities' names use ASCII letters and æ, ø, å only, so this small case map is enough;
/// `str::to_lowercase` would ship the whole Unicode case table for them.
fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'Æ' => 'æ',
            'Ø' => 'ø',
            'Å' => 'å',
            c => c.to_ascii_lowercase(),
        })
        .collect::<String>()
        .replace("aa", "a")
        .replace('å', "a")
        .replace('æ', "ae")
        .replace('ø', "o")
}

/// This row's slice of the scenario: whether it is a member, and its override (position, population).
#[derive(Clone, Copy, PartialEq)]
struct RowState {
    ticked: bool,
    override_at: Option<(usize, i64)>,
}

#[component]
fn MemberRow(state: AppState, municipality: &'static Municipality) -> impl IntoView {
    let t = state.texts;
    let code = municipality.code;
    // Recomputed on every edit, but it changes (and redraws the row) only when this member's part does.
    let row = Memo::new(move |_| {
        state.scenario.with(|s| RowState {
            ticked: s.members.codes.contains(&code),
            override_at: s
                .members
                .population_overrides
                .iter()
                .position(|o| o.code == code)
                .and_then(|i| {
                    s.members
                        .population_overrides
                        .get(i)
                        .map(|o| (i, o.population))
                }),
        })
    });
    let ticked = move || row.get().ticked;
    let toggle = move |event| {
        let member = event_target_checked(&event);
        let _ = state.dispatch(Edit::Members(MembersEdit::SetMember { code, member }));
    };
    let value = Signal::derive(move || {
        Some(Decimal::from(match row.get().override_at {
            Some((_, population)) => population,
            None => i64::try_from(municipality.population).unwrap_or(i64::MAX),
        }))
    });
    let field = Signal::derive(move || match row.get().override_at {
        Some((index, _)) => FieldId::of(Field::OverridePopulation(index)),
        None => FieldId::nowhere(),
    });
    // The engine's own range, so that the field and the engine never disagree about a population.
    let set = move |population: i64| Edit::Members(MembersEdit::SetPopulation { code, population });
    let to_edit = whole_number(state, 1, MAX_POPULATION.unsigned_abs(), set);
    let restore = restore_whole(set);
    let reset = move |_| {
        let _ = state.dispatch(Edit::Members(MembersEdit::ResetPopulation { code }));
    };
    let name = municipality.name.as_str();
    view! {
        <tr class:ticked=ticked data-testid=format!("member-row-{code}")>
            <td data-label=t.column_member>
                <input
                    type="checkbox"
                    data-testid=format!("member-{code}")
                    aria-label=(t.member_of)(name)
                    prop:checked=ticked
                    on:change=toggle
                />
            </td>
            <td data-label=t.column_code>{code}</td>
            <td data-label=t.column_name>{name}</td>
            <td data-label=t.column_region>{(t.engine.words.region_short)(municipality.region)}</td>
            <td class="number population-cell" data-label=t.column_population>
                <NumberField
                    state=state
                    key=format!("population-{code}")
                    label=(t.population_of)(name)
                    hide_label=true
                    field=field
                    value=value
                    shown=|n| crate::format::number(n)
                    to_edit=to_edit
                    restore=restore
                    testid=format!("population-{code}")
                />
                <Show when=move || row.get().override_at.is_some()>
                    <span class="overridden">{t.overridden_mark}</span>
                    <button type="button" class="link" title=t.reset_override
                        aria-label=format!("{}: {}", name, t.reset_override) on:click=reset>"↺"</button>
                </Show>
            </td>
        </tr>
    }
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn search_matches_danish_names_however_typed() {
        assert_eq!(fold("Ærø"), fold("AERO"));
        assert_eq!(fold("Aabenraa"), fold("Åbenrå"));
        assert_eq!(fold("Høje-Taastrup"), "hoje-tastrup");
        assert_eq!(fold("Københavns"), fold("KOBENHAVNS"));
    }
}
