//! Vendor offers: edited in a table keyed by id, checked against the threshold over 48 months, and
//! compared by member count in a chart (cost per member, the changes of place marked) and a table built
//! only while it is open.

use super::{read, send};
use crate::areas::procurement::chart::offers_chart;
use crate::field_names::FieldId;
use crate::format::{at_least_ore, count, kroner, number};
use crate::state::AppState;
use crate::view::blocks::{render, Block};
use crate::view::choice::{position_of, Choice};
use crate::view::fields::{restore_whole, whole_number, NumberField};
use crate::view::{focus_by_id, measured_width, AreaNotice};
use ddh_engine::money::Money;
use ddh_engine::procurement::edit::ProcurementEdit as P;
use ddh_engine::procurement::section::{Basis, Offer, MAX_OFFER_YEARS};
use ddh_engine::procurement::Field;
use ddh_engine::report::OffersReport;
use ddh_engine::Edit;
use leptos::prelude::*;
use rust_decimal::Decimal;

const BASES: [Basis; 3] = [Basis::PerMunicipality, Basis::Flat, Basis::PerCitizen];

#[component]
pub fn Offers(state: AppState) -> impl IntoView {
    let t = crate::areas::procurement::texts::current();
    let area = state.areas.offers();
    // The same refusal as the purchase's above (a launch date outside the table) is said once, there;
    // the offers are still marked as not current.
    let own_error = Memo::new(move |_| {
        let purchase = state.areas.procurement().error.get();
        area.error
            .get()
            .filter(|error| Some(error) != purchase.as_ref())
    });
    let ids = move || read(state, |p| p.offers.iter().map(|o| o.id).collect::<Vec<_>>());
    let add = move |_| {
        send(
            state,
            P::AddOffer {
                name: t.new_offer_name.to_owned(),
            },
        );
        if let Some(id) = state
            .scenario
            .with_untracked(|s| s.procurement.offers.last().map(|o| o.id))
        {
            focus_by_id(format!("offer-{id}-name"));
        }
    };
    let chart_box = NodeRef::<leptos::html::Div>::new();
    let width = measured_width(state, chart_box);
    let table_open = RwSignal::new(false);
    view! {
        <section class="panel" id="tilbud" aria-labelledby="offers-heading">
            <h3 id="offers-heading">{t.offers_heading}</h3>
            <p class="note">{t.offers_note}</p>
            <NumberField
                state=state
                key="offer-years"
                label=t.offer_years_label.to_owned()
                field=FieldId::of(Field::OfferYears)
                value=Signal::derive(move || Some(read(state, |p| p.offer_years).into()))
                shown=number
                to_edit=whole_number(state, 1, u64::from(MAX_OFFER_YEARS), |y| Edit::Procurement(P::SetOfferYears(y)))
                restore=restore_whole(|y| Edit::Procurement(P::SetOfferYears(y)))
                testid="offer-years"
            />
            <div class="table-scroll">
            <table class="stack-narrow offers-table">
                <thead><tr>
                    <th scope="col">{t.column_offer}</th>
                    <th scope="col">{t.column_basis}</th>
                    <th scope="col" class="number">{t.column_setup}</th>
                    <th scope="col" class="number">{t.column_yearly}</th>
                    <th scope="col" class="number">{t.column_yearly_high}</th>
                    <th scope="col" class="number">{t.column_value_48}</th>
                    <th scope="col"><span class="visually-hidden">{t.remove}</span></th>
                </tr></thead>
                <tbody>
                    <For each=ids key=|id| *id children=move |id| view! { <OfferRow state=state id=id /> } />
                </tbody>
            </table>
            </div>
            <button type="button" data-testid="add-offer" on:click=add>{t.add_offer}</button>
            <AreaNotice state=state error=own_error has_figures=Signal::derive(move || area.figures.with(Option::is_some)) testid="offers-error" />
            <div class="area-figures" class:stale=move || area.error.with(Option::is_some) data-testid="offers-figures">
                <figure class="chart">
                    <div class="chart-box" node_ref=chart_box>
                        {move || {
                            let width = width.get()?;
                            area.figures.with(|report| report.as_ref().map(|r| match offers_chart(r, width) {
                                Ok(chart) => view! {
                                    <ul class="legend">
                                        {chart.legend.into_iter().map(|(name, colour)| view! {
                                            <li><span class="swatch" style=format!("border-color:{colour}")></span>{name}</li>
                                        }).collect_view()}
                                    </ul>
                                    <div role="img" aria-label=t.offers_chart_label inner_html=chart.svg data-testid="offers-chart"></div>
                                    <figcaption>{(t.offers_caption)(r.years)}</figcaption>
                                }.into_any(),
                                Err(_) => view! { <p class="notice">{state.texts.chart_failed}</p> }.into_any(),
                            }))
                        }}
                    </div>
                </figure>
                {move || area.figures.with(|report| report.as_ref().map(|r| render(comparison(r))))}
                <details data-testid="offers-table" on:toggle=move |event| table_open.set(event_target::<web_sys::HtmlDetailsElement>(&event).open())>
                    <summary>{t.offers_table_heading}</summary>
                    {move || table_open.get().then(|| area.figures.with(|r| r.as_ref().map(|r| render(vec![by_count_table(r)]))))}
                </details>
            </div>
        </section>
    }
}

/// An offer's name by its id; empty for an id the report does not have.
fn offer_name(report: &OffersReport, id: u32) -> String {
    report
        .offers
        .iter()
        .find(|o| o.id == id)
        .map(|o| o.name.clone())
        .unwrap_or_default()
}

/// The changes of place between offers, as blocks.
fn comparison(report: &OffersReport) -> Vec<Block> {
    let t = crate::areas::procurement::texts::current();
    let name = |id: u32| offer_name(report, id);
    let changes: Vec<String> = report
        .break_evens
        .iter()
        .map(|b| {
            let cheaper = b.cheaper.map(name);
            (t.break_even)(
                b.members,
                cheaper.as_deref(),
                &name(b.first),
                &name(b.second),
            )
        })
        .collect();
    let mut blocks = vec![Block::Heading(t.break_evens_heading.to_owned())];
    blocks.push(if changes.is_empty() {
        Block::Note(t.no_break_evens.to_owned())
    } else {
        Block::List {
            items: changes,
            testid: "break-evens",
        }
    });
    blocks
}

/// Each member count's cost per member for every offer, and the cheapest.
fn by_count_table(report: &OffersReport) -> Block {
    let t = crate::areas::procurement::texts::current();
    let name = |id: u32| offer_name(report, id);
    let mut head = vec![t.column_members.to_owned()];
    head.extend(report.offers.iter().map(|o| o.name.clone()));
    head.push(t.column_cheapest.to_owned());
    let rows = report
        .counts
        .iter()
        .map(|row| {
            let mut cells = vec![count(row.members as u64)];
            cells.extend(row.costs.iter().map(|c| kroner(c.per_member.kroner())));
            cells.push(
                row.cheapest
                    .iter()
                    .map(|id| name(*id))
                    .collect::<Vec<_>>()
                    .join(" / "),
            );
            cells
        })
        .collect();
    Block::Table {
        label: t.offers_table_heading.to_owned(),
        head,
        rows,
        testid: "offers-by-count",
    }
}

#[component]
fn OfferRow(state: AppState, id: u32) -> impl IntoView {
    let t = crate::areas::procurement::texts::current();
    let offer = move || read(state, |p| p.offers.iter().find(|o| o.id == id).cloned());
    let index = move || {
        read(state, |p| {
            p.offers.iter().position(|o| o.id == id).unwrap_or(0)
        })
    };
    let name = move || offer().map(|o| o.name).unwrap_or_default();
    let changed = move |change: &dyn Fn(&mut Offer)| {
        offer().map(|mut offer| {
            change(&mut offer);
            Edit::Procurement(P::SetOffer(offer))
        })
    };
    let name_group = StoredValue::new(None::<u64>);
    let summary = move || {
        state.areas.offers().figures.with(|r| {
            r.as_ref()
                .and_then(|r| r.offers.iter().find(|o| o.id == id))
                .map(|o| {
                    let money = |m: Money| kroner(m.kroner());
                    let over =
                        o.at_or_above_threshold || o.at_or_above_threshold_high == Some(true);
                    let value = (t.value_48)(
                        &money(o.value_48_months),
                        o.value_48_months_high.map(money).as_deref(),
                    );
                    (value, if over { t.at_or_above } else { t.below })
                })
        })
    };
    let amount = move |column: &'static str,
                       key: &'static str,
                       field: fn(usize) -> Field,
                       pick: fn(&Offer) -> Option<Money>,
                       set: fn(&mut Offer, Option<Money>),
                       optional: bool| {
        view! {
            <td class="number" data-label=column>
                <NumberField
                    state=state
                    key=format!("offer-{id}-{key}")
                    label=Signal::derive(move || (t.offer_field)(column, &name()))
                    hide_label=true
                    field=Signal::derive(move || FieldId::of(field(index())))
                    value=Signal::derive(move || offer().as_ref().and_then(pick).map(Money::kroner))
                    shown=|amount| number(at_least_ore(amount))
                    to_edit=Callback::new(move |amount: Decimal| {
                        changed(&|o| set(o, Some(Money::from_kroner(amount)))).ok_or_else(String::new)
                    })
                    restore=Callback::new(move |before: Option<Decimal>| changed(&|o| set(o, before.map(Money::from_kroner))))
                    optional=optional
                    testid=format!("offer-{id}-{key}")
                />
            </td>
        }
    };
    view! {
        <tr data-testid=format!("offer-{id}")>
            <td data-label=t.column_offer>
                <label>
                    <span class="visually-hidden">{move || (t.offer_field)(t.column_offer, &name())}</span>
                    <input type="text" id=format!("offer-{id}-name") prop:value=name
                        on:input=move |event| {
                            let text = event_target_value(&event);
                            let group = *name_group.get_value().get_or_insert_with(|| state.new_group());
                            name_group.set_value(Some(group));
                            if let Some(edit) = changed(&|o| o.name = text.clone()) {
                                let _ = state.dispatch_in(edit, Some(group));
                            }
                        }
                        on:blur=move |_| {
                            name_group.set_value(None);
                            state.close_group();
                        }
                    />
                </label>
                {move || offer().map(|o| o.source).filter(|s| !s.is_empty()).map(|s| view! { <span class="sub">{s}</span> })}
            </td>
            <td data-label=t.column_basis>
                <Choice
                    label=Signal::derive(move || (t.offer_field)(t.column_basis, &name()))
                    hide_label=true
                    options=BASES.iter().map(|b| (t.basis)(*b)).collect()
                    selected=Signal::derive(move || offer().map(|o| position_of(&BASES, &o.basis)).unwrap_or(0))
                    on_pick=Callback::new(move |i: usize| {
                        let basis = BASES.get(i).copied().unwrap_or(Basis::Flat);
                        if let Some(edit) = changed(&|o| o.basis = basis) {
                            let _ = state.dispatch(edit);
                        }
                    })
                />
            </td>
            {amount(t.column_setup, "setup", Field::OfferSetup, |o| Some(o.setup), |o, m| o.setup = m.unwrap_or(Money::ZERO), false)}
            {amount(t.column_yearly, "yearly", Field::OfferYearly, |o| Some(o.yearly), |o, m| o.yearly = m.unwrap_or(Money::ZERO), false)}
            {amount(t.column_yearly_high, "yearly_high", Field::OfferYearlyHigh, |o| o.yearly_high, |o, m| o.yearly_high = m, true)}
            <td class="number" data-label=t.column_value_48 data-testid=format!("offer-{id}-value")>
                {move || summary().map(|(value, verdict)| view! { {value}<span class="sub">{verdict}</span> })}
            </td>
            <td>
                <button type="button" class="link" data-testid=format!("offer-{id}-remove")
                    aria-label=move || format!("{} {}", t.remove, name())
                    on:click=move |_| send(state, P::RemoveOffer { id })>{t.remove}</button>
            </td>
        </tr>
    }
}
