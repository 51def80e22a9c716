//! The procurement area (Indkøb): the purchase, its contract value step by step, the threshold in
//! force, the route with its reasons, the price cap, and the vendor offers by member count.

pub(crate) mod chart;
mod labels;
mod offers;
mod purchase;
mod rules;
pub(crate) mod texts;

use crate::areas::procurement::chart::value_chart;
use crate::chart::Layout;
use crate::format::{kroner, number};
use crate::state::{area, computed, AppState, Areas};
use crate::texts::Texts;
use crate::view::blocks::{render, Block};
use crate::view::headline::{Answer, Figure, Headline};
use crate::view::{measured_width, AreaNotice};
use ddh_engine::document::sections::{self, Sections};
use ddh_engine::money::Money;
use ddh_engine::procurement::edit::ProcurementEdit;
use ddh_engine::procurement::section::Procurement;
use ddh_engine::report::ProcurementReport;
use ddh_engine::Edit;
use ddh_engine::Scenario;
use leptos::prelude::*;

/// Reads the procurement section.
fn read<R>(state: AppState, pick: impl FnOnce(&Procurement) -> R) -> R {
    state.scenario.with(|s| pick(&s.procurement))
}

/// Dispatches a procurement edit; the engine refuses only edits of lines and offers that are gone,
/// which leaves nothing to tell the user.
fn send(state: AppState, edit: ProcurementEdit) {
    let _ = state.dispatch(Edit::Procurement(edit));
}

/// The procurement's answer: the contract value, how far it is from the EU threshold, and the route
/// it implies.
fn headline(state: AppState) -> Option<Headline> {
    let t = crate::areas::procurement::texts::current();
    let area = state.areas.procurement();
    let stale = area.error.with(Option::is_some);
    area.figures.with(|report| {
        report.as_ref().map(|r| {
            let value = Figure::new(
                t.value_heading,
                kroner(r.value.total.kroner()),
                "headline-value",
            );
            let distance = Figure::new(
                if r.threshold.at_or_above {
                    t.excess_label
                } else {
                    t.headroom_label
                },
                kroner(r.threshold.headroom.kroner().abs()),
                "headline-headroom",
            );
            let route = Figure::new(t.route_heading, (t.route)(r.route.route), "headline-route");
            let bar = format!("{} {} · {}", value.label, value.value, route.value);
            Headline {
                main: value,
                qualifiers: vec![distance, route],
                bar,
                stale,
            }
        })
    })
}

#[component]
pub fn ProcurementArea(state: AppState) -> impl IntoView {
    let t = crate::areas::procurement::texts::current();
    let area = state.areas.procurement();
    let has_figures = Signal::derive(move || area.figures.with(Option::is_some));
    view! {
        <section class="area" aria-labelledby="procurement-heading">
            <h2 id="procurement-heading">{t.heading}</h2>
            <p class="note">{t.intro}</p>
            <Answer state=state headline=headline />
            <div class="columns">
                <purchase::Purchase state=state />
                <div class="area-figures" class:stale=move || area.error.with(Option::is_some) data-testid="procurement-figures">
                    <AreaNotice state=state error=area.error has_figures=has_figures testid="procurement-error" />
                    {move || area.figures.with(|report| report.as_ref().map(|r| render(figures(state, r))))}
                    <ValueChart state=state />
                </div>
            </div>
            <rules::Rules state=state />
            <offers::Offers state=state />
        </section>
    }
}

/// Value, threshold, route and cap, from the last figures that could be computed, as blocks.
fn figures(state: AppState, report: &ProcurementReport) -> Vec<Block> {
    let t = crate::areas::procurement::texts::current();
    let money = |m: Money| kroner(m.kroner());
    let threshold = &report.threshold;
    let cap = &report.cap;
    let steps = report
        .value
        .steps
        .iter()
        .map(|step| {
            vec![
                (t.step)(step.kind).to_owned(),
                money(step.amount),
                (state.texts.engine.procurement.cited)(step.paragraph).to_owned(),
            ]
        })
        .collect();
    let period = (t.threshold_row)(
        &money(threshold.threshold),
        &number(threshold.euro.into()),
        &crate::format::date(&threshold.from.to_string()),
        &crate::format::date(&threshold.to.to_string()),
    );
    vec![
        Block::Heading(t.value_heading.to_owned()),
        Block::Table {
            label: t.value_heading.to_owned(),
            head: vec![
                t.column_step.to_owned(),
                state.texts.column_amount.to_owned(),
                t.column_paragraph.to_owned(),
            ],
            rows: steps,
            testid: "value-steps",
        },
        Block::Note((t.term_rule)(
            report.value.rule,
            report.value.months_counted,
        )),
        Block::Heading(t.threshold_heading.to_owned()),
        Block::Figures(vec![
            (
                t.threshold_label.to_owned(),
                money(threshold.threshold),
                "threshold",
            ),
            (
                if threshold.at_or_above {
                    t.excess_label
                } else {
                    t.headroom_label
                }
                .to_owned(),
                kroner(threshold.headroom.kroner().abs()),
                "headroom",
            ),
        ]),
        Block::Note(format!(
            "{} {period}. {}",
            (t.share_of_threshold)(&number(threshold.percent_of_threshold)),
            (state.texts.engine.procurement.cited)(&threshold.source)
        )),
        Block::Heading(t.route_heading.to_owned()),
        Block::Text {
            text: (t.route_explained)(report.route.route).to_owned(),
            strong: (t.route)(report.route.route).to_owned(),
            testid: "route",
        },
        Block::List {
            items: report
                .route
                .reasons
                .iter()
                .map(|reason| (t.reason)(reason, money))
                .collect(),
            testid: "route-reasons",
        },
        Block::Heading(t.cap_heading.to_owned()),
        Block::Figures(vec![
            (
                t.ceiling_label.to_owned(),
                money(cap.ceiling),
                "cap-ceiling",
            ),
            (
                format!("{} ({})", t.cap_label, (t.cap_component)(cap.component)),
                cap.cap.map(money).unwrap_or_else(|| t.no_cap.to_owned()),
                "cap",
            ),
            (
                t.value_at_cap_label.to_owned(),
                cap.value_at_cap
                    .map(money)
                    .unwrap_or_else(|| "–".to_owned()),
                "value-at-cap",
            ),
            (
                t.consequence_label.to_owned(),
                (t.consequence)(cap.consequence).to_owned(),
                "cap-consequence",
            ),
        ]),
    ]
}

/// The contract value month by month against the threshold, outside the figures' redraw so that its
/// box is measured once.
#[component]
fn ValueChart(state: AppState) -> impl IntoView {
    let t = crate::areas::procurement::texts::current();
    let chart_box = NodeRef::<leptos::html::Div>::new();
    let width = measured_width(state, chart_box);
    view! {
        <figure class="chart">
            <div class="chart-box" node_ref=chart_box>
                {move || {
                    let width = width.get()?;
                    state.areas.procurement().figures.with(|report| {
                        report.as_ref().map(|r| match value_chart(&r.value, r.threshold.threshold, Layout::for_width(width)) {
                            Ok(svg) => view! { <div role="img" aria-label=t.value_chart_label inner_html=svg data-testid="value-chart"></div> }.into_any(),
                            Err(_) => view! { <p class="notice">{state.texts.chart_failed}</p> }.into_any(),
                        })
                    })
                }}
            </div>
            <figcaption>{t.value_chart_label}</figcaption>
        </figure>
    }
}

/// Starts the procurement area (Indkøb) in the page: its module's `main`.
pub fn start() {
    crate::mount::<Module>();
}

/// The procurement area's module (`ddh-indkob`).
pub struct Module;

impl super::Area for Module {
    const ID: super::AreaId = super::AreaId::Procurement;
    const SECTIONS: Sections = Sections {
        procurement: Some(sections::PROCUREMENT),
        ..Sections::NONE
    };

    fn headline(state: AppState) -> Option<Headline> {
        headline(state)
    }

    fn body(state: AppState) -> impl IntoView + 'static {
        view! { <ProcurementArea state=state /> }
    }

    /// The procurement's figures, the vendor offers, and the tender budget (its supplier items are
    /// named where they can be counted in the value).
    fn evaluate(scenario: RwSignal<Scenario>) -> Areas {
        let report = computed(scenario, |e| (e.procurement(), e.offers(), e.budget()));
        Areas {
            budget: Some(area(report, |r| &r.2)),
            tender: None,
            leaving: None,
            procurement: Some(area(report, |r| &r.0)),
            offers: Some(area(report, |r| &r.1)),
            hours: None,
            keys: None,
            years: None,
        }
    }

    fn labels(path: &str, scenario: &Scenario, texts: &'static Texts) -> Option<String> {
        labels::label(path, scenario, texts)
    }
}
