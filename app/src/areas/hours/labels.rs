//! The names on screen of the hours section's fields: "Mandag, lukker (forslag)", "Timetakst". Every
//! module names them (a document opened in any area may be refused at one), so the frame asks here.

use ddh_engine::hours::edit::Schedule;
use ddh_engine::hours::Field;

/// The on-screen name of a field of the hours section: "Mandag, lukker (forslag)", "Timetakst".
pub(crate) fn label(path: &str) -> Option<String> {
    let h = crate::areas::hours::texts::fields();
    let schedule = |schedule: Schedule| match schedule {
        Schedule::Today => h.today_lower,
        Schedule::Proposed => h.proposed_lower,
    };
    let day = |day: usize| h.weekdays.get(day).copied().unwrap_or_default();
    let interval =
        |s: Schedule, d: usize, part: &str| format!("{}, {part} ({})", day(d), schedule(s));
    let simple = match Field::parse(path)? {
        Field::Section => h.heading,
        Field::Year => h.year_label,
        Field::Grundlovsdag => h.grundlovsdag,
        Field::Juleaftensdag => h.juleaftensdag,
        Field::Nytaarsaftensdag => h.nytaarsaftensdag,
        Field::AgentsPerHour => h.agents_per_hour,
        Field::HourlyRate => h.hourly_rate,
        Field::CallsPerYear => h.calls_per_year,
        Field::Profile | Field::ProfileIsIllustrative => h.profile_heading,
        Field::MovedPercent => h.moved_percent,
        Field::MovedTo => h.moved_to,
        Field::AhtSeconds => h.aht,
        Field::TargetPercent => h.target_percent,
        Field::TargetSeconds => h.target_seconds,
        Field::ShrinkagePercent => h.shrinkage,
        Field::MaxOccupancyPercent => h.max_occupancy,
        Field::PatienceSeconds => h.patience,
        Field::JumpseatPercent => h.jumpseat_percent,
        // A week as a whole (a week of six days in an imported document).
        Field::Week(s) => return Some(format!("{} ({})", h.weeks_heading, schedule(s))),
        Field::Day(s, d) => return Some(format!("{} ({})", day(d), schedule(s))),
        Field::Open(s, d, _) => return Some(interval(s, d, h.opens_lower)),
        Field::Close(s, d, _) => return Some(interval(s, d, h.closes_lower)),
        Field::Agents(s, d, _) => return Some(interval(s, d, h.agents_lower)),
        Field::ProfileDay(d) => return Some(format!("{}, {}", h.profile_heading, day(d))),
        Field::ProfileHour(d, hour) => return Some((h.weight_of)(day(d), hour)),
    };
    Some(simple.to_owned())
}
