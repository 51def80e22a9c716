//! Each member's calls and marketplace bid as a table of fields, 98 rows of two.
//!
//! The fields follow the same rules as every number field ([`Rules`]), but the table is drawn by one
//! closure and listens for input once, on its body, rather than a component per field. An edit changes
//! every member's figures; with a component per field each one re-ran and re-registered with the
//! report it read, which with 196 fields cost more than the rest of the redraw. Here the rows are
//! redrawn in place (only changed text and values are written) and what is half typed is kept beside
//! them, by cell, so a redraw never loses it.

use super::settled::Settled;
use super::{read, signed_whole};
use crate::field_names::FieldId;
use crate::format::number;
use crate::state::AppState;
use crate::view::fields::{whole_number, Draft, Rules};
use ddh_engine::keys::edit::KeysEdit as K;
use ddh_engine::keys::section::{MAX_CALLS, MAX_HOURS};
use ddh_engine::keys::Field;
use ddh_engine::Edit;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use rust_decimal::Decimal;

/// Which of a member's fields a cell holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Column {
    Calls,
    Bid,
}

impl Column {
    fn slug(self) -> &'static str {
        match self {
            Column::Calls => "calls",
            Column::Bid => "bid",
        }
    }

    fn from_slug(slug: &str) -> Option<Column> {
        [Column::Calls, Column::Bid]
            .into_iter()
            .find(|c| c.slug() == slug)
    }

    /// The rules of the cell for member `code`.
    fn rules(self, state: AppState, code: u16) -> Rules {
        match self {
            Column::Calls => Rules {
                reading: Default::default(),
                to_edit: whole_number(state, 0, MAX_CALLS.unsigned_abs(), move |calls: i64| {
                    Edit::Keys(K::SetCalls { code, calls })
                }),
                restore: None,
                optional: false,
            },
            Column::Bid => Rules {
                reading: Default::default(),
                to_edit: signed_whole(state, MAX_HOURS, move |hours| K::SetBid { code, hours }),
                restore: Some(Callback::new(move |before: Option<Decimal>| {
                    let hours = before.and_then(|b| i64::try_from(b).ok()).unwrap_or(0);
                    Some(Edit::Keys(K::SetBid { code, hours }))
                })),
                optional: true,
            },
        }
    }

    /// The name of the cell in the list of unreadable fields, unique on the page.
    fn key(self, code: u16) -> String {
        format!("keys-{}-{code}", self.slug())
    }
}

/// What is half typed into one cell, and whether the user has left it.
#[derive(Clone, PartialEq)]
struct Typed {
    code: u16,
    column: Column,
    draft: Draft,
    left: bool,
}

/// One row's figures: the member, its calls (given or illustrative) and its bid with the path the
/// engine names it by.
#[derive(Clone, PartialEq)]
struct Row {
    code: u16,
    name: String,
    calls: Option<Decimal>,
    bid: Option<Decimal>,
    bid_field: FieldId,
}

#[component]
pub fn MemberTable(state: AppState, settled: Settled) -> impl IntoView {
    let t = crate::areas::keys::texts::current();
    let typed = RwSignal::new(Vec::<Typed>::new());
    // Leaving the table (closing it) takes its half-typed cells off the list of unreadable fields.
    on_cleanup(move || {
        typed.with_untracked(|all| {
            for cell in all {
                state.mark_unreadable(&cell.column.key(cell.code), "", false);
            }
        });
    });
    // The members from the scenario (not from the figures: while the area is refused its rows are
    // still there to put it right), in code order as the engine resolves them.
    let rows = Memo::new(move |_| {
        let members = state
            .scenario
            .with(|s| ddh_engine::members::resolve(&s.members).unwrap_or_default());
        let calls = state.areas.keys().figures.with(|r| {
            r.as_ref()
                .map(|r| {
                    r.members
                        .iter()
                        .map(|m| (m.code, m.calls))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        });
        let bids = read(state, |k| k.marketplace.bids.clone());
        members
            .into_iter()
            .map(|m| {
                let bid = bids.iter().position(|b| b.code == m.code);
                Row {
                    code: m.code,
                    calls: calls
                        .iter()
                        .find(|(code, _)| *code == m.code)
                        .map(|(_, calls)| Decimal::from(*calls)),
                    bid: bid.and_then(|i| bids.get(i)).map(|b| b.hours.into()),
                    bid_field: bid
                        .map_or_else(FieldId::nowhere, |i| FieldId::of(Field::BidHours(i))),
                    name: m.name,
                }
            })
            .collect::<Vec<_>>()
    });
    let value_of = move |code: u16, column: Column| {
        rows.with_untracked(|rows| {
            let row = rows.iter().find(|r| r.code == code)?;
            match column {
                Column::Calls => row.calls,
                Column::Bid => row.bid,
            }
        })
    };
    // Each cell's rules, made when first needed and kept while the table is open.
    let made = StoredValue::new(Vec::<(u16, Column, Rules)>::new());
    let rules_of = move |code: u16, column: Column| {
        let known = made.with_value(|made| {
            made.iter()
                .find(|(c, col, _)| *c == code && *col == column)
                .map(|(_, _, rules)| *rules)
        });
        known.unwrap_or_else(|| {
            let rules = column.rules(state, code);
            made.update_value(|made| made.push((code, column, rules)));
            rules
        })
    };
    // The cell an event came from: its member and column, from the input's data attributes.
    let cell_of = |event: &web_sys::Event| {
        let input = event
            .target()?
            .dyn_into::<web_sys::HtmlInputElement>()
            .ok()?;
        let code = input.get_attribute("data-code")?.parse::<u16>().ok()?;
        let column = Column::from_slug(&input.get_attribute("data-column")?)?;
        Some((code, column, input))
    };
    let label_of = move |code: u16, column: Column| {
        let name = rows.with_untracked(|rows| {
            rows.iter()
                .find(|r| r.code == code)
                .map(|r| r.name.clone())
                .unwrap_or_default()
        });
        match column {
            Column::Calls => (t.calls_of)(&name),
            Column::Bid => (t.bid_of)(&name),
        }
    };
    let on_input = move |event: web_sys::Event| {
        let Some((code, column, input)) = cell_of(&event) else {
            return;
        };
        let at = |c: &Typed| c.code == code && c.column == column;
        // The tables and charts under the list follow when typing pauses.
        settled.typing();
        let before =
            typed.with_untracked(|all| all.iter().find(|c| at(c)).map(|c| c.draft.clone()));
        let draft = rules_of(code, column).typed(
            state,
            (&column.key(code), &label_of(code, column)),
            input.value(),
            before,
            value_of(code, column),
        );
        typed.update(|all| {
            all.retain(|c| !at(c));
            all.push(Typed {
                code,
                column,
                draft,
                left: false,
            });
        });
    };
    let on_change = move |event: web_sys::Event| {
        let Some((code, column, _)) = cell_of(&event) else {
            return;
        };
        let at = |c: &Typed| c.code == code && c.column == column;
        let keep = typed.with_untracked(|all| {
            let draft = all.iter().find(|c| at(c)).map(|c| &c.draft);
            rules_of(code, column).left(state, (&column.key(code), &label_of(code, column)), draft)
        });
        typed.update(|all| {
            if keep {
                all.iter_mut().filter(|c| at(c)).for_each(|c| c.left = true);
            } else {
                all.retain(|c| !at(c));
            }
        });
    };
    // A cell: what is half typed over the current scenario, or the scenario's value; and what is
    // wrong with it, the cell's own reading first, then the engine's objection to its field.
    // A member's calls are refused as a list (the engine reads them as one), so each row shows it.
    let calls_field = FieldId::of(Field::Calls);
    let cell = move |code: u16,
                     column: Column,
                     value: Option<Decimal>,
                     field: &FieldId,
                     label: String| {
        let (text, problem) = typed.with(|all| {
            let cell = all.iter().find(|c| c.code == code && c.column == column);
            let text = cell.and_then(|c| c.draft.current(state).map(|text| (text, c.left)));
            let problem =
                text.and_then(|(text, left)| rules_of(code, column).problem(state, text, left));
            (text.map(|(text, _)| text.to_owned()), problem)
        });
        let problem = problem.or_else(|| state.error_at(field));
        let text = text.unwrap_or_else(|| value.map(number).unwrap_or_default());
        let invalid = problem.is_some();
        view! {
            <td data-label=match column { Column::Calls => t.calls, Column::Bid => t.bid }><label class="number-field" class:invalid=invalid>
                <span class="visually-hidden">{label}</span>
                <input type="text" inputmode="decimal" prop:value=text
                    data-testid=column.key(code) data-code=code data-column=column.slug()
                    aria-invalid=if invalid { "true" } else { "false" } />
                {problem.map(|message| view! { <span class="field-error" role="alert">{message}</span> })}
            </label></td>
        }
    };
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t.calls_heading>
            <table class="steps-table stack-narrow" data-testid="keys-calls-table">
                <thead><tr>
                    <th scope="col">{t.member}</th>
                    <th scope="col">{t.calls}</th>
                    <th scope="col">{t.bid}</th>
                </tr></thead>
                // Leaving a field ends its undo step, even when `change` does not fire.
                <tbody on:input=on_input on:change=on_change on:focusout=move |_| {
                    state.close_group();
                    settled.typed();
                }>
                    {move || rows.with(|rows| rows.iter().map(|row| {
                        let code = row.code;
                        view! {
                            <tr>
                                <th scope="row">{row.name.clone()}</th>
                                {cell(code, Column::Calls, row.calls, &calls_field, (t.calls_of)(&row.name))}
                                {cell(code, Column::Bid, row.bid, &row.bid_field, (t.bid_of)(&row.name))}
                            </tr>
                        }
                    }).collect_view())}
                </tbody>
            </table>
        </div>
    }
}
