//! The span, the key and the rule; what is projected; and the yearly costs the user lists (rows keyed
//! by the costs' ids).

use super::{read, send, texts};
use crate::field_names::FieldId;
use crate::format::{at_least_ore, number};
use crate::state::AppState;
use crate::view::choice::{position_of, Choice};
use crate::view::fields::{restore_whole, whole_number, NumberField};
use crate::view::focus_by_id;
use ddh_engine::keys::report::KeyId;
use ddh_engine::money::Money;
use ddh_engine::years::edit::YearsEdit as Y;
use ddh_engine::years::section::Schedule;
use ddh_engine::years::Field;
use ddh_engine::Edit;
use leptos::prelude::*;
use rust_decimal::Decimal;

const SCHEDULES: [Schedule; 2] = [Schedule::Today, Schedule::Proposed];

/// The largest year a year field takes; the engine says which years it computes.
const ANY_YEAR: u64 = 9_999;

/// A field for a year, stored by `edit`: the engine refuses a year outside its range, naming it.
#[component]
fn YearField(
    state: AppState,
    key: &'static str,
    #[prop(into)] label: String,
    field: Field,
    value: fn(&ddh_engine::years::section::Years) -> i32,
    edit: fn(i32) -> Y,
) -> impl IntoView {
    view! {
        <NumberField
            state=state
            key=key
            label=label
            field=FieldId::of(field)
            value=Signal::derive(move || Some(Decimal::from(read(state, value))))
            shown=|year| year.to_string()
            to_edit=whole_number(state, 1, ANY_YEAR, move |year: i32| Edit::Years(edit(year)))
            restore=restore_whole(move |year: i32| Edit::Years(edit(year)))
            testid=key
        />
    }
}

/// The span of years, the key, and the half-year rule.
#[component]
pub fn Span(state: AppState) -> impl IntoView {
    let y = texts::current();
    view! {
        <section class="panel" aria-labelledby="span-heading">
            <h3 id="span-heading">{y.settings_heading}</h3>
            <div class="field-grid">
                <YearField state=state key="first-year" label=y.first_year field=Field::FirstYear
                    value=|s| s.first_year edit=Y::SetFirstYear />
                <YearField state=state key="last-year" label=y.last_year field=Field::LastYear
                    value=|s| s.last_year edit=Y::SetLastYear />
                <Choice
                    label=y.key_label.to_owned()
                    options=y.keys.to_vec()
                    selected=Signal::derive(move || read(state, |s| position_of(&KeyId::ALL, &s.key)))
                    on_pick=Callback::new(move |i: usize| {
                        if let Some(key) = KeyId::ALL.get(i) {
                            send(state, Y::SetKey(*key));
                        }
                    })
                    testid="years-key"
                />
            </div>
            <label class="check">
                <input type="checkbox" data-testid="half-year-rule"
                    prop:checked=move || read(state, |s| s.half_year_rule)
                    on:change=move |event| send(state, Y::SetHalfYearRule(event_target_checked(&event)))
                />
                {y.half_year_rule}
            </label>
            <p class="note">{y.rule_note}</p>
        </section>
    }
}

/// A checkbox that includes a source of costs.
fn include(
    state: AppState,
    label: &'static str,
    testid: &'static str,
    on: fn(&ddh_engine::years::section::Years) -> bool,
    edit: fn(bool) -> Y,
) -> impl IntoView {
    view! {
        <label class="check">
            <input type="checkbox" data-testid=testid
                prop:checked=move || read(state, on)
                on:change=move |event| send(state, edit(event_target_checked(&event)))
            />
            {label}
        </label>
    }
}

/// What is projected: the staffing, the purchase, the tender budget.
#[component]
pub fn Projected(state: AppState) -> impl IntoView {
    let y = texts::current();
    view! {
        <section class="panel" aria-labelledby="projected-heading">
            <h3 id="projected-heading">{y.projected_heading}</h3>
            {include(state, y.staffing_label, "include-staffing", |s| s.staffing.include, Y::IncludeStaffing)}
            <div class="field-grid">
                <Choice
                    label=format!("{}: {}", y.staffing_label, y.schedule_label)
                    options=y.schedules.to_vec()
                    selected=Signal::derive(move || read(state, |s| position_of(&SCHEDULES, &s.staffing.schedule)))
                    on_pick=Callback::new(move |i: usize| {
                        if let Some(schedule) = SCHEDULES.get(i) {
                            send(state, Y::SetStaffingSchedule(*schedule));
                        }
                    })
                    testid="staffing-schedule"
                />
            </div>
            {include(state, y.purchase_label, "include-purchase", |s| s.purchase.include, Y::IncludePurchase)}
            <div class="field-grid">
                <YearField state=state key="purchase-first-year" label=y.purchase_first_year
                    field=Field::PurchaseFirstYear value=|s| s.purchase.first_year edit=Y::SetPurchaseFirstYear />
                <YearField state=state key="purchase-base-year" label=y.base_year
                    field=Field::PurchaseBaseYear value=|s| s.purchase.base_year edit=Y::SetPurchaseBaseYear />
            </div>
            {include(state, y.tender_label, "include-tender", |s| s.tender.include, Y::IncludeTender)}
            <div class="field-grid">
                <YearField state=state key="tender-year" label=y.tender_year
                    field=Field::TenderYear value=|s| s.tender.year edit=Y::SetTenderYear />
                <YearField state=state key="tender-base-year" label=y.base_year
                    field=Field::TenderBaseYear value=|s| s.tender.base_year edit=Y::SetTenderBaseYear />
            </div>
        </section>
    }
}

/// The yearly costs the user lists.
#[component]
pub fn Costs(state: AppState) -> impl IntoView {
    let y = texts::current();
    let ids = move || read(state, |s| s.costs.iter().map(|c| c.id).collect::<Vec<_>>());
    let add = move |_| {
        send(state, Y::AddCost);
        if let Some(id) = state
            .scenario
            .with_untracked(|s| s.years.costs.last().map(|c| c.id))
        {
            send(
                state,
                Y::SetCostName {
                    id,
                    name: y.new_cost_name.to_owned(),
                },
            );
            focus_by_id(format!("cost-{id}-name"));
        }
    };
    view! {
        <section class="panel" aria-labelledby="costs-heading">
            <h3 id="costs-heading">{y.costs_heading}</h3>
            {move || ids().is_empty().then_some(view! { <p class="note">{y.no_costs}</p> })}
            <div class="table-scroll">
            <table class="stack-narrow lines-table">
                <thead><tr>
                    <th scope="col">{y.column_name}</th>
                    <th scope="col" class="number">{y.column_amount}</th>
                    <th scope="col" class="number">{y.column_base_year}</th>
                    <th scope="col" class="number">{y.column_from}</th>
                    <th scope="col" class="number">{y.column_to}</th>
                    <th scope="col"><span class="visually-hidden">{y.remove}</span></th>
                </tr></thead>
                <tbody>
                    <For each=ids key=|id| *id children=move |id| view! { <CostRow state=state id=id /> } />
                </tbody>
            </table>
            </div>
            <button type="button" data-testid="add-cost" on:click=add>{y.add_cost}</button>
        </section>
    }
}

#[component]
fn CostRow(state: AppState, id: u32) -> impl IntoView {
    let y = texts::current();
    let cost = move || read(state, |s| s.costs.iter().find(|c| c.id == id).cloned());
    let index = move || {
        read(state, |s| {
            s.costs.iter().position(|c| c.id == id).unwrap_or(0)
        })
    };
    let name = move || cost().map(|c| c.name).unwrap_or_default();
    let name_group = StoredValue::new(None::<u64>);
    let year = move |column: &'static str,
                     testid: &'static str,
                     field: fn(usize) -> Field,
                     value: fn(&ddh_engine::years::section::YearlyCost) -> i32,
                     edit: fn(u32, i32) -> Y| {
        view! {
            <td class="number" data-label=column>
                <NumberField
                    state=state
                    key=format!("cost-{id}-{testid}")
                    label=Signal::derive(move || (y.cost_field)(column, &name()))
                    hide_label=true
                    field=Signal::derive(move || FieldId::of(field(index())))
                    value=Signal::derive(move || cost().map(|c| Decimal::from(value(&c))))
                    shown=|year| year.to_string()
                    to_edit=whole_number(state, 1, ANY_YEAR, move |year: i32| Edit::Years(edit(id, year)))
                    restore=restore_whole(move |year: i32| Edit::Years(edit(id, year)))
                    testid=format!("cost-{id}-{testid}")
                />
            </td>
        }
    };
    view! {
        <tr data-testid=format!("cost-{id}")>
            <td data-label=y.column_name>
                <label>
                    <span class="visually-hidden">{move || (y.cost_field)(y.column_name, &name())}</span>
                    <input type="text" id=format!("cost-{id}-name") prop:value=name
                        on:input=move |event| {
                            let name = event_target_value(&event);
                            let group = *name_group.get_value().get_or_insert_with(|| state.new_group());
                            name_group.set_value(Some(group));
                            let _ = state.dispatch_in(Edit::Years(Y::SetCostName { id, name }), Some(group));
                        }
                        on:blur=move |_| {
                            name_group.set_value(None);
                            state.close_group();
                        }
                    />
                </label>
            </td>
            <td class="number" data-label=y.column_amount>
                <NumberField
                    state=state
                    key=format!("cost-{id}-amount")
                    label=Signal::derive(move || (y.cost_field)(y.column_amount, &name()))
                    hide_label=true
                    field=Signal::derive(move || FieldId::of(Field::CostAmount(index())))
                    // A new cost's amount (0) shows as an empty field, so that what is typed is the amount.
                    value=Signal::derive(move || cost().map(|c| c.amount.kroner()).filter(|a| !a.is_zero()))
                    shown=|amount| number(at_least_ore(amount))
                    to_edit=Callback::new(move |amount| Ok(Edit::Years(Y::SetCostAmount { id, amount: Money::from_kroner(amount) })))
                    testid=format!("cost-{id}-amount")
                />
            </td>
            {year(y.column_base_year, "base", Field::CostBaseYear, |c| c.base_year, |id, year| Y::SetCostBaseYear { id, year })}
            {year(y.column_from, "from", Field::CostFromYear, |c| c.from_year, |id, year| Y::SetCostFromYear { id, year })}
            {year(y.column_to, "to", Field::CostToYear, |c| c.to_year, |id, year| Y::SetCostToYear { id, year })}
            <td>
                <button type="button" class="link" data-testid=format!("cost-{id}-remove")
                    aria-label=move || format!("{} {}", y.remove, name())
                    on:click=move |_| send(state, Y::RemoveCost(id))>{y.remove}</button>
            </td>
        </tr>
    }
}
