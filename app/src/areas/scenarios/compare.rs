//! Scenarios side by side: the headline figures of every area and each member's bill, with each
//! scenario's difference from the first in kr. (or the figure's unit) and in per cent. The engine
//! computes the comparison; this formats it.

use super::library::Library;
use crate::format::{count, duration, kroner, percent};
use ddh_engine::compare::{compare, Comparison, Difference, Figure};
use ddh_engine::Scenario;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The comparison of the scenarios ticked in the list, once two or three are.
#[component]
pub fn CompareTicked(library: Library) -> impl IntoView {
    let t = crate::areas::scenarios::texts::current();
    let scenarios = Memo::new(move |_| {
        let ids = library.compared.get();
        let scenarios: Vec<Scenario> = ids.iter().filter_map(|&id| library.scenario(id)).collect();
        (scenarios.len() >= 2).then_some(scenarios)
    });
    view! {
        <section class="panel" aria-labelledby="compare-heading" data-testid="compare">
            <h3 id="compare-heading">{t.compare_heading}</h3>
            {move || match scenarios.get() {
                None => view! { <p class="hint">{t.compare_hint}</p> }.into_any(),
                Some(scenarios) => view! { <ComparisonTables scenarios=scenarios /> }.into_any(),
            }}
        </section>
    }
}

/// The two tables of a comparison of `scenarios`, the first being the one compared against.
#[component]
pub fn ComparisonTables(scenarios: Vec<Scenario>) -> impl IntoView {
    let t = crate::areas::scenarios::texts::current();
    let routes = crate::areas::procurement::texts::current().route;
    let refs: Vec<&Scenario> = scenarios.iter().collect();
    let Comparison { headlines, members } = compare(&refs);
    let names: Vec<String> = scenarios.iter().map(|s| s.name.clone()).collect();
    let heading_row = |first: &'static str| {
        let mut cells = vec![view! { <th scope="col">{first}</th> }.into_any()];
        for (index, name) in names.iter().enumerate() {
            cells.push(view! { <th scope="col" class="number">{name.clone()}</th> }.into_any());
            if index > 0 {
                cells.push(
                    view! { <th scope="col" class="number">{(t.difference_of)(name)}</th> }
                        .into_any(),
                );
            }
        }
        view! { <tr>{cells}</tr> }
    };
    let figure = move |value: Option<Figure>| match value {
        None => "–".to_owned(),
        Some(Figure::Kroner(kr)) => kroner(kr),
        Some(Figure::Count(n)) => count(n),
        Some(Figure::Minutes(minutes)) => duration(i64::try_from(minutes).unwrap_or(i64::MAX)),
        Some(Figure::Route(route)) => routes(route).to_owned(),
    };
    let headline_rows = headlines
        .into_iter()
        .map(|row| {
            let unit = row.values.first().copied().flatten();
            let mut cells =
                vec![view! { <th scope="row">{(t.headline)(row.figure)}</th> }.into_any()];
            for (index, (value, difference)) in row.values.iter().zip(&row.differences).enumerate()
            {
                cells.push(view! { <td class="number">{figure(*value)}</td> }.into_any());
                if index > 0 {
                    let text = difference
                        .map(|d| changed(d, unit))
                        .unwrap_or_else(|| "–".to_owned());
                    cells.push(view! { <td class="number difference">{text}</td> }.into_any());
                }
            }
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    let member_rows = members
        .into_iter()
        .map(|row| {
            let mut cells = vec![view! { <th scope="row">{row.name}</th> }.into_any()];
            for (index, (bill, difference)) in row.bills.iter().zip(&row.differences).enumerate() {
                let bill = bill.map_or_else(|| t.not_member.to_owned(), |b| kroner(b.kroner()));
                cells.push(view! { <td class="number">{bill}</td> }.into_any());
                if index > 0 {
                    let text = difference
                        .map(|d| changed(d, Some(Figure::Kroner(Decimal::ZERO))))
                        .unwrap_or_else(|| "–".to_owned());
                    cells.push(view! { <td class="number difference">{text}</td> }.into_any());
                }
            }
            view! { <tr data-testid=format!("compare-member-{}", row.code)>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t.compare_figure>
            <table class="compare-table" data-testid="compare-headlines">
                <thead>{heading_row(t.compare_figure)}</thead>
                <tbody>{headline_rows}</tbody>
            </table>
        </div>
        <h4>{t.compare_members_heading}</h4>
        <div class="table-scroll" tabindex="0" role="region" aria-label=t.compare_members_heading>
            <table class="compare-table" data-testid="compare-members">
                <thead>{heading_row(t.compare_member)}</thead>
                <tbody>{member_rows}</tbody>
            </table>
        </div>
    }
}

/// A difference in the unit of `like`, signed, with its percentage: `+155.000,00 kr. (+10,0 %)`.
fn changed(difference: Difference, like: Option<Figure>) -> String {
    let amount = match like {
        Some(Figure::Minutes(_)) => {
            // Minutes are whole: the difference of two counts.
            duration(rust_decimal::prelude::ToPrimitive::to_i64(&difference.by).unwrap_or(0))
        }
        Some(Figure::Count(_)) => crate::format::number(difference.by),
        _ => kroner(difference.by),
    };
    let mut text = signed(amount, difference.by);
    if let Some(p) = difference.percent {
        text.push_str(" (");
        text.push_str(&signed(percent(p), p));
        text.push(')');
    }
    text
}

/// A plus before a positive figure; a negative one has its minus already.
fn signed(text: String, value: Decimal) -> String {
    if value > Decimal::ZERO {
        format!("+{text}")
    } else {
        text
    }
}
