//! The user's answers and limits that decide the route and the price cap: the cross-border interest
//! (with the criteria to weigh), the collaboration's working limits, and the cap's price, margin and
//! consequence.

use super::{read, send};
use crate::field_names::FieldId;
use crate::format::{at_least_ore, number};
use crate::state::AppState;
use crate::view::choice::{position_of, Choice};
use crate::view::fields::{NumberField, Reading};
use ddh_engine::money::Money;
use ddh_engine::procurement::edit::ProcurementEdit as P;
use ddh_engine::procurement::section::{CapComponent, CapConsequence, PriceCap, WorkingRules};
use ddh_engine::procurement::Field;
use ddh_engine::Edit;
use leptos::prelude::*;
use rust_decimal::Decimal;

const COMPONENTS: [CapComponent; 2] = [CapComponent::OneOff, CapComponent::Monthly];
const CONSEQUENCES: [CapConsequence; 3] = [
    CapConsequence::ZeroPricePoints,
    CapConsequence::NonCompliant,
    CapConsequence::Cancellation,
];

#[component]
pub fn Rules(state: AppState) -> impl IntoView {
    let t = crate::areas::procurement::texts::current();
    let rules = move || read(state, |p| p.working_rules);
    let cap = move || read(state, |p| p.price_cap);
    let limit = move |key: &'static str,
                      field: Field,
                      label: &'static str,
                      pick: fn(&WorkingRules) -> Money,
                      set: fn(&mut WorkingRules, Money)| {
        view! {
            <NumberField
                state=state
                key=key
                label=label.to_owned()
                field=FieldId::of(field)
                value=Signal::derive(move || Some(pick(&rules()).kroner()))
                shown=|amount| number(at_least_ore(amount))
                to_edit=Callback::new(move |amount| {
                    let mut changed = rules();
                    set(&mut changed, Money::from_kroner(amount));
                    Ok(Edit::Procurement(P::SetWorkingRules(changed)))
                })
                testid=key
            />
        }
    };
    let set_cap = move |change: &dyn Fn(&mut PriceCap)| {
        let mut changed = cap();
        change(&mut changed);
        Edit::Procurement(P::SetPriceCap(changed))
    };
    view! {
        <div class="columns">
            <section class="panel" aria-labelledby="route-inputs-heading">
                <h3 id="route-inputs-heading">{t.route_heading}</h3>
                <label class="check">
                    <input type="checkbox" data-testid="cross-border"
                        prop:checked=move || read(state, |p| p.cross_border_interest)
                        on:change=move |event| send(state, P::SetCrossBorderInterest(event_target_checked(&event)))
                    />
                    {t.cross_border_label}
                </label>
                <p class="note">{t.cross_border_criteria}</p>
                <ul class="note">{t.criteria.map(|criterion| view! { <li>{criterion}</li> })}</ul>
                <p class="note">{t.working_rules_note}</p>
                <div class="field-grid">
                    {limit("announce_above", Field::AnnounceAbove, t.announce_above_label, |r| r.announce_above, |r, m| r.announce_above = m)}
                    {limit("market_terms_above", Field::MarketTermsAbove, t.market_terms_above_label, |r| r.market_terms_above, |r, m| r.market_terms_above = m)}
                </div>
            </section>
            <section class="panel" aria-labelledby="cap-heading">
                <h3 id="cap-heading">{t.cap_heading}</h3>
                <p class="note">{t.cap_note}</p>
                <div class="field-grid">
                    <Choice
                        label=t.cap_component_label.to_owned()
                        options=COMPONENTS.iter().map(|c| (t.cap_component)(*c)).collect()
                        selected=Signal::derive(move || position_of(&COMPONENTS, &cap().component))
                        on_pick=Callback::new(move |i: usize| {
                            let component = COMPONENTS.get(i).copied().unwrap_or(CapComponent::OneOff);
                            let _ = state.dispatch(set_cap(&|c| c.component = component));
                        })
                        testid="cap-component"
                    />
                    <NumberField
                        state=state
                        key="margin"
                        label=t.margin_label.to_owned()
                        field=FieldId::of(Field::CapMarginPercent)
                        value=Signal::derive(move || Some(cap().margin_percent))
                        shown=number
                        reading=Reading::Price
                        to_edit=Callback::new(move |margin: Decimal| Ok(set_cap(&|c| c.margin_percent = margin)))
                        testid="margin"
                    />
                    <Choice
                        label=t.consequence_label.to_owned()
                        options=CONSEQUENCES.iter().map(|c| (t.consequence)(*c)).collect()
                        selected=Signal::derive(move || position_of(&CONSEQUENCES, &cap().consequence))
                        on_pick=Callback::new(move |i: usize| {
                            let consequence = CONSEQUENCES.get(i).copied().unwrap_or(CapConsequence::NonCompliant);
                            let _ = state.dispatch(set_cap(&|c| c.consequence = consequence));
                        })
                        testid="cap-consequence-choice"
                    />
                </div>
            </section>
        </div>
    }
}
