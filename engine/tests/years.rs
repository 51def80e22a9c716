//! Budget years on whole scenarios: the cooperation agreement's worked examples, and the projection's
//! invariants over generated spans, costs, index values and members joining and leaving.
// `panic!` states a refusal the test expected and did not get.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use ddh_engine::date::Date;
use ddh_engine::error::Problem;
use ddh_engine::keys::report::KeyId;
use ddh_engine::money::Money;
use ddh_engine::years::edit::YearsEdit;
use ddh_engine::years::index::IndexValue;
use ddh_engine::years::report::{YearFigures, YearsReport};
use ddh_engine::years::section::MembershipChange;
use ddh_engine::{evaluate, Edit, Scenario};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// A scenario whose years are the listed costs alone: no staffing, purchase or tender.
fn listed_only(first_year: i32, last_year: i32) -> Scenario {
    let mut scenario = Scenario::default();
    let years = &mut scenario.years;
    years.first_year = first_year;
    years.last_year = last_year;
    years.staffing.include = false;
    years.purchase.include = false;
    years.tender.include = false;
    scenario
}

fn add_cost(scenario: &mut Scenario, kroner: i64, base_year: i32) -> u32 {
    scenario.apply(Edit::Years(YearsEdit::AddCost)).unwrap();
    let id = scenario.years.costs.last().unwrap().id;
    let amount = Money::from_ore(kroner * 100);
    for edit in [
        YearsEdit::SetCostAmount { id, amount },
        YearsEdit::SetCostBaseYear {
            id,
            year: base_year,
        },
    ] {
        scenario.apply(Edit::Years(edit)).unwrap();
    }
    id
}

fn years(scenario: &Scenario) -> YearsReport {
    evaluate(scenario).years.unwrap()
}

fn year(report: &YearsReport, year: i32) -> &YearFigures {
    let row = report.years.iter().find(|row| row.year == year).unwrap();
    row.figures.as_ref().unwrap()
}

fn day(year: i32, month: u32, day: u32) -> Option<Date> {
    Date::from_ymd(year, month, day)
}

/// § 6.1.3: "ved budget for 2024 bruges prisindeks for hhv. januar 2022 og januar 2023". 100.000 kr.
/// in 2023's budget is 100.000 × 117,4 / 107,9 = 108.804,45 kr. in 2024's, with the published values.
/// § 6.1.4: the budget for 2024 uses 2022K4, which is not carried: 2025K1, the nearest, stands in.
#[test]
fn budget_2024_is_regulated_by_january_2022_and_2023_and_names_2022k4() {
    let mut scenario = listed_only(2024, 2024);
    add_cost(&mut scenario, 100_000, 2023);
    let report = years(&scenario);
    let figures = year(&report, 2024);
    assert_eq!(figures.lines[0].amount, Money::from_ore(10_880_445));
    assert_eq!(figures.lines[0].factor.to_string(), "1.088044");
    assert_eq!(
        figures.index_from.map(|p| p.value.to_string()),
        Some("107.9".into())
    );
    assert_eq!(
        figures.index_to.map(|p| p.value.to_string()),
        Some("117.4".into())
    );
    assert_eq!(figures.quarter.rule.to_string(), "2022K4");
    assert_eq!(figures.quarter.used.to_string(), "2025K1");
    assert!(figures.quarter.stood_in);
    // The 13 members of 2024–25, 1.053.499 citizens in 2025K1: 10.880.445 øre / 1.053.499 = 10,33 øre.
    assert_eq!(figures.citizens, Decimal::new(105_349_900, 2));
    assert_eq!(figures.price_per_citizen.to_string(), "0.10");
}

/// § 7.1: "Ønsker en kommune fx at udmelde sig pr. 1. januar 2022, skal udmeldelse ske skriftligt med
/// udgangen af juni 2021". Notice on 30 June 2021: out on 1 January 2022; its notice period is the
/// second half of 2021, and if it does not pay, the others pay its part by population.
#[test]
fn notice_on_30_june_2021_leaves_on_1_january_2022_and_owes_the_second_half() {
    let mut scenario = listed_only(2021, 2022);
    add_cost(&mut scenario, 1_000_000, 2021);
    let odder = 727;
    scenario
        .apply(Edit::Years(YearsEdit::AddChange {
            code: odder,
            member: true,
        }))
        .unwrap();
    let notice = YearsEdit::SetNotice {
        code: odder,
        date: day(2021, 6, 30),
    };
    scenario.apply(Edit::Years(notice)).unwrap();
    let paid = years(&scenario);
    let leaver = &paid.leavers[0];
    assert_eq!(
        (leaver.earliest_exit, leaver.exit),
        (
            day(2021, 6, 30).and(day(2022, 1, 1)).unwrap(),
            day(2022, 1, 1).unwrap()
        )
    );
    assert_eq!(leaver.notice_periods, [day(2021, 7, 1).unwrap()]);
    let fee = leaver.fee.as_ref().unwrap();
    let in_2021 = |report: &YearsReport, code: u16| {
        year(report, 2021)
            .bills
            .iter()
            .find(|b| b.code == code)
            .map(|b| (b.periods, b.bill))
    };
    // Odder pays both halves of 2021 and nothing in 2022.
    let (periods, bill) = in_2021(&paid, odder).unwrap();
    assert_eq!(periods, 2);
    assert!(year(&paid, 2022).bills.iter().all(|b| b.code != odder));
    // Its fee is its part of the second half: half its year, within an øre.
    assert!(
        (fee.amount.to_ore().unwrap() * 2 - bill.to_ore().unwrap()).abs() <= 2,
        "{fee:?} of {bill}"
    );
    let others: i64 = fee.others.iter().map(|o| o.total.to_ore().unwrap()).sum();
    assert_eq!(others, fee.amount.to_ore().unwrap());

    // Unpaid: Odder's 2021 bill falls by the fee, and each other member's rises by its part.
    let pays = YearsEdit::SetPaysNotice {
        code: odder,
        pays: false,
    };
    scenario.apply(Edit::Years(pays)).unwrap();
    let unpaid = years(&scenario);
    let (_, unpaid_bill) = in_2021(&unpaid, odder).unwrap();
    assert_eq!(
        unpaid_bill.to_ore().unwrap(),
        bill.to_ore().unwrap() - fee.amount.to_ore().unwrap()
    );
    for other in &fee.others {
        let before = in_2021(&paid, other.code).unwrap().1.to_ore().unwrap();
        let after = in_2021(&unpaid, other.code).unwrap().1.to_ore().unwrap();
        assert_eq!(
            after - before,
            other.total.to_ore().unwrap(),
            "{}",
            other.name
        );
    }
}

/// § 6.1.4: a member joining 1 July is charged half a year; the year's bills still add up.
#[test]
fn joining_on_1_july_is_half_a_year() {
    let mut scenario = listed_only(2024, 2025);
    add_cost(&mut scenario, 1_000_000, 2024);
    let kobenhavn = 101;
    scenario
        .apply(Edit::Years(YearsEdit::AddChange {
            code: kobenhavn,
            member: false,
        }))
        .unwrap();
    scenario
        .apply(Edit::Years(YearsEdit::SetJoins {
            code: kobenhavn,
            date: day(2024, 7, 1),
        }))
        .unwrap();
    let report = years(&scenario);
    let bill = |y: i32| {
        year(&report, y)
            .bills
            .iter()
            .find(|b| b.code == kobenhavn)
            .map(|b| b.periods)
    };
    assert_eq!((bill(2024), bill(2025)), (Some(1), Some(2)));
    // Citizens counted: the 13 members whole, København for half the year (667.099 / 2).
    assert_eq!(
        year(&report, 2024).citizens,
        Decimal::new(105_349_900 + 33_354_950, 2)
    );
    for y in [2024, 2025] {
        let figures = year(&report, y);
        let sum: i64 = figures.bills.iter().map(|b| b.bill.to_ore().unwrap()).sum();
        assert_eq!(sum, figures.total.to_ore().unwrap());
    }
}

/// A year whose January value is not known is refused at that January's field; the years before it
/// still show, and typing the value brings the year back.
#[test]
fn a_missing_january_blocks_its_year_alone_and_is_named() {
    let mut scenario = listed_only(2025, 2027);
    add_cost(&mut scenario, 1_000_000, 2025);
    let report = years(&scenario);
    assert!(report.years[0].figures.is_ok(), "2025 is in its own prices");
    let refused = report.years[1].figures.as_ref().unwrap_err();
    assert_eq!(
        (refused.field.as_str(), &refused.problem),
        ("years.index.january[2025]", &Problem::Missing)
    );
    assert_eq!(report.totals.as_ref().unwrap_err(), refused);
    let missing: Vec<i32> = report
        .januaries
        .iter()
        .filter(|j| j.point.is_none())
        .map(|j| j.year)
        .collect();
    assert_eq!(missing, [2025, 2026]);
    for (year, value) in [(2025, 1200), (2026, 1224)] {
        let value = Some(Decimal::new(value, 1));
        scenario
            .apply(Edit::Years(YearsEdit::SetIndexValue {
                year,
                value,
                base: 2015,
            }))
            .unwrap();
    }
    let report = years(&scenario);
    // 2027 in 2025's prices: × January 2026 / January 2024 = 122,4 / 118,1.
    assert_eq!(
        year(&report, 2027).lines[0].amount,
        Money::from_ore(103_640_982)
    );
}

/// The 13 members named in 2024–25, who the generated scenarios start from.
const NAMED: [u16; 13] = ddh_engine::presets::NAMED_2024_25;
/// Municipalities that are not among them, to join.
const OTHERS: [u16; 6] = [101, 147, 461, 851, 561, 621];

/// A change as generated: who, and the days as offsets from the span's start.
#[derive(Debug, Clone)]
struct Generated {
    first_year: i32,
    span: i32,
    half_years: bool,
    key: KeyId,
    costs: Vec<(i64, i32, i32, i32)>,
    index: Vec<i64>,
    leavers: Vec<(usize, u32, bool, u32)>,
    joiners: Vec<(usize, u32)>,
}

fn generated() -> impl Strategy<Value = Generated> {
    let key = prop_oneof![
        4 => Just(KeyId::Population),
        1 => Just(KeyId::Economic),
        1 => Just(KeyId::Bounded),
        1 => Just(KeyId::BoundedExact),
    ];
    (
        2021i32..2026,
        1i32..6,
        prop_oneof![3 => Just(true), 1 => Just(false)],
        key,
        proptest::collection::vec((0i64..500_000_000, 0i32..6, 0i32..6, 0i32..6), 1..4),
        proptest::collection::vec(500i64..30_000, 30),
        proptest::collection::vec((0usize..13, 0u32..72, any::<bool>(), 0u32..3), 0..3),
        proptest::collection::vec((0usize..6, 0u32..12), 0..3),
    )
        .prop_map(
            |(first_year, span, half_years, key, costs, index, leavers, joiners)| Generated {
                first_year,
                span,
                half_years,
                key,
                costs,
                index,
                leavers,
                joiners,
            },
        )
}

/// The day `months` months after the span's first 1 January, moved to a period's start when the
/// rule is on (and to the 1st of a month otherwise).
fn month_start(first_year: i32, months: u32, half_years: bool) -> Date {
    let months = if half_years { months / 6 * 6 } else { months };
    let year = first_year + i32::try_from(months / 12).unwrap();
    Date::from_ymd(year, months % 12 + 1, 1).unwrap()
}

/// The scenario a generated case describes, with the index values `index` (tenths, January 2015 on)
/// typed for every year.
fn scenario_of(g: &Generated, index: impl Fn(usize) -> i64) -> Scenario {
    let mut scenario = listed_only(g.first_year, g.first_year + g.span - 1);
    scenario.years.key = g.key;
    scenario.years.half_year_rule = g.half_years;
    for (i, &(ore, base, from, length)) in g.costs.iter().enumerate() {
        let id = u32::try_from(i).unwrap() + 1;
        scenario
            .years
            .costs
            .push(ddh_engine::years::section::YearlyCost {
                id,
                name: format!("Post {id}"),
                amount: Money::from_ore(ore),
                base_year: g.first_year - 1 + base,
                from_year: g.first_year + from.min(g.span - 1),
                to_year: g.first_year + (from + length).min(g.span - 1),
            });
    }
    for (i, _) in g.index.iter().enumerate() {
        scenario.years.index.values.push(IndexValue {
            year: 2015 + i32::try_from(i).unwrap(),
            value: Decimal::new(index(i), 1),
            base: 2015,
        });
    }
    for &(member, notice_months, pays, later) in &g.leavers {
        let code = NAMED[member];
        if scenario.years.changes.iter().any(|c| c.code == code) {
            continue;
        }
        // Notice on any day: the 1st of a month, or the 15th.
        let start = month_start(g.first_year, notice_months, false);
        let notice = if notice_months % 2 == 0 {
            start
        } else {
            Date::from_ymd(year_of(start), month_of(start), 15).unwrap()
        };
        // A later exit than the earliest, sometimes.
        let periods = ddh_engine::years::rules::Periods::of(g.half_years);
        let earliest = periods.earliest_exit(notice).unwrap();
        let leaves = (later > 0).then(|| {
            let months = if g.half_years { 6 * later } else { later };
            Date(
                earliest
                    .0
                    .checked_add_months(chrono::Months::new(months))
                    .unwrap(),
            )
        });
        scenario.years.changes.push(MembershipChange {
            code,
            joins: None,
            leaves,
            notice: Some(notice),
            pays_notice: pays,
        });
    }
    for &(other, months) in &g.joiners {
        let code = OTHERS[other];
        if scenario.years.changes.iter().any(|c| c.code == code) {
            continue;
        }
        let joins = month_start(g.first_year, months, g.half_years);
        scenario.years.changes.push(MembershipChange {
            code,
            joins: Some(joins),
            leaves: None,
            notice: None,
            pays_notice: true,
        });
    }
    scenario
}

fn year_of(date: Date) -> i32 {
    use chrono::Datelike;
    date.0.year()
}

fn month_of(date: Date) -> u32 {
    use chrono::Datelike;
    date.0.month()
}

/// Whether `code` is a member on `day` by the scenario's changes, computed here from the dates: a
/// leaver leaves on its exit, or on the first period start after six months' notice.
fn member_on(scenario: &Scenario, code: u16, day: Date) -> bool {
    let change = scenario.years.changes.iter().find(|c| c.code == code);
    let joined = change
        .and_then(|c| c.joins)
        .is_none_or(|joins| joins <= day);
    let exit = change.and_then(|c| {
        c.leaves.or_else(|| {
            let notice = c.notice?;
            let passed = notice.0.checked_add_months(chrono::Months::new(6))?;
            let step = if scenario.years.half_year_rule { 6 } else { 1 };
            let mut start = Date::from_ymd(year_of(notice), 1, 1)?;
            while start.0 <= passed {
                start = Date(start.0.checked_add_months(chrono::Months::new(step))?);
            }
            Some(start)
        })
    });
    joined && exit.is_none_or(|exit| day < exit)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Every year's bills add up to its total; a member is charged for exactly the periods it is a
    /// member on their first day, never for one outside its membership.
    #[test]
    fn bills_add_up_and_follow_membership(g in generated()) {
        let scenario = scenario_of(&g, |i| g.index[i]);
        let report = evaluate(&scenario).years.unwrap();
        let per_year = if g.half_years { 2 } else { 12 };
        for row in &report.years {
            let figures = row.figures.as_ref().unwrap();
            let sum: i64 = figures.bills.iter().map(|b| b.bill.to_ore().unwrap()).sum();
            prop_assert_eq!(sum, figures.total.to_ore().unwrap(), "{}", row.year);
            let codes = NAMED.iter().chain(&OTHERS);
            for &code in codes {
                let starts = (0..per_year).map(|i| month_start(row.year, i * (12 / per_year), g.half_years));
                let periods = starts.filter(|&start| {
                    (NAMED.contains(&code) || scenario.years.changes.iter().any(|c| c.code == code))
                        && member_on(&scenario, code, start)
                }).count() as u32;
                let bill = figures.bills.iter().find(|b| b.code == code);
                prop_assert_eq!(bill.map_or(0, |b| b.periods), periods, "{} in {}", code, row.year);
                if let Some(bill) = bill {
                    prop_assert!(bill.bill.to_ore().unwrap() >= 0);
                }
            }
        }
    }

    /// With every index value equal, each cost is its own amount in every year: the projection is
    /// the unindexed costs.
    #[test]
    fn an_even_index_changes_nothing(g in generated(), level in 500i64..3_000) {
        let scenario = scenario_of(&g, |_| level);
        let report = evaluate(&scenario).years.unwrap();
        for row in &report.years {
            let figures = row.figures.as_ref().unwrap();
            let expected: i64 = scenario.years.costs.iter()
                .filter(|c| (c.from_year..=c.to_year).contains(&row.year))
                .map(|c| c.amount.to_ore().unwrap())
                .sum();
            prop_assert_eq!(figures.total.to_ore().unwrap(), expected, "{}", row.year);
            for line in &figures.lines {
                prop_assert_eq!(line.amount, line.base_amount);
            }
        }
    }

    /// A leaver that does not pay for its notice period raises the others' bills by exactly its
    /// unpaid fee, each by its part, and its own falls by as much.
    #[test]
    fn an_unpaid_notice_fee_moves_to_the_others_exactly(g in generated()) {
        let mut paying = scenario_of(&g, |i| g.index[i]);
        for change in &mut paying.years.changes {
            change.pays_notice = true;
        }
        let Some(leaver) = paying.years.changes.iter().position(|c| c.notice.is_some()) else { return Ok(()); };
        let paid = evaluate(&paying).years.unwrap();
        let mut not_paying = paying.clone();
        not_paying.years.changes[leaver].pays_notice = false;
        let unpaid = evaluate(&not_paying).years.unwrap();
        let code = paying.years.changes[leaver].code;
        let report = paid.leavers.iter().find(|l| l.code == code).unwrap();
        let fee = report.fee.as_ref().unwrap();
        let total = |r: &YearsReport, code: u16| -> i64 {
            r.years.iter().flat_map(|row| row.figures.as_ref().unwrap().bills.iter())
                .filter(|b| b.code == code).map(|b| b.bill.to_ore().unwrap()).sum()
        };
        let fee_ore = fee.amount.to_ore().unwrap();
        prop_assert_eq!(total(&paid, code) - total(&unpaid, code), fee_ore);
        let mut raised = 0;
        for other in &fee.others {
            let rise = total(&unpaid, other.code) - total(&paid, other.code);
            prop_assert_eq!(rise, other.total.to_ore().unwrap(), "{}", other.name);
            raised += rise;
        }
        prop_assert_eq!(raised, fee_ore);
    }
}
