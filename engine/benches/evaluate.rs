//! `evaluate` timed natively: all 98 municipalities, the default budget, 200 random draws; and the
//! opening-hours area alone (a year's staffing of both schedules, Erlang C and A in every interval).
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
    times.sort_unstable();
    times.get(runs / 2).copied().unwrap_or_default()
}
