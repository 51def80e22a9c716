//! The year's calendar: Danish public holidays, computed from Easter, and how many of each weekday
//! the contact centre is open.
//!
//! The holidays (helligdage) are those of the Danish calendar: nytårsdag, skærtorsdag, langfredag,
//! påskedag, 2. påskedag, store bededag (abolished from 2024, lov nr. 753 af 13.6.2023), Kristi
//! himmelfartsdag, pinsedag, 2. pinsedag, juledag and 2. juledag. Grundlovsdag, juleaftensdag and
//! nytårsaftensdag are not public holidays; whether to close on them is a setting.

use super::section::{HolidayChoices, WEEKDAYS};
use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::Serialize;

/// A day the contact centre may be closed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Holiday {
    /// 1 January.
    Nytaarsdag,
    /// Thursday before Easter.
    Skaertorsdag,
    /// Friday before Easter.
    Langfredag,
    /// Easter Sunday.
    Paaskedag,
    /// Easter Monday.
    AndenPaaskedag,
    /// The fourth Friday after Easter; a holiday until 2023.
    StoreBededag,
    /// Ascension Day, 39 days after Easter.
    KristiHimmelfartsdag,
    /// Whit Sunday, 49 days after Easter.
    Pinsedag,
    /// Whit Monday.
    AndenPinsedag,
    /// 5 June; a setting.
    Grundlovsdag,
    /// 24 December; a setting.
    Juleaftensdag,
    /// 25 December.
    Juledag,
    /// 26 December.
    AndenJuledag,
    /// 31 December; a setting.
    Nytaarsaftensdag,
}

/// The last year store bededag was a public holiday.
pub const LAST_STORE_BEDEDAG: i32 = 2023;

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/
/// Butcher"); `None` outside chrono's range.
///
/// ```
/// use ddh_engine::hours::calendar::easter;
/// assert_eq!(easter(2026), chrono::NaiveDate::from_ymd_opt(2026, 4, 5));
/// ```
pub fn easter(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The days of `year` the contact centre is closed on, in date order: the public holidays and the
/// settings chosen.
pub fn closed_days(year: i32, choices: HolidayChoices) -> Vec<(NaiveDate, Holiday)> {
    let fixed = |month: u32, day: u32| NaiveDate::from_ymd_opt(year, month, day);
    let mut days: Vec<(Option<NaiveDate>, Holiday)> = vec![
        (fixed(1, 1), Holiday::Nytaarsdag),
        (fixed(12, 25), Holiday::Juledag),
        (fixed(12, 26), Holiday::AndenJuledag),
    ];
    if let Some(easter) = easter(year) {
        let shifted = |days: i64| {
            let magnitude = Days::new(days.unsigned_abs());
            if days < 0 {
                easter.checked_sub_days(magnitude)
            } else {
                easter.checked_add_days(magnitude)
            }
        };
        days.extend([
            (shifted(-3), Holiday::Skaertorsdag),
            (shifted(-2), Holiday::Langfredag),
            (shifted(0), Holiday::Paaskedag),
            (shifted(1), Holiday::AndenPaaskedag),
            (shifted(39), Holiday::KristiHimmelfartsdag),
            (shifted(49), Holiday::Pinsedag),
            (shifted(50), Holiday::AndenPinsedag),
        ]);
        if year <= LAST_STORE_BEDEDAG {
            days.push((shifted(26), Holiday::StoreBededag));
        }
    }
    for (chosen, day) in [
        (choices.grundlovsdag, (fixed(6, 5), Holiday::Grundlovsdag)),
        (
            choices.juleaftensdag,
            (fixed(12, 24), Holiday::Juleaftensdag),
        ),
        (
            choices.nytaarsaftensdag,
            (fixed(12, 31), Holiday::Nytaarsaftensdag),
        ),
    ] {
        if chosen {
            days.push(day);
        }
    }
    let mut dated: Vec<(NaiveDate, Holiday)> = days
        .into_iter()
        .filter_map(|(date, holiday)| date.map(|date| (date, holiday)))
        .collect();
    crate::order::sort_by(&mut dated, |(a, _), (b, _)| a.cmp(b));
    dated
}

/// The weekday's place in the week, Monday 0.
pub fn weekday_index(date: NaiveDate) -> usize {
    usize::try_from(date.weekday().num_days_from_monday()).unwrap_or(0)
}

/// How many of each weekday (Monday first) `year` has on which the contact centre is not closed.
pub fn open_days(year: i32, closed: &[(NaiveDate, Holiday)]) -> [u32; WEEKDAYS] {
    let mut counts = [0u32; WEEKDAYS];
    let Some(first) = NaiveDate::from_ymd_opt(year, 1, 1) else {
        return counts;
    };
    for date in first.iter_days().take_while(|date| date.year() == year) {
        if !closed.iter().any(|(day, _)| *day == date) {
            if let Some(count) = counts.get_mut(weekday_index(date)) {
                *count += 1;
            }
        }
    }
    counts
}

/// The weekday as chrono names it, Monday 0.
pub fn weekday(index: usize) -> Weekday {
    Weekday::try_from(u8::try_from(index % WEEKDAYS).unwrap_or(0)).unwrap_or(Weekday::Mon)
}
