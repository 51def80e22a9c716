//! Where the year's calls fall under a schedule: the profile spreads them over the weekday × hour
//! cells of the days that are open; calls falling in closed hours are partly made in open hours
//! instead (the share and where are settings) and otherwise lost to the contact centre.
//!
//! The profile weights an hour of a weekday; a weekday counts as often as the year has it open (public
//! holidays excluded, so that their calls fall on the other days). Calls per year `C` and weight `w`
//! give a cell `C · w / Σ(w · open days)` calls each time its weekday comes round.

use super::section::{Calls, MovedTo, HOURS, WEEKDAYS};
use super::week::OpenMinutes;
use rust_decimal::prelude::ToPrimitive;

/// The calls of a year under one schedule.
#[derive(Debug, Clone, PartialEq)]
pub struct Demand {
    /// Calls a minute in each open clock hour of each weekday (Monday first): the profile's share and
    /// the calls moved in.
    pub per_minute: [[f64; HOURS]; WEEKDAYS],
    /// Calls a year falling in open hours by the profile.
    pub in_open_hours: f64,
    /// Calls a year moved from closed hours into open ones.
    pub moved: f64,
    /// Calls a year falling in closed hours and not moved.
    pub lost: f64,
}

/// The profile's weights as floats, read once for both schedules.
pub type Weights = [[f64; HOURS]; WEEKDAYS];

/// The profile of a checked section as [`Weights`].
pub fn weights(calls: &Calls) -> Weights {
    let mut weights = [[0.0; HOURS]; WEEKDAYS];
    for (row, given) in weights.iter_mut().zip(&calls.profile) {
        for (weight, value) in row.iter_mut().zip(given) {
            *weight = value.to_f64().unwrap_or(0.0);
        }
    }
    weights
}

/// The year's calls under a schedule with `open` minutes, on a year with `open_days` of each weekday.
/// Expects a checked section; `weights` are its profile's.
pub fn spread(
    calls: &Calls,
    weights: &Weights,
    open_days: &[u32; WEEKDAYS],
    open: &OpenMinutes,
) -> Demand {
    let weight = |day: usize, hour: usize| {
        weights
            .get(day)
            .and_then(|row| row.get(hour))
            .copied()
            .unwrap_or(0.0)
    };
    let days = |day: usize| f64::from(open_days.get(day).copied().unwrap_or(0));
    let minutes = |day: usize, hour: usize| {
        f64::from(
            open.get(day)
                .and_then(|d| d.get(hour))
                .copied()
                .unwrap_or(0),
        )
    };
    let year_weight: f64 = (0..WEEKDAYS)
        .map(|day| days(day) * (0..HOURS).map(|hour| weight(day, hour)).sum::<f64>())
        .sum();
    let mut demand = Demand {
        per_minute: [[0.0; HOURS]; WEEKDAYS],
        in_open_hours: 0.0,
        moved: 0.0,
        lost: 0.0,
    };
    if year_weight <= 0.0 || calls.per_year <= 0 {
        return demand;
    }
    let scale = calls.per_year as f64 / year_weight;
    let moving = calls
        .moved_percent
        .to_f64()
        .map_or(0.0, |p| (p / 100.0).clamp(0.0, 1.0));
    // Per weekday: calls (a year) in open and in closed minutes.
    let mut open_calls = [0.0; WEEKDAYS];
    let mut closed_calls = [0.0; WEEKDAYS];
    for (day, (open_day, closed_day)) in open_calls.iter_mut().zip(&mut closed_calls).enumerate() {
        for hour in 0..HOURS {
            let cell = scale * weight(day, hour) * days(day);
            let open_share = minutes(day, hour) / 60.0;
            *open_day += cell * open_share;
            *closed_day += cell * (1.0 - open_share);
        }
    }
    let week_open: f64 = open_calls.iter().sum();
    let week_closed: f64 = closed_calls.iter().sum();
    demand.in_open_hours = week_open;
    // Each weekday's factor on its open calls: 1 + moved in / open.
    let mut factor = [1.0; WEEKDAYS];
    let mut unplaced = 0.0;
    match calls.moved_to {
        MovedTo::Week => unplaced = week_closed * moving,
        MovedTo::SameDay => {
            for ((f, open_day), closed_day) in factor.iter_mut().zip(open_calls).zip(closed_calls) {
                let moved_day = closed_day * moving;
                if open_day > 0.0 {
                    *f += moved_day / open_day;
                    demand.moved += moved_day;
                } else {
                    unplaced += moved_day;
                }
            }
        }
    }
    // Calls of a day with no open calls (and all of them for `Week`) go into the whole week.
    if unplaced > 0.0 && week_open > 0.0 {
        for f in &mut factor {
            *f += unplaced / week_open;
        }
        demand.moved += unplaced;
    }
    demand.lost = (week_closed - demand.moved).max(0.0);
    for (day, (row, f)) in demand.per_minute.iter_mut().zip(factor).enumerate() {
        for (hour, cell) in row.iter_mut().enumerate() {
            if minutes(day, hour) > 0.0 && days(day) > 0.0 {
                *cell = scale * weight(day, hour) * f / 60.0;
            }
        }
    }
    demand
}
