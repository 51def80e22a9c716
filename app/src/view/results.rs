//! The results: total, participating population, price per citizen, the largest member's share and
//! every member's bill, all as the engine reports them.

use crate::format::{count, kroner, percent};
use crate::state::AppState;
use crate::texts::DA;
use ddh_engine::report::Report;
use leptos::prelude::*;

#[component]
pub fn Results(state: AppState) -> impl IntoView {
    view! {
        <section class="panel results" aria-labelledby="results-heading" aria-live="polite">
            <h2 id="results-heading">{DA.results_heading}</h2>
            {move || state.report.with(|report| match report {
                Ok(report) => summary(report).into_any(),
                Err(error) => view! {
                    <p class="notice" role="alert" data-testid="report-error">
                        {DA.cannot_compute}" "{error.to_string()}
                    </p>
                }.into_any(),
            })}
        </section>
    }
}

fn summary(report: &Report) -> impl IntoView {
    let tender = &report.tender;
    let largest = &tender.largest_member;
    let bills = tender.bills.clone();
    let bills_total = tender.bills_total;
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
        <details class="bills" open>
            <summary>{DA.bills_heading}" ("{tender.member_count}")"</summary>
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
                        {bills.into_iter().map(|bill| view! {
                            <tr>
                                <th scope="row">{bill.name}{bill.population_overridden.then_some(" *")}</th>
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
                            <td class="number">"100 %"</td>
                            <td class="number" data-testid="bills-sum">{kroner(bills_total.kroner())}</td>
                        </tr>
                    </tfoot>
                </table>
            </div>
            <p class="note">{DA.rounding_heading}": "{report.rounding.clone()}</p>
        </details>
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
