//! A weekly schedule cut into the stretches the staffing is computed for: within one clock hour (the
//! call profile's resolution) and with one number of agents staffed.

use super::section::{Week, HOURS, WEEKDAYS};

/// A stretch of a weekday within one clock hour, open throughout, with one number of agents staffed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    /// Weekday, Monday 0.
    pub day: usize,
    /// Starts, minutes after midnight.
    pub start: u16,
    /// Ends, minutes after midnight (after `start`, in the same clock hour or at its end).
    pub end: u16,
    /// Agents staffed.
    pub staffed: u32,
}

impl Slot {
    /// The clock hour the slot lies in.
    pub fn hour(self) -> usize {
        usize::from(self.start / 60)
    }

    /// Its length in minutes.
    pub fn minutes(self) -> u16 {
        self.end.saturating_sub(self.start)
    }
}

/// Open minutes of each clock hour of each weekday, Monday first.
pub type OpenMinutes = [[u16; HOURS]; WEEKDAYS];

/// Minutes open each weekday, Monday first. Expects a checked week (intervals do not overlap).
pub fn daily_minutes(week: &Week) -> [u32; WEEKDAYS] {
    let mut minutes = [0u32; WEEKDAYS];
    for (day, intervals) in week.0.iter().enumerate().take(WEEKDAYS) {
        if let Some(total) = minutes.get_mut(day) {
            *total = intervals
                .iter()
                .map(|i| u32::from(i.close.minutes().saturating_sub(i.open.minutes())))
                .sum();
        }
    }
    minutes
}

/// The week's slots in time order, and the open minutes of each clock hour. Expects a checked week.
pub fn slots(week: &Week, agents_per_hour: u32) -> (Vec<Slot>, OpenMinutes) {
    let mut slots = Vec::new();
    let mut open = [[0u16; HOURS]; WEEKDAYS];
    for (day, intervals) in week.0.iter().enumerate().take(WEEKDAYS) {
        let mut sorted: Vec<_> = intervals.iter().collect();
        crate::order::sort_by(&mut sorted, |a, b| a.open.cmp(&b.open));
        for interval in sorted {
            let staffed = interval.agents.unwrap_or(agents_per_hour);
            let (mut start, close) = (interval.open.minutes(), interval.close.minutes());
            while start < close {
                let end = close.min((start / 60 + 1) * 60);
                let slot = Slot {
                    day,
                    start,
                    end,
                    staffed,
                };
                if let Some(cell) = open.get_mut(day).and_then(|d| d.get_mut(slot.hour())) {
                    *cell += slot.minutes();
                }
                // Two intervals that meet inside an hour with the same staffing are one stretch.
                match slots.last_mut() {
                    Some(last) if joins(last, &slot) => {
                        last.end = end;
                    }
                    _ => slots.push(slot),
                }
                start = end;
            }
        }
    }
    (slots, open)
}

fn joins(last: &Slot, next: &Slot) -> bool {
    last.day == next.day
        && last.end == next.start
        && last.hour() == next.hour()
        && last.staffed == next.staffed
}
