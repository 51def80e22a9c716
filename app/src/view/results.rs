//! The results: total, participating population, price per citizen, the largest member's share and
//! every member's bill, all as the engine reports them.

use crate::field_names::field_label;
use crate::format::{count, kroner, percent};
use crate::state::AppState;
use crate::texts::DA;
use ddh_engine::report::TenderReport;
use leptos::prelude::*;

#[component]
pub fn Results(state: AppState) -> impl IntoView {
    let tender = Memo::new(move |_| {
        state
            .report
            .with(|r| r.as_ref().ok().map(|r| r.tender.clone()))
    });
    let rounding = move || {
        state
            .report
            .with(|r| r.as_ref().map(|r| r.rounding.clone()).unwrap_or_default())
    };
    let refusal = move || {
        state.report.with(|report| {
            report.as_ref().err().map(|error| {
                let field = state.scenario.with(|s| field_label(&error.field, s));
                format!("{} {field}: {}", DA.cannot_compute, error.problem)
            })
        })
    };
    view! {
        <section class="panel results" id="resultat" aria-labelledby="results-heading">
            <h2 id="results-heading">{DA.results_heading}</h2>
            {move || {
                let fields = state.unreadable.get();
                (!fields.is_empty()).then(|| view! {
                    <p class="notice" role="alert" data-testid="unreadable-fields">
                        {DA.unreadable_fields}" "{fields.join(", ")}"."
                    </p>
                })
            }}
            {move || refusal().map(|text| view! { <p class="notice" role="alert" data-testid="report-error">{text}</p> })}
            {move || tender.get().map(|tender| figures(&tender))}
            // Outside the reactive part, so that a user who closes the table keeps it closed.
            <details class="bills" open>
                <summary>{DA.bills_heading}" ("{move || tender.with(|t| t.as_ref().map_or(0, |t| t.member_count))}")"</summary>
                {move || tender.get().map(bills_table)}
                {move || {
                    let text = rounding();
                    (!text.is_empty()).then(|| view! { <p class="note">{DA.rounding_heading}": "{text}</p> })
                }}
            </details>
        </section>
    }
}

fn figures(tender: &TenderReport) -> impl IntoView {
    let largest = &tender.largest_member;
    view! {
        <div class="figures">
            <Figure label=DA.total value=kroner(tender.total.kroner()) testid="total" />
            <Figure label=DA.participating_population value=count(tender.population) testid="population" />
            <Figure label=DA.price_per_citizen value=kroner(tender.price_per_citizen) testid="price-per-citizen" emphasis=true />
            <Figure
                label=DA.largest_share
                value=format!("{} ({})", percent(largest.share_percent), largest.name)
                testid="largest-share"
            />
        </div>
    }
}

fn bills_table(tender: TenderReport) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table data-testid="bills-table">
                <thead>
                    <tr>
                        <th scope="col">{DA.column_name}</th>
                        <th scope="col" class="number">{DA.column_population}</th>
                        <th scope="col" class="number">{DA.column_share}</th>
                        <th scope="col" class="number">{DA.column_bill}</th>
                    </tr>
                </thead>
                <tbody>
                    {tender.bills.into_iter().map(|bill| view! {
                        <tr>
                            <th scope="row">
                                {bill.name}
                                {bill.population_overridden.then(|| view! { <span class="overridden">{DA.overridden_mark}</span> })}
                            </th>
                            <td class="number">{count(bill.population)}</td>
                            <td class="number">{percent(bill.share_percent)}</td>
                            <td class="number">{kroner(bill.bill.kroner())}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{DA.bills_sum}</th>
                        <td class="number">{count(tender.population)}</td>
                        <td></td>
                        <td class="number" data-testid="bills-sum">{kroner(tender.bills_total.kroner())}</td>
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}

#[component]
fn Figure(
    label: &'static str,
    value: String,
    testid: &'static str,
    #[prop(optional)] emphasis: bool,
) -> impl IntoView {
    view! {
        <div class="figure" class:emphasis=emphasis>
            <span class="figure-label">{label}</span>
            <span class="figure-value" data-testid=testid>{value}</span>
        </div>
    }
}
