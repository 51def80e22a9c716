//! Members leaving: order, random band, target price, the chart and the step table.

use super::fields::{whole_number, NumberField, Reading};
use crate::chart::{leaving_chart, ChartTexts, Series};
use crate::format::{count, danish_number, kroner};
use crate::state::AppState;
use crate::texts::DA;
use ddh_engine::leaving::MAX_RANDOM_DRAWS;
use ddh_engine::report::LeavingReport;
use ddh_engine::scenario::LeavingOrder;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use rust_decimal::Decimal;

const CHART_TEXTS: ChartTexts = ChartTexts {
    x_axis: DA.chart_x,
    y_axis: DA.chart_y,
    goes_up_to: |price| DA.goes_up_to(price),
};

fn series_label(series: Series) -> &'static str {
    match series {
        Series::Order => DA.chart_order_line,
        Series::Band => DA.chart_band,
        Series::Median => DA.chart_median,
        Series::Target => DA.chart_target,
    }
}

#[component]
pub fn Leaving(state: AppState) -> impl IntoView {
    let leaving = Memo::new(move |_| {
        state
            .report
            .with(|r| r.as_ref().ok().map(|r| r.leaving.clone()))
    });
    let order = move || state.scenario.with(|s| s.leaving.order);
    let set_order = move |event| {
        let chosen = match event_target_value(&event).as_str() {
            "smallest_first" => LeavingOrder::SmallestFirst,
            "custom" => LeavingOrder::Custom,
            _ => LeavingOrder::LargestFirst,
        };
        // Read before updating: the report is derived from the scenario being updated.
        let shown = leaving
            .get_untracked()
            .map(|l| l.order_codes)
            .unwrap_or_default();
        state.scenario.update(|s| {
            s.leaving.order = chosen;
            // Start a custom order from the one shown, so the user edits rather than builds from nothing.
            if chosen == LeavingOrder::Custom && s.leaving.custom_order.is_empty() {
                s.leaving.custom_order = shown;
            }
        });
    };
    let target_shown = Signal::derive(move || {
        state
            .scenario
            .with(|s| s.leaving.target_price_per_citizen.map(danish_number))
            .unwrap_or_default()
    });
    let draws_shown =
        Signal::derive(move || state.scenario.with(|s| s.leaving.random_draws.to_string()));
    let seed_shown = Signal::derive(move || state.scenario.with(|s| s.leaving.seed.to_string()));
    let set_target = Callback::new(move |target: Decimal| {
        state
            .scenario
            .update(|s| s.leaving.target_price_per_citizen = Some(target));
        None
    });
    let set_draws = whole_number(1, u64::from(MAX_RANDOM_DRAWS), move |draws: u32| {
        state.scenario.update(|s| s.leaving.random_draws = draws);
    });
    let set_seed = whole_number(0, u64::MAX, move |seed: u64| {
        state.scenario.update(|s| s.leaving.seed = seed);
    });
    view! {
        <section class="panel leaving" id="fraald" aria-labelledby="leaving-heading">
            <h2 id="leaving-heading">{DA.leaving_heading}</h2>
            <div class="controls">
                <label>
                    {DA.order_label}" "
                    <select data-testid="leaving-order" on:change=set_order prop:value=move || order_value(order())>
                        <option value="largest_first">{DA.order_largest}</option>
                        <option value="smallest_first">{DA.order_smallest}</option>
                        <option value="custom">{DA.order_custom}</option>
                    </select>
                </label>
                <NumberField state=state label=DA.target_label field="leaving.target_price_per_citizen"
                    shown=target_shown commit=set_target testid="target" reading=Reading::Price />
                <NumberField state=state label=DA.draws_label field="leaving.random_draws"
                    shown=draws_shown commit=set_draws testid="draws" />
                <NumberField state=state label=DA.seed_label field="leaving.seed"
                    shown=seed_shown commit=set_seed testid="seed" />
            </div>
            {move || state.error_at("leaving.custom_order").map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
            <Show when=move || order() == LeavingOrder::Custom>
                <CustomOrder state=state leaving=leaving />
            </Show>
            {move || leaving.with(|leaving| leaving.as_ref().map(answer_and_chart))}
            // Outside the reactive part, so that an opened table stays open while the user edits.
            <details>
                <summary>{DA.steps_heading}</summary>
                {move || leaving.get().map(steps_table)}
            </details>
        </section>
    }
}

fn order_value(order: LeavingOrder) -> &'static str {
    match order {
        LeavingOrder::LargestFirst => "largest_first",
        LeavingOrder::SmallestFirst => "smallest_first",
        LeavingOrder::Custom => "custom",
    }
}

/// The answer to "how few members can carry it" and the chart.
fn answer_and_chart(leaving: &LeavingReport) -> impl IntoView {
    let chart = leaving_chart(leaving, &CHART_TEXTS);
    let members = leaving.steps.len();
    let answer = leaving.target.as_ref().map(|target| {
        let shown_target = kroner(target.price_per_citizen);
        let needed = count(target.population_needed);
        match target.fewest_members {
            Some(fewest) => DA.fewest_members(&shown_target, fewest, members, &needed),
            None => DA.above_target(
                members,
                &kroner(target.price_with_all_members),
                &shown_target,
                &needed,
            ),
        }
    });
    let caption = DA.chart_caption(leaving.random_band.draws, leaving.random_band.seed);
    view! {
        {answer.map(|text| view! { <p class="answer" data-testid="fewest-members">{DA.target_hint}" "{text}</p> })}
        {match chart {
            Ok(chart) => view! {
                <figure class="chart">
                    <div role="img" aria-label=DA.chart_label inner_html=chart.svg data-testid="leaving-chart"></div>
                    <ul class="legend">
                        {Series::ALL.map(|series| view! {
                            <li>
                                <span
                                    class="swatch"
                                    class:dashed=series == Series::Median
                                    style=format!("background:{0}; border-color:{0}", series.css_colour())
                                ></span>
                                {series_label(series)}
                            </li>
                        })}
                    </ul>
                    <figcaption>
                        {caption}
                        {chart.clipped_at.map(|cut| format!(" {} {} kr.", DA.chart_clipped, format!("{cut:.2}").replace('.', ",")))}
                    </figcaption>
                </figure>
            }.into_any(),
            Err(reason) => view! { <p class="notice">{reason}</p> }.into_any(),
        }}
    }
}

fn steps_table(leaving: LeavingReport) -> impl IntoView {
    view! {
        <table data-testid="steps-table">
            <thead>
                <tr>
                    <th scope="col" class="number">{DA.column_members_left}</th>
                    <th scope="col">{DA.column_leaver}</th>
                    <th scope="col" class="number">{DA.column_population}</th>
                    <th scope="col" class="number">{DA.price_per_citizen}</th>
                </tr>
            </thead>
            <tbody>
                {leaving.steps.into_iter().map(|step| view! {
                    <tr>
                        <td class="number">{step.members}</td>
                        <td>{step.leaver_name.unwrap_or_default()}</td>
                        <td class="number">{count(step.population)}</td>
                        <td class="number">{kroner(step.price_per_citizen)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// A member's name as the report gives it.
fn name_of(state: AppState, code: u16) -> String {
    state.report.with(|report| {
        report
            .as_ref()
            .ok()
            .and_then(|r| r.tender.bills.iter().find(|b| b.code == code))
            .map(|b| b.name.clone())
            .unwrap_or_else(|| code.to_string())
    })
}

/// The user's own order of leaving, edited with up and down buttons.
#[component]
fn CustomOrder(state: AppState, leaving: Memo<Option<LeavingReport>>) -> impl IntoView {
    let codes = move || leaving.get().map(|l| l.order_codes).unwrap_or_default();
    // Moves `code` one place up or down, then puts keyboard focus back on the button just used,
    // which the redrawn list would otherwise have dropped.
    let shift = move |code: u16, up: bool| {
        let mut order = codes();
        let Some(position) = order.iter().position(|&c| c == code) else {
            return;
        };
        let other = if up {
            position.checked_sub(1)
        } else {
            Some(position + 1)
        };
        if let Some(other) = other.filter(|&o| o < order.len()) {
            order.swap(position, other);
            state.scenario.update(|s| s.leaving.custom_order = order);
            let id = move_button_id(code, up);
            request_animation_frame(move || {
                let button = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&id))
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(button) = button {
                    let _ = button.focus();
                }
            });
        }
    };
    view! {
        <div class="custom-order">
            <h3>{DA.custom_order_heading}</h3>
            <ol data-testid="custom-order">
                <For
                    each=codes
                    key=|code| *code
                    children=move |code| {
                        let name = name_of(state, code);
                        let first = move || codes().first() == Some(&code);
                        let last = move || codes().last() == Some(&code);
                        view! {
                            <li>
                                <span>{name.clone()}</span>
                                <button type="button" class="link" id=move_button_id(code, true) disabled=first
                                    aria-label=format!("{} {}", DA.move_up, name)
                                    on:click=move |_| shift(code, true)>"↑"</button>
                                <button type="button" class="link" id=move_button_id(code, false) disabled=last
                                    aria-label=format!("{} {}", DA.move_down, name)
                                    on:click=move |_| shift(code, false)>"↓"</button>
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
