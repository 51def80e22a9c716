//! The purchase: category, launch date, term, the tender's supplier items, and the price lines.
//! Rows are keyed by the lines' ids.

use super::{read, send};
use crate::field_names::FieldId;
use crate::format::{at_least_ore, kroner, number};
use crate::state::AppState;
use crate::view::choice::{position_of, Choice};
use crate::view::fields::{restore_whole, whole_number, NumberField};
use crate::view::focus_by_id;
use ddh_engine::date::Date;
use ddh_engine::money::Money;
use ddh_engine::procurement::edit::ProcurementEdit as P;
use ddh_engine::procurement::section::{
    Basis, Category, LineRole, PriceLine, Term, Timing, MAX_TERM_MONTHS,
};
use ddh_engine::procurement::Field;
use ddh_engine::Edit;
use leptos::prelude::*;

const ROLES: [LineRole; 4] = [
    LineRole::Base,
    LineRole::Option,
    LineRole::Extension,
    LineRole::AddOn,
];
const TIMINGS: [Timing; 3] = [Timing::OneOff, Timing::Monthly, Timing::Yearly];
const BASES: [Basis; 3] = [Basis::Flat, Basis::PerMunicipality, Basis::PerCitizen];

#[component]
pub fn Purchase(state: AppState) -> impl IntoView {
    let t = crate::areas::procurement::texts::current();
    let date_text = move || read(state, |p| p.launch_date.to_string());
    let date_unreadable = RwSignal::new(false);
    let term = move || read(state, |p| p.term);
    // Whether the months field is shown hangs on `indefinite` alone: redrawn on every change of the
    // term, the field would be made anew at each keystroke and lose what is half typed in it.
    let indefinite = Memo::new(move |_| read(state, |p| p.term.indefinite));
    let set_term = move |change: fn(&mut Term, u32), months: u32| {
        let mut term = term();
        change(&mut term, months);
        P::SetTerm(term)
    };
    let supplier_total = move || {
        state
            .areas
            .budget()
            .figures
            .with(|b| b.as_ref().map(|b| kroner(b.supplier_total.kroner())))
            .unwrap_or_default()
    };
    let ids = move || read(state, |p| p.lines.iter().map(|l| l.id).collect::<Vec<_>>());
    let add = move |_| {
        send(
            state,
            P::AddLine {
                name: t.new_line_name.to_owned(),
            },
        );
        if let Some(id) = state
            .scenario
            .with_untracked(|s| s.procurement.lines.last().map(|l| l.id))
        {
            focus_by_id(format!("line-{id}-name"));
        }
    };
    view! {
        <section class="panel" aria-labelledby="purchase-heading">
            <h3 id="purchase-heading">{t.purchase_heading}</h3>
            <div class="field-grid">
                <Choice
                    label=t.category_label.to_owned()
                    options=Category::ALL.iter().map(|c| (t.category)(*c)).collect()
                    selected=Signal::derive(move || read(state, |p| position_of(&Category::ALL, &p.category)))
                    on_pick=Callback::new(move |i: usize| {
                        if let Some(category) = Category::ALL.get(i) {
                            send(state, P::SetCategory(*category));
                        }
                    })
                    testid="category"
                />
                <label>
                    <span>{t.launch_date_label}</span>
                    <input type="date" data-testid="launch-date" min="2024-01-01" max="2027-12-31"
                        prop:value=date_text
                        on:change=move |event| {
                            match Date::parse(&event_target_value(&event)) {
                                Some(date) => {
                                    date_unreadable.set(false);
                                    send(state, P::SetLaunchDate(date));
                                }
                                None => date_unreadable.set(true),
                            }
                        }
                    />
                    <span class="hint">{t.launch_date_hint}</span>
                    {move || date_unreadable.get().then_some(view! { <span class="field-error" role="alert">{t.launch_date_missing}</span> })}
                    {move || state.error_at(&FieldId::of(Field::LaunchDate)).map(|m| view! { <span class="field-error" role="alert">{m}</span> })}
                </label>
                <label class="check">
                    <input type="checkbox" data-testid="indefinite"
                        prop:checked=move || term().indefinite
                        on:change=move |event| {
                            let indefinite = event_target_checked(&event);
                            send(state, P::SetTerm(Term { indefinite, ..term() }));
                        }
                    />
                    {t.indefinite_label}
                </label>
                {move || (!indefinite.get()).then(|| view! {
                    <NumberField
                        state=state
                        key="term-months"
                        label=t.term_months_label.to_owned()
                        field=FieldId::of(Field::TermMonths)
                        value=Signal::derive(move || Some(term().months.into()))
                        shown=number
                        to_edit=whole_number(state, 1, u64::from(MAX_TERM_MONTHS), move |m| Edit::Procurement(set_term(|t, m| t.months = m, m)))
                        restore=restore_whole(move |m| Edit::Procurement(set_term(|t, m| t.months = m, m)))
                        testid="term-months"
                    />
                })}
                <NumberField
                    state=state
                    key="extension-months"
                    label=t.extension_label.to_owned()
                    field=FieldId::of(Field::ExtensionMonths)
                    value=Signal::derive(move || Some(read(state, |p| p.extension_months).into()))
                    shown=number
                    to_edit=whole_number(state, 0, u64::from(MAX_TERM_MONTHS), |m| Edit::Procurement(P::SetExtensionMonths(m)))
                    restore=restore_whole(|m| Edit::Procurement(P::SetExtensionMonths(m)))
                    testid="extension-months"
                />
            </div>
            <label class="check">
                <input type="checkbox" data-testid="include-tender-items"
                    prop:checked=move || read(state, |p| p.include_tender_supplier_items)
                    on:change=move |event| send(state, P::IncludeTenderSupplierItems(event_target_checked(&event)))
                />
                {t.include_tender_items}" ("{supplier_total}")"
            </label>
            <p class="note" data-testid="tender-items-counted">{move || if read(state, |p| p.include_tender_supplier_items) {
                (t.tender_items_counted)(&supplier_total())
            } else {
                t.tender_items_not_counted.to_owned()
            }}</p>
            <p class="note">{t.internal_not_counted}</p>
            <h4>{t.lines_heading}</h4>
            {move || ids().is_empty().then_some(view! { <p class="note">{t.no_lines}</p> })}
            <div class="table-scroll">
            <table class="stack-narrow lines-table">
                <thead><tr>
                    <th scope="col">{t.column_name}</th>
                    <th scope="col">{t.column_role}</th>
                    <th scope="col">{t.column_timing}</th>
                    <th scope="col">{t.column_basis}</th>
                    <th scope="col" class="number">{t.column_amount}</th>
                    <th scope="col"><span class="visually-hidden">{t.remove}</span></th>
                </tr></thead>
                <tbody>
                    <For each=ids key=|id| *id children=move |id| view! { <LineRow state=state id=id /> } />
                </tbody>
            </table>
            </div>
            <button type="button" data-testid="add-line" on:click=add>{t.add_line}</button>
        </section>
    }
}

#[component]
fn LineRow(state: AppState, id: u32) -> impl IntoView {
    let t = crate::areas::procurement::texts::current();
    let line = move || read(state, |p| p.lines.iter().find(|l| l.id == id).cloned());
    let index = move || {
        read(state, |p| {
            p.lines.iter().position(|l| l.id == id).unwrap_or(0)
        })
    };
    let name = move || line().map(|l| l.name).unwrap_or_default();
    let changed = move |change: &dyn Fn(&mut PriceLine)| {
        line().map(|mut line| {
            change(&mut line);
            Edit::Procurement(P::SetLine(line))
        })
    };
    let name_group = StoredValue::new(None::<u64>);
    let select = move |column: &'static str,
                       labels: Vec<&'static str>,
                       selected: fn(&PriceLine) -> usize,
                       pick: fn(&mut PriceLine, usize)| {
        view! {
            <td data-label=column>
                <Choice
                    label=Signal::derive(move || (t.line_field)(column, &name()))
                    hide_label=true
                    options=labels
                    selected=Signal::derive(move || line().as_ref().map(selected).unwrap_or(0))
                    on_pick=Callback::new(move |i: usize| {
                        if let Some(edit) = changed(&|line| pick(line, i)) {
                            let _ = state.dispatch(edit);
                        }
                    })
                />
            </td>
        }
    };
    view! {
        <tr data-testid=format!("line-{id}")>
            <td data-label=t.column_name>
                <label>
                    <span class="visually-hidden">{move || (t.line_field)(t.column_name, &name())}</span>
                    <input type="text" id=format!("line-{id}-name") prop:value=name
                        on:input=move |event| {
                            let text = event_target_value(&event);
                            let group = *name_group.get_value().get_or_insert_with(|| state.new_group());
                            name_group.set_value(Some(group));
                            if let Some(edit) = changed(&|line| line.name = text.clone()) {
                                let _ = state.dispatch_in(edit, Some(group));
                            }
                        }
                        on:blur=move |_| {
                            name_group.set_value(None);
                            state.close_group();
                        }
                    />
                </label>
            </td>
            {select(t.column_role, ROLES.iter().map(|r| (t.role)(*r)).collect(),
                |l| position_of(&ROLES, &l.role), |l, i| l.role = ROLES.get(i).copied().unwrap_or(LineRole::Base))}
            {select(t.column_timing, TIMINGS.iter().map(|r| (t.timing)(*r)).collect(),
                |l| position_of(&TIMINGS, &l.timing), |l, i| l.timing = TIMINGS.get(i).copied().unwrap_or(Timing::OneOff))}
            {select(t.column_basis, BASES.iter().map(|r| (t.basis)(*r)).collect(),
                |l| position_of(&BASES, &l.basis), |l, i| l.basis = BASES.get(i).copied().unwrap_or(Basis::Flat))}
            <td class="number" data-label=t.column_amount>
                <NumberField
                    state=state
                    key=format!("line-{id}-amount")
                    label=Signal::derive(move || (t.line_field)(t.column_amount, &name()))
                    hide_label=true
                    field=Signal::derive(move || FieldId::of(Field::LineAmount(index())))
                    // A new line's amount (0) shows as an empty field, so that what is typed into it
                    // is the amount, not digits added to "0,00".
                    value=Signal::derive(move || line().map(|l| l.amount.kroner()).filter(|amount| !amount.is_zero()))
                    shown=|amount| number(at_least_ore(amount))
                    to_edit=Callback::new(move |amount| changed(&|line| line.amount = Money::from_kroner(amount)).ok_or_default())
                    testid=format!("line-{id}-amount")
                />
            </td>
            <td>
                <button type="button" class="link" data-testid=format!("line-{id}-remove")
                    aria-label=move || format!("{} {}", t.remove, name())
                    on:click=move |_| send(state, P::RemoveLine { id })>{t.remove}</button>
            </td>
        </tr>
    }
}

/// An edit for a line that is still there; a line removed meanwhile gives no edit and no message.
trait OrDefault {
    fn ok_or_default(self) -> Result<Edit, String>;
}

impl OrDefault for Option<Edit> {
    fn ok_or_default(self) -> Result<Edit, String> {
        self.ok_or_else(String::new)
    }
}
