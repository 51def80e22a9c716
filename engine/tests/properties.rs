//! The engine's invariants over generated scenarios: no panic on any input, bills that add up, prices
//! that never fall as members leave, and a scenario that survives a JSON round trip unchanged.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use ddh_engine::dataset::{municipalities, Quarter};
use ddh_engine::money::Money;
use ddh_engine::scenario::{CostItem, CostKind, LeavingOrder, PopulationOverride};
use ddh_engine::{evaluate, Scenario};
use proptest::prelude::*;
use rust_decimal::Decimal;

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
                    .map(|(ore, supplier)| CostItem {
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn bills_add_up_and_are_never_negative(scenario in valid_scenario()) {
        let report = evaluate(&scenario).unwrap();
        let sum: Decimal = report.tender.bills.iter().map(|b| b.bill.kroner()).sum();
        prop_assert_eq!(sum, report.tender.total.kroner());
        prop_assert_eq!(report.tender.bills_total, report.tender.total);
        prop_assert!(report.tender.bills.iter().all(|b| !b.bill.is_negative()));
        prop_assert_eq!(report.tender.bills.len(), scenario.members.codes.len());
    }

    #[test]
    fn the_price_never_falls_as_members_leave(scenario in valid_scenario()) {
        let report = evaluate(&scenario).unwrap();
        let steps = &report.leaving.steps;
        prop_assert_eq!(steps.len(), scenario.members.codes.len());
        for pair in steps.windows(2) {
            prop_assert!(pair[1].price_per_citizen >= pair[0].price_per_citizen);
            prop_assert_eq!(pair[1].members + 1, pair[0].members);
        }
        for point in &report.leaving.random_band.points {
            prop_assert!(point.min <= point.median && point.median <= point.max);
        }
    }

    #[test]
    fn one_more_member_never_raises_the_price(scenario in valid_scenario(), extra in proptest::sample::select(all_codes())) {
        prop_assume!(!scenario.members.codes.contains(&extra));
        let before = evaluate(&scenario).unwrap().tender.price_per_citizen;
        let mut larger = scenario.clone();
        larger.members.codes.push(extra);
        let after = evaluate(&larger).unwrap().tender.price_per_citizen;
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
        let _ = evaluate(&scenario);
    }

    #[test]
    fn any_text_gives_a_scenario_or_an_error_never_a_panic(text in ".{0,200}") {
        let _ = Scenario::from_json(&text);
    }

    #[test]
    fn a_mangled_example_never_panics(cut in 0usize..1500, junk in "[\\[\\]{}\",:0-9a-z-]{0,8}") {
        let json = Scenario::default().to_json();
        let cut = cut.min(json.len());
        let mangled = format!("{}{}{}", json.get(..cut).unwrap_or(""), junk, json.get(cut..).unwrap_or(""));
        if let Ok(scenario) = Scenario::from_json(&mangled) {
            let _ = evaluate(&scenario);
        }
    }
}
