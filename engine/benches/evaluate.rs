//! `evaluate` timed natively: all 98 municipalities, the default budget, 200 random draws; the
//! opening-hours area alone (a year's staffing of both schedules, Erlang C and A in every interval);
//! and the keys area alone given the hours (five keys, the exact bounded variant, seats).
//! Run with `cargo bench -p ddh-engine` (or `cargo xtask bench`); prints the median of many runs.

use ddh_engine::{dataset, evaluate, Evaluation, Scenario};
use std::time::{Duration, Instant};

fn main() {
    let mut scenario = Scenario::default();
    scenario.members.codes = dataset::municipalities(scenario.members.quarter)
        .unwrap_or_default()
        .iter()
        .map(|m| m.code)
        .collect();
    for (label, draws) in [
        ("98 members, 200 random draws", 200),
        ("98 members, 1 random draw", 1),
    ] {
        scenario.leaving.random_draws = draws;
        let median = median_of(501, || {
            std::hint::black_box(
                evaluate(std::hint::black_box(&scenario))
                    .errors()
                    .is_empty(),
            );
        });
        println!(
            "evaluate, {label}: median {:.1} µs over 501 runs",
            median.as_secs_f64() * 1e6
        );
    }
    let median = median_of(501, || {
        let evaluation = Evaluation::new(std::hint::black_box(&scenario));
        std::hint::black_box(evaluation.hours().is_ok());
    });
    println!(
        "hours area (both schedules, a year, 98 members): median {:.1} µs over 501 runs",
        median.as_secs_f64() * 1e6
    );
    // Each area on its own (with the members resolved and the budget added up, as every area needs).
    type Pick = fn(&Evaluation) -> bool;
    let areas: [(&str, Pick); 6] = [
        ("members and budget only", |e| e.members().is_ok()),
        ("tender", |e| e.tender().is_ok()),
        ("leaving (200 draws)", |e| e.leaving().is_ok()),
        ("procurement", |e| e.procurement().is_ok()),
        ("offers", |e| e.offers().is_ok()),
        ("keys with the hours", |e| e.keys().is_ok()),
    ];
    scenario.leaving.random_draws = 200;
    for (label, pick) in areas {
        let median = median_of(201, || {
            std::hint::black_box(pick(&Evaluation::new(std::hint::black_box(&scenario))));
        });
        println!(
            "  area {label}: median {:.1} µs",
            median.as_secs_f64() * 1e6
        );
    }
    // The budget years with every year computed: January values typed for 2025–2030, a leaver with
    // notice that does not pay it, and a joiner (a third period of other members in two years).
    let mut with_years = scenario.clone();
    for (year, tenths) in [
        (2025, 1200),
        (2026, 1224),
        (2027, 1248),
        (2028, 1273),
        (2029, 1299),
        (2030, 1325),
    ] {
        let value = rust_decimal::Decimal::new(tenths, 1);
        let edit = ddh_engine::years::edit::YearsEdit::SetIndexValue {
            year,
            value: Some(value),
            base: 2015,
        };
        let _ = with_years.apply(ddh_engine::Edit::Years(edit));
    }
    with_years.years.changes = vec![ddh_engine::years::section::MembershipChange {
        code: 727,
        joins: None,
        leaves: None,
        notice: ddh_engine::date::Date::from_ymd(2028, 3, 15),
        pays_notice: false,
    }];
    let computed = Evaluation::new(&with_years)
        .years()
        .map(|y| y.years.iter().filter(|row| row.figures.is_ok()).count());
    assert_eq!(computed, Ok(5), "every budget year computes");
    let median = median_of(501, || {
        std::hint::black_box(
            evaluate(std::hint::black_box(&with_years))
                .errors()
                .is_empty(),
        );
    });
    println!(
        "evaluate with the budget years (98 members, 200 random draws, 5 years computed, a leaver): median {:.1} µs over 501 runs",
        median.as_secs_f64() * 1e6
    );
    let median = median_of(501, || {
        let evaluation = Evaluation::new(std::hint::black_box(&with_years));
        std::hint::black_box(evaluation.years().is_ok());
    });
    println!(
        "  area years (5 years, 98 members, a leaver): median {:.1} µs",
        median.as_secs_f64() * 1e6
    );
    let hours = Evaluation::new(&scenario).hours();
    let members = ddh_engine::members::resolve(&scenario.members);
    let median = median_of(501, || {
        let keys = ddh_engine::keys::report(
            std::hint::black_box(&scenario.keys),
            scenario.hours.calls.per_year,
            members.as_deref(),
            hours.as_ref(),
        );
        std::hint::black_box(keys.is_ok());
    });
    println!(
        "keys area (five keys and the seats, 98 members, the hours given): median {:.1} µs over 501 runs",
        median.as_secs_f64() * 1e6
    );
}

fn median_of(runs: usize, mut work: impl FnMut()) -> Duration {
    for _ in 0..20 {
        work();
    }
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .collect();
    #[allow(clippy::disallowed_methods)] // a test sorts as it likes; the wasm has one sort
    times.sort_unstable();
    times.get(runs / 2).copied().unwrap_or_default()
}
