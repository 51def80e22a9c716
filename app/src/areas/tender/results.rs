//! The results: total, participating population, price per citizen, the largest member's share and
//! every member's bill, all as the engine reports them. While a field they depend on is refused, the
//! last figures that could be computed stay on screen, marked as not current.

use crate::format::{count, kroner, percent};
use crate::state::AppState;
use crate::view::headline::{Answer, Figure, Headline};
use crate::view::AreaNotice;
use ddh_engine::report::TenderReport;
use leptos::prelude::*;

/// The tender's answer: the price per citizen, with the total, the citizens it is shared by and the
/// largest member's share; in the key bar, with the number of members.
pub fn headline(state: AppState) -> Option<Headline> {
    let t = state.texts;
    let tender = state.areas.tender();
    let stale = tender.error.with(Option::is_some);
    tender.figures.with(|figures| {
        figures.as_ref().map(|f| {
            let largest = &f.largest_member;
            Headline {
                main: Figure::new(
                    t.price_per_citizen,
                    kroner(f.price_per_citizen),
                    "price-per-citizen",
                ),
                qualifiers: vec![
                    Figure::new(t.total, kroner(f.total.kroner()), "total"),
                    Figure::new(
                        t.participating_population,
                        count(f.population),
                        "population",
                    ),
                    Figure::new(
                        t.largest_share,
                        format!("{} ({})", percent(largest.share_percent), largest.name),
                        "largest-share",
                    ),
                ],
                bar: (t.summary)(
                    &kroner(f.price_per_citizen),
                    f.member_count,
                    &count(f.population),
                    &kroner(f.total.kroner()),
                ),
                stale,
            }
        })
    })
}

#[component]
pub fn Results(state: AppState) -> impl IntoView {
    let t = state.texts;
    let tender = state.areas.tender();
    let stale = move || tender.error.with(Option::is_some);
    view! {
        <section class="panel results" id="resultat" aria-labelledby="results-heading">
            <h2 id="results-heading">{t.results_heading}</h2>
            {move || {
                let fields = state.unreadable.get();
                (!fields.is_empty()).then(|| {
                    let names: Vec<String> = fields.into_iter().map(|(_, label)| label).collect();
                    view! {
                        <p class="notice" role="alert" data-testid="unreadable-fields">
                            {t.unreadable_fields}" "{names.join(", ")}"."
                        </p>
                    }
                })
            }}
            <AreaNotice state=state error=tender.error has_figures=Signal::derive(move || tender.figures.with(Option::is_some)) testid="report-error" />
            <div class="area-figures" class:stale=stale data-testid="tender-figures">
                <Answer state=state headline=headline />
                // Outside the reactive part, so that a user who closes the table keeps it closed.
                <details class="bills" open>
                    <summary>{t.bills_heading}" ("{move || tender.figures.with(|t| t.as_ref().map_or(0, |t| t.member_count))}")"</summary>
                    {move || tender.figures.get().map(|tender| bills_table(state, tender))}
                    <p class="note">{t.rounding_heading}": "{t.engine.tender.rounding}</p>
                </details>
            </div>
        </section>
    }
}

fn bills_table(state: AppState, tender: TenderReport) -> impl IntoView {
    let t = state.texts;
    view! {
        // Focusable, so that a keyboard user can scroll the table when it is taller than its box.
        <div class="table-scroll" tabindex="0" role="region" aria-label=t.bills_heading>
            <table data-testid="bills-table" class="stack-narrow">
                <thead>
                    <tr>
                        <th scope="col">{t.column_name}</th>
                        <th scope="col" class="number">{t.column_population}</th>
                        <th scope="col" class="number">{t.column_share}</th>
                        <th scope="col" class="number">{t.column_bill}</th>
                    </tr>
                </thead>
                <tbody>
                    {tender.bills.into_iter().map(|bill| view! {
                        <tr>
                            <th scope="row">
                                {bill.name}
                                {bill.population_overridden.then(|| view! { <span class="overridden">{t.overridden_mark}</span> })}
                            </th>
                            <td class="number" data-label=t.column_population>{count(bill.population)}</td>
                            <td class="number" data-label=t.column_share>{percent(bill.share_percent)}</td>
                            <td class="number" data-label=t.column_bill>{kroner(bill.bill.kroner())}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{t.bills_sum}</th>
                        <td class="number" data-label=t.column_population>{count(tender.population)}</td>
                        <td class="empty"></td>
                        <td class="number" data-label=t.column_bill data-testid="bills-sum">{kroner(tender.bills_total.kroner())}</td>
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}
