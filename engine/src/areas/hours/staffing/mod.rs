//! Staffing mathematics: how many agents a load of calls needs to meet a service level, and what a
//! given number of agents achieves.
//!
//! - [`erlang_c`]: the queue where nobody hangs up (Erlang C), computed through the Erlang B recursion,
//!   never through `A^N / N!`, so that 500 agents neither overflow nor lose precision.
//! - [`erlang_a`]: the queue where callers hang up after an exponential patience (Erlang A, M/M/N+M),
//!   solved as its birth–death chain: the answer rate (svar %) with abandonment.
//!
//! Floating point (`f64`) is right here: these are probabilities and expectations, not money, and the
//! report rounds them (to 4 decimals) before anyone compares them.

pub mod erlang_a;
pub mod erlang_c;

/// A load of calls offered to a group of agents.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Load {
    /// Calls an hour.
    pub calls_per_hour: f64,
    /// Average handling time, seconds.
    pub aht_seconds: f64,
}

impl Load {
    /// The offered load in Erlang: calls an hour × handling time / 3600 s.
    ///
    /// ```
    /// use ddh_engine::hours::staffing::Load;
    /// // DOMAIN.md's check value: 100 calls in 30 min, 180 s each: 10 Erlang.
    /// assert_eq!(Load { calls_per_hour: 200.0, aht_seconds: 180.0 }.erlangs(), 10.0);
    /// ```
    pub fn erlangs(self) -> f64 {
        self.calls_per_hour * self.aht_seconds / 3600.0
    }
}

#[cfg(test)]
mod tests {
    use super::Load;

    #[test]
    fn the_offered_load_is_calls_an_hour_times_handling_time_over_an_hour() {
        let erlangs = |calls_per_hour, aht_seconds| {
            Load {
                calls_per_hour,
                aht_seconds,
            }
            .erlangs()
        };
        assert_eq!(erlangs(200.0, 180.0), 10.0);
        assert_eq!(erlangs(90.0, 240.0), 6.0);
        assert_eq!(erlangs(36.0, 50.0), 0.5);
    }
}
