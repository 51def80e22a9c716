//! The tender budget: cost items with name, amount and kind; add and remove. Rows are keyed by the
//! items' ids, so a removed row takes nothing typed in another row with it.

use crate::field_names::FieldId;
use crate::format::{at_least_ore, kroner, number};
use crate::state::AppState;
use crate::view::fields::NumberField;
use crate::view::focus_by_id;
use ddh_engine::edit::{Edit, TenderEdit};
use ddh_engine::money::Money;
use ddh_engine::report::BudgetReport;
use ddh_engine::scenario::{CostItem, CostKind};
use ddh_engine::tender::Field;
use ddh_engine::Scenario;
use leptos::prelude::*;

#[component]
pub fn Budget(state: AppState) -> impl IntoView {
    let t = state.texts;
    let ids = move || {
        state
            .scenario
            .with(|s| s.tender.cost_items.iter().map(|i| i.id).collect::<Vec<_>>())
    };
    let add = move |_| {
        let added = state.dispatch(Edit::Tender(TenderEdit::AddCostItem {
            name: t.new_item_name.to_owned(),
        }));
        if added.is_ok() {
            let last = state
                .scenario
                .with_untracked(|s| s.tender.cost_items.last().map(|i| i.id));
            if let Some(id) = last {
                focus_by_id(format!("item-{id}-name"));
            }
        }
    };
    let budget = state.areas.budget();
    let figure = move |pick: fn(&BudgetReport) -> Money| {
        move || {
            budget
                .figures
                .get()
                .map(|b| kroner(pick(&b).kroner()))
                .unwrap_or_else(|| "–".to_owned())
        }
    };
    view! {
        <section class="panel budget" id="budget" aria-labelledby="budget-heading">
            <h2 id="budget-heading">{t.budget_heading}</h2>
            <p class="note">{t.budget_note}</p>
            {move || state.error_at(&FieldId::of(Field::CostItems)).map(|message| view! {
                <p class="field-error" role="alert">{message}</p>
            })}
            <div class="table-scroll">
            <table class="budget-table stack-narrow">
                <thead>
                    <tr>
                        <th scope="col">{t.column_item}</th>
                        <th scope="col" class="number">{t.column_amount}</th>
                        <th scope="col">{t.column_kind}</th>
                        <th scope="col"><span class="visually-hidden">{t.remove_item}</span></th>
                    </tr>
                </thead>
                <tbody>
                    <For
                        each=ids
                        key=|id| *id
                        children=move |id| view! { <ItemRow state=state id=id /> }
                    />
                </tbody>
                <tfoot>
                    <tr class:stale=move || budget.error.with(Option::is_some)>
                        <th scope="row">{t.total}</th>
                        <td class="number" data-testid="budget-total">{figure(|b| b.total)}</td>
                        <td colspan="2">
                            <span class="sub">{t.supplier_total}" "{figure(|b| b.supplier_total)}</span>
                            <span class="sub">{t.internal_total}" "{figure(|b| b.internal_total)}</span>
                        </td>
                    </tr>
                </tfoot>
            </table>
            </div>
            <button type="button" data-testid="add-item" on:click=add>{t.add_item}</button>
        </section>
    }
}

#[component]
fn ItemRow(state: AppState, id: u32) -> impl IntoView {
    let t = state.texts;
    // A budget has a handful of rows, so each reads its item from the scenario directly.
    let read = move |part: fn(usize, &CostItem) -> String| {
        state
            .scenario
            .with(|s| item_of(s, id).map(|(index, item)| part(index, item)))
            .unwrap_or_default()
    };
    let name = move || read(|_, item| item.name.clone());
    // The keystrokes of one visit to the name field are one undo step.
    let name_group = StoredValue::new(None::<u64>);
    let label = Signal::derive(move || (t.amount_of)(&name()));
    // The engine names a refused field by its place in the list.
    let field = Signal::derive(move || {
        state.scenario.with(|s| {
            item_of(s, id).map_or_else(FieldId::nowhere, |(index, _)| {
                FieldId::of(Field::Amount(index))
            })
        })
    });
    let value = Signal::derive(move || {
        state
            .scenario
            .with(|s| item_of(s, id).map(|(_, item)| item.amount.kroner()))
    });
    let to_edit = Callback::new(move |amount| {
        Ok(Edit::Tender(TenderEdit::SetItemAmount {
            id,
            amount: Money::from_kroner(amount),
        }))
    });
    let remove = move |_| {
        let removed = name();
        if state
            .dispatch(Edit::Tender(TenderEdit::RemoveCostItem { id }))
            .is_ok()
        {
            state.status.set(Some((t.item_removed)(&removed)));
        }
    };
    let kind_selected = move || read(|_, item| kind_value(item.kind).to_owned());
    view! {
        <tr data-testid=format!("item-{id}")>
            <td data-label=t.column_item>
                <label>
                    <span class="visually-hidden">{move || (t.name_of)(&name())}</span>
                    <input
                        type="text"
                        id=format!("item-{id}-name")
                        data-testid=format!("item-{id}-name")
                        prop:value=name
                        on:input=move |event| {
                            let name = event_target_value(&event);
                            let group = *name_group.get_value().get_or_insert_with(|| state.new_group());
                            name_group.set_value(Some(group));
                            let _ = state.dispatch_in(Edit::Tender(TenderEdit::SetItemName { id, name }), Some(group));
                        }
                        on:blur=move |_| {
                            name_group.set_value(None);
                            state.close_group();
                        }
                    />
                </label>
            </td>
            <td class="number" data-label=t.column_amount>
                <NumberField
                    state=state
                    key=format!("item-{id}-amount")
                    label=label
                    hide_label=true
                    field=field
                    value=value
                    shown=|amount| number(at_least_ore(amount))
                    to_edit=to_edit
                    testid=format!("item-{id}-amount")
                />
            </td>
            <td data-label=t.column_kind>
                <label>
                    <span class="visually-hidden">{move || (t.kind_of)(&name())}</span>
                    <select
                        prop:value=kind_selected
                        on:change=move |event| {
                            let kind = if event_target_value(&event) == kind_value(CostKind::Internal) { CostKind::Internal } else { CostKind::Supplier };
                            let _ = state.dispatch(Edit::Tender(TenderEdit::SetItemKind { id, kind }));
                        }
                    >
                        <option value=kind_value(CostKind::Supplier)>{t.kind_supplier}</option>
                        <option value=kind_value(CostKind::Internal)>{t.kind_internal}</option>
                    </select>
                </label>
            </td>
            <td>
                <button type="button" class="link" on:click=remove data-testid=format!("item-{id}-remove")
                    aria-label=move || format!("{} {}", t.remove_item, name())>
                    {t.remove_item}
                </button>
            </td>
        </tr>
    }
}

/// The item with `id` and its place in the budget.
fn item_of(scenario: &Scenario, id: u32) -> Option<(usize, &CostItem)> {
    scenario
        .tender
        .cost_items
        .iter()
        .enumerate()
        .find(|(_, item)| item.id == id)
}

/// A cost kind as the value of its option in the kind select.
fn kind_value(kind: CostKind) -> &'static str {
    match kind {
        CostKind::Supplier => "supplier",
        CostKind::Internal => "internal",
    }
}
