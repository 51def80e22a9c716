//! The report's `hours` section: the year, both schedules with their staffing and service level, the
//! change between them and the jumpseat estimate. Described field by field in `engine/FORMATS.md`.

use super::calendar::Holiday;
use crate::common::area::Area;
use crate::common::date::Date;
use crate::common::money::Money;
use rust_decimal::Decimal;
use serde::Serialize;

/// Opening hours, staffing and service level of today's and the proposed schedule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HoursReport {
    /// The calendar year computed.
    pub year: i32,
    /// Days of the year closed (public holidays and the settings chosen), in date order.
    pub closed_days: Vec<ClosedDay>,
    /// Days of each weekday the year has open, Monday first.
    pub open_days: Vec<u32>,
    /// Today's schedule.
    pub today: ScheduleReport,
    /// The proposed schedule.
    pub proposed: ScheduleReport,
    /// Proposed less today.
    pub change: Change,
    /// The jumpseat pilot the estimate is set beside.
    pub pilot: Pilot,
}

/// A day the contact centre is closed, and the open minutes each schedule loses on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClosedDay {
    /// The date.
    pub date: Date,
    /// The holidays on the date: one, or two where they fall together (grundlovsdag on pinsedag or
    /// 2. pinsedag), in the order of [`Holiday`]; the day is closed once.
    pub holidays: Vec<Holiday>,
    /// Weekday, Monday 0.
    pub weekday: usize,
    /// Minutes today's schedule would have been open that day.
    pub today_minutes: u32,
    /// Minutes the proposed schedule would have been open that day.
    pub proposed_minutes: u32,
}

/// One schedule's hours, calls, staffing and service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScheduleReport {
    /// Open minutes each weekday, Monday first.
    pub daily_minutes: Vec<u32>,
    /// Open minutes a week.
    pub weekly_minutes: u32,
    /// Open minutes in the year: each weekday's minutes times its open days.
    pub yearly_minutes: u64,
    /// Calls a year: in open hours, moved in from closed hours, lost; whole calls.
    pub calls: CallsReport,
    /// The staffing plan (agents staffed) and what it achieves.
    pub staffed: Plan,
    /// The positions needed to meet the target in every interval (Erlang C), and what they achieve.
    pub needed: Plan,
    /// Hours the jumpseat agents could leave where fewer agents still meet the target.
    pub jumpseat: Jumpseat,
    /// Every stretch computed, in week order.
    pub intervals: Vec<IntervalReport>,
    /// The positions needed in each clock hour of each weekday (7 rows, Monday first, of 24), the
    /// most of its stretches; `None` where the hour is closed. For the week's heat map.
    pub grid: Vec<Vec<Option<u32>>>,
    /// Each member's agent minutes and cost of the staffing plan by population share, largest
    /// first; they add up to the plan's exactly. The members' error, if they cannot be resolved.
    #[serde(serialize_with = "crate::common::area::serialize")]
    pub members: Area<Vec<MemberHours>>,
}

/// The year's calls under a schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CallsReport {
    /// Falling in open hours by the profile.
    pub in_open_hours: u64,
    /// Falling in closed hours and made in open hours instead.
    pub moved: u64,
    /// Falling in closed hours and not made.
    pub lost: u64,
}

/// A number of agents per interval, over the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Plan {
    /// Agent minutes in the year.
    pub agent_minutes: u64,
    /// Their cost at the hourly rate, rounded to øre.
    pub cost: Money,
    /// Share of calls answered within the target time (Erlang C), weighted by calls; intervals
    /// where the queue grows without bound count as 0.
    pub service_level: Decimal,
    /// Average speed of answer in seconds, weighted by calls, over the intervals where the queue settles.
    pub asa_seconds: Decimal,
    /// Share of calls answered when callers hang up (Erlang A), weighted by calls.
    pub answer_rate: Decimal,
    /// Share of the calls that fall in intervals where the queue grows without bound.
    pub overloaded_share: Decimal,
}

/// Jumpseat hours that could be released.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Jumpseat {
    /// Agent minutes in a week.
    pub weekly_minutes: u32,
    /// Agent minutes in the year.
    pub yearly_minutes: u64,
}

/// One stretch of the week: its calls, its agents and its service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IntervalReport {
    /// Weekday, Monday 0.
    pub weekday: usize,
    /// Starts, `HH:MM`.
    pub start: String,
    /// Ends, `HH:MM`.
    pub end: String,
    /// Calls an hour offered in the stretch, 2 decimals.
    pub calls_per_hour: Decimal,
    /// Offered load in Erlang, 2 decimals.
    pub erlangs: Decimal,
    /// Agents staffed.
    pub staffed: u32,
    /// Of those, on the phone after shrinkage (rounded down).
    pub on_phone: u32,
    /// Agents on the phone the target needs (Erlang C, and the occupancy cap); at least 1 while open.
    pub needed_on_phone: u32,
    /// Positions to staff for that: needed on the phone / (1 − shrinkage), rounded up.
    pub needed_positions: u32,
    /// Service level with the staffed agents; `None` where the queue grows without bound.
    pub service_level: Option<Decimal>,
    /// Average speed of answer with the staffed agents, seconds; `None` likewise.
    pub asa_seconds: Option<Decimal>,
    /// Occupancy with the staffed agents (at most 1).
    pub occupancy: Decimal,
    /// Answer rate with the staffed agents when callers hang up (Erlang A).
    pub answer_rate: Decimal,
    /// Jumpseat agents that could leave: staffed above the positions needed, up to the jumpseat share.
    pub releasable: u32,
}

/// One member's share of the staffing plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MemberHours {
    /// Municipality code.
    pub code: u16,
    /// Name.
    pub name: String,
    /// Agent minutes in the year.
    pub agent_minutes: u64,
    /// Their cost.
    pub cost: Money,
}

/// The proposed schedule less today's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Open minutes a week.
    pub weekly_minutes: i64,
    /// The same in % of today's, 2 decimals; `None` when today is closed all week.
    pub weekly_percent: Option<Decimal>,
    /// Open minutes in the year.
    pub yearly_minutes: i64,
    /// Cost of the staffing plan.
    pub staffed_cost: Money,
    /// Cost of the positions needed.
    pub needed_cost: Money,
}

/// The jumpseat pilot of the 2025 slides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Pilot {
    /// First day.
    pub from: Date,
    /// Last day.
    pub to: Date,
    /// Agent minutes released.
    pub minutes: u32,
    /// The same a week over the pilot's days, rounded to whole minutes.
    pub weekly_minutes: u32,
}
