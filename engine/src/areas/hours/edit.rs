//! Edits of the hours section. Values are stored as given, even when evaluation will refuse them
//! (a closing time before the opening time, say), so that nothing the user typed is lost; only an
//! edit of an interval that does not exist, or one past a list's limit, is refused here.

use super::clock::ClockTime;
use super::section::{
    HolidayChoices, Hours, Interval, MovedTo, Service, Staffing, Week, MAX_INTERVALS,
};
use crate::areas::hours::field::Field;
use crate::common::error::{Error, Problem};
use rust_decimal::Decimal;

/// Which of the two schedules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schedule {
    /// Today's.
    Today,
    /// The proposed.
    Proposed,
}

/// One change to the hours section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HoursEdit {
    /// The calendar year.
    SetYear(i32),
    /// Add an open interval to a day: after its last one, an hour long, or 08:00–16:00 on a closed day.
    AddInterval {
        /// Which schedule.
        schedule: Schedule,
        /// Weekday, Monday 0.
        day: usize,
    },
    /// Replace an interval.
    SetInterval {
        /// Which schedule.
        schedule: Schedule,
        /// Weekday, Monday 0.
        day: usize,
        /// The interval's place in the day, from 0.
        index: usize,
        /// The new interval.
        interval: Interval,
    },
    /// Remove an interval (the last one removed closes the day).
    RemoveInterval {
        /// Which schedule.
        schedule: Schedule,
        /// Weekday, Monday 0.
        day: usize,
        /// The interval's place in the day, from 0.
        index: usize,
    },
    /// Copy one schedule over the other.
    CopySchedule {
        /// The schedule replaced.
        to: Schedule,
    },
    /// The holidays that are settings.
    SetHolidays(HolidayChoices),
    /// Agents per open hour and the hourly rate.
    SetStaffing(Staffing),
    /// Calls a year.
    SetCallsPerYear(i64),
    /// One hour's weight in the call profile.
    SetProfileWeight {
        /// Weekday, Monday 0.
        day: usize,
        /// Hour of the day, 0–23.
        hour: usize,
        /// The weight.
        weight: Decimal,
    },
    /// A whole call profile (an import), and whether it is illustrative.
    SetProfile {
        /// 7 rows of 24 weights.
        profile: Vec<Vec<Decimal>>,
        /// Whether it is an illustrative shape rather than measured.
        illustrative: bool,
    },
    /// The share of closed hours' calls that move, and where.
    SetMoved {
        /// In %.
        percent: Decimal,
        /// Where they go.
        to: MovedTo,
    },
    /// Handling time, target, shrinkage, occupancy and patience.
    SetService(Service),
    /// The jumpseat share, in %.
    SetJumpseatPercent(Decimal),
}

impl Hours {
    /// Applies `edit`.
    ///
    /// # Errors
    /// An interval or day that does not exist, or a day already at [`MAX_INTERVALS`].
    pub fn apply(&mut self, edit: HoursEdit) -> Result<(), Error> {
        match edit {
            HoursEdit::SetYear(year) => self.year = year,
            HoursEdit::AddInterval { schedule, day } => {
                let intervals = self.day_mut(schedule, day)?;
                if intervals.len() >= MAX_INTERVALS {
                    let field = Field::Day(schedule, day);
                    return Err(Error::new(field, Problem::TooMany { max: MAX_INTERVALS }));
                }
                let latest = intervals.iter().map(|i| i.close).max();
                if latest.is_some_and(|close| close.minutes() >= super::clock::DAY_MINUTES) {
                    return Err(Error::new(Field::Day(schedule, day), Problem::DayFull));
                }
                let hour = |h: u16| ClockTime::new(h, 0).unwrap_or_default();
                let (open, close) = match latest {
                    None => (hour(8), hour(16)),
                    Some(close) => {
                        let end = (close.minutes() + 60).min(super::clock::DAY_MINUTES);
                        (close, ClockTime::new(end / 60, end % 60).unwrap_or(close))
                    }
                };
                intervals.push(Interval {
                    open,
                    close,
                    agents: None,
                });
            }
            HoursEdit::SetInterval {
                schedule,
                day,
                index,
                interval,
            } => *self.interval_mut(schedule, day, index)? = interval,
            HoursEdit::RemoveInterval {
                schedule,
                day,
                index,
            } => {
                self.interval_mut(schedule, day, index)?;
                self.day_mut(schedule, day)?.remove(index);
            }
            HoursEdit::CopySchedule { to } => {
                let (from, into) = match to {
                    Schedule::Today => (&self.proposed, Schedule::Today),
                    Schedule::Proposed => (&self.today, Schedule::Proposed),
                };
                let copy = from.clone();
                *self.week_mut(into) = copy;
            }
            HoursEdit::SetHolidays(choices) => self.holidays = choices,
            HoursEdit::SetStaffing(staffing) => self.staffing = staffing,
            HoursEdit::SetCallsPerYear(calls) => self.calls.per_year = calls,
            HoursEdit::SetProfileWeight { day, hour, weight } => {
                // A day beyond the week is refused at the profile, an hour beyond the day at its row.
                let days = self.calls.profile.len();
                let row = self.calls.profile.get_mut(day).ok_or_else(|| {
                    Error::new(
                        Field::Profile,
                        Problem::NoSuchPosition {
                            position: day + 1,
                            last: days,
                        },
                    )
                })?;
                let hours = row.len();
                let cell = row.get_mut(hour).ok_or_else(|| {
                    Error::new(
                        Field::ProfileDay(day),
                        Problem::NoSuchPosition {
                            position: hour + 1,
                            last: hours,
                        },
                    )
                })?;
                // Only a change makes the profile the user's own: a field putting back the value it
                // had leaves the illustrative label as it was.
                if *cell != weight {
                    *cell = weight;
                    self.calls.profile_is_illustrative = false;
                }
            }
            HoursEdit::SetProfile {
                profile,
                illustrative,
            } => {
                self.calls.profile = profile;
                self.calls.profile_is_illustrative = illustrative;
            }
            HoursEdit::SetMoved { percent, to } => {
                self.calls.moved_percent = percent;
                self.calls.moved_to = to;
            }
            HoursEdit::SetService(service) => self.service = service,
            HoursEdit::SetJumpseatPercent(percent) => self.jumpseat_percent = percent,
        }
        Ok(())
    }

    fn week_mut(&mut self, schedule: Schedule) -> &mut Week {
        match schedule {
            Schedule::Today => &mut self.today,
            Schedule::Proposed => &mut self.proposed,
        }
    }

    fn day_mut(&mut self, schedule: Schedule, day: usize) -> Result<&mut Vec<Interval>, Error> {
        let days = self.week_mut(schedule).0.len();
        self.week_mut(schedule).0.get_mut(day).ok_or_else(|| {
            Error::new(
                Field::Week(schedule),
                Problem::NoSuchPosition {
                    position: day + 1,
                    last: days,
                },
            )
        })
    }

    fn interval_mut(
        &mut self,
        schedule: Schedule,
        day: usize,
        index: usize,
    ) -> Result<&mut Interval, Error> {
        let intervals = self.day_mut(schedule, day)?;
        let last = intervals.len();
        intervals.get_mut(index).ok_or_else(|| {
            Error::new(
                Field::Day(schedule, day),
                Problem::NoSuchPosition {
                    position: index + 1,
                    last,
                },
            )
        })
    }
}
