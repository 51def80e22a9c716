//! The scenario's `hours` section: two weekly schedules, the year, the staffing plan, the calls and
//! the service target. Values are kept as the user gave them; `check` refuses, naming the field,
//! what cannot be computed from.

use super::clock::ClockTime;
use crate::areas::hours::edit::Schedule;
use crate::areas::hours::field::Field;
use crate::common::error::{Error, Problem};
use crate::common::limits::check_amount;
use crate::common::money::Money;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Days in a week; schedules and profiles list Monday first.
pub const WEEKDAYS: usize = 7;
/// Hours in a day: the columns of the call profile.
pub const HOURS: usize = 24;
/// The most open intervals a day may have.
pub const MAX_INTERVALS: usize = 6;
/// The first and last year the calendar is computed for.
pub const YEARS: (i32, i32) = (1990, 2100);
/// The most agents the staffing search goes to in one interval: no overflow, no endless search.
pub const MAX_AGENTS: u32 = 2_000;
/// The most agents a plan may staff in an interval.
pub const MAX_STAFFED: u32 = 1_000;
/// The most calls a year the engine accepts (a hundred times DDH's scale).
pub const MAX_CALLS: i64 = 100_000_000;
/// The longest average handling time or patience accepted, in seconds (two hours).
pub const MAX_SECONDS: u32 = 7_200;

/// Opening hours, staffing and service level, for the schedule of today and a proposed one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    /// The calendar year whose open hours, holidays and costs are computed.
    pub year: i32,
    /// Today's weekly schedule.
    pub today: Week,
    /// The proposed weekly schedule.
    pub proposed: Week,
    /// The holidays that are settings: closed on them or not.
    pub holidays: HolidayChoices,
    /// Agents staffed and what an hour costs.
    pub staffing: Staffing,
    /// The calls and how they spread over the week.
    pub calls: Calls,
    /// Handling time, the target and what keeps agents off the phone.
    pub service: Service,
    /// The share of the staffed agents on conditional (jumpseat) shifts, in %.
    pub jumpseat_percent: Decimal,
}

/// A week's opening hours: seven days, Monday first, each a list of open intervals (none: closed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Week(pub Vec<Vec<Interval>>);

/// One open interval of a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interval {
    /// Opens, on the quarter hour.
    pub open: ClockTime,
    /// Closes, on the quarter hour, after `open`; `24:00` for midnight.
    pub close: ClockTime,
    /// Agents staffed in this interval; absent: the plan's number per open hour.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agents: Option<u32>,
}

/// Public holidays that each collaboration decides for itself: `true` closes on the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HolidayChoices {
    /// Constitution Day, 5 June.
    pub grundlovsdag: bool,
    /// Christmas Eve, 24 December.
    pub juleaftensdag: bool,
    /// New Year's Eve, 31 December.
    pub nytaarsaftensdag: bool,
}

/// The staffing plan and its price.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Staffing {
    /// Agents staffed in every open hour, unless an interval says otherwise.
    pub agents_per_hour: u32,
    /// What one agent hour costs (timetakst), kr.
    pub hourly_rate: Money,
}

/// The calls a year and their shape over the week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Calls {
    /// Calls a year: the demand, wherever it falls in the week.
    pub per_year: i64,
    /// Relative weight of each hour of each weekday: 7 rows (Monday first) of 24 values.
    pub profile: Vec<Vec<Decimal>>,
    /// Whether `profile` is the illustrative default rather than the collaboration's own figures.
    #[serde(default)]
    pub profile_is_illustrative: bool,
    /// The share of the calls falling in closed hours that are made in open hours instead, in %.
    pub moved_percent: Decimal,
    /// Where those calls go.
    pub moved_to: MovedTo,
}

/// Where calls from closed hours go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MovedTo {
    /// Into the open hours of the same weekday (the whole week, for a day that is closed).
    SameDay,
    /// Into all open hours of the week.
    Week,
}

/// How calls are handled and the target they are answered to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// Average handling time of a call, seconds (talk and wrap-up).
    pub aht_seconds: u32,
    /// The share of calls to answer within `target_seconds`, in %.
    pub target_percent: Decimal,
    /// The target's waiting time, seconds.
    pub target_seconds: u32,
    /// The share of staffed time agents are not on the phone (breaks, meetings), in %.
    pub shrinkage_percent: Decimal,
    /// The highest share of their time agents may be busy with calls, in %.
    pub max_occupancy_percent: Decimal,
    /// How long callers wait on average before hanging up, seconds.
    pub patience_seconds: u32,
}

impl Default for Hours {
    /// The 2025 slides' two schedules, 7 agents an open hour at 235 kr. (about 5 mio. kr. a year, the
    /// budgets' staffing cost), 120.000 calls a year in an illustrative shape, 80 % within 60 s.
    fn default() -> Hours {
        let day = |open: u16, close: u16| {
            vec![Interval {
                open: ClockTime::new(open, 0).unwrap_or_default(),
                close: ClockTime::new(close, 0).unwrap_or_default(),
                agents: None,
            }]
        };
        let today = vec![
            day(8, 20),
            day(8, 20),
            day(8, 20),
            day(8, 20),
            day(8, 16),
            Vec::new(),
            day(16, 20),
        ];
        let proposed = vec![
            day(8, 18),
            day(8, 18),
            day(8, 18),
            day(8, 18),
            day(8, 16),
            Vec::new(),
            Vec::new(),
        ];
        Hours {
            year: 2026,
            today: Week(today),
            proposed: Week(proposed),
            holidays: HolidayChoices {
                grundlovsdag: true,
                juleaftensdag: true,
                nytaarsaftensdag: true,
            },
            staffing: Staffing {
                agents_per_hour: 7,
                hourly_rate: Money::from_ore(23_500),
            },
            calls: Calls {
                per_year: 120_000,
                profile: illustrative_profile(),
                profile_is_illustrative: true,
                moved_percent: Decimal::from(80),
                moved_to: MovedTo::SameDay,
            },
            service: Service {
                aht_seconds: 240,
                target_percent: Decimal::from(80),
                target_seconds: 60,
                shrinkage_percent: Decimal::from(10),
                max_occupancy_percent: Decimal::from(85),
                patience_seconds: 120,
            },
            jumpseat_percent: Decimal::from(20),
        }
    }
}

/// An illustrative week of calls: busiest Monday morning, quieter through the week and the day, and
/// no calls where today's schedule is closed. Not measured: the collaboration's own figures replace it.
pub fn illustrative_profile() -> Vec<Vec<Decimal>> {
    // Per cent of an average open hour, by weekday and by hour from 08 to 19.
    const DAY: [i64; WEEKDAYS] = [125, 110, 100, 100, 85, 0, 60];
    const HOUR: [i64; 12] = [90, 130, 135, 120, 100, 110, 100, 85, 60, 50, 35, 30];
    let open_today = |weekday: usize, hour: usize| match weekday {
        0..=3 => (8..20).contains(&hour),
        4 => (8..16).contains(&hour),
        6 => (16..20).contains(&hour),
        _ => false,
    };
    (0..WEEKDAYS)
        .map(|weekday| {
            (0..HOURS)
                .map(|hour| {
                    let day = DAY.get(weekday).copied().unwrap_or(0);
                    let by_hour = hour
                        .checked_sub(8)
                        .and_then(|h| HOUR.get(h))
                        .copied()
                        .unwrap_or(0);
                    if open_today(weekday, hour) {
                        Decimal::new(day * by_hour, 2)
                    } else {
                        Decimal::ZERO
                    }
                })
                .collect()
        })
        .collect()
}

/// Refuses what the section cannot be computed from, naming the field.
pub(crate) fn check(hours: &Hours) -> Result<(), Error> {
    check_staffing(hours)?;
    check_calls(&hours.calls)?;
    check_service(&hours.service)?;
    percent(
        hours.jumpseat_percent,
        Field::JumpseatPercent,
        Limit::UpTo100,
    )
}

/// Refuses what the staffing plan's minutes and cost cannot be computed from (the year, both weeks,
/// the agents and the hourly rate), naming the field: all the budget years need of the section.
pub(crate) fn check_staffing(hours: &Hours) -> Result<(), Error> {
    let (first, last) = YEARS;
    if hours.year < first || hours.year > last {
        let value = hours.year.to_string();
        let problem = if hours.year < first {
            Problem::TooSmall {
                value,
                min: first.to_string(),
            }
        } else {
            Problem::TooLarge {
                value,
                max: last.to_string(),
            }
        };
        return Err(Error::new(Field::Year, problem));
    }
    check_week(&hours.today, Schedule::Today)?;
    check_week(&hours.proposed, Schedule::Proposed)?;
    if hours.staffing.agents_per_hour > MAX_STAFFED {
        return Err(too_large(
            Field::AgentsPerHour,
            hours.staffing.agents_per_hour,
            MAX_STAFFED,
        ));
    }
    check_amount(hours.staffing.hourly_rate, Field::HourlyRate)
}

fn check_week(week: &Week, schedule: Schedule) -> Result<(), Error> {
    if week.0.len() != WEEKDAYS {
        return Err(Error::new(
            Field::Week(schedule),
            Problem::WrongLength {
                expected: WEEKDAYS,
                found: week.0.len(),
            },
        ));
    }
    for (day, intervals) in week.0.iter().enumerate() {
        if intervals.len() > MAX_INTERVALS {
            return Err(Error::new(
                Field::Day(schedule, day),
                Problem::TooMany { max: MAX_INTERVALS },
            ));
        }
        for (index, interval) in intervals.iter().enumerate() {
            let (open, close) = (
                Field::Open(schedule, day, index),
                Field::Close(schedule, day, index),
            );
            for (field, time) in [(open, interval.open), (close, interval.close)] {
                if !time.on_quarter_hour() {
                    let value = time.to_string();
                    return Err(Error::new(field, Problem::OffQuarterHour { value }));
                }
            }
            if interval.close <= interval.open {
                return Err(Error::new(
                    close,
                    Problem::ClosesBeforeOpening {
                        open: interval.open.to_string(),
                        close: interval.close.to_string(),
                    },
                ));
            }
            if let Some(agents) = interval.agents {
                if agents > MAX_STAFFED {
                    let field = Field::Agents(schedule, day, index);
                    return Err(too_large(field, agents, MAX_STAFFED));
                }
            }
            let overlapped = intervals
                .iter()
                .take(index)
                .position(|earlier| interval.open < earlier.close && earlier.open < interval.close);
            if let Some(earlier) = overlapped {
                return Err(Error::new(
                    open,
                    Problem::Overlaps {
                        other: format!(
                            "{}–{}",
                            intervals.get(earlier).map_or(interval.open, |e| e.open),
                            intervals.get(earlier).map_or(interval.close, |e| e.close)
                        ),
                    },
                ));
            }
        }
    }
    Ok(())
}

fn check_calls(calls: &Calls) -> Result<(), Error> {
    if calls.per_year < 0 {
        let value = calls.per_year.to_string();
        return Err(Error::new(Field::CallsPerYear, Problem::Negative { value }));
    }
    if calls.per_year > MAX_CALLS {
        let (value, max) = (calls.per_year.to_string(), MAX_CALLS.to_string());
        return Err(Error::new(
            Field::CallsPerYear,
            Problem::TooLarge { value, max },
        ));
    }
    if calls.profile.len() != WEEKDAYS {
        return Err(Error::new(
            Field::Profile,
            Problem::WrongLength {
                expected: WEEKDAYS,
                found: calls.profile.len(),
            },
        ));
    }
    for (day, row) in calls.profile.iter().enumerate() {
        if row.len() != HOURS {
            return Err(Error::new(
                Field::ProfileDay(day),
                Problem::WrongLength {
                    expected: HOURS,
                    found: row.len(),
                },
            ));
        }
        for (hour, weight) in row.iter().enumerate() {
            let field = Field::ProfileHour(day, hour);
            if weight.is_sign_negative() && !weight.is_zero() {
                let value = weight.to_string();
                return Err(Error::new(field, Problem::Negative { value }));
            }
            if *weight > Decimal::from(MAX_CALLS) {
                let (value, max) = (weight.to_string(), MAX_CALLS.to_string());
                return Err(Error::new(field, Problem::TooLarge { value, max }));
            }
        }
    }
    if calls.per_year > 0 && calls.profile.iter().flatten().all(Decimal::is_zero) {
        return Err(Error::new(Field::Profile, Problem::AllZero));
    }
    percent(calls.moved_percent, Field::MovedPercent, Limit::UpTo100)
}

fn check_service(service: &Service) -> Result<(), Error> {
    for (field, seconds, min) in [
        (Field::AhtSeconds, service.aht_seconds, 1),
        (Field::TargetSeconds, service.target_seconds, 0),
        (Field::PatienceSeconds, service.patience_seconds, 1),
    ] {
        if seconds < min {
            let value = seconds.to_string();
            return Err(Error::new(field, Problem::NotPositive { value }));
        }
        if seconds > MAX_SECONDS {
            return Err(too_large(field, seconds, MAX_SECONDS));
        }
    }
    // Below 100: no number of agents answers every call in time, so 100 % could only end the search.
    percent(
        service.target_percent,
        Field::TargetPercent,
        Limit::Below100,
    )?;
    percent(
        service.shrinkage_percent,
        Field::ShrinkagePercent,
        Limit::Below100,
    )?;
    percent(
        service.max_occupancy_percent,
        Field::MaxOccupancyPercent,
        Limit::AboveZeroUpTo100,
    )
}

/// What a percentage may be.
enum Limit {
    /// 0 to 100, both included.
    UpTo100,
    /// 0 up to but not 100 (shrinkage: at 100 % nobody answers).
    Below100,
    /// Above 0, up to 100 (occupancy: at 0 % nobody may answer).
    AboveZeroUpTo100,
}

fn percent(value: Decimal, field: Field, limit: Limit) -> Result<(), Error> {
    let text = || value.to_string();
    let hundred = Decimal::ONE_HUNDRED;
    if value.is_sign_negative() && !value.is_zero() {
        return Err(Error::new(field, Problem::Negative { value: text() }));
    }
    match limit {
        Limit::UpTo100 | Limit::AboveZeroUpTo100 if value > hundred => Err(Error::new(
            field,
            Problem::TooLarge {
                value: text(),
                max: "100".into(),
            },
        )),
        Limit::Below100 if value >= hundred => Err(Error::new(
            field,
            Problem::NotBelow {
                value: text(),
                limit: "100".into(),
            },
        )),
        Limit::AboveZeroUpTo100 if value.is_zero() => {
            Err(Error::new(field, Problem::NotPositive { value: text() }))
        }
        _ => Ok(()),
    }
}

fn too_large(field: Field, value: u32, max: u32) -> Error {
    let (value, max) = (value.to_string(), max.to_string());
    Error::new(field, Problem::TooLarge { value, max })
}
