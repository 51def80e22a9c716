//! The keys on whole scenarios: the proposal's worked examples, the seats, the marketplace and the refusals.
// `panic!` states a refusal the test expected and did not get.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use ddh_engine::dataset::Region;
use ddh_engine::edit::Edit;
use ddh_engine::keys::bounded::{self, Bound};
use ddh_engine::keys::edit::KeysEdit;
use ddh_engine::keys::section::{AarhusSeat, Bid, Bounded, Fill, Keys, SeatMethod, Seats};
use ddh_engine::keys::shape::{Input, Party, Total};
use ddh_engine::members::{resolve, Member};
use ddh_engine::money::Money;
use ddh_engine::{evaluate, Scenario};
use rust_decimal::Decimal;

fn member(code: u16, population: u64) -> Member {
    Member {
        code,
        name: format!("M{code}"),
        region: Region::Midtjylland,
        population,
        population_overridden: false,
    }
}

fn input<'a>(members: &'a [Member], calls: &[u64], minutes: u64) -> Input<'a> {
    Input::new(
        members
            .iter()
            .zip(calls)
            .map(|(member, &calls)| Party { member, calls })
            .collect(),
        Total {
            minutes,
            cost_ore: 100_000_000,
        },
    )
    .unwrap()
}

fn percent(value: i64) -> Decimal {
    Decimal::new(value, 0)
}

/// The proposal's reasoning (styregruppemøde 18. april 2024): 3,33 % of the population and 1,05 % of
/// the calls is lifted to half of 3,33 % = 1,665 % before rescaling; 3 % of the population and 10 % of
/// the calls is held at twice 3 % = 6 %.
#[test]
fn the_proposals_examples_are_lifted_to_the_floor_and_held_at_the_cap() {
    let mut scenario = Scenario::default();
    // Populations summing to 10.000 and calls to 10.000 make the shares readable.
    let members = [member(746, 333), member(306, 300), member(751, 9_367)];
    let calls = [105, 1_000, 8_895];
    let input = input(&members, &calls, 1_000_000);
    let bounds = Bounded {
        floor_percent: percent(50),
        cap_percent: percent(200),
    };
    let shares = bounded::spreadsheet(&bounds, &input).unwrap();
    assert_eq!(shares.bounds, [Bound::Floor, Bound::Cap, Bound::Free]);
    // In units of 1 / (10000 · P · C) = 1 / 10^12: 1,665 % and 6 %.
    assert_eq!(shares.weights[0], 16_650_000_000);
    assert_eq!(shares.weights[1], 60_000_000_000);
    assert_eq!(shares.weights[2], 889_500_000_000);
    // The same through the report.
    scenario.keys.source = ddh_engine::keys::section::Source::Typed;
    scenario.members.codes = vec![746, 306, 751];
    scenario.members.population_overrides = members
        .iter()
        .map(|m| ddh_engine::scenario::PopulationOverride {
            code: m.code,
            population: i64::try_from(m.population).unwrap(),
        })
        .collect();
    scenario.keys.calls_illustrative = false;
    scenario.keys.calls = members
        .iter()
        .zip(calls)
        .map(|(m, calls)| ddh_engine::keys::section::CallsEntry {
            code: m.code,
            calls: i64::try_from(calls).unwrap(),
        })
        .collect();
    let report = evaluate(&scenario).keys.unwrap();
    let skanderborg = report.members.iter().find(|m| m.code == 746).unwrap();
    assert_eq!(skanderborg.bounded.bounded_share.to_string(), "1.6650");
    assert_eq!(skanderborg.population_share.to_string(), "3.3300");
    assert_eq!(skanderborg.call_share.to_string(), "1.0500");
    let odsherred = report.members.iter().find(|m| m.code == 306).unwrap();
    assert_eq!(odsherred.bounded.bounded_share.to_string(), "6.0000");
    assert_eq!(odsherred.bounded.bound, Bound::Cap);
}

/// Rescaling the spreadsheet's bounded shares (sum 97,615 %) lifts Skanderborg above its floor and
/// Odsherred above its cap; the exact variant holds both at their bounds and gives Aarhus the rest.
#[test]
fn the_exact_variant_holds_the_bounds_the_spreadsheet_loses() {
    let members = [member(746, 333), member(306, 300), member(751, 9_367)];
    let input = input(&members, &[105, 1_000, 8_895], 1_000_000);
    let bounds = Bounded {
        floor_percent: percent(50),
        cap_percent: percent(200),
    };
    let exact = bounded::exact(&bounds, &input).unwrap();
    assert_eq!(exact.bounds, [Bound::Floor, Bound::Cap, Bound::Free]);
    let sum: u128 = exact.weights.iter().sum();
    // Skanderborg exactly 1,665 % and Odsherred exactly 6 % of the whole.
    assert_eq!(exact.weights[0] * 100_000, sum * 1_665);
    assert_eq!(exact.weights[1] * 100, sum * 6);
}

/// Four members of equal population, one with every call: the cap holds it at 50 %, the floors hold the
/// others at 12,5 %; that is 87,5 %, so the exact variant lifts the floored ones together to 50/3 %.
#[test]
fn when_every_member_is_fixed_the_rest_lifts_the_floors() {
    let members = [
        member(1, 100),
        member(2, 100),
        member(3, 100),
        member(4, 100),
    ];
    let input = input(&members, &[1_000, 0, 0, 0], 600_000);
    let bounds = Bounded {
        floor_percent: percent(50),
        cap_percent: percent(200),
    };
    let exact = bounded::exact(&bounds, &input).unwrap();
    let sum: u128 = exact.weights.iter().sum();
    assert_eq!(exact.weights[0] * 2, sum);
    assert_eq!(exact.weights[1] * 6, sum);
    let split = ddh_engine::keys::shape::Key::split(&bounded::Exact(&bounds), &input).unwrap();
    assert_eq!(split.minutes, [300_000, 100_000, 100_000, 100_000]);
}

#[test]
fn every_key_of_the_default_adds_up_and_the_settlements_to_zero() {
    let mut scenario = Scenario::default();
    scenario.keys.marketplace.bids = vec![
        Bid {
            code: 746,
            hours: -300,
        },
        Bid {
            code: 306,
            hours: 900,
        },
    ];
    let report = evaluate(&scenario).keys.unwrap();
    assert!(report.sums_equal);
    assert_eq!(report.minutes, 21_112 * 60);
    assert_eq!(report.cost, Money::from_ore(496_132_000));
    let net: Decimal = report.members.iter().map(|m| m.economic.net.kroner()).sum();
    assert_eq!(net, Decimal::ZERO);
    let settled: Decimal = report
        .members
        .iter()
        .map(|m| m.marketplace.settlement.kroner())
        .sum();
    assert_eq!(settled, Decimal::ZERO);
    let odsherred = report.members.iter().find(|m| m.code == 306).unwrap();
    assert_eq!(odsherred.marketplace.won, 900 * 60);
    assert!(odsherred.marketplace.settlement.is_negative()); // it is paid
}

#[test]
fn an_oversubscribed_marketplace_cuts_the_bids_pro_rata() {
    let members = [member(1, 100), member(2, 100)];
    let input = input(&members, &[1, 1], 60_000);
    let market = ddh_engine::keys::section::Marketplace {
        base_percent: percent(50),
        bids: vec![
            Bid {
                code: 1,
                hours: 600,
            },
            Bid {
                code: 2,
                hours: 200,
            },
        ],
        fill: Fill::Population,
        compensation_per_hour: Money::from_ore(10_000),
    };
    // 1.000 h by population, 500 each; base 250 h each; 500 h on the market, 800 h bid: 3 : 1.
    let outcome = ddh_engine::keys::marketplace::outcome(&market, &input).unwrap();
    assert_eq!(outcome.won, [22_500, 7_500]);
    assert_eq!(outcome.minutes, [37_500, 22_500]);
    assert_eq!(outcome.moved, [7_500, -7_500]);
    // 125 h moved at 100 kr.
    assert_eq!(outcome.settlement, [-1_250_000, 1_250_000]);
}

/// What fills the marketplace when nobody bid: with `bidders` the hours go back as with `population`,
/// in proportion to what each member brought (3 : 1 here); with a base of 100 % nobody brought any,
/// and the 100 hours offered back go by population (3 : 1 again).
#[test]
fn an_empty_marketplace_fills_by_what_was_brought_then_by_population() {
    let members = [member(1, 300), member(2, 100)];
    let input = input(&members, &[1, 1], 60_000);
    let mut market = ddh_engine::keys::section::Marketplace {
        base_percent: percent(50),
        bids: Vec::new(),
        fill: Fill::Bidders,
        compensation_per_hour: Money::from_ore(10_000),
    };
    // 1.000 h: 750 and 250 by population, half of each brought.
    let outcome = ddh_engine::keys::marketplace::outcome(&market, &input).unwrap();
    assert_eq!(outcome.filled, [22_500, 7_500]);
    assert_eq!(outcome.minutes, [45_000, 15_000]);
    assert_eq!(outcome.settlement, [0, 0]);
    // Base 100 %: nothing brought; member 1 offers 100 h back, which go out 3 : 1 by population.
    market.base_percent = percent(100);
    market.bids = vec![Bid {
        code: 1,
        hours: -100,
    }];
    let outcome = ddh_engine::keys::marketplace::outcome(&market, &input).unwrap();
    assert_eq!(outcome.supply, 6_000);
    assert_eq!(outcome.filled, [4_500, 1_500]);
    assert_eq!(outcome.minutes, [43_500, 16_500]);
    assert_eq!(outcome.moved, [-1_500, 1_500]);
}

#[test]
fn marketplace_refusals_name_the_bid() {
    let mut scenario = Scenario::default();
    scenario.keys.marketplace.bids = vec![Bid {
        code: 727,
        hours: -10_000,
    }];
    let error = evaluate(&scenario).keys.unwrap_err();
    assert_eq!(error.field, "keys.marketplace.bids[0].hours");
    scenario.keys.marketplace.bids = vec![Bid {
        code: 727,
        hours: 30_000,
    }];
    let error = evaluate(&scenario).keys.unwrap_err();
    assert_eq!(error.field, "keys.marketplace.bids[0].hours");
}

/// The 13 members named in 2024–25: Nordjylland 93.700, Midtjylland 748.779, Hovedstaden 178.795,
/// Sjælland 32.225 citizens (2025K1). For 7 seats the Hare quotas are 0,62 / 4,98 / 1,19 / 0,21:
/// largest remainder gives 1 / 5 / 1 / 0; D'Hondt's averages give Midtjylland a sixth seat
/// (748.779 / 6 = 124.797 > 93.700) and Nordjylland none.
#[test]
fn seats_by_largest_remainder_and_dhondt_differ_as_computed_by_hand() {
    let members = {
        let mut members = resolve(&Scenario::default().members).unwrap();
        #[allow(clippy::disallowed_methods)] // a test sorts as it likes; the wasm has one sort
        members.sort_by(ddh_engine::members::largest_first);
        members
    };
    let parties: Vec<Party> = members
        .iter()
        .map(|member| Party { member, calls: 0 })
        .collect();
    let seats = |method, aarhus| {
        let report = ddh_engine::keys::seats::apportion(
            &Seats {
                count: 7,
                method,
                aarhus,
            },
            &parties,
        );
        report.regions.iter().map(|r| r.seats).collect::<Vec<u32>>()
    };
    assert_eq!(
        seats(SeatMethod::LargestRemainder, AarhusSeat::WithinRegion),
        [1, 5, 0, 1, 0]
    );
    assert_eq!(
        seats(SeatMethod::Dhondt, AarhusSeat::WithinRegion),
        [0, 6, 0, 1, 0]
    );
    // Aarhus on top: 6 seats over 680.111 citizens (Midtjylland without Aarhus: 375.391): quotas
    // 0,83 / 3,31 / 1,58 / 0,28, so 1 / 3 / 2 / 0, and Aarhus's seat makes Midtjylland's 4.
    assert_eq!(
        seats(SeatMethod::LargestRemainder, AarhusSeat::InAddition),
        [1, 4, 0, 2, 0]
    );
}

#[test]
fn seats_stop_at_a_regions_members() {
    let members = [member(1, 1_000_000), member(2, 10)];
    let mut members = members.to_vec();
    members[1].region = Region::Sjaelland;
    let parties: Vec<Party> = members
        .iter()
        .map(|member| Party { member, calls: 0 })
        .collect();
    for method in [SeatMethod::LargestRemainder, SeatMethod::Dhondt] {
        let report = ddh_engine::keys::seats::apportion(
            &Seats {
                count: 13,
                method,
                aarhus: AarhusSeat::WithinRegion,
            },
            &parties,
        );
        assert_eq!(report.seats, 2);
        let seats: Vec<u32> = report.regions.iter().map(|r| r.seats).collect();
        assert_eq!(seats, [0, 1, 0, 0, 1]);
    }
}

fn in_region(code: u16, population: u64, region: Region) -> Member {
    Member {
        region,
        ..member(code, population)
    }
}

/// The seats per region (ISO order) for these members.
fn seats_of(members: &[Member], count: u32, method: SeatMethod, aarhus: AarhusSeat) -> Vec<u32> {
    let parties: Vec<Party> = members
        .iter()
        .map(|member| Party { member, calls: 0 })
        .collect();
    let report = ddh_engine::keys::seats::apportion(
        &Seats {
            count,
            method,
            aarhus,
        },
        &parties,
    );
    report.regions.iter().map(|r| r.seats).collect()
}

/// 4 seats; Midtjylland 5.000 citizens (Aarhus and Odder), Syddanmark 17.000, Sjælland 18.000. By
/// largest remainder over 40.000 the quotas are 0,5 / 1,7 / 1,8, so Midtjylland gets no seat: it gets
/// Aarhus's, and the other two share 3 seats over 35.000 (1,457 / 1,543: 1 and 2). Apportioning 3 over
/// all three regions again (0,375 / 1,275 / 1,35) would give Midtjylland the left-over seat, and with
/// Aarhus's two. D'Hondt: 18.000, 17.000, 9.000 win among Syddanmark and Sjælland; the same.
#[test]
fn aarhus_seat_within_midtjylland_leaves_the_rest_to_the_other_regions() {
    let members = [
        in_region(ddh_engine::keys::seats::AARHUS, 3_000, Region::Midtjylland),
        in_region(727, 2_000, Region::Midtjylland),
        in_region(461, 9_000, Region::Syddanmark),
        in_region(479, 8_000, Region::Syddanmark),
        in_region(259, 10_000, Region::Sjaelland),
        in_region(253, 8_000, Region::Sjaelland),
    ];
    for method in [SeatMethod::LargestRemainder, SeatMethod::Dhondt] {
        assert_eq!(
            seats_of(&members, 4, method, AarhusSeat::WithinRegion),
            [0, 1, 1, 0, 2],
            "{method:?}"
        );
    }
}

/// Equal claims go to the region first in ISO order (Syddanmark, DK-83, before Sjælland, DK-85), by
/// both methods; with the regions listed the other way round the answer is the same.
#[test]
fn seat_ties_go_to_the_region_first_in_iso_order() {
    let syd = in_region(461, 10_000, Region::Syddanmark);
    let sjael = in_region(259, 10_000, Region::Sjaelland);
    for members in [[syd.clone(), sjael.clone()], [sjael.clone(), syd.clone()]] {
        for method in [SeatMethod::LargestRemainder, SeatMethod::Dhondt] {
            assert_eq!(
                seats_of(&members, 1, method, AarhusSeat::WithinRegion),
                [0, 0, 1, 0, 0],
                "{method:?}"
            );
        }
    }
    // D'Hondt's third seat: 20.000 ÷ 2 = 10.000 ties with Sjælland's 10.000; Syddanmark is first.
    let members = [
        in_region(461, 10_000, Region::Syddanmark),
        in_region(479, 10_000, Region::Syddanmark),
        in_region(259, 10_000, Region::Sjaelland),
    ];
    assert_eq!(
        seats_of(&members, 2, SeatMethod::Dhondt, AarhusSeat::WithinRegion),
        [0, 0, 2, 0, 0]
    );
}

/// The jumpseat cut may take every hour there is (nothing is then left to share), and not one more;
/// the refusal states the hours asked for and the most there are.
#[test]
fn the_jumpseat_cut_may_take_all_the_hours_and_no_more() {
    let mut scenario = Scenario::default();
    scenario.keys.source = ddh_engine::keys::section::Source::Typed;
    scenario.keys.typed_hours = 1_000;
    scenario.keys.typed_cost = Money::from_ore(10_000_000);
    scenario.keys.jumpseat.apply = true;
    scenario.keys.jumpseat.hours = Some(1_000);
    let report = evaluate(&scenario).keys.unwrap();
    assert_eq!((report.minutes, report.cost), (0, Money::ZERO));
    scenario.keys.jumpseat.hours = Some(1_001);
    let error = evaluate(&scenario).keys.unwrap_err();
    assert_eq!(error.field, "keys.jumpseat.hours");
    assert_eq!(
        error.problem,
        ddh_engine::error::Problem::TooLarge {
            value: "1001".to_owned(),
            max: "1000".to_owned()
        }
    );
}

/// A member exactly at its floor or its cap is not held there: its share is its own (the bound is
/// what it would be lifted or held to, and it need not be). Populations 1 : 1 and calls 25 : 75 put
/// the first member's call share at exactly half its population share; populations 1 : 3 and calls
/// 50 : 50 put it at exactly twice. Rescaled, neither lies outside its bounds.
#[test]
fn a_share_exactly_at_a_bound_is_free() {
    let bounds = Bounded {
        floor_percent: percent(50),
        cap_percent: percent(200),
    };
    for (populations, calls) in [([1_000, 1_000], [25, 75]), ([1_000, 3_000], [50, 50])] {
        let members = [member(101, populations[0]), member(751, populations[1])];
        let input = input(&members, &calls, 60_000);
        let shares = bounded::spreadsheet(&bounds, &input).unwrap();
        assert_eq!(shares.bounds, [Bound::Free, Bound::Free], "{calls:?}");
        let outside = bounded::rescaled_outside(&bounds, &input, &shares).unwrap();
        assert_eq!(outside, [false, false], "{calls:?}");
        // The exact variant likewise leaves them free.
        let exact = bounded::exact(&bounds, &input).unwrap();
        assert_eq!(exact.bounds, [Bound::Free, Bound::Free], "exact, {calls:?}");
    }
}

/// Every rule of the section refused at its field; the scenario evaluates again once it is put right.
#[test]
fn each_bad_keys_field_is_named() {
    type Breaker = fn(&mut Keys);
    let cases: [(&str, Breaker); 13] = [
        ("keys.typed_hours", |k| k.typed_hours = -1),
        ("keys.typed_cost", |k| {
            k.typed_cost = Money::from_kroner(Decimal::new(1, 3))
        }),
        ("keys.calls[0].calls", |k| {
            k.calls = vec![ddh_engine::keys::section::CallsEntry {
                code: 751,
                calls: -5,
            }]
        }),
        ("keys.calls[1].code", |k| {
            k.calls = vec![
                ddh_engine::keys::section::CallsEntry {
                    code: 751,
                    calls: 5,
                },
                ddh_engine::keys::section::CallsEntry {
                    code: 751,
                    calls: 6,
                },
            ]
        }),
        ("keys.economic", |k| {
            k.economic.calls_weight_percent = percent(40)
        }),
        ("keys.economic.population_weight_percent", |k| {
            k.economic.population_weight_percent = Decimal::new(-1, 0)
        }),
        ("keys.bounded", |k| k.bounded.floor_percent = percent(250)),
        ("keys.bounded.cap_percent", |k| {
            k.bounded.cap_percent = percent(90)
        }),
        ("keys.marketplace.base_percent", |k| {
            k.marketplace.base_percent = percent(101)
        }),
        ("keys.seats.count", |k| k.seats.count = 0),
        ("keys.calls[0].code", |k| {
            k.calls = vec![ddh_engine::keys::section::CallsEntry {
                code: 715,
                calls: 5,
            }]
        }),
        ("keys.marketplace.bids[0].code", |k| {
            k.marketplace.bids = vec![Bid {
                code: 9_999,
                hours: 5,
            }]
        }),
        ("keys.jumpseat.hours", |k| {
            k.jumpseat.apply = true;
            k.jumpseat.hours = Some(10_000_000);
        }),
    ];
    for (field, breaker) in cases {
        let mut scenario = Scenario::default();
        breaker(&mut scenario.keys);
        let report = evaluate(&scenario);
        assert_eq!(
            report.keys.map_err(|e| e.field),
            Err(field.to_owned()),
            "{field}"
        );
        assert!(report.hours.is_ok(), "{field} blocks only the keys");
    }
}

#[test]
fn typing_calls_keeps_the_other_illustrative_calls() {
    let mut scenario = Scenario::default();
    let before = evaluate(&scenario).keys.unwrap();
    scenario
        .apply(Edit::Keys(KeysEdit::SetCalls {
            code: 751,
            calls: 50_000,
        }))
        .unwrap();
    let after = evaluate(&scenario).keys.unwrap();
    assert!(!after.calls_illustrative);
    for (b, a) in before.members.iter().zip(&after.members) {
        let expected = if a.code == 751 { 50_000 } else { b.calls };
        assert_eq!(a.calls, expected, "{}", a.name);
    }
    let refused = scenario.apply(Edit::Keys(KeysEdit::SetCalls {
        code: 101,
        calls: 1,
    }));
    assert_eq!(refused.map_err(|e| e.field), Err("keys.calls".to_owned()));
}

#[test]
fn the_jumpseat_cut_comes_off_every_key() {
    let mut scenario = Scenario::default();
    scenario.keys.jumpseat.apply = true;
    let report = evaluate(&scenario).keys.unwrap();
    let hours = evaluate(&scenario).hours.unwrap();
    assert_eq!(report.jumpseat_minutes, hours.today.jumpseat.yearly_minutes);
    assert!(report.jumpseat_minutes > 0);
    assert_eq!(
        report.minutes,
        report.source_minutes - report.jumpseat_minutes
    );
    assert!(report.sums.iter().all(|s| s.minutes == report.minutes));
}

/// After the spreadsheet's rescaling (sum 97,615 %), Odsherred's 6 % becomes 6,1466 %, above its cap;
/// Skanderborg's 1,665 % becomes 1,7057 %, within its bounds (above the floor).
#[test]
fn the_spreadsheet_says_who_ends_outside_the_bounds() {
    let members = [member(746, 333), member(306, 300), member(751, 9_367)];
    let input = input(&members, &[105, 1_000, 8_895], 1_000_000);
    let bounds = Bounded {
        floor_percent: percent(50),
        cap_percent: percent(200),
    };
    assert_eq!(
        bounded::rescaled_outside(
            &bounds,
            &input,
            &bounded::spreadsheet(&bounds, &input).unwrap()
        )
        .unwrap(),
        [false, true, false]
    );
}

/// Four members of equal population with 52, 46, 1 and 1 % of the calls: the two small ones are held
/// at their floor (12,5 %), and the other two share the 75 % left by their calls, 52 : 46 (39,80 % and
/// 35,20 %), both within their cap (50 %). Fixing the big one at its cap in the same round as the
/// floors, before the floors took their part, would have held it at 50 %.
#[test]
fn the_exact_variant_fixes_one_side_at_a_time() {
    let members = [
        member(1, 100),
        member(2, 100),
        member(3, 100),
        member(4, 100),
    ];
    let input = input(&members, &[52, 46, 1, 1], 1_000_000);
    let bounds = Bounded {
        floor_percent: percent(50),
        cap_percent: percent(200),
    };
    let exact = bounded::exact(&bounds, &input).unwrap();
    assert_eq!(
        exact.bounds,
        [Bound::Free, Bound::Free, Bound::Floor, Bound::Floor]
    );
    let sum: u128 = exact.weights.iter().sum();
    assert_eq!(exact.weights[0] * 46, exact.weights[1] * 52);
    assert_eq!(exact.weights[2] * 8, sum);
    assert_eq!((exact.weights[0] + exact.weights[1]) * 4, sum * 3);
}

/// 6.282 of 10.744 hours cut from 759.305,34 kr. is 443.964,645 kr. exactly: half an øre, rounded away
/// from zero to 443.964,65 (dividing first would have given 443.964,64).
#[test]
fn the_jumpseat_cost_is_rounded_once() {
    let mut scenario = Scenario::default();
    scenario.keys.source = ddh_engine::keys::section::Source::Typed;
    scenario.keys.typed_hours = 10_744;
    scenario.keys.typed_cost = Money::from_ore(75_930_534);
    scenario.keys.jumpseat.apply = true;
    scenario.keys.jumpseat.hours = Some(6_282);
    let report = evaluate(&scenario).keys.unwrap();
    assert_eq!(report.jumpseat_cost, Money::from_ore(44_396_465));
    assert_eq!(report.cost, Money::from_ore(75_930_534 - 44_396_465));
}

/// A bid may ask for every hour there is and an offer may give back the whole base, not one hour more;
/// the refusals state those limits.
#[test]
fn bids_and_offers_are_accepted_up_to_their_limit() {
    let mut scenario = Scenario::default();
    scenario.keys.source = ddh_engine::keys::section::Source::Typed;
    scenario.keys.typed_hours = 21_112;
    let refusal = |scenario: &Scenario, code: u16, hours: i64| {
        let mut scenario = scenario.clone();
        scenario.keys.marketplace.bids = vec![Bid { code, hours }];
        evaluate(&scenario).keys.err().map(|e| (e.field, e.problem))
    };
    let too_large = |value: i64, max: i64| {
        Some((
            "keys.marketplace.bids[0].hours".to_owned(),
            ddh_engine::error::Problem::TooLarge {
                value: value.to_string(),
                max: max.to_string(),
            },
        ))
    };
    assert_eq!(refusal(&scenario, 751, 21_112), None);
    assert_eq!(refusal(&scenario, 751, 21_113), too_large(21_113, 21_112));
    // Aarhus's base, as the refusal of an offer far beyond it states it.
    let Some((_, ddh_engine::error::Problem::MoreThanBase { base, .. })) =
        refusal(&scenario, 751, -1_000_000)
    else {
        panic!("an offer beyond the base is refused");
    };
    let base: i64 = base.parse().unwrap();
    let report = {
        let mut s = scenario.clone();
        s.keys.marketplace.bids = vec![];
        evaluate(&s).keys.unwrap()
    };
    let aarhus = report.members.iter().find(|m| m.code == 751).unwrap();
    assert_eq!(base, i64::try_from(aarhus.marketplace.base / 60).unwrap());
    assert_eq!(refusal(&scenario, 751, -base), None);
    assert!(refusal(&scenario, 751, -base - 1).is_some());
    // Aarhus alone: its base is the base share of every hour (65 % of 100), whole hours, so an offer
    // of exactly the base is one at the limit.
    scenario.members.codes = vec![751];
    scenario.keys.typed_hours = 100;
    assert_eq!(scenario.keys.marketplace.base_percent, Decimal::from(65));
    assert_eq!(refusal(&scenario, 751, -65), None);
    let beyond = ddh_engine::error::Problem::MoreThanBase {
        value: "66".into(),
        base: "65".into(),
    };
    assert_eq!(
        refusal(&scenario, 751, -66),
        Some(("keys.marketplace.bids[0].hours".to_owned(), beyond))
    );
}

/// The compensation is the minutes moved above the population key, at the hourly rate, rounded once
/// to the øre (half up); what is paid is what is received.
#[test]
fn the_compensation_is_the_minutes_moved_at_the_hourly_rate() {
    let mut scenario = Scenario::default();
    scenario.keys.marketplace.bids = vec![
        Bid {
            code: 727,
            hours: 1_234,
        },
        Bid {
            code: 751,
            hours: -777,
        },
    ];
    scenario.keys.marketplace.compensation_per_hour = Money::from_ore(23_517);
    let report = evaluate(&scenario).keys.unwrap();
    let above: i64 = report
        .members
        .iter()
        .map(|m| m.marketplace.moved.max(0))
        .sum();
    assert!(above > 0);
    let expected = (i128::from(above) * 23_517 + 30) / 60;
    assert_eq!(
        report.marketplace.compensation,
        Money::from_ore(i64::try_from(expected).unwrap())
    );
    let paid: i64 = report
        .members
        .iter()
        .map(|m| m.marketplace.settlement.to_ore().unwrap())
        .filter(|&s| s > 0)
        .sum();
    assert_eq!(Money::from_ore(paid), report.marketplace.compensation);
    // The minutes moved are shares of minutes, not whole hours: at a rate where the last half øre
    // matters (minutes × øre an hour leaving a remainder of 30 or more sixtieths), it rounds up.
    assert_ne!(above % 60, 0, "{above} minutes moved");
    let rate = (1..60).find(|rate| (above * rate) % 60 >= 30).unwrap();
    scenario.keys.marketplace.compensation_per_hour = Money::from_ore(rate);
    let report = evaluate(&scenario).keys.unwrap();
    let exact = Decimal::from(above * rate) / Decimal::from(60);
    let half_up =
        exact.round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    assert!(half_up > exact.floor(), "{exact} rounds up");
    assert_eq!(
        report.marketplace.compensation,
        Money::from_ore(i64::try_from(half_up).unwrap())
    );
}

/// Calls that are all zero cannot carry a weight in the economic model, but are no obstacle to it
/// when the calls weigh nothing (the report as a whole refuses them for the keys by calls).
#[test]
fn calls_all_zero_are_refused_by_the_economic_model_only_when_they_carry_weight() {
    let members = [member(751, 300), member(727, 100)];
    let input = input(&members, &[0, 0], 1_000);
    let economic = |population, calls| ddh_engine::keys::section::Economic {
        population_weight_percent: percent(population),
        calls_weight_percent: percent(calls),
    };
    let refused = ddh_engine::keys::economic::settlement(&economic(50, 50), &input).unwrap_err();
    assert_eq!(
        (refused.field.as_str(), refused.problem),
        ("keys.calls", ddh_engine::error::Problem::AllZero)
    );
    assert!(ddh_engine::keys::economic::settlement(&economic(100, 0), &input).is_ok());
}

/// The keys' CSV tables name each key's columns by its prefix (FORMATS.md, "CSV tables"), and one key's
/// table holds that key's figures, not the first key's.
#[test]
fn the_csv_tables_name_each_keys_columns_and_hold_its_figures() {
    use ddh_engine::keys::report::KeyId;
    use ddh_engine::keys::table_csv::{one_key, side_by_side};
    let report = evaluate(&Scenario::default()).keys.unwrap();
    let heading = side_by_side(&report);
    let heading = heading.lines().next().unwrap();
    for prefix in [
        "befolkning",
        "oekonomimodel",
        "loft_og_bund",
        "loft_og_bund_eksakt",
        "markedsplads",
    ] {
        assert!(
            heading.contains(&format!(";{prefix}_timer;{prefix}_kr;{prefix}_aendring_kr")),
            "{prefix}: {heading}"
        );
    }
    let economic = report
        .keys
        .iter()
        .position(|&k| k == KeyId::Economic)
        .unwrap();
    let table = one_key(&report, KeyId::Economic);
    let aarhus = report.members.iter().find(|m| m.code == 751).unwrap();
    let row = table.lines().find(|line| line.starts_with("751;")).unwrap();
    let cost = aarhus.keys[economic].cost;
    let population_cost = aarhus.keys[0].cost;
    assert_ne!(
        cost, population_cost,
        "the keys must differ for the test to tell them apart"
    );
    let kr = |money: Money| ddh_engine::danish::ungrouped(&money.to_string());
    // kode;kommune;timer;kr;…: the fourth cell is the key's cost.
    assert_eq!(row.split(';').nth(3), Some(kr(cost).as_str()), "{row}");
}

/// The cap may equal the floor (every share then its population share's multiple); below it, refused.
#[test]
fn a_cap_equal_to_the_floor_is_allowed() {
    let mut scenario = Scenario::default();
    scenario.keys.bounded.floor_percent = percent(100);
    scenario.keys.bounded.cap_percent = percent(100);
    let keys = evaluate(&scenario).keys;
    assert!(keys.is_ok(), "{keys:?}");
    scenario.keys.bounded.cap_percent = Decimal::new(9_999, 2);
    assert_eq!(
        evaluate(&scenario).keys.map_err(|e| e.field).err(),
        Some("keys.bounded".to_owned())
    );
}

/// A bid is at most the format's hours a year (20.000.000), refused beyond at the section's limit;
/// one of exactly that many is taken when there are that many hours to share.
#[test]
fn a_bid_of_the_most_hours_is_taken_and_one_more_refused_at_the_formats_limit() {
    use ddh_engine::keys::section::MAX_HOURS;
    let mut scenario = Scenario::default();
    scenario.keys.source = ddh_engine::keys::section::Source::Typed;
    scenario.keys.typed_hours = MAX_HOURS;
    scenario.keys.marketplace.bids = vec![Bid {
        code: 751,
        hours: MAX_HOURS,
    }];
    let keys = evaluate(&scenario).keys;
    assert!(keys.is_ok(), "{keys:?}");
    // Fewer hours to share, so that the section's limit and the marketplace's differ.
    scenario.keys.typed_hours = 21_112;
    scenario.keys.marketplace.bids[0].hours = MAX_HOURS + 1;
    assert_eq!(
        evaluate(&scenario)
            .keys
            .map_err(|e| (e.field, e.problem))
            .err(),
        Some((
            "keys.marketplace.bids[0].hours".to_owned(),
            ddh_engine::error::Problem::TooLarge {
                value: (MAX_HOURS + 1).to_string(),
                max: MAX_HOURS.to_string(),
            }
        ))
    );
}

/// A calls file without headings: its first row is a member's (by code or by name) and is read, not
/// taken for the headings; a first row naming no municipality is the headings.
#[test]
fn a_calls_file_without_headings_keeps_its_first_row() {
    use ddh_engine::keys::calls_csv::parse;
    use ddh_engine::members::section::MemberSelection;
    let members = resolve(&MemberSelection::default()).unwrap();
    assert_eq!(
        parse("751;1.200\n746;300\n", &members).unwrap(),
        vec![(751, 1_200), (746, 300)]
    );
    assert_eq!(
        parse("Aarhus;1.200\nSkanderborg;300\n", &members).unwrap(),
        vec![(751, 1_200), (746, 300)]
    );
    assert_eq!(
        parse("Kommune;2024\n751;1.200\n", &members).unwrap(),
        vec![(751, 1_200)]
    );
}

/// The minutes the keys share, read from the sections alone (the budget years' marketplace split):
/// the same as the keys area's, whatever the source, with the jumpseat cut off or typed; the area's
/// estimate of the cut is refused there, at the field where hours can be typed instead.
#[test]
fn the_minutes_shared_from_the_sections_alone_are_the_areas() {
    use ddh_engine::keys::section::{JumpseatCut, Source};
    use ddh_engine::{hours, keys};
    for source in [Source::Today, Source::Proposed, Source::Typed] {
        for jumpseat in [
            JumpseatCut {
                apply: false,
                hours: None,
            },
            JumpseatCut {
                apply: true,
                hours: Some(500),
            },
        ] {
            let mut scenario = Scenario::default();
            scenario.keys.source = source;
            scenario.keys.jumpseat = jumpseat;
            let report = hours::report(
                &scenario.hours,
                Err(&ddh_engine::Error::new(
                    ddh_engine::members::Field::Codes,
                    ddh_engine::Problem::NoMembers,
                )),
            );
            let (minutes, _) = keys::shared(&scenario.keys, report.as_ref()).unwrap();
            assert_eq!(
                keys::shared_minutes(&scenario.keys, &scenario.hours),
                Ok(minutes),
                "{source:?} {jumpseat:?}"
            );
        }
    }
    let mut estimated = Scenario::default();
    estimated.keys.jumpseat = JumpseatCut {
        apply: true,
        hours: None,
    };
    let refused = keys::shared_minutes(&estimated.keys, &estimated.hours).unwrap_err();
    assert_eq!(refused.field, "keys.jumpseat.hours");
}
