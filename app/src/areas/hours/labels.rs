//! The names on screen of the hours section's fields: "Mandag, lukker (forslag)", "Timetakst". Every
//! module names them (a document opened in any area may be refused at one), so the frame asks here.

use crate::field_names::indices_of;

/// The on-screen name of a field of the hours section: "Mandag, lukker (forslag)", "Timetakst".
pub(crate) fn label(path: &str) -> Option<String> {
    let h = crate::areas::hours::texts::fields();
    if path == "hours" {
        return Some(h.heading.to_owned());
    }
    let rest = path.strip_prefix("hours.")?;
    let simple = match rest {
        "holidays.grundlovsdag" => Some(h.grundlovsdag),
        "holidays.juleaftensdag" => Some(h.juleaftensdag),
        "holidays.nytaarsaftensdag" => Some(h.nytaarsaftensdag),
        "calls.profile_is_illustrative" => Some(h.profile_heading),
        "calls.moved_to" => Some(h.moved_to),
        "year" => Some(h.year_label),
        "staffing.agents_per_hour" => Some(h.agents_per_hour),
        "staffing.hourly_rate" => Some(h.hourly_rate),
        "calls.per_year" => Some(h.calls_per_year),
        "calls.moved_percent" => Some(h.moved_percent),
        "calls.profile" => Some(h.profile_heading),
        "service.aht_seconds" => Some(h.aht),
        "service.target_percent" => Some(h.target_percent),
        "service.target_seconds" => Some(h.target_seconds),
        "service.shrinkage_percent" => Some(h.shrinkage),
        "service.max_occupancy_percent" => Some(h.max_occupancy),
        "service.patience_seconds" => Some(h.patience),
        "jumpseat_percent" => Some(h.jumpseat_percent),
        _ => None,
    };
    if let Some(label) = simple {
        return Some(label.to_owned());
    }
    // `today[0][1].close`, `proposed[4]`, `calls.profile[2][9]`.
    let (schedule, indices) = if let Some(indices) = rest.strip_prefix("today") {
        (h.today_lower, indices)
    } else if let Some(indices) = rest.strip_prefix("proposed") {
        (h.proposed_lower, indices)
    } else {
        let indices = rest.strip_prefix("calls.profile")?;
        let (day, hour, _) = indices_of(indices);
        let day = h.weekdays.get(day?).copied().unwrap_or_default();
        return Some(match hour {
            Some(hour) => (h.weight_of)(day, hour),
            None => format!("{}, {day}", h.profile_heading),
        });
    };
    let (day, _, part) = indices_of(indices);
    // No day: the week as a whole (a week of six days in an imported document).
    let day = match day {
        Some(d) => h.weekdays.get(d).copied().unwrap_or_default(),
        None => h.weeks_heading,
    };
    let part = match part {
        "open" => h.opens_lower,
        "close" => h.closes_lower,
        "agents" => h.agents_lower,
        _ => "",
    };
    let what = if part.is_empty() {
        day.to_owned()
    } else {
        format!("{day}, {part}")
    };
    Some(format!("{what} ({schedule})"))
}
