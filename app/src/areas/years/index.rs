//! The January values of the net price index the span needs: the published ones, the user's, and the
//! ones missing, each typed in its row; a later base's chaining factor.

use super::{read, report, send, texts};
use crate::field_names::FieldId;
use crate::format::number;
use crate::state::AppState;
use crate::view::choice::Choice;
use crate::view::fields::{NumberField, Reading};
use ddh_engine::years::edit::YearsEdit as Y;
use ddh_engine::years::index::{IndexSource, BASE_2015};
use ddh_engine::years::Field;
use ddh_engine::Edit;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The bases a value can be typed on: 2015=100, and the rebasing Danmarks Statistik has announced.
const BASES: [u16; 2] = [BASE_2015, 2025];

#[component]
pub fn Index(state: AppState) -> impl IntoView {
    let y = texts::current();
    let years = move || {
        report(state, |r| {
            r.januaries.iter().map(|j| j.year).collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    // A later base in use needs its factor: a field for each, the factor's own or empty.
    let later_bases = move || {
        read(state, |s| {
            let mut bases: Vec<u16> = s
                .index
                .values
                .iter()
                .map(|v| v.base)
                .filter(|&b| b != BASE_2015)
                .collect();
            bases.dedup();
            bases
        })
    };
    view! {
        <section class="panel" aria-labelledby="index-heading">
            <h3 id="index-heading">{y.index_heading}</h3>
            <p class="note">{y.index_intro}</p>
            <div class="table-scroll">
            <table class="stack-narrow" data-testid="januaries">
                <thead><tr>
                    <th scope="col">{y.column_january}</th>
                    <th scope="col" class="number">{y.column_value}</th>
                    <th scope="col">{y.column_base}</th>
                    <th scope="col">{y.column_source}</th>
                </tr></thead>
                <tbody>
                    <For each=years key=|year| *year children=move |year| view! { <JanuaryRow state=state year=year /> } />
                </tbody>
            </table>
            </div>
            <For each=later_bases key=|base| *base children=move |base| view! {
                <NumberField
                    state=state
                    key=format!("chain-{base}")
                    label=(y.chain_label)(base)
                    field=Signal::derive(move || FieldId::of(read(state, |s| {
                        Field::ChainFactor(s.index.chains.iter().position(|c| c.base == base).unwrap_or(0))
                    })))
                    value=Signal::derive(move || read(state, |s| s.index.chains.iter().find(|c| c.base == base).map(|c| c.factor)))
                    shown=number
                    reading=Reading::Price
                    optional=true
                    to_edit=Callback::new(move |factor| Ok(Edit::Years(Y::SetChain { base, factor: Some(factor) })))
                    restore=Callback::new(move |factor| Some(Edit::Years(Y::SetChain { base, factor })))
                    testid=format!("chain-{base}")
                />
            } />
        </section>
    }
}

#[component]
fn JanuaryRow(state: AppState, year: i32) -> impl IntoView {
    let y = texts::current();
    let point = move || {
        report(state, |r| {
            r.januaries
                .iter()
                .find(|j| j.year == year)
                .and_then(|j| j.point)
        })
        .flatten()
    };
    let typed = move || {
        read(state, |s| {
            s.index.values.iter().position(|v| v.year == year)
        })
    };
    let base = move || point().map_or(BASE_2015, |p| p.base);
    let field = Signal::derive(move || {
        FieldId::of(match typed() {
            Some(i) => Field::IndexValue(i),
            None => Field::January(year),
        })
    });
    let source = move || match point().map(|p| p.source) {
        Some(IndexSource::Published) => y.published,
        Some(IndexSource::Typed) => y.typed,
        None => y.missing,
    };
    view! {
        <tr data-testid=format!("january-{year}")>
            <th scope="row">{year}</th>
            <td class="number" data-label=y.column_value>
                <NumberField
                    state=state
                    key=format!("january-{year}")
                    label=(y.january_of)(year)
                    hide_label=true
                    field=field
                    value=Signal::derive(move || point().map(|p| p.value))
                    shown=number
                    reading=Reading::Price
                    optional=true
                    to_edit=Callback::new(move |value: Decimal| {
                        Ok(Edit::Years(Y::SetIndexValue { year, value: Some(value), base: base() }))
                    })
                    restore=Callback::new(move |value| Some(Edit::Years(Y::SetIndexValue { year, value, base: base() })))
                    testid=format!("january-{year}-value")
                />
            </td>
            <td data-label=y.column_base>
                <Choice
                    label=(y.base_of)(year)
                    hide_label=true
                    options=BASES.iter().map(|&b| if b == BASE_2015 { "2015=100" } else { "2025=100" }).collect()
                    selected=Signal::derive(move || BASES.iter().position(|&b| b == base()).unwrap_or(0))
                    on_pick=Callback::new(move |i: usize| {
                        let value = point().map(|p| p.value);
                        if let (Some(&base), Some(value)) = (BASES.get(i), value) {
                            send(state, Y::SetIndexValue { year, value: Some(value), base });
                        }
                    })
                    testid=format!("january-{year}-base")
                />
            </td>
            <td data-label=y.column_source data-testid=format!("january-{year}-source")>{source}</td>
        </tr>
    }
}
