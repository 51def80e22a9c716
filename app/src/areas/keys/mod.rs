//! The allocation keys area (Fordeling): what is shared, the members' calls and bids, each key's
//! parameters; every member under every key side by side, one key in detail, charts, and the steering
//! group's seats. Every figure comes from the engine's report; the view only formats and sorts.

pub(crate) mod chart;
mod inputs;
mod labels;
mod member_table;
mod members;
mod settled;
mod tables;
pub(crate) mod texts;

use crate::areas::keys::chart::{member_bars, member_names, Bars};
use crate::chart::Layout;
use crate::format::kroner;
use crate::state::{area, computed, AppState, Areas};
use crate::texts::Texts;
use crate::view::blocks::render;
use crate::view::choice::Choice;
use crate::view::headline::{Answer, Figure, Headline};
use crate::view::{measured_width, AreaNotice};
use ddh_engine::document::sections::{self, Sections};
use ddh_engine::keys::edit::KeysEdit;
use ddh_engine::keys::report::{KeyId, KeysReport};
use ddh_engine::keys::section::Keys;
use ddh_engine::money::Money;
use ddh_engine::Scenario;
use ddh_engine::{Edit, Error};
use leptos::prelude::*;

/// Reads the keys section.
fn read<R>(state: AppState, pick: impl FnOnce(&Keys) -> R) -> R {
    state.scenario.with(|s| pick(&s.keys))
}

/// Dispatches a keys edit. The engine refuses only calls or bids of a municipality that is not a
/// member, which the fields here cannot produce; an import says so itself.
fn send(state: AppState, edit: KeysEdit) -> Result<(), Error> {
    state.dispatch(Edit::Keys(edit))
}

/// The column of the key the scenario weighs against today's: the key that orders the side-by-side
/// table, leads it, and shows in the headline, in detail and in the change chart.
fn chosen_column(state: AppState) -> usize {
    let key = read(state, |keys| keys.chosen_key);
    KeyId::ALL
        .iter()
        .position(|&k| k == key)
        .unwrap_or_default()
}

/// The keys' answer: under the key weighed against today's, the member whose cost rises most and the
/// one whose cost falls most, named.
fn headline(state: AppState) -> Option<Headline> {
    let area = state.areas.keys();
    let stale = area.error.with(Option::is_some);
    let column = chosen_column(state);
    area.figures
        .with(|report| report.as_ref().map(|r| headline_of(r, column, stale)))
}

/// The answer for the key at `column` of `report` (also the keys' slide in Present).
pub(crate) fn headline_of(report: &KeysReport, column: usize, stale: bool) -> Headline {
    let t = crate::areas::keys::texts::current();
    let key = t.keys.get(column).copied().unwrap_or_default();
    // The engine's order: the largest saving first, the largest rise last.
    let order = report
        .by_change
        .get(column)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let change = |index: Option<&usize>| {
        let member = report.members.get(*index?)?;
        Some((member.name.as_str(), member.keys.get(column)?.cost_change))
    };
    // A rise is shown with its sign; when nobody's cost moves that way, the headline says so.
    let named = |change: Option<(&str, Money)>, rises: bool, nobody: &str| match change {
        Some((name, amount)) if rises && amount > Money::ZERO => {
            (t.member_change)(name, &format!("+{}", kroner(amount.kroner())))
        }
        Some((name, amount)) if !rises && amount < Money::ZERO => {
            (t.member_change)(name, &kroner(amount.kroner()))
        }
        _ => nobody.to_owned(),
    };
    let rise = Figure::new(
        (t.rise)(key),
        named(change(order.last()), true, t.nobody_more),
        "headline-rise",
    );
    let fall = Figure::new(
        t.fall,
        named(change(order.first()), false, t.nobody_less),
        "headline-fall",
    );
    let bar = (t.bar)(key, &rise.value, &fall.value);
    Headline {
        main: rise,
        qualifiers: vec![fall],
        bar,
        stale,
    }
}

/// The members with the largest changes under the key at `column`: up to `each` of the largest rises
/// and of the largest savings, rises first (largest at the top), as positions in the report's list.
pub(crate) fn largest_changes(report: &KeysReport, column: usize, each: usize) -> Vec<usize> {
    let order = report
        .by_change
        .get(column)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let moved = |&&i: &&usize, rises: bool| {
        report
            .members
            .get(i)
            .and_then(|m| m.keys.get(column))
            .is_some_and(|p| {
                if rises {
                    p.cost_change > Money::ZERO
                } else {
                    p.cost_change < Money::ZERO
                }
            })
    };
    let rises = order.iter().rev().filter(|i| moved(i, true)).take(each);
    let savings: Vec<usize> = order
        .iter()
        .filter(|i| moved(i, false))
        .take(each)
        .copied()
        .collect();
    // Savings from the smallest to the largest, so that the chart runs from the largest rise at the
    // top to the largest saving at the foot.
    rises.copied().chain(savings.into_iter().rev()).collect()
}

#[component]
pub fn KeysArea(state: AppState) -> impl IntoView {
    let t = crate::areas::keys::texts::current();
    let area = state.areas.keys();
    let has_figures = Signal::derive(move || area.figures.with(Option::is_some));
    let settled = settled::Settled::new(area.figures);
    let chosen = Signal::derive(move || chosen_column(state));
    let choose = Callback::new(move |position: usize| {
        if let Some(&key) = KeyId::ALL.get(position) {
            let _ = send(state, KeysEdit::ChooseKey(key));
        }
    });
    let (detail_open, charts_open) = (RwSignal::new(false), RwSignal::new(false));
    // The side-by-side table's order (a view's choice, not the scenario's): a position in `t.orders`.
    let order = RwSignal::new(0usize);
    view! {
        <section class="area" aria-labelledby="keys-heading">
            <h2 id="keys-heading">{t.heading}</h2>
            <p class="note">{t.intro}</p>
            <Answer state=state headline=headline />
            <div class="chosen-key">
                <Choice label=t.chosen_label.to_owned() options=t.keys.to_vec() selected=chosen
                    on_pick=choose testid="keys-chosen" />
            </div>
            <div class="columns">
                <inputs::Basis state=state />
                <inputs::Params state=state />
            </div>
            <members::Calls state=state settled=settled />
            <div class="area-figures" class:stale=move || area.error.with(Option::is_some) data-testid="keys-figures"
                aria-busy=move || settled.waiting.get().then_some("true")>
                <AreaNotice state=state error=area.error has_figures=has_figures testid="keys-error" />
                <h3>{t.side_heading}</h3>
                <div class="chosen-key">
                    <Choice label=t.order_label.to_owned() options=t.orders.to_vec() selected=order
                        on_pick=Callback::new(move |position| order.set(position)) testid="keys-order" />
                </div>
                {move || {
                    let (key, order) = (chosen.get(), tables::Order::at(order.get()));
                    settled.figures.with(|report| report.as_ref().map(|r| render(tables::side_by_side(r, key, order))))
                }}
                // Drawn only while open: with 98 members each is a table or chart of hundreds of
                // elements, and an edit redraws what is open.
                <details data-testid="keys-detail-details" on:toggle=move |event| detail_open.set(event_target::<web_sys::HtmlDetailsElement>(&event).open())>
                    <summary>{t.detail_heading}</summary>
                    {move || detail_open.get().then(|| {
                        let key = chosen.get();
                        settled.figures.with(|report| report.as_ref().map(|r| render(tables::detail(r, key))))
                    })}
                </details>
                <details data-testid="keys-chart-details" on:toggle=move |event| charts_open.set(event_target::<web_sys::HtmlDetailsElement>(&event).open())>
                    <summary>{t.chart_heading}</summary>
                    {move || charts_open.get().then(|| view! { <Charts state=state figures=settled.figures chosen=chosen /> })}
                </details>
                <h3>{t.seats_heading}</h3>
                <inputs::SeatSettings state=state />
                {move || settled.figures.with(|report| report.as_ref().map(|r| render(tables::seats(r))))}
            </div>
        </section>
    }
}

/// Each member's cost under every key, and its change under the chosen key against today's.
#[component]
fn Charts(
    state: AppState,
    figures: Memo<Option<KeysReport>>,
    chosen: Signal<usize>,
) -> impl IntoView {
    let t = crate::areas::keys::texts::current();
    let chart_box = NodeRef::<leptos::html::Div>::new();
    let width = measured_width(state, chart_box);
    let all = Memo::new(move |_| figures.with(|r| r.as_ref().map(Bars::costs)));
    let change = Memo::new(move |_| {
        let key = chosen.get();
        figures.with(|r| {
            r.as_ref()
                .map(|r| Bars::change(r, key, &(0..r.members.len()).collect::<Vec<_>>()))
        })
    });
    // A chart is two layers: the members' names under the bars. The names are drawn again only when
    // the members change, and the page is written only when a drawing changes, so an edit rewrites
    // the bars alone. An empty drawing: no width measured yet; `None`: the drawing failed.
    let figure = move |bars: Memo<Option<Bars>>,
                       alt: Signal<String>,
                       caption: Signal<String>,
                       testid: &'static str| {
        let drawn = move |draw: &dyn Fn(&Bars, u32) -> Option<String>| {
            let Some(width) = width.get() else {
                return Some(String::new());
            };
            bars.with_untracked(|b| b.as_ref().map_or(Some(String::new()), |b| draw(b, width)))
        };
        // The members' names, one per line, with the number of keys: what the lower layer shows.
        let names = Memo::new(move |_| {
            bars.with(|b| {
                b.as_ref()
                    .map(|b| format!("{}\n{}", b.series.len(), b.members.join("\n")))
            })
        });
        let under = Memo::new(move |_| {
            names.track();
            drawn(&|b, width| member_names(b, Layout::for_width(width)).ok())
        });
        let over = Memo::new(move |_| {
            bars.track();
            drawn(&|b, width| member_bars(b, Layout::for_width(width)).ok())
        });
        view! {
            <figure class="chart">
                <div class="chart-layers" role="img" aria-label=move || alt.get() data-testid=testid>
                    <div inner_html=move || under.get().unwrap_or_default()></div>
                    <div class="chart-layer" inner_html=move || over.get().unwrap_or_default()></div>
                </div>
                {move || (under.with(Option::is_none) || over.with(Option::is_none))
                    .then(|| view! { <p class="notice">{state.texts.chart_failed}</p> })}
                <figcaption>{move || caption.get()}</figcaption>
            </figure>
        }
    };
    let change_alt = Signal::derive(move || {
        (t.change_alt)(t.keys.get(chosen.get()).copied().unwrap_or_default())
    });
    let change_caption = Signal::derive(move || {
        (t.change_caption)(t.keys.get(chosen.get()).copied().unwrap_or_default())
    });
    view! {
        <div class="chart-box" node_ref=chart_box>
            {figure(all, Signal::derive(move || t.bars_alt.to_owned()), Signal::derive(move || t.bars_caption.to_owned()), "keys-chart")}
            {figure(change, change_alt, change_caption, "keys-change-chart")}
        </div>
    }
}

/// A field's edit for a whole number from −`max` to `max` (bids: negative hours are offered back).
fn signed_whole(
    state: AppState,
    max: i64,
    edit: impl Fn(i64) -> KeysEdit + Send + Sync + 'static,
) -> crate::view::fields::ToEdit {
    let t = state.texts;
    Callback::new(move |number: rust_decimal::Decimal| {
        let whole = number
            .fract()
            .is_zero()
            .then(|| i64::try_from(number).ok())
            .flatten()
            .filter(|n| n.abs() <= max);
        whole.map(|n| Edit::Keys(edit(n))).ok_or_else(|| {
            let bound = crate::format::count(max.unsigned_abs());
            (t.whole_between)(&format!("-{bound}"), &bound)
        })
    })
}

/// Starts the allocation keys area (Fordeling) in the page: its module's `main`.
pub fn start() {
    crate::mount::<Module>();
}

/// The allocation keys area's module (`ddh-fordeling`).
pub struct Module;

impl super::Area for Module {
    const ID: super::AreaId = super::AreaId::Keys;
    // The keys share the hours of the hours area's schedules.
    const SECTIONS: Sections = Sections {
        // The keys' hours come from the hours' schedule, which this module shows but does not edit.
        hours: Some(sections::HOURS.read_only()),
        keys: Some(sections::KEYS),
        ..Sections::NONE
    };

    fn headline(state: AppState) -> Option<Headline> {
        headline(state)
    }

    fn body(state: AppState) -> impl IntoView + 'static {
        view! { <KeysArea state=state /> }
    }

    /// The keys' figures.
    fn evaluate(scenario: RwSignal<Scenario>) -> Areas {
        let report = computed(scenario, |e| e.keys());
        Areas {
            budget: None,
            tender: None,
            leaving: None,
            procurement: None,
            offers: None,
            hours: None,
            keys: Some(area(report, |r| r)),
            years: None,
        }
    }

    fn labels(path: &str, scenario: &Scenario, texts: &'static Texts) -> Option<String> {
        labels::label(path, scenario, texts)
    }
}

#[cfg(test)]
mod tests {
    // Positions the test takes from the report's own list.
    #![allow(clippy::indexing_slicing)]

    use super::*;
    use ddh_engine::{evaluate, Scenario};

    #[test]
    fn the_largest_changes_are_the_largest_rises_then_the_largest_savings(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let mut scenario = Scenario::default();
        scenario.members.codes = ddh_engine::presets::PresetId::All.codes(scenario.members.quarter);
        let report = evaluate(&scenario).keys?;
        for column in 0..report.keys.len() {
            let change = |i: &usize| report.members[*i].keys[column].cost_change;
            let picked = largest_changes(&report, column, 5);
            // Counted again from the members: the five largest rises, largest first; then the five
            // largest savings, the largest last.
            let mut rises: Vec<usize> = (0..report.members.len())
                .filter(|i| change(i) > Money::ZERO)
                .collect();
            let mut savings: Vec<usize> = (0..report.members.len())
                .filter(|i| change(i) < Money::ZERO)
                .collect();
            ddh_engine::order::sort_by(&mut rises, |a, b| change(b).cmp(&change(a)));
            ddh_engine::order::sort_by(&mut savings, |a, b| change(a).cmp(&change(b)));
            rises.truncate(5);
            savings.truncate(5);
            savings.reverse();
            let expected: Vec<Money> = rises.iter().chain(&savings).map(change).collect();
            assert_eq!(
                picked.iter().map(change).collect::<Vec<_>>(),
                expected,
                "key {column}"
            );
        }
        Ok(())
    }
}
