//! The hours area's settings: the year and its holidays, the staffing plan and its price, the calls
//! and the service target, the jumpseat share, and the call profile (imported from a CSV file, or
//! edited hour by hour).

use super::{read, send};
use crate::field_names::FieldId;
use crate::format::{count, number};
use crate::state::AppState;
use crate::view::choice::{position_of, Choice};
use crate::view::fields::{whole_number, NumberField, ToEdit};
use crate::view::import::{read_chosen, Reading};
use ddh_engine::hours::edit::HoursEdit as H;
use ddh_engine::hours::section::{
    HolidayChoices, MovedTo, Service, Staffing, HOURS, MAX_SECONDS, MAX_STAFFED, WEEKDAYS,
};
use ddh_engine::hours::Field;
use ddh_engine::money::Money;
use ddh_engine::Edit;
use leptos::prelude::*;
use rust_decimal::Decimal;

const MOVED_TO: [MovedTo; 2] = [MovedTo::SameDay, MovedTo::Week];

/// A field for a decimal the engine checks (a percentage, a weight): any number typed reaches it.
fn decimal(edit: impl Fn(Decimal) -> H + Send + Sync + 'static) -> ToEdit {
    Callback::new(move |number| Ok(Edit::Hours(edit(number))))
}

#[component]
pub fn Year(state: AppState) -> impl IntoView {
    let t = crate::areas::hours::texts::current();
    let holidays = move || read(state, |h| h.holidays);
    let holiday = move |label: &'static str,
                        testid: &'static str,
                        pick: fn(&HolidayChoices) -> bool,
                        set: fn(&mut HolidayChoices, bool)| {
        view! {
            <label class="check">
                <input type="checkbox" data-testid=testid prop:checked=move || pick(&holidays())
                    on:change=move |event| {
                        let mut changed = holidays();
                        set(&mut changed, event_target_checked(&event));
                        send(state, H::SetHolidays(changed));
                    } />
                {label}
            </label>
        }
    };
    view! {
        <section class="panel" aria-labelledby="year-heading">
            <h3 id="year-heading">{t.year_heading}</h3>
            <div class="field-grid">
                <NumberField state=state key="hours-year" label=t.fields.year_label.to_owned() field=FieldId::of(Field::Year)
                    value=Signal::derive(move || Some(read(state, |h| h.year).into()))
                    shown=|year| year.to_string()
                    to_edit=whole_number(state, 0, 9_999, |year: i32| Edit::Hours(H::SetYear(year)))
                    testid="hours-year" />
            </div>
            <p class="note">{t.holidays_note}</p>
            {holiday(t.fields.grundlovsdag, "grundlovsdag", |h| h.grundlovsdag, |h, v| h.grundlovsdag = v)}
            {holiday(t.fields.juleaftensdag, "juleaftensdag", |h| h.juleaftensdag, |h, v| h.juleaftensdag = v)}
            {holiday(t.fields.nytaarsaftensdag, "nytaarsaftensdag", |h| h.nytaarsaftensdag, |h, v| h.nytaarsaftensdag = v)}
        </section>
    }
}

#[component]
pub fn StaffingInputs(state: AppState) -> impl IntoView {
    let t = crate::areas::hours::texts::current();
    let staffing = move || read(state, |h| h.staffing);
    let with = move |change: &dyn Fn(&mut Staffing)| {
        let mut changed = staffing();
        change(&mut changed);
        Edit::Hours(H::SetStaffing(changed))
    };
    view! {
        <section class="panel" aria-labelledby="staffing-heading">
            <h3 id="staffing-heading">{t.staffing_heading}</h3>
            <div class="field-grid">
                <NumberField state=state key="agents-per-hour" label=t.fields.agents_per_hour.to_owned()
                    field=FieldId::of(Field::AgentsPerHour)
                    value=Signal::derive(move || Some(staffing().agents_per_hour.into()))
                    shown=number
                    to_edit=whole_number(state, 0, u64::from(MAX_STAFFED), move |n: u32| with(&|s| s.agents_per_hour = n))
                    testid="agents-per-hour" />
                <NumberField state=state key="hourly-rate" label=t.fields.hourly_rate.to_owned()
                    field=FieldId::of(Field::HourlyRate)
                    value=Signal::derive(move || Some(staffing().hourly_rate.kroner()))
                    shown=|kroner| number(crate::format::at_least_ore(kroner))
                    to_edit=Callback::new(move |kroner| Ok(with(&|s| s.hourly_rate = Money::from_kroner(kroner))))
                    testid="hourly-rate" />
                <NumberField state=state key="jumpseat-percent" label=t.fields.jumpseat_percent.to_owned()
                    field=FieldId::of(Field::JumpseatPercent)
                    value=Signal::derive(move || Some(read(state, |h| h.jumpseat_percent)))
                    shown=number
                    to_edit=decimal(H::SetJumpseatPercent)
                    testid="jumpseat-percent" />
            </div>
            <p class="note">{t.staffing_default_note}</p>
        </section>
    }
}

#[component]
pub fn CallsInputs(state: AppState) -> impl IntoView {
    let t = crate::areas::hours::texts::current();
    let service = move || read(state, |h| h.service);
    let with = move |change: &dyn Fn(&mut Service)| {
        let mut changed = service();
        change(&mut changed);
        Edit::Hours(H::SetService(changed))
    };
    let seconds = move |key: &'static str,
                        field: Field,
                        label: &'static str,
                        min: u64,
                        pick: fn(&Service) -> u32,
                        set: fn(&mut Service, u32)| {
        view! {
            <NumberField state=state key=key label=label.to_owned() field=FieldId::of(field)
                value=Signal::derive(move || Some(pick(&service()).into()))
                shown=number
                to_edit=whole_number(state, min, u64::from(MAX_SECONDS), move |n: u32| with(&|s| set(s, n)))
                testid=key />
        }
    };
    let percent = move |key: &'static str,
                        field: Field,
                        label: &'static str,
                        pick: fn(&Service) -> Decimal,
                        set: fn(&mut Service, Decimal)| {
        view! {
            <NumberField state=state key=key label=label.to_owned() field=FieldId::of(field)
                value=Signal::derive(move || Some(pick(&service())))
                shown=number
                to_edit=Callback::new(move |value| Ok(with(&|s| set(s, value))))
                testid=key />
        }
    };
    let moved = move || read(state, |h| (h.calls.moved_percent, h.calls.moved_to));
    view! {
        <section class="panel" aria-labelledby="calls-heading">
            <h3 id="calls-heading">{t.calls_heading}</h3>
            <div class="field-grid">
                <NumberField state=state key="calls-per-year" label=t.fields.calls_per_year.to_owned()
                    field=FieldId::of(Field::CallsPerYear)
                    value=Signal::derive(move || Some(read(state, |h| h.calls.per_year).into()))
                    shown=number
                    to_edit=Callback::new(move |number: Decimal| {
                        i64::try_from(number).ok().filter(|_| number.fract().is_zero())
                            .map(|calls| Edit::Hours(H::SetCallsPerYear(calls)))
                            .ok_or_else(|| (state.texts.whole_from)(&count(0)))
                    })
                    testid="calls-per-year" />
                {seconds("aht_seconds", Field::AhtSeconds, t.fields.aht, 0, |s| s.aht_seconds, |s, v| s.aht_seconds = v)}
                {percent("target_percent", Field::TargetPercent, t.fields.target_percent, |s| s.target_percent, |s, v| s.target_percent = v)}
                {seconds("target_seconds", Field::TargetSeconds, t.fields.target_seconds, 0, |s| s.target_seconds, |s, v| s.target_seconds = v)}
                {percent("shrinkage_percent", Field::ShrinkagePercent, t.fields.shrinkage, |s| s.shrinkage_percent, |s, v| s.shrinkage_percent = v)}
                {percent("max_occupancy_percent", Field::MaxOccupancyPercent, t.fields.max_occupancy, |s| s.max_occupancy_percent, |s, v| s.max_occupancy_percent = v)}
                {seconds("patience_seconds", Field::PatienceSeconds, t.fields.patience, 0, |s| s.patience_seconds, |s, v| s.patience_seconds = v)}
                <NumberField state=state key="moved-percent" label=t.fields.moved_percent.to_owned()
                    field=FieldId::of(Field::MovedPercent)
                    value=Signal::derive(move || Some(moved().0))
                    shown=number
                    to_edit=decimal(move |percent| H::SetMoved { percent, to: moved().1 })
                    testid="moved-percent" />
                <Choice label=t.fields.moved_to.to_owned() options=vec![t.moved_same_day, t.moved_week]
                    selected=Signal::derive(move || position_of(&MOVED_TO, &moved().1))
                    on_pick=Callback::new(move |position: usize| {
                        if let Some(&to) = MOVED_TO.get(position) {
                            send(state, H::SetMoved { percent: moved().0, to });
                        }
                    })
                    testid="moved-to" />
            </div>
            <Profile state=state />
        </section>
    }
}

/// The call profile: whether it is illustrative, a CSV import, and the hour-by-hour editor.
#[component]
fn Profile(state: AppState) -> impl IntoView {
    let t = crate::areas::hours::texts::current();
    let message = RwSignal::new(None::<(bool, String)>);
    let reading: Reading = StoredValue::new_local(None);
    let import = move |event: leptos::ev::Event| {
        read_chosen(&event, reading, move |text, _| {
            let outcome = match text {
                None => (false, crate::texts::import::current().unreadable.to_owned()),
                Some(text) => match ddh_engine::hours::profile_csv::parse_pasted_as(
                    &text,
                    crate::format::read_number,
                ) {
                    Ok(profile) => {
                        send(
                            state,
                            H::SetProfile {
                                profile,
                                illustrative: false,
                            },
                        );
                        (true, t.import_done.to_owned())
                    }
                    Err(error) => {
                        let problem = (state.texts.engine.words.problem)(&error.problem);
                        (
                            false,
                            (crate::texts::import::current().failed)(
                                error.line,
                                error.column,
                                &problem,
                            ),
                        )
                    }
                },
            };
            message.set(Some(outcome));
        });
    };
    let editing = RwSignal::new(false);
    view! {
        <h4>{t.fields.profile_heading}</h4>
        <p class="note" data-testid="profile-kind">
            {move || if read(state, |h| h.calls.profile_is_illustrative) { t.profile_illustrative } else { t.profile_own }}
        </p>
        <label class="file-field">
            <span>{t.import_label}</span>
            <input type="file" accept=".csv,text/csv,text/plain" data-testid="profile-import" on:change=import />
        </label>
        <p class="note">{t.import_format}</p>
        {move || message.get().map(|(ok, text)| view! {
            <p class=if ok { "status" } else { "notice" } role="alert" data-testid="profile-import-message">{text}</p>
        })}
        <details on:toggle=move |event| editing.set(event_target::<web_sys::HtmlDetailsElement>(&event).open())>
            <summary>{t.edit_profile}</summary>
            {move || editing.get().then(|| view! { <ProfileGrid state=state /> })}
        </details>
    }
}

/// The profile as a table, hours down and weekdays across, each weight a field.
#[component]
fn ProfileGrid(state: AppState) -> impl IntoView {
    let t = crate::areas::hours::texts::current();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t.fields.profile_heading>
            <table class="profile-grid">
                <thead><tr><th scope="col">{crate::format::CLOCK}</th>{t.fields.weekdays.map(|d| view! { <th scope="col">{d.chars().take(3).collect::<String>()}</th> })}</tr></thead>
                <tbody>
                    {(0..HOURS).map(|hour| view! {
                        <tr>
                            <th scope="row">{format!("{hour:02}")}</th>
                            {(0..WEEKDAYS).map(|day| {
                                let day_name = t.fields.weekdays.get(day).copied().unwrap_or_default();
                                view! {
                                    <td><NumberField state=state key=format!("profile-{day}-{hour}")
                                        label=(t.fields.weight_of)(day_name, hour) hide_label=true
                                        field=FieldId::of(Field::ProfileHour(day, hour))
                                        value=Signal::derive(move || read(state, |h| h.calls.profile.get(day).and_then(|r| r.get(hour)).copied()))
                                        shown=number
                                        to_edit=decimal(move |weight| H::SetProfileWeight { day, hour, weight }) /></td>
                                }
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
