//! Edits of the keys section. Numbers are stored as typed, even when evaluation will refuse them
//! (weights adding up to 90 %, say), so nothing the user typed is lost. Refused here: calls or a bid
//! for a municipality that is not a member, and a list past its limit.

use super::section::{AarhusSeat, CallsEntry, Fill, Keys, SeatMethod, Source};
use crate::areas::keys::field::Field;
use crate::areas::keys::report::KeyId;
use crate::areas::members::Member;
use crate::common::error::{Error, Problem};
use crate::common::money::Money;
use rust_decimal::Decimal;

/// The most calls entries and bids kept (every municipality once, and room to spare).
pub const MAX_ENTRIES: usize = 200;

/// One change to the keys section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeysEdit {
    /// Where the hours and cost come from.
    SetSource(Source),
    /// The typed agent hours a year.
    SetTypedHours(i64),
    /// The typed cost.
    SetTypedCost(Money),
    /// A member's calls. Illustrative calls become the user's first, so the others keep their values.
    SetCalls {
        /// The member.
        code: u16,
        /// Calls in the year.
        calls: i64,
    },
    /// Replace every member's calls by an imported list (members not in it have none).
    ImportCalls(Vec<(u16, u64)>),
    /// Back to the illustrative calls.
    UseIllustrativeCalls,
    /// The economic model's weights, %.
    SetWeights {
        /// Population share's weight.
        population: Decimal,
        /// Call share's weight.
        calls: Decimal,
    },
    /// The bounds, % of the population share.
    SetBounds {
        /// Floor.
        floor: Decimal,
        /// Cap.
        cap: Decimal,
    },
    /// The base share, %.
    SetBasePercent(Decimal),
    /// A member's bid in hours (negative: hours offered back; 0 removes the bid).
    SetBid {
        /// The member.
        code: u16,
        /// Hours a year.
        hours: i64,
    },
    /// The fill rule.
    SetFill(Fill),
    /// The compensation per hour.
    SetCompensation(Money),
    /// Whether the jumpseat cut applies, and its hours (`None`: the hours area's estimate).
    SetJumpseat {
        /// Applies.
        apply: bool,
        /// Hours a year.
        hours: Option<i64>,
    },
    /// The steering group's seats.
    SetSeats {
        /// Seats in all.
        count: u32,
        /// Method.
        method: SeatMethod,
        /// Aarhus's fixed seat.
        aarhus: AarhusSeat,
    },
    /// The key weighed against today's.
    ChooseKey(KeyId),
}

impl Keys {
    /// Applies `edit`. `members` are the members taking part (for the calls and bids, which only a
    /// member can have), and `illustrative` their illustrative calls, in the same order.
    ///
    /// # Errors
    /// [`Problem::NotAMember`] for calls or a bid of a municipality not taking part;
    /// [`Problem::TooMany`] past [`MAX_ENTRIES`].
    pub fn apply(
        &mut self,
        edit: KeysEdit,
        members: &[Member],
        illustrative: &[u64],
    ) -> Result<(), Error> {
        let not_a_member = |field: Field, code: u16| {
            if members.iter().any(|m| m.code == code) {
                Ok(())
            } else {
                Err(Error::new(field, Problem::NotAMember { code }))
            }
        };
        match edit {
            KeysEdit::SetSource(source) => self.source = source,
            KeysEdit::SetTypedHours(hours) => self.typed_hours = hours,
            KeysEdit::SetTypedCost(cost) => self.typed_cost = cost,
            KeysEdit::SetCalls { code, calls } => {
                not_a_member(Field::Calls, code)?;
                if self.calls_illustrative {
                    self.calls = members
                        .iter()
                        .zip(illustrative)
                        .map(|(m, &calls)| CallsEntry {
                            code: m.code,
                            calls: i64::try_from(calls).unwrap_or(i64::MAX),
                        })
                        .collect();
                    self.calls_illustrative = false;
                }
                let count = self.calls.len();
                match self.calls.iter_mut().find(|e| e.code == code) {
                    Some(entry) => entry.calls = calls,
                    None if count >= MAX_ENTRIES => {
                        return Err(Error::new(
                            Field::Calls,
                            Problem::TooMany { max: MAX_ENTRIES },
                        ))
                    }
                    None => self.calls.push(CallsEntry { code, calls }),
                }
            }
            KeysEdit::ImportCalls(entries) => {
                if entries.len() > MAX_ENTRIES {
                    return Err(Error::new(
                        Field::Calls,
                        Problem::TooMany { max: MAX_ENTRIES },
                    ));
                }
                for &(code, _) in &entries {
                    not_a_member(Field::Calls, code)?;
                }
                self.calls = entries
                    .into_iter()
                    .map(|(code, calls)| CallsEntry {
                        code,
                        calls: i64::try_from(calls).unwrap_or(i64::MAX),
                    })
                    .collect();
                self.calls_illustrative = false;
            }
            KeysEdit::UseIllustrativeCalls => self.calls_illustrative = true,
            KeysEdit::SetWeights { population, calls } => {
                self.economic.population_weight_percent = population;
                self.economic.calls_weight_percent = calls;
            }
            KeysEdit::SetBounds { floor, cap } => {
                self.bounded.floor_percent = floor;
                self.bounded.cap_percent = cap;
            }
            KeysEdit::SetBasePercent(percent) => self.marketplace.base_percent = percent,
            KeysEdit::SetBid { code, hours } => {
                not_a_member(Field::Bids, code)?;
                let bids = &mut self.marketplace.bids;
                match bids.iter().position(|b| b.code == code) {
                    Some(at) if hours == 0 => {
                        bids.remove(at);
                    }
                    Some(at) => {
                        if let Some(bid) = bids.get_mut(at) {
                            bid.hours = hours;
                        }
                    }
                    None if hours == 0 => {}
                    None if bids.len() >= MAX_ENTRIES => {
                        return Err(Error::new(
                            Field::Bids,
                            Problem::TooMany { max: MAX_ENTRIES },
                        ))
                    }
                    None => bids.push(super::section::Bid { code, hours }),
                }
            }
            KeysEdit::SetFill(fill) => self.marketplace.fill = fill,
            KeysEdit::SetCompensation(amount) => self.marketplace.compensation_per_hour = amount,
            KeysEdit::SetJumpseat { apply, hours } => {
                self.jumpseat.apply = apply;
                self.jumpseat.hours = hours;
            }
            KeysEdit::SetSeats {
                count,
                method,
                aarhus,
            } => {
                self.seats.count = count;
                self.seats.method = method;
                self.seats.aarhus = aarhus;
            }
            KeysEdit::ChooseKey(key) => self.chosen_key = key,
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use crate::areas::keys::section::{Bid, CallsEntry};
    use crate::areas::members::section::MemberSelection;

    /// The 13 members named in 2024–25 (Aarhus 751, Odder 727, …) and illustrative calls 1, 2, 3, …
    fn members() -> (Vec<Member>, Vec<u64>) {
        let members = crate::areas::members::resolve(&MemberSelection::default()).unwrap();
        let illustrative = (1..=members.len() as u64).collect();
        (members, illustrative)
    }

    fn refused(keys: &mut Keys, edit: KeysEdit) -> (String, Problem) {
        let (members, illustrative) = members();
        let before = keys.clone();
        let error = keys.apply(edit, &members, &illustrative).unwrap_err();
        assert_eq!(*keys, before, "a refused edit changes nothing");
        (error.field, error.problem)
    }

    #[test]
    fn a_members_calls_make_the_illustrative_calls_the_users_first() {
        let (members, illustrative) = members();
        let mut keys = Keys::default();
        keys.apply(
            KeysEdit::SetCalls {
                code: 727,
                calls: 500,
            },
            &members,
            &illustrative,
        )
        .unwrap();
        assert!(!keys.calls_illustrative);
        let odder = members.iter().position(|m| m.code == 727).unwrap();
        for (entry, (member, &calls)) in keys.calls.iter().zip(members.iter().zip(&illustrative)) {
            let expected = if member.code == 727 {
                500
            } else {
                calls as i64
            };
            assert_eq!((entry.code, entry.calls), (member.code, expected));
        }
        assert_eq!(keys.calls[odder].calls, 500);
        let (field, problem) = refused(
            &mut keys,
            KeysEdit::SetCalls {
                code: 101,
                calls: 1,
            },
        );
        assert_eq!(
            (field.as_str(), problem),
            ("keys.calls", Problem::NotAMember { code: 101 })
        );
    }

    /// A new calls entry or bid past the limit is refused, while one already there can change.
    #[test]
    fn lists_are_refused_past_their_limit() {
        let (members, illustrative) = members();
        let full: Vec<CallsEntry> = (0..MAX_ENTRIES)
            .map(|i| CallsEntry {
                code: 9_000 + i as u16,
                calls: 1,
            })
            .collect();
        let mut keys = Keys {
            calls: full.clone(),
            calls_illustrative: false,
            ..Keys::default()
        };
        let (field, problem) = refused(
            &mut keys,
            KeysEdit::SetCalls {
                code: 751,
                calls: 7,
            },
        );
        assert_eq!(
            (field.as_str(), problem),
            ("keys.calls", Problem::TooMany { max: MAX_ENTRIES })
        );
        keys.calls.pop();
        keys.apply(
            KeysEdit::SetCalls {
                code: 751,
                calls: 7,
            },
            &members,
            &illustrative,
        )
        .unwrap();
        assert_eq!(keys.calls.last().map(|e| (e.code, e.calls)), Some((751, 7)));
        // An import of exactly the limit is taken; one more is refused.
        let import = |n: usize| KeysEdit::ImportCalls(vec![(751, 3); n]);
        keys.apply(import(MAX_ENTRIES), &members, &illustrative)
            .unwrap();
        assert_eq!(keys.calls.len(), MAX_ENTRIES);
        let (_, problem) = refused(&mut keys, import(MAX_ENTRIES + 1));
        assert_eq!(problem, Problem::TooMany { max: MAX_ENTRIES });
        // Bids likewise.
        keys.marketplace.bids = (0..MAX_ENTRIES)
            .map(|i| Bid {
                code: 9_000 + i as u16,
                hours: 1,
            })
            .collect();
        let (field, problem) = refused(
            &mut keys,
            KeysEdit::SetBid {
                code: 751,
                hours: 5,
            },
        );
        assert_eq!(
            (field.as_str(), problem),
            (
                "keys.marketplace.bids",
                Problem::TooMany { max: MAX_ENTRIES }
            )
        );
        // A bid of 0 for a member without one changes nothing, even with the list full.
        keys.apply(
            KeysEdit::SetBid {
                code: 751,
                hours: 0,
            },
            &members,
            &illustrative,
        )
        .unwrap();
        assert_eq!(keys.marketplace.bids.len(), MAX_ENTRIES);
    }

    /// A bid is added, changed, and removed by a bid of 0; other members' bids stay.
    #[test]
    fn a_bid_of_zero_removes_the_bid() {
        let (members, illustrative) = members();
        let mut keys = Keys::default();
        let mut bid = |code, hours| {
            keys.apply(KeysEdit::SetBid { code, hours }, &members, &illustrative)
                .unwrap();
            keys.marketplace
                .bids
                .iter()
                .map(|b| (b.code, b.hours))
                .collect::<Vec<_>>()
        };
        assert_eq!(bid(751, 0), []);
        assert_eq!(bid(751, 40), [(751, 40)]);
        assert_eq!(bid(727, -10), [(751, 40), (727, -10)]);
        assert_eq!(bid(751, 25), [(751, 25), (727, -10)]);
        assert_eq!(bid(727, 0), [(751, 25)]);
        let (field, problem) = refused(
            &mut keys,
            KeysEdit::SetBid {
                code: 101,
                hours: 1,
            },
        );
        assert_eq!(
            (field.as_str(), problem),
            ("keys.marketplace.bids", Problem::NotAMember { code: 101 })
        );
    }
}
