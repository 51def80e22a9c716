//! What the keys share (the hours area's schedule or typed totals, and the jumpseat cut), the keys'
//! parameters, and the steering group's seat settings.

use super::{read, send};
use crate::field_names::FieldId;
use crate::format::{at_least_ore, number};
use crate::state::AppState;
use crate::view::choice::{position_of, Choice};
use crate::view::fields::{whole_number, NumberField, ToEdit};
use ddh_engine::keys::edit::KeysEdit as K;
use ddh_engine::keys::section::{AarhusSeat, Fill, SeatMethod, Source, MAX_HOURS, MAX_SEATS};
use ddh_engine::keys::Field;
use ddh_engine::money::Money;
use ddh_engine::Edit;
use leptos::prelude::*;
use rust_decimal::Decimal;

const SOURCES: [Source; 3] = [Source::Today, Source::Proposed, Source::Typed];
const FILLS: [Fill; 2] = [Fill::Population, Fill::Bidders];
const METHODS: [SeatMethod; 2] = [SeatMethod::LargestRemainder, SeatMethod::Dhondt];
const AARHUS: [AarhusSeat; 2] = [AarhusSeat::WithinRegion, AarhusSeat::InAddition];

/// A field for a decimal the engine checks (a percentage): any number typed reaches it.
fn decimal(edit: impl Fn(Decimal) -> K + Send + Sync + 'static) -> ToEdit {
    Callback::new(move |number| Ok(Edit::Keys(edit(number))))
}

/// A field for an amount in kroner the engine checks.
fn amount(edit: impl Fn(Money) -> K + Send + Sync + 'static) -> ToEdit {
    Callback::new(move |kroner| Ok(Edit::Keys(edit(Money::from_kroner(kroner)))))
}

fn kroner_shown(kroner: Decimal) -> String {
    number(at_least_ore(kroner))
}

#[component]
pub fn Basis(state: AppState) -> impl IntoView {
    let t = crate::areas::keys::texts::current();
    let typed = move || read(state, |k| k.source == Source::Typed);
    let jumpseat = move || read(state, |k| k.jumpseat);
    let max_hours = MAX_HOURS.unsigned_abs();
    let summary = move || {
        state.areas.keys().figures.with(|r| {
            r.as_ref().map(|r| {
                let hours = |m: u64| crate::format::duration(i64::try_from(m).unwrap_or(i64::MAX));
                let money = |m: Money| crate::format::kroner(m.kroner());
                let shared = (t.shared)(&hours(r.minutes), &money(r.cost));
                if r.jumpseat_minutes > 0 {
                    format!(
                        "{shared} {}",
                        (t.jumpseat_cut)(&hours(r.jumpseat_minutes), &money(r.jumpseat_cost))
                    )
                } else {
                    shared
                }
            })
        })
    };
    view! {
        <section class="panel" aria-labelledby="keys-basis-heading">
            <h3 id="keys-basis-heading">{t.basis_heading}</h3>
            <Choice label=t.source_label.to_owned() options=t.sources.to_vec()
                selected=Signal::derive(move || position_of(&SOURCES, &read(state, |k| k.source)))
                on_pick=Callback::new(move |p| {
                    let _ = send(state, K::SetSource(SOURCES.get(p).copied().unwrap_or(Source::Today)));
                })
                testid="keys-source" />
            {move || typed().then(|| view! {
                <div class="field-grid">
                    <NumberField state=state key="keys-typed-hours" label=t.typed_hours.to_owned()
                        field=FieldId::of(Field::TypedHours)
                        value=Signal::derive(move || Some(read(state, |k| k.typed_hours).into()))
                        shown=number
                        to_edit=whole_number(state, 0, max_hours, |h: i64| Edit::Keys(K::SetTypedHours(h)))
                        testid="keys-typed-hours" />
                    <NumberField state=state key="keys-typed-cost" label=t.typed_cost.to_owned()
                        field=FieldId::of(Field::TypedCost)
                        value=Signal::derive(move || Some(read(state, |k| k.typed_cost.kroner())))
                        shown=kroner_shown
                        to_edit=amount(K::SetTypedCost)
                        testid="keys-typed-cost" />
                </div>
            })}
            <label class="check">
                <input type="checkbox" data-testid="keys-jumpseat" prop:checked=move || jumpseat().apply
                    on:change=move |event| {
                        let hours = jumpseat().hours;
                        let _ = send(state, K::SetJumpseat { apply: event_target_checked(&event), hours });
                    } />
                {t.jumpseat_apply}
            </label>
            {move || jumpseat().apply.then(|| view! {
                <NumberField state=state key="keys-jumpseat-hours" label=t.jumpseat_hours.to_owned()
                    field=FieldId::of(Field::JumpseatHours)
                    value=Signal::derive(move || jumpseat().hours.map(Decimal::from))
                    shown=number optional=true
                    to_edit=whole_number(state, 0, max_hours, |h: i64| Edit::Keys(K::SetJumpseat { apply: true, hours: Some(h) }))
                    restore=Callback::new(move |before: Option<Decimal>| {
                        let hours = before.and_then(|b| i64::try_from(b).ok());
                        Some(Edit::Keys(K::SetJumpseat { apply: true, hours }))
                    })
                    testid="keys-jumpseat-hours" />
            })}
            <p class="status" data-testid="keys-shared">{summary}</p>
        </section>
    }
}

#[component]
pub fn Params(state: AppState) -> impl IntoView {
    let t = crate::areas::keys::texts::current();
    let economic = move || read(state, |k| k.economic);
    let bounded = move || read(state, |k| k.bounded);
    view! {
        <section class="panel" aria-labelledby="keys-params-heading">
            <h3 id="keys-params-heading">{t.params_heading}</h3>
            <div class="field-grid">
                <NumberField state=state key="keys-population-weight" label=t.population_weight.to_owned()
                    field=FieldId::of(Field::PopulationWeightPercent)
                    value=Signal::derive(move || Some(economic().population_weight_percent))
                    shown=number
                    to_edit=decimal(move |population| K::SetWeights { population, calls: economic().calls_weight_percent })
                    shared=FieldId::of(Field::Economic)
                    testid="keys-population-weight" />
                <NumberField state=state key="keys-calls-weight" label=t.calls_weight.to_owned()
                    field=FieldId::of(Field::CallsWeightPercent)
                    value=Signal::derive(move || Some(economic().calls_weight_percent))
                    shown=number
                    to_edit=decimal(move |calls| K::SetWeights { population: economic().population_weight_percent, calls })
                    shared=FieldId::of(Field::Economic)
                    testid="keys-calls-weight" />
                <NumberField state=state key="keys-floor" label=t.floor.to_owned()
                    field=FieldId::of(Field::FloorPercent)
                    value=Signal::derive(move || Some(bounded().floor_percent))
                    shown=number
                    to_edit=decimal(move |floor| K::SetBounds { floor, cap: bounded().cap_percent })
                    shared=FieldId::of(Field::Bounded)
                    testid="keys-floor" />
                <NumberField state=state key="keys-cap" label=t.cap.to_owned()
                    field=FieldId::of(Field::CapPercent)
                    value=Signal::derive(move || Some(bounded().cap_percent))
                    shown=number
                    to_edit=decimal(move |cap| K::SetBounds { floor: bounded().floor_percent, cap })
                    shared=FieldId::of(Field::Bounded)
                    testid="keys-cap" />
                <NumberField state=state key="keys-base" label=t.base.to_owned()
                    field=FieldId::of(Field::BasePercent)
                    value=Signal::derive(move || Some(read(state, |k| k.marketplace.base_percent)))
                    shown=number
                    to_edit=decimal(K::SetBasePercent)
                    testid="keys-base" />
                <NumberField state=state key="keys-compensation" label=t.compensation.to_owned()
                    field=FieldId::of(Field::CompensationPerHour)
                    value=Signal::derive(move || Some(read(state, |k| k.marketplace.compensation_per_hour.kroner())))
                    shown=kroner_shown
                    to_edit=amount(K::SetCompensation)
                    testid="keys-compensation" />
            </div>
            <Choice label=t.fill_label.to_owned() options=t.fills.to_vec()
                selected=Signal::derive(move || position_of(&FILLS, &read(state, |k| k.marketplace.fill)))
                on_pick=Callback::new(move |p| {
                    let _ = send(state, K::SetFill(FILLS.get(p).copied().unwrap_or(Fill::Population)));
                })
                testid="keys-fill" />
        </section>
    }
}

#[component]
pub fn SeatSettings(state: AppState) -> impl IntoView {
    let t = crate::areas::keys::texts::current();
    let seats = move || read(state, |k| k.seats);
    let with = move |change: &dyn Fn(&mut ddh_engine::keys::section::Seats)| {
        let mut changed = seats();
        change(&mut changed);
        K::SetSeats {
            count: changed.count,
            method: changed.method,
            aarhus: changed.aarhus,
        }
    };
    view! {
        <div class="field-grid">
            <NumberField state=state key="keys-seats" label=t.seats_count.to_owned()
                field=FieldId::of(Field::SeatsCount)
                value=Signal::derive(move || Some(seats().count.into()))
                shown=number
                to_edit=whole_number(state, 1, u64::from(MAX_SEATS), move |count: u32| Edit::Keys(with(&|s| s.count = count)))
                testid="keys-seats" />
            <Choice label=t.seats_method.to_owned() options=t.seats_methods.to_vec()
                selected=Signal::derive(move || position_of(&METHODS, &seats().method))
                on_pick=Callback::new(move |p| {
                    let method = METHODS.get(p).copied().unwrap_or(SeatMethod::LargestRemainder);
                    let _ = send(state, with(&|s| s.method = method));
                })
                testid="keys-seat-method" />
            <Choice label=t.seats_aarhus.to_owned() options=t.seats_aarhus_options.to_vec()
                selected=Signal::derive(move || position_of(&AARHUS, &seats().aarhus))
                on_pick=Callback::new(move |p| {
                    let aarhus = AARHUS.get(p).copied().unwrap_or(AarhusSeat::WithinRegion);
                    let _ = send(state, with(&|s| s.aarhus = aarhus));
                })
                testid="keys-seat-aarhus" />
        </div>
    }
}
