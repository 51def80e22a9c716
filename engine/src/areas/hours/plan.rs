//! One schedule's staffing over the year: per stretch, the agents the target needs (Erlang C), what
//! the staffed agents achieve (Erlang C and, with callers who hang up, Erlang A), the jumpseat
//! agents that could leave; and the year's totals, costs and each member's share.

use super::demand::Demand;
use super::report::{IntervalReport, Jumpseat, MemberHours, Plan, ScheduleReport};
use super::section::{Hours, HOURS, MAX_AGENTS, WEEKDAYS};
use super::week::Slot;
use crate::areas::hours::field::Field;
use crate::areas::hours::staffing::{erlang_a, erlang_c, Load};
use crate::areas::members::{self, largest_first, Member};
use crate::common::error::{Error, Problem};
use crate::common::money::{allocate_ore, Money};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// The service settings as the formulas take them.
struct Settings {
    aht: f64,
    target_share: f64,
    target_seconds: f64,
    max_occupancy: f64,
    patience: f64,
    /// 1 − shrinkage, exact: positions are whole agents and must not be off by a rounding error.
    on_phone_share: Decimal,
    jumpseat_share: Decimal,
}

impl Settings {
    fn of(hours: &Hours) -> Settings {
        let share = |percent: Decimal| percent / Decimal::ONE_HUNDRED;
        let float = |percent: Decimal| share(percent).to_f64().unwrap_or(0.0);
        let service = &hours.service;
        Settings {
            aht: f64::from(service.aht_seconds),
            target_share: float(service.target_percent),
            target_seconds: f64::from(service.target_seconds),
            max_occupancy: float(service.max_occupancy_percent),
            patience: f64::from(service.patience_seconds),
            on_phone_share: Decimal::ONE - share(service.shrinkage_percent),
            jumpseat_share: share(hours.jumpseat_percent),
        }
    }
}

/// Sums over the year of one way of staffing, weighted by calls where a share is averaged.
#[derive(Default)]
struct Tally {
    agent_minutes: u64,
    calls: f64,
    answered_in_time: f64,
    answered: f64,
    settled_calls: f64,
    wait_seconds: f64,
    overloaded_calls: f64,
}

impl Tally {
    fn add(&mut self, agents: u32, minutes: u64, calls: f64, c: erlang_c::Outcome, answered: f64) {
        self.agent_minutes += u64::from(agents) * minutes;
        self.calls += calls;
        self.answered += answered * calls;
        match c {
            erlang_c::Outcome::Settles(f) => {
                self.answered_in_time += f.service_level * calls;
                self.settled_calls += calls;
                self.wait_seconds += f.asa_seconds * calls;
            }
            erlang_c::Outcome::Overloaded => self.overloaded_calls += calls,
        }
    }

    fn plan(&self, hourly_rate: Money) -> Result<Plan, Error> {
        let per = |part: f64, whole: f64| if whole > 0.0 { part / whole } else { 0.0 };
        let all_served = if self.calls > 0.0 { 0.0 } else { 1.0 };
        Ok(Plan {
            agent_minutes: self.agent_minutes,
            cost: cost(self.agent_minutes, hourly_rate)?,
            service_level: decimal(per(self.answered_in_time, self.calls) + all_served, 4),
            asa_seconds: decimal(per(self.wait_seconds, self.settled_calls), 2),
            answer_rate: decimal(per(self.answered, self.calls) + all_served, 4),
            overloaded_share: decimal(per(self.overloaded_calls, self.calls), 4),
        })
    }
}

/// Agent minutes at the hourly rate, rounded to øre.
pub(crate) fn cost(agent_minutes: u64, hourly_rate: Money) -> Result<Money, Error> {
    let overflow = || Error::new(Field::HourlyRate, Problem::Overflow);
    let kroner = hourly_rate
        .kroner()
        .checked_mul(Decimal::from(agent_minutes))
        .and_then(|k| k.checked_div(Decimal::from(60)))
        .ok_or_else(overflow)?;
    let cost = Money::from_kroner(kroner).round_to_ore();
    cost.to_ore().map(|_| cost).ok_or_else(overflow)
}

/// `value` as a decimal with `places` decimals, rounded half away from zero.
pub(crate) fn decimal(value: f64, places: u32) -> Decimal {
    let scale = 10f64.powi(i32::try_from(places).unwrap_or(0));
    let scaled = (value * scale).round();
    if scaled.is_finite() && scaled.abs() < 9e15 {
        Decimal::new(scaled as i64, places)
    } else {
        Decimal::ZERO
    }
}

/// A whole number of agents from an exact product, rounded up or down.
fn agents(value: Decimal, up: bool) -> u32 {
    let rounded = if up { value.ceil() } else { value.floor() };
    rounded.to_u32().unwrap_or(u32::MAX)
}

/// The positions that keep `on_phone` agents on the phone when only `on_phone_share` of the staffed
/// time is spent there, rounded up.
///
/// # Errors
/// [`Problem::LoadTooHigh`] beyond [`MAX_AGENTS`], at the input whose change alone can bring it back:
/// the shrinkage when even one agent on the phone needs more positions than that (no number of calls
/// can then help), otherwise the calls a year (fewer calls need fewer agents on the phone, down to the
/// one that any open hour has).
fn positions_for(on_phone: u32, on_phone_share: Decimal) -> Result<u32, Error> {
    // Checked: a shrinkage just under 100 % (1 − s = 10⁻²⁸) would overflow the division.
    let positions = |agents_on_phone: u32| {
        Decimal::from(agents_on_phone)
            .checked_div(on_phone_share)
            .map(|p| agents(p, true))
            .filter(|&p| p <= MAX_AGENTS)
    };
    positions(on_phone).ok_or_else(|| {
        let field = if positions(1).is_none() {
            Field::ShrinkagePercent
        } else {
            Field::CallsPerYear
        };
        let max = MAX_AGENTS.to_string();
        Error::new(field, Problem::LoadTooHigh { max })
    })
}

/// The schedule's report from its stretches and its calls, on a year with `open_days` of each weekday.
pub(crate) fn schedule(
    hours: &Hours,
    daily_minutes: [u32; 7],
    slots: &[Slot],
    demand: &Demand,
    open_days: &[u32; 7],
    members: Result<&[Member], &Error>,
) -> Result<ScheduleReport, Error> {
    let settings = Settings::of(hours);
    let too_heavy = || {
        let max = MAX_AGENTS.to_string();
        Error::new(Field::CallsPerYear, Problem::LoadTooHigh { max })
    };
    let mut staffed = Tally::default();
    let mut needed = Tally::default();
    let mut jumpseat = Jumpseat {
        weekly_minutes: 0,
        yearly_minutes: 0,
    };
    let mut intervals = Vec::with_capacity(slots.len());
    let mut grid = vec![vec![None::<u32>; HOURS]; WEEKDAYS];
    for slot in slots {
        let per_minute = demand
            .per_minute
            .get(slot.day)
            .and_then(|d| d.get(slot.hour()))
            .copied()
            .unwrap_or(0.0);
        let load = Load {
            calls_per_hour: per_minute * 60.0,
            aht_seconds: settings.aht,
        };
        let days = u64::from(open_days.get(slot.day).copied().unwrap_or(0));
        let minutes = u64::from(slot.minutes());
        let calls = per_minute * f64::from(slot.minutes()) * days as f64;

        // The target: the fewest agents on the phone that meet it, and one while open.
        let (needed_on_phone, needed_outcome) = if per_minute > 0.0 {
            let (n, f) = erlang_c::agents_needed(
                load,
                settings.target_share,
                settings.target_seconds,
                settings.max_occupancy,
                MAX_AGENTS,
            )
            .ok_or_else(too_heavy)?;
            (n, erlang_c::Outcome::Settles(f))
        } else {
            (1, erlang_c::outcome(1, load, settings.target_seconds))
        };
        let positions = positions_for(needed_on_phone, settings.on_phone_share)?;
        let needed_answered = erlang_a::answered(needed_on_phone, load, settings.patience)
            .ok_or_else(too_heavy)?
            .answered;
        needed.add(
            positions,
            minutes * days,
            calls,
            needed_outcome,
            needed_answered,
        );
        if let Some(cell) = grid
            .get_mut(slot.day)
            .and_then(|row| row.get_mut(slot.hour()))
        {
            *cell = Some(cell.map_or(positions, |other| other.max(positions)));
        }

        // The plan: what the staffed agents, less shrinkage, achieve.
        let on_phone = agents(Decimal::from(slot.staffed) * settings.on_phone_share, false);
        let outcome = erlang_c::outcome(on_phone, load, settings.target_seconds);
        let answered = erlang_a::answered(on_phone, load, settings.patience)
            .ok_or_else(too_heavy)?
            .answered;
        staffed.add(slot.staffed, minutes * days, calls, outcome, answered);

        let jumpseat_agents = agents(Decimal::from(slot.staffed) * settings.jumpseat_share, false);
        let releasable = jumpseat_agents.min(slot.staffed.saturating_sub(positions));
        let released = u32::from(slot.minutes()) * releasable;
        jumpseat.weekly_minutes += released;
        jumpseat.yearly_minutes += u64::from(released) * days;

        let (service_level, asa_seconds) = match outcome {
            erlang_c::Outcome::Settles(f) => (
                Some(decimal(f.service_level, 4)),
                Some(decimal(f.asa_seconds, 2)),
            ),
            erlang_c::Outcome::Overloaded => (None, None),
        };
        let erlangs = load.erlangs();
        let occupancy = if on_phone == 0 {
            1.0
        } else {
            (erlangs / f64::from(on_phone)).min(1.0)
        };
        intervals.push(IntervalReport {
            weekday: slot.day,
            start: clock(slot.start),
            end: clock(slot.end),
            calls_per_hour: decimal(load.calls_per_hour, 2),
            erlangs: decimal(erlangs, 2),
            staffed: slot.staffed,
            on_phone,
            needed_on_phone,
            needed_positions: positions,
            service_level,
            asa_seconds,
            occupancy: decimal(occupancy, 4),
            answer_rate: decimal(answered, 4),
            releasable,
        });
    }
    let staffed = staffed.plan(hours.staffing.hourly_rate)?;
    Ok(ScheduleReport {
        daily_minutes: daily_minutes.to_vec(),
        weekly_minutes: daily_minutes.iter().sum(),
        yearly_minutes: daily_minutes
            .iter()
            .zip(open_days)
            .map(|(&minutes, &days)| u64::from(minutes) * u64::from(days))
            .sum(),
        calls: super::report::CallsReport {
            in_open_hours: whole(demand.in_open_hours),
            moved: whole(demand.moved),
            // The rest, so that the three add up to the year's calls exactly.
            lost: u64::try_from(hours.calls.per_year)
                .unwrap_or(0)
                .saturating_sub(whole(demand.in_open_hours) + whole(demand.moved)),
        },
        members: members
            .map_err(Clone::clone)
            .and_then(|members| member_shares(members, &staffed)),
        staffed,
        needed: needed.plan(hours.staffing.hourly_rate)?,
        jumpseat,
        intervals,
        grid,
    })
}

fn whole(calls: f64) -> u64 {
    if calls.is_finite() && calls > 0.0 {
        calls.round() as u64
    } else {
        0
    }
}

fn clock(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// The plan's agent minutes and cost over the members by population, largest member first, by
/// largest remainder (minutes and øre), so that both add up exactly.
fn member_shares(members: &[Member], plan: &Plan) -> Result<Vec<MemberHours>, Error> {
    let mut members: Vec<&Member> = members.iter().collect();
    crate::order::sort_by(&mut members, |a, b| largest_first(a, b));
    let weights: Vec<u64> = members.iter().map(|m| m.population).collect();
    let refused = || Error::new(members::Field::Codes, Problem::NoMembers);
    let minutes = i64::try_from(plan.agent_minutes).map_err(|_| refused())?;
    let minutes = allocate_ore(minutes, &weights).map_err(|_| refused())?;
    let costs = plan.cost.allocate(&weights).map_err(|_| refused())?;
    Ok(members
        .iter()
        .zip(minutes)
        .zip(costs)
        .map(|((member, minutes), cost)| MemberHours {
            code: member.code,
            name: member.name.clone(),
            agent_minutes: u64::try_from(minutes).unwrap_or(0),
            cost,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_is_rounded_half_away_from_zero_and_zero_beyond_exact_integers() {
        assert_eq!(decimal(0.123_45, 4), Decimal::new(1235, 4));
        assert_eq!(decimal(-2.5, 0), Decimal::new(-3, 0));
        // Below 9·10^15 a float holds every integer exactly (2^53 ≈ 9,007·10^15); from there on, and
        // for what is not a number, the figure is 0 rather than a wrong one.
        assert_eq!(decimal(8e15, 0), Decimal::new(8_000_000_000_000_000, 0));
        assert_eq!(decimal(9e15, 0), Decimal::ZERO);
        assert_eq!(decimal(1e16, 0), Decimal::ZERO);
        assert_eq!(decimal(f64::INFINITY, 2), Decimal::ZERO);
        assert_eq!(decimal(f64::NAN, 2), Decimal::ZERO);
    }

    #[test]
    fn calls_are_counted_whole_and_never_from_what_is_not_a_count() {
        assert_eq!(whole(2.5), 3);
        assert_eq!(whole(0.4), 0);
        assert_eq!(whole(-3.0), 0);
        assert_eq!(whole(f64::INFINITY), 0);
        assert_eq!(whole(f64::NAN), 0);
    }
}
