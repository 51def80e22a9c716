//! The opening-hours area (Åbningstid): two weekly schedules, the year, the staffing and its price,
//! the calls and the service target; before and after side by side, each member's hours, the
//! jumpseat estimate, the week as a heat map and every interval's figures.

pub(crate) mod chart;
mod inputs;
pub(crate) mod labels;
pub(crate) mod texts;
mod week;

use crate::areas::hours::chart::{before_after_chart, heat_chart, BeforeAfter};
use crate::chart::Layout;
use crate::format::{count, duration, kroner, number, share};
use crate::state::{area, computed, AppState, Areas};
use crate::view::blocks::{render, Block};
use crate::view::choice::Choice;
use crate::view::headline::{Answer, Figure, Headline};
use crate::view::{measured_width, AreaNotice};
use ddh_engine::document::sections::{self, Sections};
use ddh_engine::hours::edit::{HoursEdit, Schedule};
use ddh_engine::hours::section::Hours;
use ddh_engine::money::Money;
use ddh_engine::report::HoursReport;
use ddh_engine::Edit;
use ddh_engine::Scenario;
use leptos::prelude::*;

/// Reads the hours section.
fn read<R>(state: AppState, pick: impl FnOnce(&Hours) -> R) -> R {
    state.scenario.with(|s| pick(&s.hours))
}

/// Dispatches an hours edit; the engine refuses only edits of intervals that are gone or a day past
/// its limit, which leaves nothing to tell the user.
fn send(state: AppState, edit: HoursEdit) {
    let _ = state.dispatch(Edit::Hours(edit));
}

/// The hours' answer: what the proposed schedule's staffing costs a year against today's, with the
/// open hours a week and the service level before and after.
fn headline(state: AppState) -> Option<Headline> {
    let t = crate::areas::hours::texts::current();
    let area = state.areas.hours();
    let stale = area.error.with(Option::is_some);
    let service_level = state.scenario.with(|s| {
        let target = &s.hours.service;
        (t.service_level_label)(
            &number(target.target_percent),
            &count(target.target_seconds.into()),
        )
    });
    area.figures.with(|report| {
        report.as_ref().map(|r| {
            let (today, proposed) = (&r.today, &r.proposed);
            let before_after = |a: String, b: String| format!("{a} → {b}");
            let cost = Figure::new(
                t.cost_change,
                kroner(r.change.staffed_cost.kroner()),
                "headline-cost-change",
            );
            let hours = Figure::new(
                t.open_hours_week,
                before_after(
                    duration(today.weekly_minutes.into()),
                    duration(proposed.weekly_minutes.into()),
                ),
                "headline-weekly-hours",
            );
            let service = Figure::new(
                service_level,
                before_after(
                    share(today.staffed.service_level),
                    share(proposed.staffed.service_level),
                ),
                "headline-service-level",
            );
            let bar = [&cost, &hours]
                .map(|f| format!("{} {}", f.label, f.value))
                .join(" · ");
            Headline {
                main: cost,
                qualifiers: vec![hours, service],
                bar,
                stale,
            }
        })
    })
}

#[component]
pub fn HoursArea(state: AppState) -> impl IntoView {
    let t = crate::areas::hours::texts::current();
    let area = state.areas.hours();
    let has_figures = Signal::derive(move || area.figures.with(Option::is_some));
    view! {
        <section class="area" aria-labelledby="hours-heading">
            <h2 id="hours-heading">{t.fields.heading}</h2>
            <p class="note">{t.intro}</p>
            <Answer state=state headline=headline />
            <section class="panel" aria-labelledby="weeks-heading">
                <h3 id="weeks-heading">{t.fields.weeks_heading}</h3>
                <div class="columns">
                    <week::WeekEditor state=state schedule=Schedule::Today />
                    <week::WeekEditor state=state schedule=Schedule::Proposed />
                </div>
                <button type="button" data-testid="copy-today"
                    on:click=move |_| send(state, HoursEdit::CopySchedule { to: Schedule::Proposed })>{t.copy_today}</button>
            </section>
            <div class="columns">
                <inputs::Year state=state />
                <inputs::StaffingInputs state=state />
            </div>
            <inputs::CallsInputs state=state />
            <div class="area-figures" class:stale=move || area.error.with(Option::is_some) data-testid="hours-figures">
                <AreaNotice state=state error=area.error has_figures=has_figures testid="hours-error" />
                {move || area.figures.with(|report| report.as_ref().map(|r| render(figures(state, r))))}
                <Members state=state />
                <Charts state=state />
                <Intervals state=state />
            </div>
        </section>
    }
}

/// Before and after, the year's closed days, the members' shares and the jumpseat estimate, as blocks.
fn figures(state: AppState, r: &HoursReport) -> Vec<Block> {
    let t = crate::areas::hours::texts::current();
    let money = |m: Money| kroner(m.kroner());
    let hours = |minutes: u64| duration(i64::try_from(minutes).unwrap_or(i64::MAX));
    let (a, b) = (&r.today, &r.proposed);
    // Untracked: the figures shown may be the last good ones, computed with the target before.
    let sl_name = state.scenario.with_untracked(|s| {
        let h = &s.hours;
        (t.service_level)(
            &number(h.service.target_percent),
            &count(h.service.target_seconds.into()),
        )
    });
    let change_week = match r.change.weekly_percent {
        Some(percent) => format!(
            "{} ({})",
            duration(r.change.weekly_minutes),
            crate::format::percent(percent)
        ),
        None => duration(r.change.weekly_minutes),
    };
    let row = |name: String, today: String, proposed: String, change: String| {
        vec![name, today, proposed, change]
    };
    let plan_rows = |title: &str,
                     pick: fn(
        &ddh_engine::hours::report::ScheduleReport,
    ) -> ddh_engine::hours::report::Plan,
                     cost_change: Money| {
        let (x, y) = (pick(a), pick(b));
        vec![
            row(
                format!("{title}: {}", t.agent_hours),
                hours(x.agent_minutes),
                hours(y.agent_minutes),
                String::new(),
            ),
            row(
                format!("{title}: {}", t.cost),
                money(x.cost),
                money(y.cost),
                money(cost_change),
            ),
            row(
                format!("{title}: {sl_name}"),
                share(x.service_level),
                share(y.service_level),
                String::new(),
            ),
            row(
                format!("{title}: {}", t.asa),
                format!("{}{}", number(x.asa_seconds), crate::format::SECONDS),
                format!("{}{}", number(y.asa_seconds), crate::format::SECONDS),
                String::new(),
            ),
            row(
                format!("{title}: {}", t.answer_rate),
                share(x.answer_rate),
                share(y.answer_rate),
                String::new(),
            ),
            row(
                format!("{title}: {}", t.overloaded),
                share(x.overloaded_share),
                share(y.overloaded_share),
                String::new(),
            ),
        ]
    };
    let mut rows = vec![
        row(
            t.open_hours_week.to_owned(),
            duration(a.weekly_minutes.into()),
            duration(b.weekly_minutes.into()),
            change_week.clone(),
        ),
        row(
            t.open_hours_year.to_owned(),
            hours(a.yearly_minutes),
            hours(b.yearly_minutes),
            duration(r.change.yearly_minutes),
        ),
        row(
            t.calls_open.to_owned(),
            count(a.calls.in_open_hours),
            count(b.calls.in_open_hours),
            String::new(),
        ),
        row(
            t.calls_moved.to_owned(),
            count(a.calls.moved),
            count(b.calls.moved),
            String::new(),
        ),
        row(
            t.calls_lost.to_owned(),
            count(a.calls.lost),
            count(b.calls.lost),
            String::new(),
        ),
    ];
    rows.extend(plan_rows(
        t.staffed_plan,
        |s| s.staffed,
        r.change.staffed_cost,
    ));
    rows.extend(plan_rows(t.needed_plan, |s| s.needed, r.change.needed_cost));
    let mut blocks = vec![
        Block::Heading(t.results_heading.to_owned()),
        Block::Figures(vec![
            (
                format!("{}, {}", t.open_hours_week, t.change_lower),
                change_week,
                "weekly-change",
            ),
            (
                format!("{}, {}", t.cost, t.fields.today_lower),
                money(a.staffed.cost),
                "staffed-cost-today",
            ),
            (
                format!("{}, {}", t.cost, t.fields.proposed_lower),
                money(b.staffed.cost),
                "staffed-cost-proposed",
            ),
            (
                format!("{sl_name}, {}", t.fields.today_lower),
                share(a.staffed.service_level),
                "service-level-today",
            ),
            (
                format!("{sl_name}, {}", t.fields.proposed_lower),
                share(b.staffed.service_level),
                "service-level-proposed",
            ),
            (
                format!("{}, {}", t.answer_rate, t.fields.proposed_lower),
                share(b.staffed.answer_rate),
                "answer-rate-proposed",
            ),
        ]),
        Block::Table {
            label: t.results_heading.to_owned(),
            head: vec![
                t.column_figure.to_owned(),
                t.today.to_owned(),
                t.proposed.to_owned(),
                t.change.to_owned(),
            ],
            rows,
            testid: "hours-comparison",
        },
        Block::Note(t.method_note.to_owned()),
    ];
    if a.staffed.overloaded_share > rust_decimal::Decimal::ZERO
        || b.staffed.overloaded_share > rust_decimal::Decimal::ZERO
    {
        blocks.push(Block::Note(t.overloaded_note.to_owned()));
    }
    blocks.push(Block::Heading(format!("{} {}", t.closed_days, r.year)));
    blocks.push(Block::Table {
        label: t.closed_days.to_owned(),
        head: vec![
            t.column_date.to_owned(),
            t.column_holiday.to_owned(),
            t.column_weekday.to_owned(),
            t.today.to_owned(),
            t.proposed.to_owned(),
        ],
        rows: r
            .closed_days
            .iter()
            .map(|d| {
                vec![
                    crate::format::date(&d.date.to_string()),
                    d.holidays
                        .iter()
                        .map(|&holiday| (t.holiday)(holiday))
                        .collect::<Vec<_>>()
                        .join(", "),
                    t.fields
                        .weekdays
                        .get(d.weekday)
                        .copied()
                        .unwrap_or_default()
                        .to_owned(),
                    duration(d.today_minutes.into()),
                    duration(d.proposed_minutes.into()),
                ]
            })
            .collect(),
        testid: "closed-days",
    });
    let pilot = &r.pilot;
    blocks.push(Block::Heading(t.jumpseat_heading.to_owned()));
    blocks.push(Block::Figures(vec![
        (
            format!("{}, {}", t.jumpseat_week, t.fields.today_lower),
            duration(a.jumpseat.weekly_minutes.into()),
            "jumpseat-week-today",
        ),
        (
            format!("{}, {}", t.jumpseat_week, t.fields.proposed_lower),
            duration(b.jumpseat.weekly_minutes.into()),
            "jumpseat-week-proposed",
        ),
        (
            format!("{}, {}", t.jumpseat_year, t.fields.today_lower),
            hours(a.jumpseat.yearly_minutes),
            "jumpseat-year-today",
        ),
        (
            format!("{}, {}", t.jumpseat_year, t.fields.proposed_lower),
            hours(b.jumpseat.yearly_minutes),
            "jumpseat-year-proposed",
        ),
    ]));
    blocks.push(Block::Note((t.pilot)(
        &duration(pilot.minutes.into()),
        &crate::format::date(&pilot.from.to_string()),
        &crate::format::date(&pilot.to.to_string()),
        &duration(pilot.weekly_minutes.into()),
    )));
    blocks.push(Block::Note(t.jumpseat_note.to_owned()));
    blocks
}

/// The week as a heat map (either schedule), and the four figures before and after. Each is drawn
/// again only when what it shows changes: an edit of the proposal leaves today's heat map as it is.
#[component]
fn Charts(state: AppState) -> impl IntoView {
    let t = crate::areas::hours::texts::current();
    let chart_box = NodeRef::<leptos::html::Div>::new();
    let width = measured_width(state, chart_box);
    let shown = RwSignal::new(0usize);
    let failed = move || view! { <p class="notice">{state.texts.chart_failed}</p> }.into_any();
    let heat = Memo::new(move |_| {
        let proposed = shown.get() == 1;
        state.areas.hours().figures.with(|report| {
            report.as_ref().map(|r| {
                let (name, schedule) = if proposed {
                    (t.proposed, &r.proposed)
                } else {
                    (t.today, &r.today)
                };
                (
                    name,
                    schedule.grid.clone(),
                    open_hours(r),
                    busiest(schedule),
                )
            })
        })
    });
    let bars = Memo::new(move |_| {
        state
            .areas
            .hours()
            .figures
            .with(|r| r.as_ref().map(BeforeAfter::of))
    });
    view! {
        <h3>{t.chart_heading}</h3>
        <Choice label=t.chart_heading.to_owned() hide_label=true options=vec![t.today, t.proposed]
            selected=shown on_pick=Callback::new(move |position| shown.set(position)) testid="heat-schedule" />
        <div class="chart-box" node_ref=chart_box>
            {move || {
                let width = width.get()?;
                heat.with(|heat| heat.as_ref().map(|(name, grid, hours, busiest)| {
                    match heat_chart(grid, hours.clone(), width) {
                        Ok(svg) => view! {
                            <figure class="chart">
                                <div role="img" aria-label=(t.heat_alt)(name, busiest) inner_html=svg data-testid="heat-chart"></div>
                                <figcaption>{(t.heat_of)(name)}</figcaption>
                            </figure>
                        }.into_any(),
                        Err(_) => failed(),
                    }
                }))
            }}
            {move || {
                let width = width.get()?;
                bars.with(|bars| bars.as_ref().map(|bars| match before_after_chart(bars, Layout::for_width(width)) {
                    Ok(svg) => view! {
                        <figure class="chart">
                            <div role="img" aria-label=t.before_after_alt inner_html=svg data-testid="before-after-chart"></div>
                            <figcaption>{t.before_after}</figcaption>
                        </figure>
                    }.into_any(),
                    Err(_) => failed(),
                }))
            }}
        </div>
    }
}

/// The clock hours open in either schedule: the heat map's columns.
fn open_hours(r: &HoursReport) -> std::ops::Range<usize> {
    let open = |hour: usize| {
        [&r.today.grid, &r.proposed.grid].iter().any(|grid| {
            grid.iter()
                .any(|row| row.get(hour).copied().flatten().is_some())
        })
    };
    let first = (0..24).find(|&h| open(h)).unwrap_or(8);
    let last = (0..24).rev().find(|&h| open(h)).unwrap_or(first);
    first..last + 1
}

/// The hour that needs the most positions, for the heat map's text alternative: "Mandag kl. 10 (8)", "Monday 10:00 (8)".
fn busiest(schedule: &ddh_engine::hours::report::ScheduleReport) -> String {
    let t = crate::areas::hours::texts::current();
    let best = schedule
        .grid
        .iter()
        .enumerate()
        .flat_map(|(day, row)| {
            row.iter()
                .enumerate()
                .filter_map(move |(hour, cell)| cell.map(|n| (n, day, hour)))
        })
        .max_by_key(|&(n, day, hour)| (n, std::cmp::Reverse((day, hour))));
    best.map(|(n, day, hour)| {
        format!(
            "{} {} ({n})",
            t.fields.weekdays.get(day).copied().unwrap_or_default(),
            crate::format::clock_hour(hour)
        )
    })
    .unwrap_or_default()
}

/// Each member's hours and kroner under both schedules; open at first, and not drawn while closed.
#[component]
fn Members(state: AppState) -> impl IntoView {
    let t = crate::areas::hours::texts::current();
    let open = RwSignal::new(true);
    let table = move || {
        state.areas.hours().figures.with(|report| {
            report.as_ref().map(|r| {
                let money = |m: Money| kroner(m.kroner());
                let hours = |minutes: u64| duration(i64::try_from(minutes).unwrap_or(i64::MAX));
                let (a, b) = (&r.today, &r.proposed);
                let mut blocks = Vec::new();
                match (&a.members, &b.members) {
                    (Ok(today), Ok(proposed)) => {
                        blocks.push(Block::Table {
                            label: t.members_heading.to_owned(),
                            head: vec![
                                t.column_member.to_owned(),
                                (t.hours_of)(t.today),
                                (t.kroner_of)(t.today),
                                (t.hours_of)(t.proposed),
                                (t.kroner_of)(t.proposed),
                            ],
                            rows: today
                                .iter()
                                .zip(proposed)
                                .map(|(x, y)| {
                                    vec![
                                        x.name.clone(),
                                        hours(x.agent_minutes),
                                        money(x.cost),
                                        hours(y.agent_minutes),
                                        money(y.cost),
                                    ]
                                })
                                .collect(),
                            testid: "member-hours",
                        });
                        blocks.push(Block::Note(t.members_note.to_owned()));
                    }
                    (Err(error), _) | (_, Err(error)) => {
                        blocks.push(Block::Note(state.refusal(error)))
                    }
                }
                render(blocks)
            })
        })
    };
    view! {
        <details open data-testid="members-details" on:toggle=move |event| open.set(event_target::<web_sys::HtmlDetailsElement>(&event).open())>
            <summary>{t.members_heading}</summary>
            {move || open.get().then(table)}
        </details>
    }
}

/// Every interval of a schedule, drawn when opened.
#[component]
fn Intervals(state: AppState) -> impl IntoView {
    let t = crate::areas::hours::texts::current();
    let open = RwSignal::new(false);
    let shown = RwSignal::new(0usize);
    let table = move || {
        state.areas.hours().figures.with(|report| {
            report.as_ref().map(|r| {
                let schedule = if shown.get() == 0 {
                    &r.today
                } else {
                    &r.proposed
                };
                let cell = |d: rust_decimal::Decimal| number(d);
                let rows = schedule
                    .intervals
                    .iter()
                    .map(|i| {
                        vec![
                            format!(
                                "{} {}–{}",
                                t.fields
                                    .weekdays
                                    .get(i.weekday)
                                    .copied()
                                    .unwrap_or_default(),
                                i.start,
                                i.end
                            ),
                            cell(i.calls_per_hour),
                            cell(i.erlangs),
                            i.staffed.to_string(),
                            i.on_phone.to_string(),
                            i.needed_on_phone.to_string(),
                            i.needed_positions.to_string(),
                            i.service_level
                                .map_or_else(|| t.queue_grows.to_owned(), share),
                            i.asa_seconds.map_or_else(|| t.queue_grows.to_owned(), cell),
                            share(i.occupancy),
                            share(i.answer_rate),
                            i.releasable.to_string(),
                        ]
                    })
                    .collect();
                render(vec![Block::Table {
                    label: t.intervals_heading.to_owned(),
                    head: [
                        t.column_interval,
                        t.column_calls,
                        t.column_erlang,
                        t.column_staffed,
                        t.column_on_phone,
                        t.column_needed,
                        t.column_positions,
                        t.column_sl,
                        t.column_asa,
                        t.column_occupancy,
                        t.column_answer,
                        t.column_releasable,
                    ]
                    .map(str::to_owned)
                    .to_vec(),
                    rows,
                    testid: "intervals",
                }])
            })
        })
    };
    view! {
        <details data-testid="intervals-details" on:toggle=move |event| open.set(event_target::<web_sys::HtmlDetailsElement>(&event).open())>
            <summary>{t.intervals_heading}</summary>
            <Choice label=t.intervals_heading.to_owned() hide_label=true options=vec![t.today, t.proposed]
                selected=shown on_pick=Callback::new(move |position| shown.set(position)) testid="intervals-schedule" />
            {move || open.get().then(table)}
        </details>
    }
}

/// Starts the opening-hours area (Åbningstid) in the page: its module's `main`.
pub fn start() {
    crate::mount::<Module>();
}

/// The opening-hours area's module (`ddh-aabningstid`).
pub struct Module;

impl super::Area for Module {
    const ID: super::AreaId = super::AreaId::Hours;
    const SECTIONS: Sections = Sections {
        hours: Some(sections::HOURS),
        ..Sections::NONE
    };

    fn headline(state: AppState) -> Option<Headline> {
        headline(state)
    }

    fn body(state: AppState) -> impl IntoView + 'static {
        view! { <HoursArea state=state /> }
    }

    /// The hours' figures.
    fn evaluate(scenario: RwSignal<Scenario>) -> Areas {
        let report = computed(scenario, |e| e.hours());
        Areas {
            budget: None,
            tender: None,
            leaving: None,
            procurement: None,
            offers: None,
            hours: Some(area(report, |r| r)),
            keys: None,
            years: None,
        }
    }
}
