//! Erlang C: agents in a queue where nobody hangs up (M/M/N).
//!
//! With offered load `A` and `N` agents: the Erlang B blocking probability by the recursion
//! `B(0) = 1`, `B(n) = A·B(n−1) / (n + A·B(n−1))`; the probability of waiting
//! `P_w = N·B / (N − A·(1 − B))`; the service level `SL(t) = 1 − P_w · e^(−(N−A)·t/AHT)`; the average
//! speed of answer `ASA = P_w · AHT / (N − A)`; the occupancy `A / N`. All need `N > A`: at or above
//! the agents the queue grows without bound, and that is a result ([`Outcome::Overloaded`]).

use super::Load;

/// What `agents` achieve with a load.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Outcome {
    /// The queue settles.
    Settles(Figures),
    /// The load is at or above the agents: the queue grows without bound.
    Overloaded,
}

/// The steady state of a queue that settles.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figures {
    /// Probability that a call waits at all.
    pub waits: f64,
    /// Share of calls answered within the target time.
    pub service_level: f64,
    /// Average speed of answer, seconds.
    pub asa_seconds: f64,
    /// Share of the agents' time spent on calls.
    pub occupancy: f64,
}

/// Erlang B, the blocking probability with `agents` and load `erlangs`, by the recursion (stable, no
/// overflow).
pub fn erlang_b(agents: u32, erlangs: f64) -> f64 {
    let mut b = 1.0;
    for n in 1..=agents {
        b = erlangs * b / (f64::from(n) + erlangs * b);
    }
    b
}

/// The probability of waiting from Erlang B's `b` for `agents` (needs `agents > erlangs`).
fn waiting(agents: u32, erlangs: f64, b: f64) -> f64 {
    let n = f64::from(agents);
    n * b / (n - erlangs * (1.0 - b))
}

fn figures(agents: u32, load: Load, target_seconds: f64, b: f64) -> Outcome {
    let erlangs = load.erlangs();
    let n = f64::from(agents);
    if n <= erlangs || agents == 0 {
        return Outcome::Overloaded;
    }
    let waits = if erlangs == 0.0 {
        0.0
    } else {
        waiting(agents, erlangs, b)
    };
    let spare = n - erlangs;
    Outcome::Settles(Figures {
        waits,
        service_level: 1.0 - waits * (-spare * target_seconds / load.aht_seconds).exp(),
        asa_seconds: waits * load.aht_seconds / spare,
        occupancy: erlangs / n,
    })
}

/// What `agents` achieve with `load`, answering within `target_seconds`.
///
/// ```
/// use ddh_engine::hours::staffing::{erlang_c::{outcome, Outcome}, Load};
/// // DOMAIN.md's public check value: 100 calls per 30 min, AHT 180 s, 14 agents, target 20 s.
/// let load = Load { calls_per_hour: 200.0, aht_seconds: 180.0 };
/// let Outcome::Settles(f) = outcome(14, load, 20.0) else { panic!() };
/// assert_eq!((f.waits * 1e4).round(), 1741.0);
/// assert_eq!((f.service_level * 1e4).round(), 8884.0);
/// assert_eq!((f.asa_seconds * 100.0).round(), 784.0);
/// ```
pub fn outcome(agents: u32, load: Load, target_seconds: f64) -> Outcome {
    figures(
        agents,
        load,
        target_seconds,
        erlang_b(agents, load.erlangs()),
    )
}

/// The fewest agents that answer `target_share` of calls within `target_seconds` while busy at most
/// `max_occupancy` of their time; `None` above `max_agents`. One pass of the recursion: each agent
/// added extends it by one step.
pub fn agents_needed(
    load: Load,
    target_share: f64,
    target_seconds: f64,
    max_occupancy: f64,
    max_agents: u32,
) -> Option<(u32, Figures)> {
    let erlangs = load.erlangs();
    let mut b = 1.0;
    for agents in 1..=max_agents {
        b = erlangs * b / (f64::from(agents) + erlangs * b);
        if let Outcome::Settles(f) = figures(agents, load, target_seconds, b) {
            if f.service_level >= target_share && f.occupancy <= max_occupancy {
                return Some((agents, f));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic)]
    use super::*;
    use proptest::prelude::*;

    const CHECK: Load = Load {
        calls_per_hour: 200.0,
        aht_seconds: 180.0,
    };

    #[test]
    fn domain_check_value() {
        let Outcome::Settles(f) = outcome(14, CHECK, 20.0) else {
            panic!("14 agents carry 10 Erlang")
        };
        assert!((f.waits - 0.1741).abs() < 5e-5, "{}", f.waits);
        assert!((f.service_level - 0.8884).abs() < 5e-5);
        assert!((f.asa_seconds - 7.84).abs() < 5e-3);
        assert!((f.occupancy - 0.7143).abs() < 5e-5);
        // 80 % within 20 s: 13 agents fall short, 14 meet it (with 30 % shrinkage ⌈14 / 0,7⌉ = 20
        // positions, the check value's, computed exactly by the hours area).
        let Outcome::Settles(short) = outcome(13, CHECK, 20.0) else {
            panic!("13 agents carry 10 Erlang")
        };
        assert!(short.service_level < 0.8);
        let (agents, _) = agents_needed(CHECK, 0.8, 20.0, 1.0, 100).unwrap();
        assert_eq!(agents, 14);
    }

    /// The textbook formula `A^N/N! · N/(N−A) / (Σ_{k<N} A^k/k! + A^N/N! · N/(N−A))`, fine for small N,
    /// derived independently of the recursion.
    fn erlang_c_by_factorials(agents: u32, a: f64) -> f64 {
        let mut term = 1.0;
        let mut sum = 0.0;
        for k in 0..agents {
            sum += term;
            term *= a / f64::from(k + 1);
        }
        let n = f64::from(agents);
        let top = term * n / (n - a);
        top / (sum + top)
    }

    #[test]
    fn recursion_agrees_with_factorials_where_those_still_work() {
        for (agents, a) in [
            (1, 0.5),
            (2, 1.5),
            (5, 3.0),
            (14, 10.0),
            (30, 25.0),
            (60, 55.5),
        ] {
            let b = erlang_b(agents, a);
            let by_recursion = waiting(agents, a, b);
            let direct = erlang_c_by_factorials(agents, a);
            assert!((by_recursion - direct).abs() < 1e-12, "{agents} {a}");
        }
        // M/M/1: P_w = ρ.
        assert!((waiting(1, 0.6, erlang_b(1, 0.6)) - 0.6).abs() < 1e-15);
    }

    #[test]
    fn five_hundred_agents_neither_overflow_nor_lose_the_answer() {
        let load = Load {
            calls_per_hour: 9_000.0,
            aht_seconds: 180.0,
        }; // 450 Erlang
        let Outcome::Settles(f) = outcome(500, load, 20.0) else {
            panic!("500 agents carry 450 Erlang")
        };
        assert!(
            f.waits.is_finite() && f.waits > 0.0 && f.waits < 0.05,
            "{}",
            f.waits
        );
        let (agents, needed) = agents_needed(load, 0.8, 20.0, 1.0, 2_000).unwrap();
        assert!(agents > 450 && agents < 500 && needed.service_level >= 0.8);
    }

    #[test]
    fn a_load_at_or_above_the_agents_is_told_not_computed() {
        let at = Load {
            calls_per_hour: 200.0,
            aht_seconds: 180.0,
        };
        assert_eq!(outcome(10, at, 20.0), Outcome::Overloaded);
        assert_eq!(outcome(9, at, 20.0), Outcome::Overloaded);
        assert_eq!(outcome(0, at, 20.0), Outcome::Overloaded);
        assert_eq!(agents_needed(at, 0.8, 20.0, 1.0, 10), None);
    }

    proptest! {
        #[test]
        fn service_level_rises_with_agents_and_falls_with_load(
            calls in 1.0f64..2_000.0, aht in 30.0f64..900.0, extra in 1u32..40, target in 0.0f64..120.0,
        ) {
            let load = Load { calls_per_hour: calls, aht_seconds: aht };
            let base = load.erlangs().floor() as u32 + 1;
            let sl = |agents: u32, load: Load| match outcome(agents, load, target) {
                Outcome::Settles(f) => f.service_level,
                Outcome::Overloaded => 0.0,
            };
            prop_assert!(sl(base + extra, load) >= sl(base + extra - 1, load) - 1e-12);
            let heavier = Load { calls_per_hour: calls * 1.1, ..load };
            prop_assert!(sl(base + extra + 1, heavier) <= sl(base + extra + 1, load) + 1e-12);
        }
    }
}
