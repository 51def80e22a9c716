//! The tender budget: cost items with name, amount and kind; add and remove.

use super::fields::NumberField;
use crate::format::{at_least_ore, danish_number, kroner};
use crate::state::AppState;
use crate::texts::DA;
use ddh_engine::money::Money;
use ddh_engine::scenario::{CostItem, CostKind};
use ddh_engine::tender::{totals, Totals};
use leptos::prelude::*;

#[component]
pub fn Budget(state: AppState) -> impl IntoView {
    let item_count = move || state.scenario.with(|s| s.tender.cost_items.len());
    let add = move |_| {
        state.restructure(|s| {
            s.tender.cost_items.push(CostItem {
                name: DA.new_item_name.to_owned(),
                amount: Money::ZERO,
                kind: CostKind::Supplier,
            });
        });
    };
    // The budget's own totals, from the engine, so they stay in view when another field is refused.
    let totals = Memo::new(move |_| state.scenario.with(|s| totals(&s.tender).ok()));
    let figure = move |pick: fn(&Totals) -> Money| {
        move || {
            totals
                .get()
                .map(|t| kroner(pick(&t).round_to_ore().kroner()))
                .unwrap_or_else(|| "–".to_owned())
        }
    };
    view! {
        <section class="panel budget" id="budget" aria-labelledby="budget-heading">
            <h2 id="budget-heading">{DA.budget_heading}</h2>
            <p class="note">{DA.budget_note}</p>
            {move || state.error_at("tender.cost_items").map(|message| view! {
                <p class="field-error" role="alert">{message}</p>
            })}
            <div class="table-scroll">
            <table class="budget-table">
                <thead>
                    <tr>
                        <th scope="col">{DA.column_item}</th>
                        <th scope="col" class="number">{DA.column_amount}</th>
                        <th scope="col">{DA.column_kind}</th>
                        <th scope="col"><span class="visually-hidden">{DA.remove_item}</span></th>
                    </tr>
                </thead>
                <tbody>
                    <For
                        // Keyed by position and generation: a removed row rebuilds the rows after it.
                        each=move || {
                            let generation = state.generation.get();
                            (0..item_count()).map(move |index| (index, generation))
                        }
                        key=|row| *row
                        children=move |(index, _)| view! { <ItemRow state=state index=index /> }
                    />
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{DA.total}</th>
                        <td class="number" data-testid="budget-total">{figure(|t| t.total)}</td>
                        <td colspan="2">
                            <span class="sub">{DA.supplier_total}" "{figure(|t| t.supplier)}</span>
                            <span class="sub">{DA.internal_total}" "{figure(|t| t.internal)}</span>
                        </td>
                    </tr>
                </tfoot>
            </table>
            </div>
            <button type="button" data-testid="add-item" on:click=add>{DA.add_item}</button>
        </section>
    }
}

#[component]
fn ItemRow(state: AppState, index: usize) -> impl IntoView {
    let item = move || {
        state
            .scenario
            .with(|s| s.tender.cost_items.get(index).cloned())
    };
    let edit = move |change: &dyn Fn(&mut CostItem)| {
        state.scenario.update(|s| {
            if let Some(item) = s.tender.cost_items.get_mut(index) {
                change(item);
            }
        });
    };
    let shown = Signal::derive(move || {
        item()
            .map(|i| danish_number(at_least_ore(i.amount.kroner())))
            .unwrap_or_default()
    });
    let commit = Callback::new(move |amount| {
        edit(&|item| item.amount = Money::from_kroner(amount));
        None
    });
    let remove = move |_| {
        state.restructure(|s| {
            if index < s.tender.cost_items.len() {
                s.tender.cost_items.remove(index);
            }
        });
    };
    let kind_value = move || match item().map(|i| i.kind) {
        Some(CostKind::Internal) => "internal",
        _ => "supplier",
    };
    view! {
        <tr data-testid=format!("item-{index}")>
            <td>
                <label>
                    <span class="visually-hidden">{DA.column_item}</span>
                    <input
                        type="text"
                        data-testid=format!("item-{index}-name")
                        prop:value=move || item().map(|i| i.name).unwrap_or_default()
                        on:input=move |event| {
                            let name = event_target_value(&event);
                            edit(&|item| item.name = name.clone());
                        }
                    />
                </label>
            </td>
            <td class="number">
                <NumberField
                    state=state
                    label=format!("{}, {} {}", DA.column_amount, DA.column_item.to_lowercase(), index + 1)
                    hide_label=true
                    field=format!("tender.cost_items[{index}].amount")
                    shown=shown
                    commit=commit
                    testid=format!("item-{index}-amount")
                />
            </td>
            <td>
                <label>
                    <span class="visually-hidden">{DA.column_kind}</span>
                    <select
                        prop:value=kind_value
                        on:change=move |event| {
                            let kind = if event_target_value(&event) == "internal" { CostKind::Internal } else { CostKind::Supplier };
                            edit(&|item| item.kind = kind);
                        }
                    >
                        <option value="supplier">{DA.kind_supplier}</option>
                        <option value="internal">{DA.kind_internal}</option>
                    </select>
                </label>
            </td>
            <td>
                <button type="button" class="link" on:click=remove
                    aria-label=move || format!("{} {}", DA.remove_item, item().map(|i| i.name).unwrap_or_default())>
                    {DA.remove_item}
                </button>
            </td>
        </tr>
    }
}
