//! The opening hours' fields a refusal can name (`engine/FORMATS.md`, the scenario's `hours`).

use crate::areas::hours::edit::Schedule;
use crate::common::field::{index, FieldPath};

/// A field of the hours section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// `hours`: the section as a whole.
    Section,
    /// `hours.year`
    Year,
    /// `hours.today` or `hours.proposed`: a week as a whole.
    Week(Schedule),
    /// `hours.today[d]`: one day's intervals.
    Day(Schedule, usize),
    /// `hours.today[d][i].open`
    Open(Schedule, usize, usize),
    /// `hours.today[d][i].close`
    Close(Schedule, usize, usize),
    /// `hours.today[d][i].agents`
    Agents(Schedule, usize, usize),
    /// `hours.holidays.grundlovsdag`
    Grundlovsdag,
    /// `hours.holidays.juleaftensdag`
    Juleaftensdag,
    /// `hours.holidays.nytaarsaftensdag`
    Nytaarsaftensdag,
    /// `hours.staffing.agents_per_hour`
    AgentsPerHour,
    /// `hours.staffing.hourly_rate`
    HourlyRate,
    /// `hours.calls.per_year`
    CallsPerYear,
    /// `hours.calls.profile`: the call profile as a whole.
    Profile,
    /// `hours.calls.profile[d]`: one day's row.
    ProfileDay(usize),
    /// `hours.calls.profile[d][h]`: one hour's weight.
    ProfileHour(usize, usize),
    /// `hours.calls.profile_is_illustrative`
    ProfileIsIllustrative,
    /// `hours.calls.moved_percent`
    MovedPercent,
    /// `hours.calls.moved_to`
    MovedTo,
    /// `hours.service.aht_seconds`
    AhtSeconds,
    /// `hours.service.target_percent`
    TargetPercent,
    /// `hours.service.target_seconds`
    TargetSeconds,
    /// `hours.service.shrinkage_percent`
    ShrinkagePercent,
    /// `hours.service.max_occupancy_percent`
    MaxOccupancyPercent,
    /// `hours.service.patience_seconds`
    PatienceSeconds,
    /// `hours.jumpseat_percent`
    JumpseatPercent,
}

/// The fields that are neither the section nor in a list, by their path after `hours.`, for
/// [`Field::parse`]; a test holds it to what [`FieldPath::path`] writes.
const SINGLE: [(&str, Field); 18] = [
    ("year", Field::Year),
    ("holidays.grundlovsdag", Field::Grundlovsdag),
    ("holidays.juleaftensdag", Field::Juleaftensdag),
    ("holidays.nytaarsaftensdag", Field::Nytaarsaftensdag),
    ("staffing.agents_per_hour", Field::AgentsPerHour),
    ("staffing.hourly_rate", Field::HourlyRate),
    ("calls.per_year", Field::CallsPerYear),
    (
        "calls.profile_is_illustrative",
        Field::ProfileIsIllustrative,
    ),
    ("calls.moved_percent", Field::MovedPercent),
    ("calls.moved_to", Field::MovedTo),
    ("service.aht_seconds", Field::AhtSeconds),
    ("service.target_percent", Field::TargetPercent),
    ("service.target_seconds", Field::TargetSeconds),
    ("service.shrinkage_percent", Field::ShrinkagePercent),
    ("service.max_occupancy_percent", Field::MaxOccupancyPercent),
    ("service.patience_seconds", Field::PatienceSeconds),
    ("jumpseat_percent", Field::JumpseatPercent),
    ("calls.profile", Field::Profile),
];

/// The week's field name in the format.
fn week_name(schedule: Schedule) -> &'static str {
    match schedule {
        Schedule::Today => "today",
        Schedule::Proposed => "proposed",
    }
}

impl FieldPath for Field {
    fn path(&self) -> String {
        let single = |name: &str| format!("hours.{name}");
        let interval = |schedule: &Schedule, day: &usize, i: &usize, part: &str| {
            format!("hours.{}[{day}][{i}].{part}", week_name(*schedule))
        };
        match self {
            Field::Section => "hours".to_owned(),
            Field::Week(schedule) => format!("hours.{}", week_name(*schedule)),
            Field::Day(schedule, day) => format!("hours.{}[{day}]", week_name(*schedule)),
            Field::Open(s, day, i) => interval(s, day, i, "open"),
            Field::Close(s, day, i) => interval(s, day, i, "close"),
            Field::Agents(s, day, i) => interval(s, day, i, "agents"),
            Field::ProfileDay(day) => format!("hours.calls.profile[{day}]"),
            Field::ProfileHour(day, hour) => format!("hours.calls.profile[{day}][{hour}]"),
            Field::Year => single("year"),
            Field::Grundlovsdag => single("holidays.grundlovsdag"),
            Field::Juleaftensdag => single("holidays.juleaftensdag"),
            Field::Nytaarsaftensdag => single("holidays.nytaarsaftensdag"),
            Field::AgentsPerHour => single("staffing.agents_per_hour"),
            Field::HourlyRate => single("staffing.hourly_rate"),
            Field::CallsPerYear => single("calls.per_year"),
            Field::Profile => single("calls.profile"),
            Field::ProfileIsIllustrative => single("calls.profile_is_illustrative"),
            Field::MovedPercent => single("calls.moved_percent"),
            Field::MovedTo => single("calls.moved_to"),
            Field::AhtSeconds => single("service.aht_seconds"),
            Field::TargetPercent => single("service.target_percent"),
            Field::TargetSeconds => single("service.target_seconds"),
            Field::ShrinkagePercent => single("service.shrinkage_percent"),
            Field::MaxOccupancyPercent => single("service.max_occupancy_percent"),
            Field::PatienceSeconds => single("service.patience_seconds"),
            Field::JumpseatPercent => single("jumpseat_percent"),
        }
    }
}

impl Field {
    /// The field at `path`, as [`FieldPath::path`] writes it; `None` for any other text.
    pub fn parse(path: &str) -> Option<Field> {
        let rest = path.strip_prefix("hours")?;
        if rest.is_empty() {
            return Some(Field::Section);
        }
        let rest = rest.strip_prefix('.')?;
        for schedule in [Schedule::Today, Schedule::Proposed] {
            let Some(week) = rest.strip_prefix(week_name(schedule)) else {
                continue;
            };
            if week.is_empty() {
                return Some(Field::Week(schedule));
            }
            let (day, after_day) = index(week)?;
            if after_day.is_empty() {
                return Some(Field::Day(schedule, day));
            }
            let (i, part) = index(after_day)?;
            return match part {
                ".open" => Some(Field::Open(schedule, day, i)),
                ".close" => Some(Field::Close(schedule, day, i)),
                ".agents" => Some(Field::Agents(schedule, day, i)),
                _ => None,
            };
        }
        if let Some((day, after_day)) = rest.strip_prefix("calls.profile").and_then(index) {
            if after_day.is_empty() {
                return Some(Field::ProfileDay(day));
            }
            return match index(after_day)? {
                (hour, "") => Some(Field::ProfileHour(day, hour)),
                _ => None,
            };
        }
        SINGLE
            .iter()
            .find(|(name, _)| *name == rest)
            .map(|(_, field)| *field)
    }
}
