//! A weekly schedule's editor: each weekday closed or open in one or more intervals, each with its
//! own agents if the user wants; times typed as `08:00`, in quarter hours.

use super::{read, send};
use crate::field_names::FieldId;
use crate::format::{count, duration, number};
use crate::state::AppState;
use crate::view::fields::NumberField;
use ddh_engine::common::field::FieldPath;
use ddh_engine::hours::clock::ClockTime;
use ddh_engine::hours::clock::DAY_MINUTES;
use ddh_engine::hours::edit::{HoursEdit, Schedule};
use ddh_engine::hours::section::{Interval, MAX_INTERVALS, MAX_STAFFED};
use ddh_engine::hours::Field;
use ddh_engine::Edit;
use leptos::prelude::*;
use rust_decimal::Decimal;

#[component]
pub fn WeekEditor(state: AppState, schedule: Schedule) -> impl IntoView {
    let t = crate::areas::hours::texts::current();
    let (name, slug) = match schedule {
        Schedule::Today => (t.today, "today"),
        Schedule::Proposed => (t.proposed, "proposed"),
    };
    let weekly = move || {
        state.areas.hours().figures.with(|r| {
            r.as_ref().map(|r| {
                let s = match schedule {
                    Schedule::Today => &r.today,
                    Schedule::Proposed => &r.proposed,
                };
                duration(i64::from(s.weekly_minutes))
            })
        })
    };
    view! {
        <fieldset class="week" data-testid=format!("week-{slug}")>
            <legend>{name}": "<strong data-testid=format!("weekly-{slug}")>{weekly}</strong>" "{t.per_week}</legend>
            {(0..7).map(|day| view! { <Day state=state schedule=schedule day=day /> }).collect_view()}
        </fieldset>
    }
}

#[component]
fn Day(state: AppState, schedule: Schedule, day: usize) -> impl IntoView {
    let t = crate::areas::hours::texts::current();
    let day_name = t.fields.weekdays.get(day).copied().unwrap_or_default();
    // The day's intervals and whether one more fits; a memo, so that the rows (and any text half
    // typed in them) stay as they are while other fields change.
    let shape = Memo::new(move |_| {
        read(state, |h| {
            let week = match schedule {
                Schedule::Today => &h.today,
                Schedule::Proposed => &h.proposed,
            };
            let intervals = week.0.get(day).map_or(&[][..], Vec::as_slice);
            let full = intervals.len() >= MAX_INTERVALS
                || intervals.iter().any(|i| i.close.minutes() >= DAY_MINUTES);
            (intervals.len(), full)
        })
    });
    let count = move || shape.get().0;
    view! {
        <div class="day" role="group" aria-label=day_name>
            <span class="day-name">{day_name}</span>
            <div class="intervals">
                {move || match count() {
                    0 => view! { <span class="closed">{t.closed}</span> }.into_any(),
                    n => (0..n).map(|index| view! { <IntervalRow state=state schedule=schedule day=day index=index /> }).collect_view().into_any(),
                }}
            </div>
            <button type="button" class="small" disabled=move || shape.get().1
                on:click=move |_| send(state, HoursEdit::AddInterval { schedule, day })
                aria-label=format!("{} {}", t.add_interval, day_name)>{t.add_interval}</button>
        </div>
    }
}

#[component]
fn IntervalRow(state: AppState, schedule: Schedule, day: usize, index: usize) -> impl IntoView {
    let t = crate::areas::hours::texts::current();
    let day_name = t.fields.weekdays.get(day).copied().unwrap_or_default();
    let interval = move || {
        read(state, |h| {
            let week = match schedule {
                Schedule::Today => &h.today,
                Schedule::Proposed => &h.proposed,
            };
            week.0.get(day).and_then(|d| d.get(index)).copied()
        })
    };
    let key = format!("{}-{index}", Field::Day(schedule, day).path());
    let set = move |change: &dyn Fn(&mut Interval)| {
        interval().map(|mut changed| {
            change(&mut changed);
            Edit::Hours(HoursEdit::SetInterval {
                schedule,
                day,
                index,
                interval: changed,
            })
        })
    };
    let agents_edit = move |agents: Option<u32>| set(&|i: &mut Interval| i.agents = agents);
    view! {
        <div class="interval">
            <TimeField state=state key=format!("{key}-open") label=format!("{day_name}, {}", t.opens)
                field=Field::Open(schedule, day, index) value=Signal::derive(move || interval().map(|i| i.open))
                to_edit=Callback::new(move |open| set(&|i: &mut Interval| i.open = open)) />
            <span aria-hidden="true">"–"</span>
            <TimeField state=state key=format!("{key}-close") label=format!("{day_name}, {}", t.closes)
                field=Field::Close(schedule, day, index) value=Signal::derive(move || interval().map(|i| i.close))
                to_edit=Callback::new(move |close| set(&|i: &mut Interval| i.close = close)) />
            <NumberField
                state=state
                key=format!("{key}-agents")
                label=format!("{day_name}, {}", t.agents)
                hide_label=true
                field=FieldId::of(Field::Agents(schedule, day, index))
                value=Signal::derive(move || interval().and_then(|i| i.agents).map(Into::into))
                shown=number
                to_edit=Callback::new(move |number: Decimal| {
                    let whole = u32::try_from(number).ok().filter(|n| number.fract().is_zero() && *n <= MAX_STAFFED);
                    whole.and_then(|n| agents_edit(Some(n))).ok_or_else(|| {
                        (state.texts.whole_between)(&count(0), &count(u64::from(MAX_STAFFED)))
                    })
                })
                restore=Callback::new(move |before: Option<Decimal>| match before {
                    None => agents_edit(None),
                    Some(before) => u32::try_from(before).ok().and_then(|n| agents_edit(Some(n))),
                })
                optional=true
            />
            <button type="button" class="small" aria-label=format!("{} {day_name} {}", t.remove_interval, index + 1)
                on:click=move |_| send(state, HoursEdit::RemoveInterval { schedule, day, index })>{t.remove_interval}</button>
        </div>
    }
}

/// A time of day typed as `08:00`. While the text reads as a time, the scenario follows it, keystrokes
/// as one undo step; while it does not, the scenario keeps the time from before and the field says how
/// to write one. A time the engine refuses (off the quarter hour) reaches the scenario and is named there.
#[component]
fn TimeField(
    state: AppState,
    key: String,
    label: String,
    field: Field,
    value: Signal<Option<ClockTime>>,
    to_edit: Callback<ClockTime, Option<Edit>>,
) -> impl IntoView {
    let t = crate::areas::hours::texts::current();
    // The text typed, over which revision of the scenario, and its undo group.
    let draft = RwSignal::new(None::<(String, u64, u64)>);
    let current = move || {
        draft.with(|d| {
            d.as_ref()
                .filter(|d| d.1 == state.revision.get())
                .map(|d| d.0.clone())
        })
    };
    let id = FieldId::of(field);
    let problem = Memo::new(move |_| match current() {
        Some(text) if ClockTime::parse(text.trim()).is_none() => Some(t.time_format.to_owned()),
        _ => state.error_at(&id),
    });
    let key_for_cleanup = key.clone();
    on_cleanup(move || state.mark_unreadable(&key_for_cleanup, "", false));
    let label_for_mark = label.clone();
    let on_input = move |event| {
        let text = event_target_value(&event);
        let revision = state.revision.get_untracked();
        let group = draft
            .get_untracked()
            .filter(|d| d.1 == revision)
            .map_or_else(|| state.new_group(), |d| d.2);
        let time = ClockTime::parse(text.trim());
        if let Some(edit) = time.and_then(|time| to_edit.run(time)) {
            let _ = state.dispatch_in(edit, Some(group));
        }
        state.mark_unreadable(&key, &label_for_mark, time.is_none());
        draft.set(Some((text, revision, group)));
    };
    view! {
        <label class="time-field" class:invalid=move || problem.with(Option::is_some)>
            <span class="visually-hidden">{label.clone()}</span>
            <input type="text" size="5" maxlength="5" data-testid=field.path()
                aria-invalid=move || if problem.with(Option::is_some) { "true" } else { "false" }
                prop:value=move || current().unwrap_or_else(|| value.get().map(|v| v.to_string()).unwrap_or_default())
                on:input=on_input
                on:change=move |_| {
                    if current().is_some_and(|text| ClockTime::parse(text.trim()).is_some()) {
                        draft.set(None);
                    }
                }
                on:blur=move |_| state.close_group()
            />
            {move || problem.get().map(|message| view! { <span class="field-error" role="alert">{message}</span> })}
        </label>
    }
}
