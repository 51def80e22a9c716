//! The engine's invariants over generated scenarios and edits: no panic on any input or any sequence of
//! edits, bills that add up, prices that never fall as members leave, undo that restores exactly, and a
//! scenario that survives a JSON round trip unchanged.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

mod formats;

use ddh_engine::common::field::FieldPath;
use ddh_engine::dataset::{municipalities, Quarter};
use ddh_engine::date::Date;
use ddh_engine::document::sections::{self, Sections};
use ddh_engine::edit::{LeavingEdit, MembersEdit, TenderEdit};
use ddh_engine::error::{Problem, Unreadable};
use ddh_engine::history::History;
use ddh_engine::hours::clock::ClockTime;
use ddh_engine::hours::edit::{HoursEdit, Schedule};
use ddh_engine::hours::section::{Interval, MovedTo, Service, Staffing};
use ddh_engine::keys::bounded::{self, Bound};
use ddh_engine::keys::edit::KeysEdit;
use ddh_engine::keys::report::KeyId;
use ddh_engine::keys::section::{AarhusSeat, Bid, Bounded, CallsEntry, Fill, SeatMethod, Source};
use ddh_engine::keys::shape::{Input, Party, Total};
use ddh_engine::members::{largest_first, resolve};
use ddh_engine::money::Money;
use ddh_engine::presets::PresetId;
use ddh_engine::procurement::edit::ProcurementEdit;
use ddh_engine::procurement::section::{
    Basis, CapComponent, CapConsequence, Category, LineRole, Offer, PriceCap, PriceLine, Term,
    Timing,
};
use ddh_engine::scenario::{CostItem, CostKind, LeavingOrder, PopulationOverride};
use ddh_engine::share::{self, LinkError};
use ddh_engine::years::edit::YearsEdit;
use ddh_engine::{evaluate, hours, keys, procurement, years, Edit, Scenario};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// The format's documentation: every error's field must be a path listed in it.
const FORMATS: &str = include_str!("../FORMATS.md");

/// Whether `field`, with its list indices written `[i]`, is listed in `engine/FORMATS.md` as `` `path` ``.
fn documented(field: &str) -> bool {
    FORMATS.contains(&format!("`{}`", formats::as_pattern(field)))
}

/// Whether fields within `object` are listed in `engine/FORMATS.md` (`` `object.…` ``).
fn documented_object(object: &str) -> bool {
    FORMATS.contains(&format!("`{}.", formats::as_pattern(object)))
}

fn all_codes() -> Vec<u16> {
    municipalities(Quarter::Q2025K1)
        .unwrap()
        .iter()
        .map(|m| m.code)
        .collect()
}

/// Valid scenarios: 1–98 distinct members, overrides, cost items in whole øre, any order and target.
fn valid_scenario() -> impl Strategy<Value = Scenario> {
    let codes = proptest::sample::subsequence(all_codes(), 1..=98);
    let overrides = proptest::collection::vec(
        (proptest::sample::select(all_codes()), 1i64..2_000_000),
        0..5,
    );
    let items = proptest::collection::vec((0i64..100_000_000_000, any::<bool>()), 0..8);
    let order = prop_oneof![
        Just(LeavingOrder::LargestFirst),
        Just(LeavingOrder::SmallestFirst),
        Just(LeavingOrder::Custom)
    ];
    let custom = proptest::sample::subsequence(all_codes(), 0..10).prop_shuffle();
    let target = proptest::option::of(1i64..100_000);
    (
        codes,
        overrides,
        items,
        order,
        custom,
        target,
        1u32..40,
        any::<u64>(),
    )
        .prop_map(
            |(codes, overrides, items, order, custom, target, draws, seed)| {
                let mut scenario = Scenario::default();
                scenario.members.codes = codes;
                let mut seen = std::collections::BTreeSet::new();
                scenario.members.population_overrides = overrides
                    .into_iter()
                    .filter(|(code, _)| seen.insert(*code))
                    .map(|(code, population)| PopulationOverride { code, population })
                    .collect();
                scenario.tender.cost_items = items
                    .into_iter()
                    .zip(1..)
                    .map(|((ore, supplier), id)| CostItem {
                        id,
                        name: "Post".into(),
                        amount: Money::from_ore(ore),
                        kind: if supplier {
                            CostKind::Supplier
                        } else {
                            CostKind::Internal
                        },
                    })
                    .collect();
                scenario.leaving.order = order;
                scenario.leaving.custom_order = custom;
                scenario.leaving.target_price_per_citizen = target.map(|t| Decimal::new(t, 2));
                scenario.leaving.random_draws = draws;
                scenario.leaving.seed = seed;
                scenario
            },
        )
}

/// Any edit, with codes, ids and values both valid and not.
fn any_edit() -> impl Strategy<Value = Edit> {
    let code = prop_oneof![proptest::sample::select(all_codes()), any::<u16>()];
    let id = 0u32..12;
    let order = prop_oneof![
        Just(LeavingOrder::LargestFirst),
        Just(LeavingOrder::SmallestFirst),
        Just(LeavingOrder::Custom)
    ];
    prop_oneof![
        (code.clone(), any::<bool>())
            .prop_map(|(code, member)| Edit::Members(MembersEdit::SetMember { code, member })),
        proptest::sample::select(PresetId::ALL.to_vec())
            .prop_map(|p| Edit::Members(MembersEdit::ApplyPreset(p))),
        proptest::sample::select(Quarter::ALL.to_vec())
            .prop_map(|q| Edit::Members(MembersEdit::SetQuarter(q))),
        (code.clone(), any::<i64>()).prop_map(|(code, population)| Edit::Members(
            MembersEdit::SetPopulation { code, population }
        )),
        code.clone()
            .prop_map(|code| Edit::Members(MembersEdit::ResetPopulation { code })),
        ".{0,12}".prop_map(|name| Edit::Tender(TenderEdit::AddCostItem { name })),
        (id.clone(), ".{0,12}")
            .prop_map(|(id, name)| Edit::Tender(TenderEdit::SetItemName { id, name })),
        (id.clone(), any::<i64>(), 0u32..5).prop_map(|(id, m, scale)| Edit::Tender(
            TenderEdit::SetItemAmount {
                id,
                amount: Money::from_kroner(Decimal::new(m, scale))
            }
        )),
        (id.clone(), any::<bool>()).prop_map(|(id, supplier)| Edit::Tender(
            TenderEdit::SetItemKind {
                id,
                kind: if supplier {
                    CostKind::Supplier
                } else {
                    CostKind::Internal
                }
            }
        )),
        id.prop_map(|id| Edit::Tender(TenderEdit::RemoveCostItem { id })),
        order.prop_map(|value| Edit::Leaving(LeavingEdit::SetLeavingOrder(value))),
        (code, 0usize..120).prop_map(|(code, position)| Edit::Leaving(
            LeavingEdit::MoveInCustomOrder { code, position }
        )),
        (0u32..6_000).prop_map(|value| Edit::Leaving(LeavingEdit::SetRandomDraws(value))),
        any::<u64>().prop_map(|value| Edit::Leaving(LeavingEdit::SetSeed(value))),
        proptest::option::of(any::<i64>())
            .prop_map(|t| Edit::Leaving(LeavingEdit::SetTarget(t.map(|t| Decimal::new(t, 2))))),
        ".{0,12}".prop_map(Edit::SetName),
        Just(Edit::Reset),
        procurement_edit().prop_map(Edit::Procurement),
        hours_edit().prop_map(Edit::Hours),
        keys_edit().prop_map(Edit::Keys),
        years_edit().prop_map(Edit::Years),
    ]
}

/// Any edit of the years section, with years, dates, amounts and index values valid and not.
fn years_edit() -> impl Strategy<Value = YearsEdit> {
    let code = prop_oneof![proptest::sample::select(all_codes()), any::<u16>()];
    let year = prop_oneof![2020i32..2040, 1990i32..2110];
    let id = 0u32..6;
    // Mostly the agreement's days (1 January, 1 July), sometimes any day.
    let date = prop_oneof![
        (2024i32..2034, any::<bool>()).prop_map(|(y, july)| Date::from_ymd(
            y,
            if july { 7 } else { 1 },
            1
        )),
        (2024i32..2034, 1u32..13, 1u32..29).prop_map(|(y, m, d)| Date::from_ymd(y, m, d)),
    ];
    let index = (-10i64..3_000, 0u32..5).prop_map(|(m, scale)| Decimal::new(m, scale));
    let amount = (-10i64..1_000_000_000, 0u32..4)
        .prop_map(|(m, scale)| Money::from_kroner(Decimal::new(m, scale)));
    let key = proptest::sample::select(KeyId::ALL.to_vec());
    let schedule = proptest::sample::select(vec![
        years::section::Schedule::Today,
        years::section::Schedule::Proposed,
    ]);
    prop_oneof![
        year.clone().prop_map(YearsEdit::SetFirstYear),
        year.clone().prop_map(YearsEdit::SetLastYear),
        key.prop_map(YearsEdit::SetKey),
        any::<bool>().prop_map(YearsEdit::SetHalfYearRule),
        Just(YearsEdit::AddCost),
        id.clone().prop_map(YearsEdit::RemoveCost),
        (id.clone(), amount).prop_map(|(id, amount)| YearsEdit::SetCostAmount { id, amount }),
        (id.clone(), year.clone()).prop_map(|(id, year)| YearsEdit::SetCostBaseYear { id, year }),
        (id.clone(), year.clone()).prop_map(|(id, year)| YearsEdit::SetCostFromYear { id, year }),
        (id, year.clone()).prop_map(|(id, year)| YearsEdit::SetCostToYear { id, year }),
        any::<bool>().prop_map(YearsEdit::IncludeStaffing),
        schedule.prop_map(YearsEdit::SetStaffingSchedule),
        any::<bool>().prop_map(YearsEdit::IncludePurchase),
        year.clone().prop_map(YearsEdit::SetPurchaseFirstYear),
        year.clone().prop_map(YearsEdit::SetPurchaseBaseYear),
        any::<bool>().prop_map(YearsEdit::IncludeTender),
        year.clone().prop_map(YearsEdit::SetTenderYear),
        (
            year.clone(),
            proptest::option::of(index.clone()),
            prop_oneof![Just(2015u16), Just(2025u16)]
        )
            .prop_map(|(year, value, base)| YearsEdit::SetIndexValue { year, value, base }),
        (
            prop_oneof![Just(2015u16), Just(2025u16)],
            proptest::option::of(index)
        )
            .prop_map(|(base, factor)| YearsEdit::SetChain { base, factor }),
        (code.clone(), any::<bool>())
            .prop_map(|(code, member)| YearsEdit::AddChange { code, member }),
        code.clone().prop_map(YearsEdit::RemoveChange),
        (code.clone(), proptest::option::of(date.clone())).prop_map(|(code, date)| {
            YearsEdit::SetJoins {
                code,
                date: date.flatten(),
            }
        }),
        (code.clone(), proptest::option::of(date.clone())).prop_map(|(code, date)| {
            YearsEdit::SetLeaves {
                code,
                date: date.flatten(),
            }
        }),
        (code.clone(), proptest::option::of(date)).prop_map(|(code, date)| YearsEdit::SetNotice {
            code,
            date: date.flatten()
        }),
        (code, any::<bool>()).prop_map(|(code, pays)| YearsEdit::SetPaysNotice { code, pays }),
    ]
}

/// Any edit of the keys section, valid or not.
fn keys_edit() -> impl Strategy<Value = KeysEdit> {
    let code = prop_oneof![proptest::sample::select(all_codes()), any::<u16>()];
    let percent = (-50i64..30_000, 0u32..4).prop_map(|(m, scale)| Decimal::new(m, scale));
    let source = proptest::sample::select(vec![Source::Today, Source::Proposed, Source::Typed]);
    prop_oneof![
        source.prop_map(KeysEdit::SetSource),
        (-10i64..30_000_000).prop_map(KeysEdit::SetTypedHours),
        any_money().prop_map(KeysEdit::SetTypedCost),
        (code.clone(), -10i64..200_000_000)
            .prop_map(|(code, calls)| KeysEdit::SetCalls { code, calls }),
        proptest::collection::vec((code.clone(), 0u64..1_000_000), 0..20)
            .prop_map(KeysEdit::ImportCalls),
        Just(KeysEdit::UseIllustrativeCalls),
        (percent.clone(), percent.clone())
            .prop_map(|(population, calls)| KeysEdit::SetWeights { population, calls }),
        (percent.clone(), percent.clone())
            .prop_map(|(floor, cap)| KeysEdit::SetBounds { floor, cap }),
        percent.prop_map(KeysEdit::SetBasePercent),
        (code, -30_000i64..30_000).prop_map(|(code, hours)| KeysEdit::SetBid { code, hours }),
        any::<bool>().prop_map(|b| KeysEdit::SetFill(if b {
            Fill::Population
        } else {
            Fill::Bidders
        })),
        any_money().prop_map(KeysEdit::SetCompensation),
        (any::<bool>(), proptest::option::of(-10i64..30_000))
            .prop_map(|(apply, hours)| KeysEdit::SetJumpseat { apply, hours }),
        (0u32..60, any::<bool>(), any::<bool>()).prop_map(|(count, dhondt, apart)| {
            KeysEdit::SetSeats {
                count,
                method: if dhondt {
                    SeatMethod::Dhondt
                } else {
                    SeatMethod::LargestRemainder
                },
                aarhus: if apart {
                    AarhusSeat::InAddition
                } else {
                    AarhusSeat::WithinRegion
                },
            }
        }),
        proptest::sample::select(KeyId::ALL.to_vec()).prop_map(KeysEdit::ChooseKey),
    ]
}

/// Any edit of the hours section, with days, intervals and values both valid and not.
fn hours_edit() -> impl Strategy<Value = HoursEdit> {
    let schedule = proptest::sample::select(vec![Schedule::Today, Schedule::Proposed]);
    let time = (
        0u16..25,
        proptest::sample::select(vec![0u16, 15, 30, 45, 10]),
    )
        .prop_map(|(h, m)| ClockTime::new(h, m).unwrap_or_default());
    let interval = (time.clone(), time, proptest::option::of(0u32..1_200)).prop_map(
        |(open, close, agents)| Interval {
            open,
            close,
            agents,
        },
    );
    let percent = (-50i64..15_000, 0u32..3).prop_map(|(m, scale)| Decimal::new(m, scale));
    let service = (
        0u32..8_000,
        percent.clone(),
        0u32..8_000,
        percent.clone(),
        percent.clone(),
        0u32..8_000,
    )
        .prop_map(
            |(aht, target, within, shrinkage, occupancy, patience)| Service {
                aht_seconds: aht,
                target_percent: target,
                target_seconds: within,
                shrinkage_percent: shrinkage,
                max_occupancy_percent: occupancy,
                patience_seconds: patience,
            },
        );
    prop_oneof![
        (1980i32..2110).prop_map(HoursEdit::SetYear),
        (schedule.clone(), 0usize..8)
            .prop_map(|(schedule, day)| HoursEdit::AddInterval { schedule, day }),
        (schedule.clone(), 0usize..8, 0usize..3, interval).prop_map(
            |(schedule, day, index, interval)| {
                HoursEdit::SetInterval {
                    schedule,
                    day,
                    index,
                    interval,
                }
            }
        ),
        (schedule.clone(), 0usize..8, 0usize..3).prop_map(|(schedule, day, index)| {
            HoursEdit::RemoveInterval {
                schedule,
                day,
                index,
            }
        }),
        schedule.prop_map(|to| HoursEdit::CopySchedule { to }),
        (0u32..1_200, any_money()).prop_map(|(agents_per_hour, hourly_rate)| {
            HoursEdit::SetStaffing(Staffing {
                agents_per_hour,
                hourly_rate,
            })
        }),
        (-10i64..2_000_000).prop_map(HoursEdit::SetCallsPerYear),
        (0usize..8, 0usize..25, percent.clone())
            .prop_map(|(day, hour, weight)| HoursEdit::SetProfileWeight { day, hour, weight }),
        (percent.clone(), any::<bool>()).prop_map(|(percent, week)| HoursEdit::SetMoved {
            percent,
            to: if week {
                MovedTo::Week
            } else {
                MovedTo::SameDay
            },
        }),
        service.prop_map(HoursEdit::SetService),
        percent.prop_map(HoursEdit::SetJumpseatPercent),
    ]
}

fn any_money() -> impl Strategy<Value = Money> {
    prop_oneof![
        (0i64..200_000_000).prop_map(Money::from_ore),
        (any::<i64>(), 0u32..5).prop_map(|(m, scale)| Money::from_kroner(Decimal::new(m, scale))),
    ]
}

fn any_price_line() -> impl Strategy<Value = PriceLine> {
    let role = proptest::sample::select(vec![
        LineRole::Base,
        LineRole::Option,
        LineRole::Extension,
        LineRole::AddOn,
    ]);
    let timing = proptest::sample::select(vec![Timing::OneOff, Timing::Monthly, Timing::Yearly]);
    (0u32..6, role, timing, any_basis(), any_money()).prop_map(
        |(id, role, timing, basis, amount)| PriceLine {
            id,
            name: "Linje".into(),
            role,
            timing,
            basis,
            amount,
        },
    )
}

fn any_basis() -> impl Strategy<Value = Basis> {
    proptest::sample::select(vec![Basis::Flat, Basis::PerMunicipality, Basis::PerCitizen])
}

/// Any edit of the procurement section, with ids and values both valid and not.
fn procurement_edit() -> impl Strategy<Value = ProcurementEdit> {
    let id = 0u32..6;
    let cap = (
        proptest::sample::select(vec![CapComponent::OneOff, CapComponent::Monthly]),
        (-200i64..20_000, 0u32..3),
        proptest::sample::select(vec![
            CapConsequence::ZeroPricePoints,
            CapConsequence::NonCompliant,
            CapConsequence::Cancellation,
        ]),
    )
        .prop_map(|(component, (m, scale), consequence)| PriceCap {
            component,
            margin_percent: Decimal::new(m, scale),
            consequence,
        });
    let offer = (
        id.clone(),
        any_basis(),
        any_money(),
        any_money(),
        proptest::option::of(any_money()),
    )
        .prop_map(|(id, basis, setup, yearly, yearly_high)| Offer {
            id,
            name: "Tilbud".into(),
            source: String::new(),
            basis,
            setup,
            yearly,
            yearly_high,
        });
    prop_oneof![
        proptest::sample::select(Category::ALL.to_vec()).prop_map(ProcurementEdit::SetCategory),
        (2022i32..2030, 1u32..13, 1u32..29)
            .prop_map(|(y, m, d)| ProcurementEdit::SetLaunchDate(Date::from_ymd(y, m, d).unwrap())),
        (any::<bool>(), 0u32..1_500)
            .prop_map(|(indefinite, months)| ProcurementEdit::SetTerm(Term { indefinite, months })),
        (0u32..1_500).prop_map(ProcurementEdit::SetExtensionMonths),
        any::<bool>().prop_map(ProcurementEdit::IncludeTenderSupplierItems),
        ".{0,8}".prop_map(|name| ProcurementEdit::AddLine { name }),
        any_price_line().prop_map(ProcurementEdit::SetLine),
        id.clone().prop_map(|id| ProcurementEdit::RemoveLine { id }),
        any::<bool>().prop_map(ProcurementEdit::SetCrossBorderInterest),
        cap.prop_map(ProcurementEdit::SetPriceCap),
        ".{0,8}".prop_map(|name| ProcurementEdit::AddOffer { name }),
        offer.prop_map(ProcurementEdit::SetOffer),
        id.prop_map(|id| ProcurementEdit::RemoveOffer { id }),
        (0u32..60).prop_map(ProcurementEdit::SetOfferYears),
    ]
}

/// Valid purchases: a few lines in whole øre, any term, a margin below 100 %.
fn valid_purchase() -> impl Strategy<Value = Scenario> {
    let lines = proptest::collection::vec(any_price_line(), 0..5);
    (
        lines,
        any::<bool>(),
        1u32..100,
        0u32..30,
        0i64..9_999,
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(lines, indefinite, months, extension, margin, monthly, tender_items)| {
                let mut scenario = Scenario::default();
                let p = &mut scenario.procurement;
                p.lines = lines
                    .into_iter()
                    .zip(1..)
                    .map(|(mut line, id)| {
                        line.id = id;
                        line.amount = Money::from_ore(
                            line.amount.to_ore().unwrap_or(0).rem_euclid(50_000_000),
                        );
                        line
                    })
                    .collect();
                p.term = Term { indefinite, months };
                p.extension_months = extension;
                p.price_cap.margin_percent = Decimal::new(margin, 2);
                p.price_cap.component = if monthly {
                    CapComponent::Monthly
                } else {
                    CapComponent::OneOff
                };
                p.include_tender_supplier_items = tender_items;
                scenario
            },
        )
}

/// The scenario with the capped price replaced by one flat line of `price`.
fn priced_at(scenario: &Scenario, price: Money) -> Scenario {
    let mut priced = scenario.clone();
    let p = &mut priced.procurement;
    let capped = match p.price_cap.component {
        CapComponent::OneOff => Timing::OneOff,
        CapComponent::Monthly => Timing::Monthly,
    };
    let recurring = |t: Timing| t != Timing::OneOff;
    p.lines
        .retain(|line| recurring(line.timing) != recurring(capped));
    if capped == Timing::OneOff {
        p.include_tender_supplier_items = false;
    }
    p.lines.push(PriceLine {
        id: 99,
        name: "Loft".into(),
        role: LineRole::Base,
        timing: capped,
        basis: Basis::Flat,
        amount: price,
    });
    priced
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn any_sequence_of_edits_evaluates_or_names_its_error(edits in proptest::collection::vec(any_edit(), 0..24)) {
        let mut scenario = Scenario::default();
        for edit in edits {
            let before = scenario.clone();
            if let Err(error) = scenario.apply(edit) {
                prop_assert!(documented(&error.field), "{} is not in FORMATS.md", error.field);
                prop_assert_eq!(&scenario, &before, "a refused edit changes nothing");
            }
        }
        let report = evaluate(&scenario);
        for error in report.errors() {
            prop_assert!(documented(&error.field), "{} is not in FORMATS.md", error.field);
        }
        // Whatever the edits left, it survives being saved and read again.
        prop_assert_eq!(Scenario::from_json(&scenario.to_json()).unwrap(), scenario);
    }

    #[test]
    fn undo_after_any_sequence_restores_each_scenario_exactly(
        edits in proptest::collection::vec((any_edit(), proptest::option::of(0u64..3)), 0..24),
    ) {
        let mut scenario = Scenario::default();
        let mut history = History::default();
        // The scenario before each step, as the user saw it.
        let mut seen = vec![scenario.clone()];
        let mut previous_group = None;
        for (edit, group) in edits {
            let before = scenario.clone();
            let changed = history.apply(&mut scenario, edit, group) == Ok(true);
            prop_assert_eq!(changed, scenario != before);
            let continues = group.is_some() && group == previous_group;
            if changed {
                previous_group = group;
                if continues {
                    // The same step as before: undo goes back past it in one go; typed back to where
                    // it began, the step is gone, and the next edit of the group begins a new one.
                    if seen.len() >= 2 && seen[seen.len() - 2] == scenario {
                        seen.pop();
                        previous_group = None;
                    } else if let Some(last) = seen.last_mut() {
                        *last = scenario.clone();
                    }
                } else {
                    seen.push(scenario.clone());
                }
            }
        }
        prop_assert_eq!(seen.last(), Some(&scenario));
        seen.pop();
        while let Some(expected) = seen.pop() {
            prop_assert!(history.undo(&mut scenario));
            prop_assert_eq!(&scenario, &expected);
        }
        prop_assert!(!history.undo(&mut scenario));
        prop_assert_eq!(scenario, Scenario::default());
    }

    #[test]
    fn the_price_cap_is_the_highest_price_at_or_under_the_ceiling(scenario in valid_purchase()) {
        let cap = evaluate(&scenario).procurement.unwrap().cap;
        if let Some(price) = cap.cap {
            let at_cap = evaluate(&priced_at(&scenario, price)).procurement.unwrap();
            prop_assert_eq!(Some(at_cap.value.total), cap.value_at_cap);
            prop_assert!(at_cap.value.total <= cap.ceiling);
            prop_assert!(!at_cap.threshold.at_or_above);
            let one_ore_more = Money::from_ore(price.to_ore().unwrap() + 1);
            let over = evaluate(&priced_at(&scenario, one_ore_more)).procurement.unwrap();
            prop_assert!(over.value.total > cap.ceiling);
        }
    }

    #[test]
    fn bills_add_up_and_are_never_negative(scenario in valid_scenario()) {
        let report = evaluate(&scenario).tender.unwrap();
        let sum: Decimal = report.bills.iter().map(|b| b.bill.kroner()).sum();
        prop_assert_eq!(sum, report.total.kroner());
        prop_assert_eq!(report.bills_total, report.total);
        prop_assert!(report.bills.iter().all(|b| !b.bill.is_negative()));
        prop_assert_eq!(report.bills.len(), scenario.members.codes.len());
    }

    #[test]
    fn the_price_never_falls_as_members_leave(scenario in valid_scenario()) {
        let leaving = evaluate(&scenario).leaving.unwrap();
        let steps = &leaving.steps;
        prop_assert_eq!(steps.len(), scenario.members.codes.len());
        for pair in steps.windows(2) {
            prop_assert!(pair[1].price_per_citizen >= pair[0].price_per_citizen);
            prop_assert_eq!(pair[1].members + 1, pair[0].members);
        }
        for point in &leaving.random_band.points {
            prop_assert!(point.min <= point.median && point.median <= point.max);
        }
    }

    #[test]
    fn one_more_member_never_raises_the_price(scenario in valid_scenario(), extra in proptest::sample::select(all_codes())) {
        prop_assume!(!scenario.members.codes.contains(&extra));
        let before = evaluate(&scenario).tender.unwrap().price_per_citizen;
        let mut larger = scenario.clone();
        larger.members.codes.push(extra);
        let after = evaluate(&larger).tender.unwrap().price_per_citizen;
        prop_assert!(after <= before, "{after} > {before}");
    }

    #[test]
    fn a_scenario_survives_a_json_round_trip(scenario in valid_scenario()) {
        prop_assert_eq!(Scenario::from_json(&scenario.to_json()).unwrap(), scenario);
    }

    #[test]
    fn any_numbers_give_a_report_or_an_error_never_a_panic(
        codes in proptest::collection::vec(any::<u16>(), 0..6),
        population in any::<i64>(),
        amount in any::<i64>(),
        scale in 0u32..6,
        target in any::<i64>(),
        draws in any::<u32>(),
    ) {
        let mut scenario = Scenario::default();
        scenario.members.codes.extend(codes);
        scenario.members.population_overrides = vec![PopulationOverride { code: 751, population }];
        scenario.tender.cost_items[0].amount = Money::from_kroner(Decimal::new(amount, scale));
        scenario.leaving.target_price_per_citizen = Some(Decimal::new(target, 2));
        scenario.leaving.random_draws = draws % 10_000;
        for error in evaluate(&scenario).errors() {
            prop_assert!(documented(&error.field), "{} is not in FORMATS.md", error.field);
        }
    }

    /// A valid document with one character deleted, inserted or replaced: read as a scenario that
    /// writes and reads back unchanged (and whose errors name documented fields), or refused at a
    /// documented field, a syntax fault pointing inside the text.
    #[test]
    fn a_document_one_character_off_is_read_or_refused_at_a_named_place(
        scenario in valid_scenario(),
        mutation in near_miss(),
    ) {
        let mangled = mutation.apply(&scenario.to_json());
        match Scenario::from_json(&mangled) {
            Ok(read) => {
                let again = Scenario::from_json(&read.to_json());
                prop_assert_eq!(again.as_ref(), Ok(&read));
                let report = evaluate(&read);
                for error in report.errors() {
                    prop_assert!(documented(&error.field), "{} is not in FORMATS.md", error.field);
                }
            }
            Err(error) => {
                prop_assert!(names_a_place(&error), "{} is not in FORMATS.md", error.field);
                if let Problem::Unreadable { reason: Unreadable::Syntax { line, column }, .. } = error.problem {
                    prop_assert!(line >= 1 && line <= mangled.lines().count().max(1), "line {line}");
                    prop_assert!(column >= 1);
                }
            }
        }
    }

    /// A share link carries exactly what a file does: a valid document, one character off, then
    /// compressed into a link, is read as the same scenario as the file, or refused with the file's
    /// error.
    #[test]
    fn a_link_reads_what_the_file_reads(scenario in valid_scenario(), mutation in near_miss()) {
        let mangled = mutation.apply(&scenario.to_compact_json());
        let fragment = format!("del=1.{}", base64url(&miniz_oxide::deflate::compress_to_vec(mangled.as_bytes(), 6)));
        let by_link = share::from_fragment(&fragment);
        match Scenario::from_json(&mangled) {
            Ok(read) => prop_assert_eq!(by_link, Ok(read)),
            Err(error) => prop_assert_eq!(by_link, Err(LinkError::Scenario(error))),
        }
    }

    /// A module that reads only some sections keeps the others as they came: whatever the edits made,
    /// it writes back the document it read, and reads its own sections as the document has them.
    #[test]
    fn a_module_writes_back_the_sections_it_does_not_read(
        edits in proptest::collection::vec(any_edit(), 0..24),
        which in 0u8..81,
    ) {
        let mut scenario = Scenario::default();
        for edit in edits {
            let _ = scenario.apply(edit);
        }
        let text = scenario.to_json();
        let readers = some_sections(which);
        let partial = Scenario::from_json_reading(&text, &readers).unwrap();
        prop_assert_eq!(partial.to_json(), text);
        prop_assert_eq!(&partial.members, &scenario.members);
        if readers.hours.is_some() {
            prop_assert_eq!(&partial.hours, &scenario.hours);
        }
        if readers.keys.is_some() {
            prop_assert_eq!(&partial.keys, &scenario.keys);
        }
        if readers.procurement.is_some() {
            prop_assert_eq!(&partial.procurement, &scenario.procurement);
        }
        if readers.years.is_some() {
            prop_assert_eq!(&partial.years, &scenario.years);
        }
    }

    /// A module applies the edits of the sections it shows exactly as a module showing every area does,
    /// and refuses an edit of any other section at that section, changing nothing: whatever the edits,
    /// it then writes the document the full module writes.
    #[test]
    fn a_module_applies_the_edits_of_the_sections_it_shows_and_refuses_the_others(
        before in proptest::collection::vec(any_edit(), 0..12),
        edits in proptest::collection::vec(any_edit(), 1..24),
        which in 0u8..81,
    ) {
        let mut scenario = Scenario::default();
        for edit in before {
            let _ = scenario.apply(edit);
        }
        let shown = some_sections(which);
        let text = scenario.to_json();
        let mut full = Scenario::from_json(&text).unwrap();
        let mut partial = Scenario::from_json_reading(&text, &shown).unwrap();
        for edit in edits {
            let section = section_of(&edit);
            let was = partial.clone();
            match partial.apply_in(edit.clone(), &shown) {
                Err(error) if error.problem == Problem::NotShownHere => {
                    prop_assert_eq!(Some(error.field), section);
                    prop_assert_eq!(&partial, &was);
                }
                outcome => prop_assert_eq!(outcome, full.apply(edit)),
            }
            prop_assert_eq!(partial.to_json(), full.to_json());
        }
    }

    /// Keeping a section changes nothing a reading of every section decides: a document one character
    /// off, read by a module that reads some sections and written again, is read or refused by a full
    /// reading exactly as the document itself (the refusal at the same field).
    #[test]
    fn keeping_a_section_changes_nothing_a_full_reading_decides(
        scenario in valid_scenario(),
        mutation in near_miss(),
        which in 0u8..81,
    ) {
        let mangled = mutation.apply(&scenario.to_json());
        if let Ok(partial) = Scenario::from_json_reading(&mangled, &some_sections(which)) {
            let direct = Scenario::from_json(&mangled).map_err(|error| error.field);
            let through = Scenario::from_json(&partial.to_json()).map_err(|error| error.field);
            prop_assert_eq!(through, direct);
        }
    }

    /// A valid link cut short is damaged (or, cut inside its prefix, no link at all), never a scenario.
    #[test]
    fn a_link_cut_short_is_damaged(scenario in valid_scenario(), cut in 0.0f64..1.0) {
        let fragment = share::to_fragment(&scenario);
        let cut = ((fragment.len() - 1) as f64 * cut) as usize;
        let expected = if cut < "del=".len() { LinkError::NotALink } else { LinkError::Damaged };
        prop_assert_eq!(share::from_fragment(&fragment[..cut]), Err(expected));
    }

    /// A valid link with one letter changed: refused as damaged or by the scenario's own rules, or
    /// read as a scenario (DEFLATE has no checksum, so a changed literal can be another valid
    /// document) that survives its own link unchanged.
    #[test]
    fn a_link_with_a_letter_changed_is_refused_or_read_whole(
        scenario in valid_scenario(),
        at in 0.0f64..1.0,
        letter in proptest::sample::select(BASE64URL.chars().collect::<Vec<char>>()),
    ) {
        let mut fragment = share::to_fragment(&scenario);
        let at = "del=1.".len() + ((fragment.len() - "del=1.".len() - 1) as f64 * at) as usize;
        fragment.replace_range(at..=at, &letter.to_string());
        match share::from_fragment(&fragment) {
            Ok(read) => prop_assert_eq!(share::from_fragment(&share::to_fragment(&read)), Ok(read)),
            Err(LinkError::Damaged) => {}
            Err(LinkError::Scenario(error)) => {
                prop_assert!(names_a_place(&error), "{} is not in FORMATS.md", error.field);
            }
            Err(other) => prop_assert!(false, "a changed letter gave {other:?}"),
        }
    }
}

/// Some sections as a module names them: for procurement, hours, keys and years in turn, the digit of
/// `which` in base 3 (0–80) says not shown (0), read only (1), or read and edited (2).
fn some_sections(which: u8) -> Sections {
    fn pick<T, E>(digit: u8, shown: sections::Shown<T, E>) -> Option<sections::Shown<T, E>> {
        match digit % 3 {
            0 => None,
            1 => Some(shown.read_only()),
            _ => Some(shown),
        }
    }
    Sections {
        procurement: pick(which, sections::PROCUREMENT),
        hours: pick(which / 3, sections::HOURS),
        keys: pick(which / 9, sections::KEYS),
        years: pick(which / 27, sections::YEARS),
    }
}

/// The section an edit changes, where it is one that only some modules show: its field.
fn section_of(edit: &Edit) -> Option<String> {
    match edit {
        Edit::Procurement(_) => Some(procurement::Field::Section.path()),
        Edit::Hours(_) => Some(hours::Field::Section.path()),
        Edit::Keys(_) => Some(keys::Field::Section.path()),
        Edit::Years(_) => Some(years::Field::Section.path()),
        Edit::Members(_) | Edit::Tender(_) | Edit::Leaving(_) | Edit::SetName(_) | Edit::Reset => {
            None
        }
    }
}

/// Whether a refusal names a place in the document: a documented field, the whole document, or, for
/// one that cannot be read, where reading stopped (a misspelt name within a documented object).
fn names_a_place(error: &ddh_engine::Error) -> bool {
    // A misspelt name is in the path as found, dots and all: some object above it is documented.
    let within_a_documented_object = || {
        !error.field.contains('.')
            || error
                .field
                .match_indices('.')
                .any(|(at, _)| documented_object(&error.field[..at]))
    };
    match &error.problem {
        // A misspelt name, dots and all, under an object that is documented or at the document's top.
        Problem::Unreadable {
            reason: Unreadable::UnknownField { name },
            ..
        } => {
            let parent = error
                .field
                .strip_suffix(name.as_str())
                .map(|p| p.trim_end_matches('.'));
            parent.is_some_and(|p| p.is_empty() || documented_object(p))
                || within_a_documented_object()
        }
        Problem::Unreadable { .. } => documented(&error.field) || within_a_documented_object(),
        _ => error.field.is_empty() || documented(&error.field),
    }
}

const BASE64URL: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Unpadded base64url (RFC 4648 § 5), written out here so that a link is made without the engine's
/// own encoder; a valid document read back through it shows that it agrees.
fn base64url(bytes: &[u8]) -> String {
    let alphabet = BASE64URL.as_bytes();
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(alphabet[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// One character of a text deleted, inserted or replaced, at a place given as a share of its length;
/// the characters are those JSON is made of, so that most results are nearly valid.
#[derive(Debug, Clone)]
enum NearMiss {
    Delete(f64),
    Insert(f64, char),
    Replace(f64, char),
}

impl NearMiss {
    fn apply(&self, text: &str) -> String {
        let place = |share: f64| {
            let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
            boundaries
                .get((boundaries.len() as f64 * share) as usize)
                .copied()
                .unwrap_or(text.len())
        };
        let mut out = text.to_owned();
        match *self {
            NearMiss::Delete(share) => {
                let at = place(share);
                if at < out.len() {
                    out.remove(at);
                }
            }
            NearMiss::Insert(share, c) => out.insert(place(share), c),
            NearMiss::Replace(share, c) => {
                let at = place(share);
                if at < out.len() {
                    out.remove(at);
                }
                out.insert(at, c);
            }
        }
        out
    }
}

fn near_miss() -> impl Strategy<Value = NearMiss> {
    let letter = proptest::sample::select(
        "{}[]\",:.-0123456789 aeltrsnu\\"
            .chars()
            .collect::<Vec<char>>(),
    );
    prop_oneof![
        (0.0f64..1.0).prop_map(NearMiss::Delete),
        (0.0f64..1.0, letter.clone()).prop_map(|(at, c)| NearMiss::Insert(at, c)),
        (0.0f64..1.0, letter).prop_map(|(at, c)| NearMiss::Replace(at, c)),
    ]
}

/// A scenario with 1–98 members, the user's calls (some members with none), any bounds, weights, base
/// share and bids within their rules.
fn keys_scenario() -> impl Strategy<Value = Scenario> {
    (
        proptest::sample::subsequence(all_codes(), 1..=98),
        proptest::collection::vec(prop_oneof![Just(0u64), 0u64..200_000], 98),
        0i64..=10_000,
        10_000i64..=40_000,
        0i64..=100,
        0i64..=100,
        proptest::collection::vec((0usize..98, -400i64..3_000), 0..6),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(codes, calls, floor, cap, weight, base, bids, bidders, typed)| {
                let mut scenario = Scenario::default();
                scenario.keys.calls_illustrative = false;
                scenario.keys.calls = codes
                    .iter()
                    .zip(&calls)
                    .map(|(&code, &calls)| CallsEntry {
                        code,
                        calls: i64::try_from(calls).unwrap(),
                    })
                    .collect();
                if calls.iter().take(codes.len()).all(|&c| c == 0) {
                    scenario.keys.calls[0].calls = 1;
                }
                scenario.keys.bounded.floor_percent = Decimal::new(floor, 2);
                scenario.keys.bounded.cap_percent = Decimal::new(cap, 2);
                scenario.keys.economic.population_weight_percent = Decimal::new(weight, 0);
                scenario.keys.economic.calls_weight_percent = Decimal::new(100 - weight, 0);
                scenario.keys.marketplace.base_percent = Decimal::new(base, 0);
                scenario.keys.marketplace.fill = if bidders {
                    Fill::Bidders
                } else {
                    Fill::Population
                };
                let mut seen = std::collections::BTreeSet::new();
                scenario.keys.marketplace.bids = bids
                    .into_iter()
                    .filter_map(|(at, hours)| {
                        Some(Bid {
                            code: *codes.get(at % codes.len())?,
                            hours,
                        })
                    })
                    .filter(|bid| seen.insert(bid.code))
                    .collect();
                if typed {
                    scenario.keys.source = Source::Typed;
                }
                scenario.members.codes = codes;
                scenario
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Every key's minutes and øre add up to what is shared; the economic model's nets and the
    /// marketplace's settlements add up to zero. A refusal can only be an offer beyond a member's base.
    #[test]
    fn every_keys_parts_add_up(scenario in keys_scenario()) {
        let report = match evaluate(&scenario).keys {
            Ok(report) => report,
            Err(error) => {
                prop_assert!(error.field.starts_with("keys.marketplace.bids["), "{error:?}");
                return Ok(());
            }
        };
        prop_assert!(report.sums_equal);
        for (k, _) in report.keys.iter().enumerate() {
            let minutes: u64 = report.members.iter().map(|m| m.keys[k].minutes).sum();
            let cost: Decimal = report.members.iter().map(|m| m.keys[k].cost.kroner()).sum();
            prop_assert_eq!(minutes, report.minutes);
            prop_assert_eq!(cost, report.cost.kroner());
        }
        let net: Decimal = report.members.iter().map(|m| m.economic.net.kroner()).sum();
        prop_assert_eq!(net, Decimal::ZERO);
        let settled: Decimal = report.members.iter().map(|m| m.marketplace.settlement.kroner()).sum();
        prop_assert_eq!(settled, Decimal::ZERO);
    }

    /// The exact variant's shares, exactly, lie within [floor, cap] × population share, and add up to
    /// the whole; they are one rescaling of the call shares held within the bounds: the free members'
    /// shares are one multiple λ of their calls, every member held at its floor would fall below it at
    /// λ, and every member held at its cap would rise above it. A member with no calls sits on its floor
    /// before rescaling, and in the exact variant too unless every member ended at a bound (then the
    /// floors are lifted together).
    #[test]
    fn the_exact_variant_respects_its_bounds(scenario in keys_scenario()) {
        let mut members = resolve(&scenario.members).unwrap();
        #[allow(clippy::disallowed_methods)] // a test sorts as it likes; the wasm has one sort
        members.sort_by(largest_first);
        let parties: Vec<Party> = members
            .iter()
            .map(|member| Party {
                member,
                calls: scenario.keys.calls.iter().find(|e| e.code == member.code).map_or(0, |e| e.calls.unsigned_abs()),
            })
            .collect();
        let input = Input::new(parties, Total { minutes: 1_000_000, cost_ore: 1_000_000 }).unwrap();
        let bounds: Bounded = scenario.keys.bounded;
        let floor_bp = u128::try_from((bounds.floor_percent * Decimal::ONE_HUNDRED).trunc().mantissa()).unwrap();
        let cap_bp = u128::try_from((bounds.cap_percent * Decimal::ONE_HUNDRED).trunc().mantissa()).unwrap();
        let exact = bounded::exact(&bounds, &input).unwrap();
        let spreadsheet = bounded::spreadsheet(&bounds, &input).unwrap();
        let sum: u128 = exact.weights.iter().sum();
        let population = input.population();
        let calls = input.calls();
        let all_fixed = exact.bounds.iter().all(|&b| b != Bound::Free);
        // λ as the weight per call of a free member with calls: every member is compared with it.
        let reference = (0..input.parties.len())
            .find(|&i| exact.bounds[i] == Bound::Free && input.parties[i].calls > 0);
        if let Some(r) = reference {
            let (w_r, c_r) = (exact.weights[r], u128::from(input.parties[r].calls));
            for (j, party) in input.parties.iter().enumerate() {
                let (w_j, c_j) = (exact.weights[j], u128::from(party.calls));
                match exact.bounds[j] {
                    Bound::Free => prop_assert_eq!(w_j * c_r, w_r * c_j, "{} not at λ", party.member.name),
                    Bound::Floor => prop_assert!(c_j * w_r <= w_j * c_r, "{} held at a floor λ passes", party.member.name),
                    Bound::Cap => prop_assert!(c_j * w_r >= w_j * c_r, "{} held at a cap λ does not reach", party.member.name),
                }
            }
        }
        for (i, party) in input.parties.iter().enumerate() {
            let pop = u128::from(party.member.population);
            // share = w / sum; bound = bp / 10000 · pop / P.
            let share = exact.weights[i] * 10_000 * population;
            prop_assert!(share >= floor_bp * pop * sum, "{} below its floor", party.member.name);
            prop_assert!(share <= cap_bp * pop * sum, "{} above its cap", party.member.name);
            if party.calls == 0 && floor_bp > 0 {
                // Column H: exactly the floor.
                prop_assert_eq!(spreadsheet.weights[i], floor_bp * pop * calls);
                prop_assert_eq!(spreadsheet.bounds[i], Bound::Floor);
                if !all_fixed {
                    prop_assert_eq!(share, floor_bp * pop * sum);
                }
            }
        }
    }

    /// With calls in proportion to population every key gives every member the same minutes and cost.
    #[test]
    fn all_keys_agree_when_calls_follow_population(
        codes in proptest::sample::subsequence(all_codes(), 1..=98),
        per_citizen in 1u64..5,
        floor in 0i64..=100,
        cap in 100i64..=400,
        weight in 0i64..=100,
        base in 0i64..=100,
    ) {
        let mut scenario = Scenario::default();
        scenario.members.codes = codes;
        let members = resolve(&scenario.members).unwrap();
        scenario.keys.calls_illustrative = false;
        scenario.keys.calls = members
            .iter()
            .map(|m| CallsEntry { code: m.code, calls: i64::try_from(m.population * per_citizen).unwrap() })
            .collect();
        scenario.keys.bounded.floor_percent = Decimal::new(floor, 0);
        scenario.keys.bounded.cap_percent = Decimal::new(cap, 0);
        scenario.keys.economic.population_weight_percent = Decimal::new(weight, 0);
        scenario.keys.economic.calls_weight_percent = Decimal::new(100 - weight, 0);
        scenario.keys.marketplace.base_percent = Decimal::new(base, 0);
        let report = evaluate(&scenario).keys.unwrap();
        for member in &report.members {
            for part in &member.keys {
                prop_assert_eq!(part.minutes, member.keys[0].minutes, "{}", member.name);
                prop_assert_eq!(part.cost, member.keys[0].cost, "{}", member.name);
            }
            prop_assert_eq!(member.economic.net, Money::ZERO);
        }
    }
}
