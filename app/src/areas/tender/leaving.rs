//! Members leaving: order, random band, target price, the answer, the chart and the step table.

use crate::areas::tender::chart::{leaving_chart, Series};
use crate::chart::Layout;
use crate::field_names::FieldId;
use crate::format::{chart_price, count, kroner, number};
use crate::state::AppState;
use crate::texts::{FewestAnswer, Texts};
use crate::view::fields::{restore_whole, whole_number, NumberField, Reading};
use crate::view::measured_width;
use crate::view::{focus_by_id, AreaNotice};
use ddh_engine::dataset;
use ddh_engine::edit::{Edit, LeavingEdit};
use ddh_engine::leaving::{Field, MAX_RANDOM_DRAWS};
use ddh_engine::report::LeavingReport;
use ddh_engine::scenario::LeavingOrder;
use ddh_engine::Scenario;
use leptos::prelude::*;

fn series_label(t: &Texts, series: Series) -> &'static str {
    match series {
        Series::Order => t.chart_order_line,
        Series::Band => t.chart_band,
        Series::Median => t.chart_median,
        Series::Target => t.chart_target,
    }
}

#[component]
pub fn Leaving(state: AppState) -> impl IntoView {
    let t = state.texts;
    let leaving = state.areas.leaving();
    let order = move || state.scenario.with(|s| s.leaving.order);
    let set_order = move |event| {
        let value = event_target_value(&event);
        let orders = [
            LeavingOrder::LargestFirst,
            LeavingOrder::SmallestFirst,
            LeavingOrder::Custom,
        ];
        let Some(chosen) = orders.into_iter().find(|o| order_value(*o) == value) else {
            return;
        };
        let _ = state.dispatch(Edit::Leaving(LeavingEdit::SetLeavingOrder(chosen)));
    };
    let target =
        Signal::derive(move || state.scenario.with(|s| s.leaving.target_price_per_citizen));
    let draws =
        Signal::derive(move || state.scenario.with(|s| Some(s.leaving.random_draws.into())));
    let seed = Signal::derive(move || state.scenario.with(|s| Some(s.leaving.seed.into())));
    let set_target =
        Callback::new(move |target| Ok(Edit::Leaving(LeavingEdit::SetTarget(Some(target)))));
    // An empty target field means no target.
    let restore_target =
        Callback::new(|target| Some(Edit::Leaving(LeavingEdit::SetTarget(target))));
    let set_draws = whole_number(state, 1, u64::from(MAX_RANDOM_DRAWS), |value| {
        Edit::Leaving(LeavingEdit::SetRandomDraws(value))
    });
    let set_seed = whole_number(state, 0, u64::MAX, |value| {
        Edit::Leaving(LeavingEdit::SetSeed(value))
    });

    let chart_box = NodeRef::<leptos::html::Div>::new();
    let chart_width = measured_width(state, chart_box);
    // The step table has a row per member: built only while it is open.
    let steps_open = RwSignal::new(false);

    view! {
        <section class="panel leaving" id="fraald" aria-labelledby="leaving-heading">
            <h2 id="leaving-heading">{t.leaving_heading}</h2>
            <div class="controls">
                <label>
                    {t.order_label}" "
                    <select data-testid="leaving-order" on:change=set_order prop:value=move || order_value(order())>
                        <option value=order_value(LeavingOrder::LargestFirst)>{t.order_largest}</option>
                        <option value=order_value(LeavingOrder::SmallestFirst)>{t.order_smallest}</option>
                        <option value=order_value(LeavingOrder::Custom)>{t.order_custom}</option>
                    </select>
                </label>
                <NumberField state=state key="target" label=t.target_label field=FieldId::of(Field::TargetPricePerCitizen)
                    value=target shown=number to_edit=set_target restore=restore_target optional=true
                    testid="target" reading=Reading::Price />
                <NumberField state=state key="draws" label=t.draws_label field=FieldId::of(Field::RandomDraws)
                    value=draws shown=number to_edit=set_draws restore=restore_whole(|value| Edit::Leaving(LeavingEdit::SetRandomDraws(value))) testid="draws" />
                <NumberField state=state key="seed" label=t.seed_label field=FieldId::of(Field::Seed)
                    value=seed shown=|seed| seed.to_string() to_edit=set_seed restore=restore_whole(|value| Edit::Leaving(LeavingEdit::SetSeed(value))) testid="seed" />
            </div>
            {move || state.error_at(&FieldId::of(Field::CustomOrder)).map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
            <Show when=move || order() == LeavingOrder::Custom>
                <CustomOrder state=state />
            </Show>
            <AreaNotice state=state error=leaving.error has_figures=Signal::derive(move || leaving.figures.with(Option::is_some)) testid="leaving-error" />
            <div class="area-figures" class:stale=move || leaving.error.with(Option::is_some) data-testid="leaving-figures">
                {move || leaving.figures.with(|l| l.as_ref().map(|l| answer(t, l)))}
                <div class="chart-box" node_ref=chart_box>
                    {move || {
                        let width = chart_width.get()?;
                        leaving.figures.with(|l| l.as_ref().map(|l| chart(t, l, Layout::for_width(width))))
                    }}
                </div>
                // Outside the reactive part, so that an opened table stays open while the user edits.
                <details data-testid="steps" on:toggle=move |event| steps_open.set(event_target::<web_sys::HtmlDetailsElement>(&event).open())>
                    <summary>{t.steps_heading}</summary>
                    {move || steps_open.get().then(|| leaving.figures.get().map(|l| steps_table(t, l))).flatten()}
                </details>
            </div>
        </section>
    }
}

/// An order of leaving as the value of its option in the order select.
fn order_value(order: LeavingOrder) -> &'static str {
    match order {
        LeavingOrder::LargestFirst => "largest_first",
        LeavingOrder::SmallestFirst => "smallest_first",
        LeavingOrder::Custom => "custom",
    }
}

/// The answer to "how few members can carry it", naming the members that remain.
fn answer(t: &'static Texts, leaving: &LeavingReport) -> Option<impl IntoView> {
    let target = leaving.target.as_ref()?;
    let members = leaving.steps.len();
    let shown_target = kroner(target.price_per_citizen);
    let needed = count(target.population_needed);
    let text = match (target.fewest_members, target.price_at_fewest) {
        (Some(fewest), Some(price)) => {
            let names: Vec<&str> = target.remaining.iter().map(|m| m.name.as_str()).collect();
            (t.fewest_members)(&FewestAnswer {
                target: &shown_target,
                fewest,
                members,
                price: &kroner(price),
                remaining: &names.join(", "),
                needed: &needed,
            })
        }
        _ => (t.above_target)(
            members,
            &kroner(target.price_with_all_members),
            &shown_target,
            &needed,
        ),
    };
    Some(
        view! { <p class="answer" data-testid="fewest-members"><strong>{t.target_hint}</strong>" "{text}</p> },
    )
}

/// The chart of the price as members leave, with its legend and caption (also a slide's, in Present).
pub(crate) fn chart(t: &'static Texts, leaving: &LeavingReport, layout: Layout) -> impl IntoView {
    let band = &leaving.random_band;
    let caption = (t.chart_caption)(&count(u64::from(band.draws)), band.seed);
    match leaving_chart(leaving, t, layout) {
        Ok(chart) => view! {
            <figure class="chart">
                <ul class="legend">
                    {Series::ALL.map(|series| view! {
                        <li>
                            <span
                                class="swatch"
                                class:dashed=series == Series::Median
                                style=format!("border-color:{}", series.css_colour())
                            ></span>
                            {series_label(t, series)}
                        </li>
                    })}
                </ul>
                <div role="img" aria-label=caption.clone() inner_html=chart.svg data-testid="leaving-chart"></div>
                <figcaption>
                    {caption}
                    {chart.clipped_at.map(|cut| format!(" {}", (t.chart_clipped)(&chart_price(cut))))}
                </figcaption>
            </figure>
        }
        .into_any(),
        Err(_) => view! { <p class="notice">{t.chart_failed}</p> }.into_any(),
    }
}

fn steps_table(t: &'static Texts, leaving: LeavingReport) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t.steps_heading>
            <table data-testid="steps-table" class="stack-narrow">
                <thead>
                    <tr>
                        <th scope="col" class="number">{t.column_members_left}</th>
                        <th scope="col">{t.column_leaver}</th>
                        <th scope="col" class="number">{t.column_leaver_population}</th>
                        <th scope="col" class="number">{t.column_population_left}</th>
                        <th scope="col" class="number">{t.price_per_citizen}</th>
                    </tr>
                </thead>
                <tbody>
                    {leaving.steps.into_iter().map(|step| view! {
                        <tr>
                            <td class="number" data-label=t.column_members_left>{step.members}</td>
                            <td data-label=t.column_leaver>{step.leaver_name.unwrap_or_default()}</td>
                            <td class="number" data-label=t.column_leaver_population>{step.leaver_population.map(count).unwrap_or_default()}</td>
                            <td class="number" data-label=t.column_population_left>{count(step.population)}</td>
                            <td class="number" data-label=t.price_per_citizen>{kroner(step.price_per_citizen)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The user's own order of leaving: up and down one place, or any place typed in.
#[component]
fn CustomOrder(state: AppState) -> impl IntoView {
    let t = state.texts;
    // From the scenario, not the report: the list stays, and keeps focus, while the area is refused.
    let order = Memo::new(move |_| state.scenario.with(Scenario::order_in_effect));
    let quarter = Memo::new(move |_| state.scenario.with(|s| s.members.quarter));
    let problem = RwSignal::new(None::<String>);
    // Moves `code` to `position` (from 1), then puts keyboard focus back on the control just used,
    // which the redrawn list would otherwise have dropped.
    let move_to = move |code: u16, position: usize, focus: String| match state.dispatch(
        Edit::Leaving(LeavingEdit::MoveInCustomOrder { code, position }),
    ) {
        Ok(()) => {
            problem.set(None);
            focus_by_id(focus);
        }
        Err(error) => problem.set(Some((t.engine.words.problem)(&error.problem))),
    };
    view! {
        <div class="custom-order">
            <h3>{t.custom_order_heading}</h3>
            <p class="note">{t.custom_order_note}</p>
            {move || problem.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
            <ol data-testid="custom-order">
                <For
                    each=move || order.get()
                    key=|code| *code
                    children=move |code| {
                        let name = dataset::find(quarter.get_untracked(), code)
                            .map(|m| m.name.clone())
                            .unwrap_or_else(|| code.to_string());
                        let position = move || order.with(|o| o.iter().position(|&c| c == code).map_or(0, |p| p + 1));
                        let count = move || order.with(Vec::len);
                        let up = move_button_id(code, true);
                        let down = move_button_id(code, false);
                        let typed = format!("order-position-{code}");
                        let (up_focus, down_focus, typed_focus) = (up.clone(), down.clone(), typed.clone());
                        view! {
                            <li>
                                <span class="order-name">{name.clone()}</span>
                                <label class="order-position">
                                    <span class="visually-hidden">{(t.position_of)(&name)}</span>
                                    <input type="number" min="1" max=count id=typed.clone() data-testid=typed
                                        prop:value=move || position().to_string()
                                        on:change=move |event| {
                                            let typed = event_target_value(&event).trim().parse::<usize>().unwrap_or(0);
                                            move_to(code, typed, typed_focus.clone());
                                        } />
                                </label>
                                <button type="button" class="link" id=up disabled={move || position() <= 1}
                                    aria-label=format!("{} {}", t.move_up, name)
                                    on:click=move |_| move_to(code, position().saturating_sub(1), up_focus.clone())>"↑"</button>
                                <button type="button" class="link" id=down disabled={move || position() >= count()}
                                    aria-label=format!("{} {}", t.move_down, name)
                                    on:click=move |_| move_to(code, position() + 1, down_focus.clone())>"↓"</button>
                            </li>
                        }
                    }
                />
            </ol>
        </div>
    }
}

fn move_button_id(code: u16, up: bool) -> String {
    format!("order-{}-{code}", if up { "up" } else { "down" })
}
