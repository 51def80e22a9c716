//! Opening hours (åbningstider): two weekly schedules over a calendar year less public holidays, the
//! calls they take, the agents they need to a service level, what the staffing plan costs and
//! achieves, and the jumpseat hours that could be released. The mathematics is in
//! [`staffing`]; this module turns schedules and calls into its loads.

pub mod calendar;
pub mod clock;
pub mod demand;
pub mod edit;
pub mod field;
mod plan;
pub mod profile_csv;
pub mod report;
pub mod section;
pub mod staffing;
pub mod week;

pub use crate::areas::hours::field::Field;
use crate::areas::members::Member;
use crate::common::date::Date;
use crate::common::error::Error;
use report::{Change, ClosedDay, HoursReport, Pilot, ScheduleReport};
use rust_decimal::Decimal;
use section::{Hours, Week};

/// The jumpseat pilot of the 2025 slides (Aarhus and Halsnæs): 73 hours 15 minutes released from
/// 13 October to 25 November 2025, "about 12 hours a week". First and last day (year, month, day).
pub const PILOT_DAYS: [(i32, u32, u32); 2] = [(2025, 10, 13), (2025, 11, 25)];
/// The pilot's agent minutes released.
pub const PILOT_MINUTES: u32 = 73 * 60 + 15;

/// The hours area's figures.
///
/// # Errors
/// The first refused field of the hours section; a load beyond [`section::MAX_AGENTS`] agents. The
/// members' error blocks only the members' shares.
pub fn report(hours: &Hours, members: Result<&[Member], &Error>) -> Result<HoursReport, Error> {
    section::check(hours)?;
    let closed = calendar::closed_days(hours.year, hours.holidays);
    let open_days = calendar::open_days(hours.year, &closed);
    let weights = demand::weights(&hours.calls);
    let schedule = |week: &Week| -> Result<ScheduleReport, Error> {
        let (slots, open) = week::slots(week, hours.staffing.agents_per_hour);
        let demand = demand::spread(&hours.calls, &weights, &open_days, &open);
        plan::schedule(
            hours,
            week::daily_minutes(week),
            &slots,
            &demand,
            &open_days,
            members,
        )
    };
    let today = schedule(&hours.today)?;
    let proposed = schedule(&hours.proposed)?;
    let minutes_on = |schedule: &ScheduleReport, weekday: usize| {
        schedule.daily_minutes.get(weekday).copied().unwrap_or(0)
    };
    // One row per date: `closed` is in date order, so holidays on one date are neighbours.
    let mut closed_days: Vec<ClosedDay> = Vec::with_capacity(closed.len());
    for &(date, holiday) in &closed {
        match closed_days.last_mut() {
            Some(last) if last.date.0 == date => last.holidays.push(holiday),
            _ => {
                let weekday = calendar::weekday_index(date);
                closed_days.push(ClosedDay {
                    date: Date(date),
                    holidays: vec![holiday],
                    weekday,
                    today_minutes: minutes_on(&today, weekday),
                    proposed_minutes: minutes_on(&proposed, weekday),
                });
            }
        }
    }
    Ok(HoursReport {
        year: hours.year,
        closed_days,
        open_days: open_days.to_vec(),
        change: change(&today, &proposed)?,
        today,
        proposed,
        pilot: pilot(),
    })
}

/// The agent minutes `week`'s staffing plan takes in `year` (that year's calendar, closed on the
/// holidays the section closes on), without the area's other figures: the staffing plan's
/// [`report::Plan::agent_minutes`] for the area's own year, for a caller that needs its cost in other
/// years (the budget years), and none of the service level's mathematics.
///
/// # Errors
/// The first refused field of the schedules and the staffing (the year, both weeks, the agents and
/// the hourly rate); a year
/// outside the calendar's [`section::YEARS`], at `hours.year`.
pub fn staffed_minutes(hours: &Hours, week: &Week, year: i32) -> Result<u64, Error> {
    section::check_staffing(hours)?;
    let (first, last) = section::YEARS;
    if !(first..=last).contains(&year) {
        let (value, max) = (year.to_string(), last.to_string());
        return Err(Error::new(
            Field::Year,
            crate::common::error::Problem::TooLarge { value, max },
        ));
    }
    let closed = calendar::closed_days(year, hours.holidays);
    let open_days = calendar::open_days(year, &closed);
    let (slots, _) = week::slots(week, hours.staffing.agents_per_hour);
    Ok(slots
        .iter()
        .map(|slot| {
            let days = open_days.get(slot.day).copied().unwrap_or(0);
            u64::from(slot.staffed) * u64::from(slot.minutes()) * u64::from(days)
        })
        .sum())
}

fn change(today: &ScheduleReport, proposed: &ScheduleReport) -> Result<Change, Error> {
    let signed = |minutes: u64| i64::try_from(minutes).unwrap_or(i64::MAX);
    let weekly_minutes = i64::from(proposed.weekly_minutes) - i64::from(today.weekly_minutes);
    let weekly_percent = (today.weekly_minutes > 0).then(|| {
        let percent = Decimal::from(weekly_minutes) * Decimal::ONE_HUNDRED
            / Decimal::from(today.weekly_minutes);
        crate::common::money::round_half_away(percent, 2)
    });
    let overflow = || Error::new(Field::HourlyRate, crate::common::error::Problem::Overflow);
    let less = |after: crate::common::money::Money, before: crate::common::money::Money| {
        after
            .checked_add(crate::common::money::Money::from_kroner(-before.kroner()))
            .ok_or_else(overflow)
    };
    Ok(Change {
        weekly_minutes,
        weekly_percent,
        yearly_minutes: signed(proposed.yearly_minutes) - signed(today.yearly_minutes),
        staffed_cost: less(proposed.staffed.cost, today.staffed.cost)?,
        needed_cost: less(proposed.needed.cost, today.needed.cost)?,
    })
}

/// The pilot's days, minutes and minutes a week.
pub fn pilot() -> Pilot {
    let [from, to] =
        PILOT_DAYS.map(|(year, month, day)| Date::from_ymd(year, month, day).unwrap_or_default());
    let minutes = PILOT_MINUTES;
    let days = u32::try_from((to.0 - from.0).num_days() + 1)
        .unwrap_or(1)
        .max(1);
    Pilot {
        from,
        to,
        minutes,
        weekly_minutes: (minutes * 7 + days / 2) / days,
    }
}
