//! The keys' figures as blocks: every member under every key side by side, one key in detail, and the
//! steering group's seats. Formatting and ordering only: every number is the engine's.

use crate::format::{count, duration, kroner, percent};
use crate::view::blocks::Block;
use ddh_engine::keys::bounded::Bound;
use ddh_engine::keys::calls::{ODSHERRED, SKANDERBORG};
use ddh_engine::keys::report::{KeyId, KeysReport, MemberKeys};
use ddh_engine::money::Money;

fn money(m: Money) -> String {
    kroner(m.kroner())
}

fn hours(minutes: u64) -> String {
    duration(i64::try_from(minutes).unwrap_or(i64::MAX))
}

/// Members ordered by their change in cost under the key at `column`: the largest saving first.
fn by_change(report: &KeysReport, column: usize) -> Vec<&MemberKeys> {
    let order = report
        .by_change
        .get(column)
        .map(Vec::as_slice)
        .unwrap_or_default();
    order
        .iter()
        .filter_map(|&i| report.members.get(i))
        .collect()
}

/// The orders the side-by-side table can be read in (the positions of `Texts::orders`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Order {
    /// By the change under the chosen key, the largest saving first.
    SavingFirst,
    /// By the change under the chosen key, the largest rise first.
    RiseFirst,
    /// By population, the largest first (the report's own order).
    Largest,
}

impl Order {
    const ALL: [Order; 3] = [Order::SavingFirst, Order::RiseFirst, Order::Largest];

    /// The order at `position` in the choice (the first for a position out of range).
    pub fn at(position: usize) -> Order {
        Order::ALL
            .get(position)
            .copied()
            .unwrap_or(Order::SavingFirst)
    }
}

/// The side-by-side table in `order` (by the change under the key at `column`, or by size), with the
/// sums and the notes on the bounded variants and the proposal's examples.
pub fn side_by_side(report: &KeysReport, column: usize, order: Order) -> Vec<Block> {
    let t = crate::areas::keys::texts::current();
    // The chosen key's columns first, beside the members' names, so that they are in view without
    // scrolling sideways; the other keys after it in their own order.
    let columns: Vec<usize> = std::iter::once(column)
        .chain((0..report.keys.len()).filter(|&other| other != column))
        .collect();
    let mut head = vec![t.member.to_owned()];
    for name in columns.iter().filter_map(|&c| t.keys.get(c)) {
        head.push((t.hours_of)(name));
        head.push((t.kroner_of)(name));
        head.push((t.change_of)(name));
    }
    let members: Vec<&MemberKeys> = match order {
        Order::SavingFirst => by_change(report, column),
        Order::RiseFirst => by_change(report, column).into_iter().rev().collect(),
        Order::Largest => report.members.iter().collect(),
    };
    let mut rows: Vec<Vec<String>> = members
        .into_iter()
        .map(|member| {
            let mut row = vec![member.name.clone()];
            for part in columns.iter().filter_map(|&c| member.keys.get(c)) {
                row.push(hours(part.minutes));
                row.push(money(part.cost));
                row.push(money(part.cost_change));
            }
            row
        })
        .collect();
    let mut total = vec![t.total.to_owned()];
    for sum in columns.iter().filter_map(|&c| report.sums.get(c)) {
        total.push(hours(sum.minutes));
        total.push(money(sum.cost));
        total.push(String::new());
    }
    rows.push(total);
    let differ: Vec<&str> = report
        .members
        .iter()
        .filter(|m| m.bounded.rescaled_outside)
        .map(|m| m.name.as_str())
        .collect();
    let mut blocks = vec![
        Block::Text {
            text: String::new(),
            strong: if report.sums_equal {
                (t.sums_equal)(&hours(report.minutes), &money(report.cost))
            } else {
                t.sums_differ.to_owned()
            },
            testid: "keys-sums",
        },
        Block::Note(t.sort_note.to_owned()),
        Block::Table {
            label: t.side_heading.to_owned(),
            head,
            rows,
            testid: "keys-side-by-side",
        },
        Block::Note(if differ.is_empty() {
            t.differ_none.to_owned()
        } else {
            (t.differ)(&differ.join(", "))
        }),
    ];
    for member in &report.members {
        let example = match (member.code, member.bounded.bound) {
            (SKANDERBORG, Bound::Floor) => Some(t.example_floor),
            (ODSHERRED, Bound::Cap) => Some(t.example_cap),
            _ => None,
        };
        if let Some(example) = example {
            blocks.push(Block::Note(example(&percent(member.bounded.bounded_share))));
        }
    }
    blocks
}

/// The key at `column` in detail: its own figures per member.
pub fn detail(report: &KeysReport, column: usize) -> Vec<Block> {
    let t = crate::areas::keys::texts::current();
    let key = report
        .keys
        .get(column)
        .copied()
        .unwrap_or(KeyId::Population);
    let name = t.keys.get(column).copied().unwrap_or_default();
    let mut head = vec![
        t.member.to_owned(),
        t.hours.to_owned(),
        t.kroner.to_owned(),
        t.change.to_owned(),
    ];
    let bound = |b: Bound| {
        t.bounds
            .get(match b {
                Bound::Free => 0,
                Bound::Floor => 1,
                Bound::Cap => 2,
            })
            .copied()
            .unwrap_or_default()
            .to_owned()
    };
    let mut notes = Vec::new();
    match key {
        KeyId::Population => {}
        KeyId::Economic => {
            head.extend([t.fee, t.credit, t.net].map(str::to_owned));
            notes.push(t.economic_note.to_owned());
        }
        KeyId::Bounded | KeyId::BoundedExact => {
            head.extend(
                [
                    t.population_share,
                    t.call_share,
                    t.bounded_share,
                    t.bound,
                    t.rescaled,
                    t.exact,
                    t.exact_bound,
                ]
                .map(str::to_owned),
            );
            notes.push(t.bounded_note.to_owned());
        }
        KeyId::Marketplace => {
            head.extend(t.market_columns.map(str::to_owned));
            let m = &report.marketplace;
            notes.push((t.market_summary)(
                &hours(m.base),
                &hours(m.supply),
                &hours(m.demand),
                &money(m.compensation),
            ));
            if m.oversubscribed {
                notes.push(t.oversubscribed.to_owned());
            } else if m.demand > 0 && m.demand < m.supply {
                notes.push(t.undersubscribed.to_owned());
            }
            notes.push(t.market_note.to_owned());
        }
    }
    let rows = report
        .members
        .iter()
        .map(|member| {
            let part = member.keys.get(column).copied();
            let mut row = vec![
                member.name.clone(),
                part.map(|p| hours(p.minutes)).unwrap_or_default(),
                part.map(|p| money(p.cost)).unwrap_or_default(),
                part.map(|p| money(p.cost_change)).unwrap_or_default(),
            ];
            match key {
                KeyId::Population => {}
                KeyId::Economic => {
                    let e = member.economic;
                    row.extend([money(e.fee), money(e.credit), money(e.net)]);
                }
                KeyId::Bounded | KeyId::BoundedExact => {
                    let b = member.bounded;
                    row.extend([
                        percent(member.population_share),
                        percent(member.call_share),
                        percent(b.bounded_share),
                        bound(b.bound),
                        percent(b.rescaled_share),
                        percent(b.exact_share),
                        bound(b.exact_bound),
                    ]);
                }
                KeyId::Marketplace => {
                    let m = member.marketplace;
                    row.extend([
                        hours(m.base),
                        hours(m.offered),
                        hours(m.bid),
                        hours(m.won),
                        hours(m.filled),
                        duration(m.moved),
                        money(m.settlement),
                    ]);
                }
            }
            row
        })
        .collect();
    let mut blocks = vec![Block::Table {
        label: name.to_owned(),
        head,
        rows,
        testid: "keys-detail",
    }];
    blocks.extend(notes.into_iter().map(Block::Note));
    blocks
}

/// The seats per region.
pub fn seats(report: &KeysReport) -> Vec<Block> {
    let t = crate::areas::keys::texts::current();
    let rows = report
        .seats
        .regions
        .iter()
        .map(|r| {
            let seats = if r.fixed_seat && report.seats.aarhus_member {
                format!("{} ({} 1)", r.seats, t.fixed_seat)
            } else {
                r.seats.to_string()
            };
            vec![
                (crate::texts::current().engine.words.region)(r.region).to_owned(),
                r.members.to_string(),
                count(r.population),
                seats,
            ]
        })
        .collect();
    vec![
        Block::Table {
            label: t.seats_heading.to_owned(),
            head: [t.region, t.members, t.population, t.seats]
                .map(str::to_owned)
                .to_vec(),
            rows,
            testid: "keys-seats-table",
        },
        Block::Text {
            text: String::new(),
            strong: (t.seats_given)(report.seats.seats),
            testid: "keys-seats-given",
        },
        Block::Note(t.seats_note.to_owned()),
    ]
}
