//! The procurement rules on the cases the issue names: the threshold's edge to the øre, the 48-month
//! rule's edge, options and extensions, the date on which the threshold changes, the sources' offers.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use ddh_engine::date::Date;
use ddh_engine::evaluate;
use ddh_engine::money::Money;
use ddh_engine::procurement::section::{
    Basis, CapComponent, LineRole, PriceLine, Procurement, Term, Timing,
};
use ddh_engine::report::{ProcurementReport, Route, TermRule};
use ddh_engine::scenario::Scenario;
use rust_decimal::Decimal;

const THRESHOLD_2026_ORE: i64 = 161_136_000;

fn kroner(k: i64) -> Money {
    Money::from_ore(k * 100)
}

fn line(id: u32, timing: Timing, basis: Basis, amount: Money) -> PriceLine {
    PriceLine {
        id,
        name: format!("linje {id}"),
        role: LineRole::Base,
        timing,
        basis,
        amount,
    }
}

/// A purchase of one one-off price, launched in 2026, without the tender's items.
fn one_off(amount: Money) -> Scenario {
    let mut scenario = Scenario::default();
    let procurement = &mut scenario.procurement;
    procurement.include_tender_supplier_items = false;
    procurement.launch_date = Date::from_ymd(2026, 3, 1).unwrap();
    procurement.lines = vec![line(1, Timing::OneOff, Basis::Flat, amount)];
    scenario
}

fn report(scenario: &Scenario) -> ProcurementReport {
    evaluate(scenario).procurement.unwrap()
}

#[test]
fn at_the_threshold_is_an_eu_tender_one_ore_under_is_not() {
    let at = report(&one_off(Money::from_ore(THRESHOLD_2026_ORE)));
    assert!(at.threshold.at_or_above);
    assert_eq!(at.route.route, Route::EuTender);
    assert_eq!(at.threshold.headroom, Money::ZERO);
    let under = report(&one_off(Money::from_ore(THRESHOLD_2026_ORE - 1)));
    assert!(!under.threshold.at_or_above);
    assert_eq!(under.route.route, Route::MarketTerms);
    assert_eq!(under.threshold.headroom, Money::from_ore(1));
    let over = report(&one_off(Money::from_ore(THRESHOLD_2026_ORE + 1)));
    assert_eq!(over.route.route, Route::EuTender);
    assert_eq!(over.threshold.headroom, Money::from_ore(-1));
}

#[test]
fn the_launch_date_picks_the_threshold_in_force() {
    let mut scenario = one_off(kroner(1_630_000));
    scenario.procurement.launch_date = Date::from_ymd(2025, 12, 31).unwrap();
    let old = report(&scenario);
    assert_eq!(old.threshold.threshold, kroner(1_644_638));
    assert_eq!(old.threshold.headroom, kroner(14_638));
    assert_eq!(old.route.route, Route::MarketTerms);
    scenario.procurement.launch_date = Date::from_ymd(2026, 1, 1).unwrap();
    let new = report(&scenario);
    assert_eq!(new.threshold.threshold, kroner(1_611_360));
    assert_eq!(new.threshold.headroom, kroner(-18_640));
    assert_eq!(new.route.route, Route::EuTender);
    scenario.procurement.launch_date = Date::from_ymd(2023, 12, 31).unwrap();
    assert_eq!(
        evaluate(&scenario).procurement.unwrap_err().field,
        "procurement.launch_date"
    );
}

#[test]
fn the_48_month_rule_counts_a_fixed_term_up_to_48_months_in_full() {
    let mut scenario = one_off(Money::ZERO);
    scenario.procurement.lines = vec![line(1, Timing::Monthly, Basis::Flat, kroner(10_000))];
    for (months, counted, rule) in [
        (47, 47, TermRule::FixedWithin48),
        (48, 48, TermRule::FixedWithin48),
        (49, 48, TermRule::LongerThan48),
    ] {
        scenario.procurement.term = Term {
            indefinite: false,
            months,
        };
        let value = report(&scenario).value;
        assert_eq!((value.months_counted, value.rule), (counted, rule));
        assert_eq!(value.total, kroner(10_000 * i64::from(counted)));
    }
    scenario.procurement.term = Term {
        indefinite: true,
        months: 12,
    };
    let value = report(&scenario).value;
    assert_eq!(
        (value.months_counted, value.rule, value.total),
        (48, TermRule::Indefinite, kroner(480_000))
    );
}

#[test]
fn options_and_extensions_count() {
    let mut scenario = one_off(kroner(300_000));
    scenario.procurement.term = Term {
        indefinite: false,
        months: 24,
    };
    let mut option = line(2, Timing::Yearly, Basis::Flat, kroner(60_000));
    option.role = LineRole::Option;
    scenario.procurement.lines.push(option);
    let value = report(&scenario).value;
    // 300.000 + 60.000 × 2 years.
    assert_eq!(value.total, kroner(420_000));
    assert_eq!(value.options_included, kroner(120_000));
    // Extended by 36 months: 60 months in all, past 48, so 48 months count.
    scenario.procurement.extension_months = 36;
    let value = report(&scenario).value;
    assert_eq!(
        (value.months_counted, value.rule),
        (48, TermRule::LongerThan48)
    );
    assert_eq!(value.total, kroner(300_000 + 60_000 * 4));
}

#[test]
fn a_yearly_price_over_odd_months_is_rounded_once_half_away() {
    // 0,01 kr. a year over 6 months is half an øre: rounded away from zero, to 0,01.
    let mut scenario = one_off(Money::ZERO);
    scenario.procurement.lines = vec![line(1, Timing::Yearly, Basis::Flat, Money::from_ore(1))];
    scenario.procurement.term = Term {
        indefinite: false,
        months: 6,
    };
    assert_eq!(report(&scenario).value.total, Money::from_ore(1));
}

/// Three yearly option lines of 0,01 + 0,01 + 0,04 kr. over one month: 0,06 ÷ 12 = 0,005 kr., half an
/// øre, so both the total and the options' part are 0,01 kr. (each line's twelfth on its own would be
/// 0,000833… + 0,000833… + 0,003333…, a hair under half an øre at finite precision, and round to 0).
#[test]
fn the_options_part_is_summed_exactly_and_rounded_once() {
    let mut scenario = one_off(Money::ZERO);
    scenario.procurement.lines = [1, 1, 4]
        .iter()
        .zip(1..)
        .map(|(&ore, id)| PriceLine {
            role: LineRole::Option,
            ..line(id, Timing::Yearly, Basis::Flat, Money::from_ore(ore))
        })
        .collect();
    scenario.procurement.term = Term {
        indefinite: false,
        months: 1,
    };
    let value = report(&scenario).value;
    assert_eq!(value.total, Money::from_ore(1));
    assert_eq!(value.options_included, Money::from_ore(1));
    let not_base = value
        .steps
        .iter()
        .find(|step| step.kind == ddh_engine::report::ValueStepKind::NotBase)
        .unwrap();
    assert_eq!(not_base.amount, Money::from_ore(1));
}

#[test]
fn prices_per_municipality_and_per_citizen_follow_the_members() {
    let mut scenario = one_off(Money::ZERO);
    scenario.procurement.lines = vec![
        line(1, Timing::OneOff, Basis::PerMunicipality, kroner(1_000)),
        line(2, Timing::OneOff, Basis::PerCitizen, Money::from_ore(10)),
    ];
    // 13 members, 1.053.499 citizens (the default selection, 2025K1).
    assert_eq!(
        report(&scenario).value.total,
        Money::from_ore(1_300_000 + 10_534_990)
    );
    // Without members a flat purchase still evaluates, a per-member one waits for them.
    scenario.members.codes.clear();
    assert_eq!(
        evaluate(&scenario).procurement.unwrap_err().field,
        "members.codes"
    );
    scenario.procurement.lines = vec![line(1, Timing::OneOff, Basis::Flat, kroner(1_000))];
    assert!(evaluate(&scenario).procurement.is_ok());
}

#[test]
fn the_tender_budgets_supplier_items_feed_in_and_its_internal_costs_do_not() {
    let mut scenario = Scenario::default();
    scenario.procurement.lines.clear();
    // Acquisition 600.000 + implementation 200.000; consultant, legal and IT are the members' own.
    assert_eq!(report(&scenario).value.total, kroner(800_000));
    scenario.procurement.include_tender_supplier_items = false;
    assert_eq!(report(&scenario).value.total, Money::ZERO);
}

#[test]
fn routes_below_the_threshold_follow_the_working_limits() {
    let route = |kroner_value: i64, interest: bool| {
        let mut scenario = one_off(kroner(kroner_value));
        scenario.procurement.cross_border_interest = interest;
        report(&scenario).route.route
    };
    assert_eq!(route(100_000, true), Route::DirectAward); // not above 100.000
    assert_eq!(route(100_001, true), Route::AnnounceOnUdbudDk);
    assert_eq!(route(600_000, true), Route::AnnounceOnUdbudDk);
    assert_eq!(route(500_000, false), Route::DirectAward); // not above 500.000
    assert_eq!(route(500_001, false), Route::MarketTerms);
    assert_eq!(route(99_000, false), Route::DirectAward);
}

/// Each limit is tested on its own, in the order the rules apply: with the announcement limit set
/// above the market-terms limit, a purchase of cross-border interest between the two is bought on
/// market terms, and only one above both is announced.
#[test]
fn an_announcement_limit_above_the_market_terms_limit_is_tested_first_and_alone() {
    let route = |kroner_value: i64| {
        let mut scenario = one_off(kroner(kroner_value));
        scenario.procurement.cross_border_interest = true;
        scenario.procurement.working_rules.announce_above = kroner(800_000);
        scenario.procurement.working_rules.market_terms_above = kroner(500_000);
        report(&scenario).route
    };
    assert_eq!(route(500_000).route, Route::DirectAward);
    assert_eq!(route(500_001).route, Route::MarketTerms);
    assert_eq!(route(800_000).route, Route::MarketTerms);
    let above_both = route(800_001);
    assert_eq!(above_both.route, Route::AnnounceOnUdbudDk);
    assert_eq!(above_both.reasons.len(), 3);
    // A limit typed as whole kroner is reported as every amount is, with its two decimals.
    assert!(
        matches!(
            above_both.reasons[2],
            ddh_engine::report::RouteReason::AboveAnnouncementLimit { limit }
                if limit == kroner(800_000) && limit.kroner().scale() == 2
        ),
        "{:?}",
        above_both.reasons[2]
    );
}

#[test]
fn annie_at_both_ends_of_its_range_stays_below_the_threshold() {
    let offers = evaluate(&Scenario::default()).offers.unwrap();
    let annie = offers.offers.iter().find(|o| o.id == 5).unwrap();
    assert_eq!(annie.value_48_months, kroner(1_120_000));
    assert_eq!(annie.value_48_months_high, Some(kroner(1_360_000)));
    assert!(!annie.at_or_above_threshold);
    assert_eq!(annie.at_or_above_threshold_high, Some(false));
}

#[test]
fn frontdesk_offers_per_member_as_the_minutes_give_them() {
    let mut scenario = Scenario::default();
    scenario.members.codes = ddh_engine::presets::PresetId::All.codes(scenario.members.quarter);
    scenario.procurement.offer_years = 1;
    let offers = evaluate(&scenario).offers.unwrap();
    let at = |count: usize, id: u32| {
        let row = &offers.counts[count - 1];
        row.costs.iter().find(|c| c.id == id).unwrap().clone()
    };
    // The final offer, 168.000 kr. a year flat: 6.000 kr. each at 28, 4.097,56 at 41.
    assert_eq!(at(28, 4).per_member, kroner(6_000));
    assert_eq!(at(41, 4).per_member, Money::from_ore(409_756));
    // The first offer, 7.500 kr. per municipality: 41 × 7.500 = 307.500.
    assert_eq!(at(41, 2).total, kroner(307_500));
    // The list price, 35.000 + 15.000 per municipality in year one.
    assert_eq!(at(41, 1).total, kroner(41 * 50_000));
}

#[test]
fn break_evens_are_every_count_where_the_cheaper_offer_changes() {
    let mut scenario = Scenario::default();
    scenario.members.codes = ddh_engine::presets::PresetId::All.codes(scenario.members.quarter);
    let offers = evaluate(&scenario).offers.unwrap();
    // Brute force: for each pair and each count, who is cheaper than at the count before.
    let mut expected = Vec::new();
    for a in 0..offers.offers.len() {
        for b in a + 1..offers.offers.len() {
            for count in 2..=offers.member_count {
                let order = |n: usize| {
                    offers.counts[n - 1].costs[a]
                        .total
                        .cmp(&offers.counts[n - 1].costs[b].total)
                };
                if order(count) != order(count - 1) {
                    expected.push((offers.offers[a].id, offers.offers[b].id, count));
                }
            }
        }
    }
    let found: Vec<(u32, u32, usize)> = offers
        .break_evens
        .iter()
        .map(|b| (b.first, b.second, b.members))
        .collect();
    assert_eq!(found, expected);
    // The flat 168.000 a year is cheaper than 7.500 per municipality from 23 members (22,4 → 23).
    assert!(offers
        .break_evens
        .iter()
        .any(|b| (b.first, b.second, b.members, b.cheaper) == (2, 4, 23, Some(4))));
}

#[test]
fn the_price_cap_keeps_the_value_at_or_just_under_the_ceiling() {
    let mut scenario = one_off(kroner(100_000));
    scenario
        .procurement
        .lines
        .push(line(2, Timing::Monthly, Basis::Flat, kroner(5_000)));
    scenario.procurement.term = Term {
        indefinite: true,
        months: 1,
    };
    scenario.procurement.price_cap.margin_percent = Decimal::new(5, 0);
    let cap = report(&scenario).cap;
    // 1.611.360 × 95 % = 1.530.792; recurring 5.000 × 48 = 240.000; one-off cap 1.290.792.
    assert_eq!(cap.ceiling, kroner(1_530_792));
    assert_eq!(cap.cap, Some(kroner(1_290_792)));
    assert_eq!(cap.value_at_cap, Some(kroner(1_530_792)));
    scenario.procurement.price_cap.component = CapComponent::Monthly;
    let cap = report(&scenario).cap;
    // (1.530.792 − 100.000) / 48 = 29.808,1666… → 29.808,16 a month.
    assert_eq!(cap.cap, Some(Money::from_ore(2_980_816)));
    assert_eq!(
        cap.value_at_cap,
        Some(Money::from_ore(10_000_000 + 2_980_816 * 48))
    );
    // With no margin the ceiling is one øre under the threshold.
    scenario.procurement.price_cap.margin_percent = Decimal::ZERO;
    assert_eq!(
        report(&scenario).cap.ceiling,
        Money::from_ore(THRESHOLD_2026_ORE - 1)
    );
}

#[test]
fn each_bad_procurement_field_is_named() {
    type Spoil = fn(&mut Procurement);
    let cases: [(&str, Spoil); 9] = [
        ("procurement.term.months", |p| p.term.months = 0),
        ("procurement.term.months", |p| p.term.months = 1_201),
        ("procurement.lines[0].amount", |p| {
            p.lines = vec![line(1, Timing::OneOff, Basis::Flat, kroner(-1))];
        }),
        ("procurement.price_cap.margin_percent", |p| {
            p.price_cap.margin_percent = Decimal::ONE_HUNDRED
        }),
        ("procurement.price_cap.margin_percent", |p| {
            p.price_cap.margin_percent = Decimal::NEGATIVE_ONE
        }),
        ("procurement.launch_date", |p| {
            p.launch_date = Date::from_ymd(2028, 1, 1).unwrap()
        }),
        ("procurement.offers[1].yearly", |p| {
            p.offers[1].yearly = Money::ZERO;
        }),
        ("procurement.offers[4].yearly_high", |p| {
            p.offers[4].yearly_high = Some(kroner(1))
        }),
        ("procurement.offer_years", |p| p.offer_years = 0),
    ];
    for (field, spoil) in cases {
        let mut scenario = Scenario::default();
        spoil(&mut scenario.procurement);
        let report = evaluate(&scenario);
        let errors: Vec<&str> = report.errors().iter().map(|e| e.field.as_str()).collect();
        assert_eq!(errors, [field], "{field}");
        assert!(
            report.tender.is_ok(),
            "a procurement error leaves the tender figures"
        );
    }
}

/// Each edit changes its own field, the lists keep their ids, and a line or offer is found by its id
/// (not by its place).
#[test]
fn each_edit_changes_its_field() {
    use ddh_engine::procurement::edit::ProcurementEdit as E;
    use ddh_engine::procurement::section::{Category, Offer, WorkingRules};
    let mut p = Procurement::default();
    let before = p.clone();
    p.apply(E::SetCategory(Category::Works)).unwrap();
    assert_eq!(p.category, Category::Works);
    let date = Date::from_ymd(2026, 9, 1).unwrap();
    p.apply(E::SetLaunchDate(date)).unwrap();
    assert_eq!(p.launch_date, date);
    let term = Term {
        indefinite: true,
        months: 7,
    };
    p.apply(E::SetTerm(term)).unwrap();
    assert_eq!(p.term, term);
    p.apply(E::SetExtensionMonths(11)).unwrap();
    assert_eq!(p.extension_months, 11);
    p.apply(E::IncludeTenderSupplierItems(
        !before.include_tender_supplier_items,
    ))
    .unwrap();
    assert_ne!(
        p.include_tender_supplier_items,
        before.include_tender_supplier_items
    );
    p.apply(E::SetCrossBorderInterest(true)).unwrap();
    assert!(p.cross_border_interest);
    let rules = WorkingRules {
        announce_above: kroner(7),
        market_terms_above: kroner(9),
    };
    p.apply(E::SetWorkingRules(rules)).unwrap();
    assert_eq!(p.working_rules, rules);
    let mut cap = p.price_cap;
    cap.margin_percent = Decimal::from(12);
    p.apply(E::SetPriceCap(cap)).unwrap();
    assert_eq!(p.price_cap, cap);
    p.apply(E::SetOfferYears(9)).unwrap();
    assert_eq!(p.offer_years, 9);
    // Lines: a new one gets the id above the largest; SetLine replaces the line with its id.
    p.lines = vec![
        line(4, Timing::OneOff, Basis::Flat, kroner(1)),
        line(2, Timing::OneOff, Basis::Flat, kroner(2)),
    ];
    p.apply(E::AddLine {
        name: "Licens".into(),
    })
    .unwrap();
    assert_eq!(
        (p.lines[2].id, p.lines[2].name.as_str(), p.lines[2].amount),
        (5, "Licens", Money::ZERO)
    );
    p.apply(E::SetLine(line(2, Timing::Yearly, Basis::Flat, kroner(3))))
        .unwrap();
    assert_eq!(
        (p.lines[0].amount, p.lines[1].amount),
        (kroner(1), kroner(3))
    );
    p.apply(E::RemoveLine { id: 4 }).unwrap();
    let ids: Vec<u32> = p.lines.iter().map(|l| l.id).collect();
    assert_eq!(ids, [2, 5]);
    // Offers likewise.
    let offers = p.offers.len();
    let largest = p.offers.iter().map(|o| o.id).max().unwrap();
    p.apply(E::AddOffer { name: "Ny".into() }).unwrap();
    assert_eq!(p.offers.len(), offers + 1);
    assert_eq!(p.offers[offers].id, largest + 1);
    let second = p.offers[1].id;
    let changed = Offer {
        yearly: kroner(123),
        ..p.offers[1].clone()
    };
    p.apply(E::SetOffer(changed)).unwrap();
    assert_eq!(p.offers[1].yearly, kroner(123));
    assert_ne!(p.offers[0].yearly, kroner(123));
    p.apply(E::RemoveOffer { id: second }).unwrap();
    assert!(p.offers.iter().all(|o| o.id != second));
    assert_eq!(p.offers.len(), offers);
}

/// An id that is not in the list, or a list that is full, is refused at the list and changes nothing.
#[test]
fn an_edit_that_cannot_be_made_is_refused_at_its_list() {
    use ddh_engine::error::Problem;
    use ddh_engine::procurement::edit::ProcurementEdit as E;
    use ddh_engine::procurement::section::{MAX_LINES, MAX_OFFERS};
    let mut p = Procurement {
        lines: (1..=u32::try_from(MAX_LINES).unwrap())
            .map(|id| line(id, Timing::OneOff, Basis::Flat, kroner(1)))
            .collect(),
        ..Procurement::default()
    };
    let full = p.clone();
    let refused = p
        .apply(E::AddLine {
            name: "én for meget".into(),
        })
        .unwrap_err();
    assert_eq!(refused.field, "procurement.lines");
    assert_eq!(refused.problem, Problem::TooMany { max: MAX_LINES });
    let refused = p.apply(E::RemoveLine { id: 999 }).unwrap_err();
    assert_eq!(
        (refused.field.as_str(), refused.problem),
        ("procurement.lines", Problem::UnknownItem { id: 999 })
    );
    assert_eq!(p, full);
    p.lines.pop();
    p.apply(E::AddLine {
        name: "den sidste".into(),
    })
    .unwrap();
    assert_eq!(p.lines.len(), MAX_LINES);
    while p.offers.len() < MAX_OFFERS {
        p.apply(E::AddOffer {
            name: "tilbud".into(),
        })
        .unwrap();
    }
    let refused = p
        .apply(E::AddOffer {
            name: "én for meget".into(),
        })
        .unwrap_err();
    assert_eq!(refused.field, "procurement.offers");
    assert_eq!(refused.problem, Problem::TooMany { max: MAX_OFFERS });
    let refused = p.apply(E::RemoveOffer { id: 999 }).unwrap_err();
    assert_eq!(refused.problem, Problem::UnknownItem { id: 999 });
}

/// The lists and counts at their limits are accepted, one beyond is refused, and ids are unique.
#[test]
fn lists_and_counts_are_accepted_up_to_their_limit() {
    use ddh_engine::error::Problem;
    use ddh_engine::procurement::section::{
        MAX_LINES, MAX_OFFERS, MAX_OFFER_YEARS, MAX_TERM_MONTHS,
    };
    let refused = |spoil: &dyn Fn(&mut Procurement)| {
        let mut scenario = Scenario::default();
        spoil(&mut scenario.procurement);
        let report = evaluate(&scenario);
        let errors = report.errors();
        errors.first().map(|e| (e.field.clone(), e.problem.clone()))
    };
    let lines = |n: usize| {
        (1..=u32::try_from(n).unwrap())
            .map(|id| line(id, Timing::OneOff, Basis::Flat, kroner(1)))
            .collect::<Vec<_>>()
    };
    assert_eq!(refused(&|p| p.lines = lines(MAX_LINES)), None);
    assert_eq!(
        refused(&|p| p.lines = lines(MAX_LINES + 1)),
        Some((
            "procurement.lines".to_owned(),
            Problem::TooMany { max: MAX_LINES }
        ))
    );
    assert_eq!(refused(&|p| p.extension_months = MAX_TERM_MONTHS), None);
    assert_eq!(
        refused(&|p| p.extension_months = MAX_TERM_MONTHS + 1).map(|e| e.0),
        Some("procurement.extension_months".to_owned())
    );
    assert_eq!(refused(&|p| p.offer_years = MAX_OFFER_YEARS), None);
    assert_eq!(
        refused(&|p| p.offer_years = MAX_OFFER_YEARS + 1).map(|e| e.0),
        Some("procurement.offer_years".to_owned())
    );
    let offers = |p: &mut Procurement, n: usize| {
        let template = p.offers[0].clone();
        p.offers = (1..=u32::try_from(n).unwrap())
            .map(|id| ddh_engine::procurement::section::Offer {
                id,
                ..template.clone()
            })
            .collect();
    };
    assert_eq!(refused(&|p| offers(p, MAX_OFFERS)), None);
    assert_eq!(
        refused(&|p| offers(p, MAX_OFFERS + 1)),
        Some((
            "procurement.offers".to_owned(),
            Problem::TooMany { max: MAX_OFFERS }
        ))
    );
    assert_eq!(
        refused(&|p| p.lines = vec![
            line(3, Timing::OneOff, Basis::Flat, kroner(1)),
            line(3, Timing::OneOff, Basis::Flat, kroner(2)),
        ]),
        Some((
            "procurement.lines[1].id".to_owned(),
            Problem::DuplicateId { id: 3 }
        ))
    );
    // A price range whose top equals its bottom is a price, not a range below itself.
    assert_eq!(
        refused(&|p| p.offers[0].yearly_high = Some(p.offers[0].yearly)),
        None
    );
}

/// The value month by month: the one-off price at once, then each month a twelfth of the yearly
/// prices, rounded once (half away from zero) per month.
#[test]
fn the_value_builds_up_by_a_twelfth_of_the_yearly_price_each_month() {
    let mut scenario = one_off(kroner(1_000));
    scenario.procurement.lines.push(line(
        2,
        Timing::Yearly,
        Basis::Flat,
        Money::from_ore(1_200_007),
    ));
    scenario.procurement.term = Term {
        indefinite: false,
        months: 3,
    };
    let by_month = report(&scenario).value.by_month;
    // 12.000,07 kr. a year is 1.000,005833… a month: 0, 1.000,01, 2.000,01, 3.000,02 kr. over the start.
    let expected = [0, 100_001, 200_001, 300_002].map(|ore| Money::from_ore(100_000 + ore));
    assert_eq!(by_month, expected);
}
