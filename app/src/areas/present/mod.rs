//! Present (Præsentér): the scenarios full screen for a meeting, one slide per area and scenario,
//! each one headline figure in large type and its chart, with no edit controls. The arrow keys move:
//! left and right between areas (on to the next scenario after the last), up and down between
//! scenarios; Home and End to the first and last slide; Escape ends. Built for a 1280 × 720
//! projector: the slide fills the screen and the chart is scaled to what is left under the figure.
//!
//! A module of its own (`ddh-praesentation`), since it holds every area's figures and charts: loaded
//! when a presentation starts, never as a first visit's download (public/areas.js).

use crate::areas::hours::chart::{before_after_chart, BeforeAfter};
use crate::areas::keys::chart::{member_bars, member_names, Bars};
use crate::areas::keys::{headline_of, largest_changes};
use crate::areas::procurement::chart::value_chart;
use crate::chart::Layout;
use crate::format::{count, duration, kroner};
use crate::state::{AppState, Areas};
use crate::storage::library::Kept;
use ddh_engine::compare::Headline;
use ddh_engine::document::sections::Sections;
use ddh_engine::keys::report::KeyId;
use ddh_engine::keys::report::KeysReport;
use ddh_engine::report::{Area, HoursReport, LeavingReport, ProcurementReport, TenderReport};
use ddh_engine::{Evaluation, Scenario};

/// The figures of the areas the slides show, each computed alone (`Evaluation`), so that the
/// presentation links no area it has no slide for.
#[derive(PartialEq)]
struct Shown {
    tender: Area<TenderReport>,
    leaving: Area<LeavingReport>,
    procurement: Area<ProcurementReport>,
    hours: Area<HoursReport>,
    keys: Area<KeysReport>,
}

impl Shown {
    fn of(scenario: &Scenario) -> Shown {
        let evaluation = Evaluation::new(scenario);
        Shown {
            tender: evaluation.tender(),
            leaving: evaluation.leaving(),
            procurement: evaluation.procurement(),
            hours: evaluation.hours(),
            keys: evaluation.keys(),
        }
    }
}
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

/// The areas a scenario is shown by, in the navigation's order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Slide {
    Tender,
    Procurement,
    Hours,
    Keys,
}

const SLIDES: [Slide; 4] = [Slide::Tender, Slide::Procurement, Slide::Hours, Slide::Keys];
/// How many of the largest rises, and of the largest savings, the keys' slide names.
const KEYS_SHOWN: usize = 5;

/// Where the presentation is: which scenario (of those that can be read, in the list's order) and
/// which area.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct At {
    scenario: usize,
    slide: usize,
}

impl At {
    /// Where a key takes the presentation among `scenarios` scenarios; `None` for a key it ignores.
    fn moved(self, key: &str, scenarios: usize) -> Option<At> {
        let last_scenario = scenarios.saturating_sub(1);
        let last_slide = SLIDES.len() - 1;
        let at = |scenario: usize, slide: usize| At { scenario, slide };
        Some(match key {
            "ArrowRight" | "PageDown" | " " if self.slide < last_slide => {
                at(self.scenario, self.slide + 1)
            }
            "ArrowRight" | "PageDown" | " " if self.scenario < last_scenario => {
                at(self.scenario + 1, 0)
            }
            "ArrowLeft" | "PageUp" if self.slide > 0 => at(self.scenario, self.slide - 1),
            "ArrowLeft" | "PageUp" if self.scenario > 0 => at(self.scenario - 1, last_slide),
            "ArrowDown" => at((self.scenario + 1).min(last_scenario), self.slide),
            "ArrowUp" => at(self.scenario.saturating_sub(1), self.slide),
            "Home" => at(0, 0),
            "End" => at(last_scenario, last_slide),
            "ArrowRight" | "PageDown" | " " | "ArrowLeft" | "PageUp" => self,
            _ => return None,
        })
    }
}

/// The presentation: the module `ddh-praesentation`, shown at `#praesentation` (the scenarios area's
/// Præsentér goes there). It reads the user's scenarios from storage each time it is shown, and starts
/// at the active one's first area.
#[component]
pub fn Presentation(state: AppState) -> impl IntoView {
    let t = crate::areas::scenarios::texts::current();
    let at = RwSignal::new(None::<At>);
    // The readable scenarios in the list's order, read as the presentation is shown.
    let scenarios = StoredValue::new(Vec::<Scenario>::new());
    let screen = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if !state.on_screen.get() {
            // Left by Back or a link rather than Esc: the page leaves full screen too.
            if at.get_untracked().is_some() && document().fullscreen_element().is_some() {
                document().exit_fullscreen();
            }
            at.set(None);
            return;
        }
        let (readable, first) = readable_scenarios(state);
        scenarios.set_value(readable);
        at.set(Some(At {
            scenario: first,
            slide: 0,
        }));
        request_animation_frame(move || {
            if let Some(screen) = screen.get_untracked() {
                let _ = screen.focus();
            }
        });
    });
    let keys = window_event_listener(leptos::ev::keydown, move |event| {
        let Some(now) = at.get_untracked() else {
            return;
        };
        // The browser's own shortcuts (Alt+← is Back) stay the browser's; Space on a button presses it.
        let on_button = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlButtonElement>().ok())
            .is_some();
        if event.alt_key()
            || event.ctrl_key()
            || event.meta_key()
            || (on_button && event.key() == " ")
        {
            return;
        }
        if event.key() == "Escape" {
            stop();
        } else if let Some(next) = now.moved(&event.key(), scenarios.with_value(Vec::len)) {
            at.set(Some(next));
        } else {
            return;
        }
        event.prevent_default();
    });
    // Leaving full screen (the browser's own Escape) ends the presentation too.
    let fullscreen = window_event_listener(
        leptos::ev::Custom::<web_sys::Event>::new("fullscreenchange"),
        move |_| {
            if document().fullscreen_element().is_none() && at.get_untracked().is_some() {
                stop();
            }
        },
    );
    on_cleanup(move || {
        keys.remove();
        fullscreen.remove();
    });
    let report = Memo::new(move |_| {
        let now = at.get()?;
        scenarios.with_value(|all| {
            all.get(now.scenario).map(|s| {
                // The key the scenario weighs against today's, as a column of the keys' report.
                let column = KeyId::ALL
                    .iter()
                    .position(|&k| k == s.keys.chosen_key)
                    .unwrap_or_default();
                (s.name.clone(), column, Shown::of(s))
            })
        })
    });
    let slide = move || {
        let now = at.get()?;
        let count_of = scenarios.with_value(Vec::len);
        let area = SLIDES.get(now.slide).copied()?;
        report.with(|r| {
            r.as_ref().map(|(name, column, report)| {
                view! {
                    <header class="slide-head" aria-live="polite" aria-atomic="true">
                        <p class="slide-scenario" data-testid="slide-scenario">{name.clone()}</p>
                        <p class="slide-position">{(t.present_position)(now.scenario + 1, count_of, now.slide + 1, SLIDES.len())}</p>
                    </header>
                    <h2 class="slide-area" data-testid="slide-area">{area_name(state, area)}</h2>
                    {content(state, area, report, *column)}
                }
            })
        })
    };
    view! {
        <div class="presenting" role="dialog" aria-modal="true" aria-label=t.present_label tabindex="-1"
            node_ref=screen data-testid="presentation" hidden=move || at.with(Option::is_none)>
            {slide}
            <nav class="slide-controls" aria-label=t.present_label>
                <span class="slide-keys">{t.present_keys}</span>
                <button type="button" data-testid="slide-previous" on:click=move |_| move_by(at, "ArrowLeft", scenarios)>{t.previous}</button>
                <button type="button" data-testid="slide-next" on:click=move |_| move_by(at, "ArrowRight", scenarios)>{t.next}</button>
                <button type="button" data-testid="slide-close" on:click=move |_| stop()>{t.end_presenting}</button>
            </nav>
        </div>
    }
}

/// The user's scenarios that can be read, in the list's order (the active one as the app has it), and
/// where the active one is among them.
fn readable_scenarios(state: AppState) -> (Vec<Scenario>, usize) {
    let (shelf, _) = crate::storage::library::load();
    let active = state.scenario.get_untracked();
    let mut first = 0;
    let mut readable = Vec::new();
    for id in &shelf.index.ids {
        if *id == shelf.index.active {
            first = readable.len();
            readable.push(active.clone());
        } else if let Some((_, Kept::Scenario(scenario))) =
            shelf.others.iter().find(|(other, _)| other == id)
        {
            readable.push((**scenario).clone());
        }
    }
    if readable.is_empty() {
        readable.push(active);
    }
    (readable, first)
}

/// Ends the presentation: out of full screen, back to the list of scenarios.
fn stop() {
    if document().fullscreen_element().is_some() {
        document().exit_fullscreen();
    }
    let _ = window().location().set_hash("scenarier");
}

/// Starts presenting from a click (full screen needs the click): the page full screen where the
/// browser allows it, then the presentation's address.
pub fn begin_from_click() {
    if let Some(page) = document().document_element() {
        let _ = page.request_fullscreen();
    }
    let _ = window().location().set_hash("praesentation");
}

fn move_by(at: RwSignal<Option<At>>, key: &str, scenarios: StoredValue<Vec<Scenario>>) {
    let count = scenarios.with_value(Vec::len);
    if let Some(next) = at.get_untracked().and_then(|now| now.moved(key, count)) {
        at.set(Some(next));
    }
}

fn area_name(state: AppState, area: Slide) -> &'static str {
    let t = state.texts;
    match area {
        Slide::Tender => t.area_tender,
        Slide::Procurement => t.area_procurement,
        Slide::Hours => t.area_hours,
        Slide::Keys => t.area_keys,
    }
}

/// A slide's figure, the line under it and its chart; the area's objection where it cannot be computed.
/// `column` is the keys' column of the key the scenario weighs against today's.
fn content(state: AppState, area: Slide, report: &Shown, column: usize) -> AnyView {
    let t = crate::areas::scenarios::texts::current();
    let refused = |error: &ddh_engine::Error| {
        view! { <p class="notice slide-refused" data-testid="slide-refused">{state.described(error)}</p> }.into_any()
    };
    let figure = |label: &str, value: String, line: String, chart: AnyView| {
        view! {
            <p class="slide-figure">
                <span class="slide-label">{label.to_owned()}</span>
                <span class="slide-value" data-testid="slide-value">{value}</span>
            </p>
            <p class="slide-line" data-testid="slide-line">{line}</p>
            <div class="slide-chart">{chart}</div>
        }
        .into_any()
    };
    let svg = |drawn: Result<String, _>, alt: String| match drawn {
        Ok(svg) => view! { <div role="img" aria-label=alt inner_html=svg></div> }.into_any(),
        Err(_) => view! { <p class="notice">{state.texts.chart_failed}</p> }.into_any(),
    };
    match area {
        Slide::Tender => match (&report.tender, &report.leaving) {
            (Ok(tender), Ok(leaving)) => figure(
                (t.headline)(Headline::PricePerCitizen),
                kroner(tender.price_per_citizen),
                (state.texts.summary)(
                    &kroner(tender.price_per_citizen),
                    tender.member_count,
                    &count(tender.population),
                    &kroner(tender.total.kroner()),
                ),
                crate::areas::tender::leaving::chart(state.texts, leaving, Layout::for_slide())
                    .into_any(),
            ),
            (Err(error), _) | (_, Err(error)) => refused(error),
        },
        Slide::Procurement => match &report.procurement {
            Ok(p) => {
                let routes = crate::areas::procurement::texts::current();
                let line = format!(
                    "{}: {} · {}: {}",
                    (t.headline)(Headline::Threshold),
                    kroner(p.threshold.threshold.kroner()),
                    (t.headline)(Headline::Route),
                    (routes.route)(p.route.route),
                );
                let chart = svg(
                    value_chart(&p.value, p.threshold.threshold, Layout::for_slide()),
                    routes.value_chart_label.to_owned(),
                );
                figure(
                    (t.headline)(Headline::ContractValue),
                    kroner(p.value.total.kroner()),
                    line,
                    chart,
                )
            }
            Err(error) => refused(error),
        },
        Slide::Hours => match &report.hours {
            Ok(h) => {
                let hours = crate::areas::hours::texts::current();
                let minutes = |m: u64| duration(i64::try_from(m).unwrap_or(i64::MAX));
                let line = format!(
                    "{}: {}",
                    (t.headline)(Headline::StaffingCost),
                    kroner(h.proposed.staffed.cost.kroner()),
                );
                let chart = svg(
                    before_after_chart(&BeforeAfter::of(h), Layout::for_slide()),
                    hours.before_after_alt.to_owned(),
                );
                figure(
                    (t.headline)(Headline::YearlyOpenMinutes),
                    minutes(h.proposed.yearly_minutes),
                    line,
                    chart,
                )
            }
            Err(error) => refused(error),
        },
        Slide::Keys => match &report.keys {
            Ok(k) => {
                let keys = crate::areas::keys::texts::current();
                let key = keys.keys.get(column).copied().unwrap_or_default();
                // What the meeting decides: who gains and who loses under the chosen key, named.
                // The largest changes only: 98 rows cannot be read across a meeting room.
                let answer = headline_of(k, column, false);
                let bars = Bars::change(k, column, &largest_changes(k, column, KEYS_SHOWN));
                let caption = (t.present_keys_caption)(key, bars.members.len(), k.members.len());
                let under = member_names(&bars, Layout::for_slide());
                let over = member_bars(&bars, Layout::for_slide());
                let chart = match (under, over) {
                    (Ok(under), Ok(over)) => view! {
                        <figure>
                            <div class="chart-layers" role="img" aria-label=(keys.change_alt)(key)>
                                <div inner_html=under></div>
                                <div class="chart-layer" inner_html=over></div>
                            </div>
                            <figcaption>{caption}</figcaption>
                        </figure>
                    }
                    .into_any(),
                    _ => view! { <p class="notice">{state.texts.chart_failed}</p> }.into_any(),
                };
                let line = answer
                    .qualifiers
                    .iter()
                    .map(|q| format!("{}: {}", q.label, q.value))
                    .collect::<Vec<_>>()
                    .join(" · ");
                figure(&answer.main.label, answer.main.value, line, chart)
            }
            Err(error) => refused(error),
        },
    }
}

/// Starts the presentation (Præsentér) in the page: its module's `main`.
pub fn start() {
    crate::mount::<Module>();
}

/// The presentation's module (`ddh-praesentation`), started from the scenarios area.
pub struct Module;

impl super::Area for Module {
    const ID: super::AreaId = super::AreaId::Present;
    // Every area has its slides.
    const SECTIONS: Sections = Sections::READ_ONLY;

    /// As the scenarios area's: the presentation starts from there.
    fn headline(state: AppState) -> Option<crate::view::headline::Headline> {
        super::scenarios::headline(state)
    }

    fn body(state: AppState) -> impl IntoView + 'static {
        view! { <Presentation state=state /> }
    }

    /// As the scenarios area's: each scenario shown is evaluated by the presentation itself.
    fn evaluate(scenario: RwSignal<Scenario>) -> Areas {
        <super::scenarios::Module as super::Area>::evaluate(scenario)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_arrows_move_between_areas_and_scenarios() {
        let at = |scenario, slide| At { scenario, slide };
        assert_eq!(at(0, 0).moved("ArrowRight", 2), Some(at(0, 1)));
        assert_eq!(at(0, 3).moved("ArrowRight", 2), Some(at(1, 0)));
        assert_eq!(at(1, 3).moved("ArrowRight", 2), Some(at(1, 3)));
        assert_eq!(at(1, 0).moved("ArrowLeft", 2), Some(at(0, 3)));
        assert_eq!(at(0, 0).moved("ArrowLeft", 2), Some(at(0, 0)));
        assert_eq!(at(0, 2).moved("ArrowDown", 2), Some(at(1, 2)));
        assert_eq!(at(1, 2).moved("ArrowDown", 2), Some(at(1, 2)));
        assert_eq!(at(1, 2).moved("ArrowUp", 2), Some(at(0, 2)));
        assert_eq!(at(1, 2).moved("Home", 2), Some(at(0, 0)));
        assert_eq!(at(0, 0).moved("End", 2), Some(at(1, 3)));
        assert_eq!(at(0, 0).moved("a", 2), None);
    }
}
