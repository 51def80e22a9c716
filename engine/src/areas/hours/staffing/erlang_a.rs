//! Erlang A: agents in a queue where callers hang up (M/M/N+M), for the answer rate (svar %).
//!
//! Calls arrive at rate λ, each agent handles at rate μ = 1/AHT, and each waiting caller hangs up at
//! rate θ = 1/patience. The number of calls in the system is a birth–death chain: up at λ, down at
//! `k·μ` for `k ≤ N` and `N·μ + (k−N)·θ` above. Its stationary distribution is the product of the
//! ratios λ / down-rate; the chain always settles (impatient callers leave), so no load is too high.
//! The chain is truncated once the tail left is below [`TAIL`] of the mass summed, bounded by the
//! geometric series of the ratio, which falls below 1 and keeps falling once the down-rate passes λ.

use super::Load;

/// The relative mass beyond the truncation point that is accepted as negligible.
pub const TAIL: f64 = 1e-12;
/// Terms are rescaled when they grow past this, so that a heavy load cannot overflow.
const RESCALE: f64 = 1e200;
/// The most states summed; reached only by loads far beyond any contact centre (`LoadTooLarge`).
pub const MAX_STATES: u32 = 2_000_000;

/// What `agents` achieve when callers hang up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figures {
    /// Share of calls answered (1 − share abandoned).
    pub answered: f64,
    /// Probability that a call waits at all.
    pub waits: f64,
    /// Expected number of callers waiting.
    pub queue_length: f64,
    /// States summed before the tail was negligible.
    pub states: u32,
}

/// The answer rate and queue of `agents` with `load` and callers of average patience
/// `patience_seconds`; `None` if the chain needs more than [`MAX_STATES`] states.
///
/// ```
/// use ddh_engine::hours::staffing::{erlang_a::answered, Load};
/// # fn main() -> Result<(), &'static str> {
/// // No agents: every caller hangs up in the end.
/// let load = Load { calls_per_hour: 60.0, aht_seconds: 180.0 };
/// let figures = answered(0, load, 120.0).ok_or("more states than the chain has")?;
/// assert!(figures.answered.abs() < 1e-9);
/// # Ok(())
/// # }
/// ```
pub fn answered(agents: u32, load: Load, patience_seconds: f64) -> Option<Figures> {
    let lambda = load.calls_per_hour / 3600.0;
    if lambda <= 0.0 {
        return Some(Figures {
            answered: 1.0,
            waits: 0.0,
            queue_length: 0.0,
            states: 1,
        });
    }
    let mu = 1.0 / load.aht_seconds;
    let theta = 1.0 / patience_seconds;
    let n = f64::from(agents);
    let down = |k: u32| {
        let k = f64::from(k);
        if k <= n {
            k * mu
        } else {
            n * mu + (k - n) * theta
        }
    };
    // term: π_k up to a common factor; mass Σπ; waiting Σ_{k≥N} π; queue Σ (k−N)·π.
    let mut term = 1.0;
    let mut mass = 0.0;
    let mut waiting = 0.0;
    let mut queue = 0.0;
    let mut k: u32 = 0;
    loop {
        mass += term;
        if k >= agents {
            waiting += term;
            queue += f64::from(k - agents) * term;
        }
        let next = k.checked_add(1)?;
        let ratio = lambda / down(next);
        if k > agents && ratio < 1.0 {
            // The rest is at most term·r/(1−r) (the ratio only falls from here), and its weight in the
            // queue at most that times (k−N + 1/(1−r)).
            let tail = term * ratio / (1.0 - ratio);
            let queue_tail = tail * (f64::from(k - agents) + 1.0 / (1.0 - ratio));
            if tail <= TAIL * mass && queue_tail <= TAIL * queue.max(mass) {
                break;
            }
        }
        if next >= MAX_STATES {
            return None;
        }
        term *= ratio;
        if term > RESCALE {
            term /= RESCALE;
            mass /= RESCALE;
            waiting /= RESCALE;
            queue /= RESCALE;
        }
        k = next;
    }
    let queue_length = queue / mass;
    // Callers hang up at θ each while waiting: abandonments a second = θ·E[queue].
    let abandoned = (theta * queue_length / lambda).clamp(0.0, 1.0);
    Some(Figures {
        answered: 1.0 - abandoned,
        waits: waiting / mass,
        queue_length,
        states: k + 1,
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]
    use super::*;
    use crate::areas::hours::staffing::erlang_c::{outcome, Outcome};

    const LOAD: Load = Load {
        calls_per_hour: 200.0,
        aht_seconds: 180.0,
    };

    #[test]
    fn becomes_erlang_c_as_patience_grows_without_bound() {
        let Outcome::Settles(c) = outcome(14, LOAD, 20.0) else {
            panic!()
        };
        let mut last_gap = f64::INFINITY;
        for patience in [1e3, 1e5, 1e7, 1e9] {
            let a = answered(14, LOAD, patience).unwrap();
            let gap = (a.waits - c.waits).abs();
            assert!(
                gap <= last_gap,
                "patience {patience}: gap {gap} after {last_gap}"
            );
            last_gap = gap;
        }
        assert!(last_gap < 1e-6, "{last_gap}");
        assert!(answered(14, LOAD, 1e9).unwrap().answered > 0.999_999);
    }

    #[test]
    fn a_load_beyond_the_agents_still_settles_because_callers_leave() {
        // 10 Erlang on 8 agents: Erlang C has no answer; Erlang A answers at most 8/10 of the calls.
        let a = answered(8, LOAD, 60.0).unwrap();
        assert!(a.answered < 0.8 && a.answered > 0.5, "{}", a.answered);
        // 5.000 Erlang on 10 agents, rescaled on the way: still a number, almost all abandon.
        let heavy = Load {
            calls_per_hour: 100_000.0,
            aht_seconds: 180.0,
        };
        let a = answered(10, heavy, 60.0).unwrap();
        assert!(a.answered.is_finite() && a.answered < 0.01);
    }

    #[test]
    fn truncation_leaves_a_negligible_tail() {
        // Summing far past the stopping point changes nothing beyond the tail's bound.
        let a = answered(12, LOAD, 90.0).unwrap();
        let lambda = LOAD.calls_per_hour / 3600.0;
        let (mu, theta) = (1.0 / LOAD.aht_seconds, 1.0 / 90.0);
        let mut term = 1.0;
        let (mut mass, mut queue) = (0.0, 0.0);
        for k in 0..(a.states + 5_000) {
            mass += term;
            if k >= 12 {
                queue += f64::from(k - 12) * term;
            }
            let next = f64::from(k + 1);
            let down = if next <= 12.0 {
                next * mu
            } else {
                12.0 * mu + (next - 12.0) * theta
            };
            term *= lambda / down;
        }
        let long = 1.0 - theta * (queue / mass) / lambda;
        assert!((long - a.answered).abs() < 1e-10, "{long} {}", a.answered);
        assert!(a.states < 200, "{}", a.states);
    }

    /// A load heavy enough that the chain's terms pass the rescaling point (10²⁰⁰, to 10²¹⁹): the
    /// figures equal those of the same chain summed in logarithms, where nothing can overflow.
    #[test]
    fn a_load_whose_terms_pass_any_float_gives_the_figures_of_the_chain_in_logarithms() {
        let load = Load {
            calls_per_hour: 10_000.0,
            aht_seconds: 600.0,
        };
        let (agents, patience) = (100u32, 60.0);
        let lambda = load.calls_per_hour / 3600.0;
        let (mu, theta, n) = (1.0 / load.aht_seconds, 1.0 / patience, f64::from(agents));
        let down = |k: f64| {
            if k <= n {
                k * mu
            } else {
                n * mu + (k - n) * theta
            }
        };
        let logs: Vec<f64> = (0..6_000u32)
            .scan(0.0, |log, k| {
                let this = *log;
                *log += (lambda / down(f64::from(k + 1))).ln();
                Some(this)
            })
            .collect();
        let top = logs.iter().copied().fold(f64::MIN, f64::max);
        assert!(
            top > 200.0 * 10f64.ln(),
            "the terms must pass 10^200: {top}"
        );
        let terms: Vec<f64> = logs.iter().map(|log| (log - top).exp()).collect();
        let mass: f64 = terms.iter().sum();
        let waits = terms[agents as usize..].iter().sum::<f64>() / mass;
        let queue_length = terms
            .iter()
            .enumerate()
            .map(|(k, t)| (k as f64 - n).max(0.0) * t)
            .sum::<f64>()
            / mass;
        let figures = answered(agents, load, patience).unwrap();
        let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * b.abs().max(1e-12);
        assert!(close(figures.waits, waits), "{} {waits}", figures.waits);
        assert!(
            close(figures.queue_length, queue_length),
            "{} {queue_length}",
            figures.queue_length
        );
        let answered_share = 1.0 - theta * queue_length / lambda;
        assert!(
            close(figures.answered, answered_share),
            "{} {answered_share}",
            figures.answered
        );
    }

    /// The chain stops at the first state past the agents where the geometric bounds of what is left
    /// (of the mass, and of the queue's weight) are both negligible: not before (the answer would lose
    /// accuracy) and not after (the browser would sum states for nothing). The terms are written out
    /// here first and the rule applied to them afterwards, and the bound is checked against the tail
    /// that is really left.
    #[test]
    fn stops_at_the_first_state_where_both_tails_are_negligible() {
        // With 40 agents for 10 erlangs the tail is negligible from the first state past them.
        for (agents, patience) in [
            (12u32, 90.0),
            (14, 300.0),
            (9, 45.0),
            (20, 600.0),
            (40, 120.0),
        ] {
            let lambda = LOAD.calls_per_hour / 3600.0;
            let (mu, theta, n) = (1.0 / LOAD.aht_seconds, 1.0 / patience, f64::from(agents));
            let down = |k: f64| {
                if k <= n {
                    k * mu
                } else {
                    n * mu + (k - n) * theta
                }
            };
            let terms: Vec<f64> = (0..3_000u32)
                .scan(1.0, |term, k| {
                    let this = *term;
                    *term *= lambda / down(f64::from(k + 1));
                    Some(this)
                })
                .collect();
            let summed = |to: usize, weight: &dyn Fn(usize) -> f64| -> f64 {
                terms[..=to]
                    .iter()
                    .enumerate()
                    .map(|(k, t)| weight(k) * t)
                    .sum()
            };
            let queue_weight = |k: usize| (k as f64 - n).max(0.0);
            let stop = (agents as usize + 1..terms.len())
                .find(|&k| {
                    let ratio = lambda / down(k as f64 + 1.0);
                    let tail = terms[k] * ratio / (1.0 - ratio);
                    let queue_tail = tail * (queue_weight(k) + 1.0 / (1.0 - ratio));
                    let mass = summed(k, &|_| 1.0);
                    let queue = summed(k, &queue_weight);
                    ratio < 1.0 && tail <= TAIL * mass && queue_tail <= TAIL * queue.max(mass)
                })
                .unwrap();
            let figures = answered(agents, LOAD, patience).unwrap();
            assert_eq!(
                figures.states as usize,
                stop + 1,
                "{agents} agents, {patience} s"
            );
            // The bound holds: what is really left is within it.
            let left: f64 = terms[stop + 1..].iter().sum();
            assert!(
                left <= TAIL * summed(stop, &|_| 1.0),
                "{agents} agents: {left}"
            );
            // And the figures are those of the states summed.
            let mass = summed(stop, &|_| 1.0);
            let queue_length = summed(stop, &queue_weight) / mass;
            let waits = terms[agents as usize..=stop].iter().sum::<f64>() / mass;
            assert!((figures.queue_length - queue_length).abs() < 1e-12);
            assert!((figures.waits - waits).abs() < 1e-12);
            let answered_share = 1.0 - theta * queue_length / lambda;
            assert!((figures.answered - answered_share).abs() < 1e-12);
        }
    }

    /// A direct simulation of the queue: Poisson arrivals, exponential handling and patience, first
    /// come first served, seeded. Independent of the chain: it follows callers, not states.
    fn simulate(agents: usize, load: Load, patience: f64, calls: usize, seed: u64) -> f64 {
        let mut rng = crate::common::rng::SplitMix64::new(seed);
        let mut exp = |mean: f64| {
            let uniform = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
            -mean * (1.0 - uniform).ln()
        };
        let mut free_at = vec![0.0f64; agents];
        let (mut now, mut served) = (0.0, 0usize);
        for _ in 0..calls {
            now += exp(3600.0 / load.calls_per_hour);
            let gives_up_at = now + exp(patience);
            let handling = exp(load.aht_seconds);
            // The agent free first takes the caller, if that is before the caller hangs up.
            let (index, free) =
                free_at
                    .iter()
                    .enumerate()
                    .fold(
                        (0, f64::INFINITY),
                        |best, (i, &t)| if t < best.1 { (i, t) } else { best },
                    );
            let start = free.max(now);
            if start <= gives_up_at {
                free_at[index] = start + handling;
                served += 1;
            }
        }
        served as f64 / calls as f64
    }

    #[test]
    fn agrees_with_a_direct_simulation() {
        for (agents, patience) in [(9usize, 60.0), (11, 120.0), (14, 30.0)] {
            let chain = answered(agents as u32, LOAD, patience).unwrap().answered;
            let simulated = simulate(agents, LOAD, patience, 400_000, 7);
            assert!(
                (chain - simulated).abs() < 0.005,
                "{agents} agents, patience {patience}: chain {chain}, simulation {simulated}"
            );
        }
    }
}
