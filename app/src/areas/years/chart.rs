//! The budget years' charts: the price per citizen year by year, and the largest members' bills year
//! by year. Drawn in pixels on the axes every line chart shares (`chart::axes`).

use super::{report, texts};
use crate::chart::axes::{Axes, Axis};
use crate::chart::{axis_kroner, DrawingFailed, Layout, PALETTE};
use crate::format::chart_price;
use crate::state::AppState;
use crate::view::measured_width;
use ddh_engine::years::report::YearsReport;
use leptos::prelude::*;
use plotters::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

const PRICE: RGBColor = RGBColor(0x1f, 0x4e, 0x79);
/// The members whose bills are drawn: the largest over the span.
const DRAWN: usize = 5;

fn float(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

fn year_label(value: f64) -> String {
    format!("{}", value.round() as i64)
}

/// The years on the x-axis, a little apart from the edges.
fn years_axis(report: &YearsReport, title: &'static str) -> Axis<'static> {
    let first = f64::from(report.first_year);
    let last = f64::from(report.last_year).max(first + 1.0);
    Axis {
        title,
        values: first - 0.3..last + 0.3,
        ticks: usize::try_from(report.last_year - report.first_year)
            .unwrap_or(1)
            .clamp(1, 10),
        label: year_label,
    }
}

/// The price per citizen of each year that could be computed, a line with a dot a year.
pub fn price_chart(report: &YearsReport, layout: Layout) -> Result<String, DrawingFailed> {
    let y = texts::current();
    let points: Vec<(f64, f64)> = report
        .years
        .iter()
        .filter_map(|row| {
            row.figures
                .as_ref()
                .ok()
                .map(|f| (f64::from(row.year), float(f.price_per_citizen)))
        })
        .collect();
    let top = points.iter().map(|&(_, p)| p).fold(0.0, f64::max).max(0.01) * 1.15;
    let mut svg = String::new();
    {
        let root =
            SVGBackend::with_string(&mut svg, (layout.width, layout.height)).into_drawing_area();
        let axes = Axes::draw(
            &root,
            &layout,
            0,
            years_axis(report, y.column_year),
            Axis {
                title: y.column_price,
                values: 0.0..top,
                ticks: 6,
                label: chart_price,
            },
        )?;
        root.draw(&PathElement::new(
            axes.points(&points),
            PRICE.stroke_width(3),
        ))?;
        for &point in &points {
            root.draw(&Circle::new(axes.at(point), 5, PRICE.filled()))?;
        }
        root.present()?;
    }
    Ok(svg)
}

/// A drawn bills chart and its legend (name, CSS colour).
pub struct BillsDrawing {
    pub svg: String,
    pub legend: Vec<(String, String)>,
}

/// The bills of the members with the largest totals over the span, a line each, year by year.
pub fn bills_chart(report: &YearsReport, layout: Layout) -> Result<BillsDrawing, DrawingFailed> {
    let y = texts::current();
    let drawn: Vec<(u16, String)> = report
        .totals
        .as_ref()
        .map(|t| {
            t.bills
                .iter()
                .take(DRAWN)
                .map(|b| (b.code, b.name.clone()))
                .collect()
        })
        .unwrap_or_default();
    let lines: Vec<Vec<(f64, f64)>> = drawn
        .iter()
        .map(|(code, _)| {
            report
                .years
                .iter()
                .filter_map(|row| {
                    let figures = row.figures.as_ref().ok()?;
                    let bill = figures.bills.iter().find(|b| b.code == *code)?;
                    Some((f64::from(row.year), float(bill.bill.kroner())))
                })
                .collect()
        })
        .collect();
    let top = lines
        .iter()
        .flatten()
        .map(|&(_, v)| v)
        .fold(0.0, f64::max)
        .max(1.0)
        * 1.1;
    let mut svg = String::new();
    {
        let root =
            SVGBackend::with_string(&mut svg, (layout.width, layout.height)).into_drawing_area();
        let axes = Axes::draw(
            &root,
            &layout,
            24,
            years_axis(report, y.column_year),
            Axis {
                title: y.bills_heading,
                values: 0.0..top,
                ticks: 6,
                label: axis_kroner,
            },
        )?;
        for (line, colour) in lines.iter().zip(PALETTE.iter().cycle()) {
            root.draw(&PathElement::new(axes.points(line), colour.stroke_width(3)))?;
            for &point in line {
                root.draw(&Circle::new(axes.at(point), 4, colour.filled()))?;
            }
        }
        root.present()?;
    }
    let legend = drawn
        .into_iter()
        .zip(PALETTE.iter().cycle())
        .map(|((_, name), c)| (name, format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)))
        .collect();
    Ok(BillsDrawing { svg, legend })
}

#[component]
pub fn PriceChart(state: AppState) -> impl IntoView {
    let y = texts::current();
    let chart_box = NodeRef::<leptos::html::Div>::new();
    let width = measured_width(state, chart_box);
    view! {
        <figure class="chart">
            <div class="chart-box" node_ref=chart_box>
                {move || {
                    let width = width.get()?;
                    // No chart before a year can be computed: an empty one says nothing.
                    report(state, |r| r.years.iter().any(|row| row.figures.is_ok()))?.then_some(())?;
                    report(state, |r| match price_chart(r, Layout::for_width(width)) {
                        Ok(svg) => view! { <div role="img" aria-label=y.price_chart inner_html=svg data-testid="price-chart"></div> }.into_any(),
                        Err(_) => view! { <p class="notice">{state.texts.chart_failed}</p> }.into_any(),
                    })
                }}
            </div>
            <figcaption>{y.price_chart}</figcaption>
        </figure>
    }
}

#[component]
pub fn BillsChart(state: AppState) -> impl IntoView {
    let y = texts::current();
    let chart_box = NodeRef::<leptos::html::Div>::new();
    let width = measured_width(state, chart_box);
    view! {
        <figure class="chart">
            <div class="chart-box" node_ref=chart_box>
                {move || {
                    let width = width.get()?;
                    report(state, |r| match bills_chart(r, Layout::for_width(width)) {
                        Ok(drawing) => view! {
                            <div role="img" aria-label=y.bills_chart inner_html=drawing.svg data-testid="bills-chart"></div>
                            <ul class="legend">
                                {drawing.legend.into_iter().map(|(name, colour)| view! {
                                    <li><span class="swatch" style=format!("border-color:{colour}")></span>{name}</li>
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(_) => view! { <p class="notice">{state.texts.chart_failed}</p> }.into_any(),
                    })
                }}
            </div>
            <figcaption>{y.bills_chart}</figcaption>
        </figure>
    }
}
