//! The years' figures as tables: year by year (a year that cannot be computed says why in its row),
//! the costs regulated year by year, and each member's bill year by year.

use super::{report, texts};
use crate::format::{count, kroner, number};
use crate::state::AppState;
use crate::view::blocks::{render, Block};
use ddh_engine::years::report::{LineSource, YearFigures, YearsReport};
use leptos::prelude::*;

/// Year by year: the cost, the members, the citizens, the quarter used and the price per citizen.
#[component]
pub fn YearTable(state: AppState) -> impl IntoView {
    move || report(state, |r| render(vec![year_table(state, r)]))
}

fn year_table(state: AppState, report: &YearsReport) -> Block {
    let y = texts::current();
    let rows = report
        .years
        .iter()
        .map(|row| match &row.figures {
            Ok(f) => vec![
                row.year.to_string(),
                kroner(f.total.kroner()),
                count(f.member_count as u64),
                number(f.citizens),
                if f.quarter.stood_in {
                    (y.stood_in)(&f.quarter.used.to_string(), &f.quarter.rule.to_string())
                } else {
                    f.quarter.used.to_string()
                },
                kroner(f.price_per_citizen),
            ],
            Err(error) => vec![row.year.to_string(), state.described(error)],
        })
        .collect();
    Block::Table {
        label: y.years_heading.to_owned(),
        head: vec![
            y.column_year.to_owned(),
            y.column_total.to_owned(),
            y.column_members.to_owned(),
            y.column_citizens.to_owned(),
            y.column_quarter.to_owned(),
            y.column_price.to_owned(),
        ],
        rows,
        testid: "years-table",
    }
}

/// The years whose figures could be computed.
fn computed(report: &YearsReport) -> Vec<(i32, &YearFigures)> {
    report
        .years
        .iter()
        .filter_map(|row| row.figures.as_ref().ok().map(|f| (row.year, f)))
        .collect()
}

/// A cost line's name on screen.
fn line_name(source: LineSource, name: &str, staffing_schedule: &str) -> String {
    let y = texts::current();
    match source {
        LineSource::Listed { .. } => name.to_owned(),
        LineSource::Staffing => (y.staffing_line)(staffing_schedule),
        LineSource::Purchase { .. } => (y.purchase_line)(name),
        LineSource::Tender => y.tender_line.to_owned(),
    }
}

/// Each cost, regulated, in each year it is paid (its factor in brackets where it is not 1).
#[component]
pub fn Lines(state: AppState) -> impl IntoView {
    let y = texts::current();
    let schedule = move || {
        let [today, proposed] = y.schedules;
        match state.scenario.with(|s| s.years.staffing.schedule) {
            ddh_engine::years::section::Schedule::Today => today,
            ddh_engine::years::section::Schedule::Proposed => proposed,
        }
    };
    move || {
        report(state, |r| {
            let years = computed(r);
            let mut names: Vec<(LineSource, String)> = Vec::new();
            for (_, f) in &years {
                for line in &f.lines {
                    if !names.iter().any(|(source, _)| *source == line.source) {
                        names.push((line.source, line.name.clone()));
                    }
                }
            }
            let rows = names
                .iter()
                .map(|(source, name)| {
                    let mut row = vec![line_name(*source, name, schedule())];
                    row.extend(years.iter().map(|(_, f)| {
                        f.lines
                            .iter()
                            .find(|l| l.source == *source)
                            .map(|l| {
                                format!(
                                    "{} (× {})",
                                    kroner(l.amount.kroner()),
                                    number(l.factor.normalize())
                                )
                            })
                            .unwrap_or_default()
                    }));
                    row
                })
                .collect();
            let mut head = vec![y.column_cost.to_owned()];
            head.extend(years.iter().map(|(year, _)| year.to_string()));
            render(vec![
                Block::Heading(y.lines_heading.to_owned()),
                Block::Table {
                    label: y.lines_heading.to_owned(),
                    head,
                    rows,
                    testid: "years-lines",
                },
            ])
        })
    }
}

/// Each member's bill in each year, and over the span (half years marked).
#[component]
pub fn Bills(state: AppState) -> impl IntoView {
    let y = texts::current();
    move || {
        report(state, |r| {
            let years = computed(r);
            let Ok(totals) = &r.totals else {
                return render(Vec::new());
            };
            let periods = r.periods_per_year;
            let mut rows: Vec<Vec<String>> = totals
                .bills
                .iter()
                .map(|member| {
                    let mut row = vec![member.name.clone()];
                    row.extend(years.iter().map(|(_, f)| {
                        f.bills
                            .iter()
                            .find(|b| b.code == member.code)
                            .map(|b| {
                                let bill = kroner(b.bill.kroner());
                                if b.periods < periods && periods == 2 {
                                    format!("{bill} ({})", y.half_year)
                                } else {
                                    bill
                                }
                            })
                            .unwrap_or_default()
                    }));
                    row.push(kroner(member.total.kroner()));
                    row
                })
                .collect();
            let mut total = vec![y.total.to_owned()];
            total.extend(years.iter().map(|(_, f)| kroner(f.total.kroner())));
            total.push(kroner(totals.total.kroner()));
            rows.push(total);
            let mut head = vec![y.column_municipality.to_owned()];
            head.extend(years.iter().map(|(year, _)| year.to_string()));
            head.push(y.column_span.to_owned());
            render(vec![
                Block::Heading(y.bills_heading.to_owned()),
                Block::Table {
                    label: y.bills_heading.to_owned(),
                    head,
                    rows,
                    testid: "years-bills",
                },
            ])
        })
    }
}
