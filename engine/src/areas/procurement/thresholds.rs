//! The EU thresholds as data: one row per category and period, with its source. The threshold that
//! applies is the one in force on the day the procurement is launched; a date outside every row is
//! refused with the periods that are known, never guessed.

use super::section::Category;
use crate::areas::procurement::field::Field;
use crate::areas::procurement::report::ThresholdReport;
use crate::common::date::Date;
use crate::common::error::{DatePeriod, Error, Problem};
use crate::common::money::{round_half_away, Money};
use rust_decimal::Decimal;

/// One threshold in force from `from` to `to`, both days included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThresholdRow {
    /// The contracting authority and kind of contract.
    pub category: Category,
    /// First day in force, `(year, month, day)`.
    pub from: (i32, u32, u32),
    /// Last day in force.
    pub to: (i32, u32, u32),
    /// Kroner excl. VAT.
    pub kroner: i64,
    /// The threshold in euro, as the directive states it.
    pub euro: i64,
    /// Where the figure is published.
    pub source: &'static str,
}

pub(crate) const NOTICE_2024: &str =
    "Konkurrence- og Forbrugerstyrelsen, Tærskelværdier 2024 og 2025";
pub(crate) const NOTICE_2026: &str =
    "Kommissionens delegerede forordning (EU) 2025/2152 og meddelelse C/2025/5732 (2026–27)";
pub(crate) const LIGHT_2026: &str =
    "750.000 euro × 7,46 kr., kursen i meddelelse C/2025/5732 (2026–27); direktivets faste beløb";
const Y2024: (i32, u32, u32) = (2024, 1, 1);
const Y2025_END: (i32, u32, u32) = (2025, 12, 31);
const Y2026: (i32, u32, u32) = (2026, 1, 1);
const Y2027_END: (i32, u32, u32) = (2027, 12, 31);

/// Every threshold this build knows.
pub const THRESHOLDS: [ThresholdRow; 8] = [
    row(
        Category::MunicipalSuppliesServices,
        Y2024,
        Y2025_END,
        1_644_638,
        221_000,
        NOTICE_2024,
    ),
    row(
        Category::MunicipalSuppliesServices,
        Y2026,
        Y2027_END,
        1_611_360,
        216_000,
        NOTICE_2026,
    ),
    row(
        Category::CentralSuppliesServices,
        Y2024,
        Y2025_END,
        1_064_177,
        143_000,
        NOTICE_2024,
    ),
    row(
        Category::CentralSuppliesServices,
        Y2026,
        Y2027_END,
        1_044_400,
        140_000,
        NOTICE_2026,
    ),
    row(
        Category::Works,
        Y2024,
        Y2025_END,
        41_212_688,
        5_538_000,
        NOTICE_2024,
    ),
    row(
        Category::Works,
        Y2026,
        Y2027_END,
        40_313_840,
        5_404_000,
        NOTICE_2026,
    ),
    row(
        Category::SocialServices,
        Y2024,
        Y2025_END,
        5_581_350,
        750_000,
        NOTICE_2024,
    ),
    row(
        Category::SocialServices,
        Y2026,
        Y2027_END,
        5_595_000,
        750_000,
        LIGHT_2026,
    ),
];

const fn row(
    category: Category,
    from: (i32, u32, u32),
    to: (i32, u32, u32),
    kroner: i64,
    euro: i64,
    source: &'static str,
) -> ThresholdRow {
    ThresholdRow {
        category,
        from,
        to,
        kroner,
        euro,
        source,
    }
}

impl ThresholdRow {
    fn first_day(&self) -> Option<Date> {
        Date::from_ymd(self.from.0, self.from.1, self.from.2)
    }

    fn last_day(&self) -> Option<Date> {
        Date::from_ymd(self.to.0, self.to.1, self.to.2)
    }

    /// The threshold as money.
    pub fn amount(&self) -> Money {
        Money::from_ore(self.kroner * 100)
    }

    /// The check of `value` against this row.
    pub fn figures(&self, value: Money) -> ThresholdReport {
        let threshold = self.amount();
        let headroom = Money::from_kroner(threshold.kroner() - value.kroner());
        let percent = value
            .kroner()
            .checked_mul(Decimal::ONE_HUNDRED)
            .and_then(|scaled| scaled.checked_div(threshold.kroner()))
            .map(|share| round_half_away(share, 2))
            .unwrap_or_default();
        ThresholdReport {
            category: self.category,
            from: self.first_day().unwrap_or_default(),
            to: self.last_day().unwrap_or_default(),
            threshold,
            euro: self.euro,
            source: self.source.to_owned(),
            value,
            at_or_above: value.kroner() >= threshold.kroner(),
            headroom,
            percent_of_threshold: percent,
        }
    }
}

/// The row for `category` in force on `date`.
///
/// # Errors
/// [`Problem::DateOutsideRules`] at `procurement.launch_date`, listing the known periods.
///
/// ```
/// use ddh_engine::date::Date;
/// use ddh_engine::procurement::{section::Category, thresholds::in_force};
/// let day = |y, m, d| Date::from_ymd(y, m, d).unwrap_or_default();
/// let municipal = Category::MunicipalSuppliesServices;
/// assert_eq!(in_force(municipal, day(2025, 12, 31)).map(|r| r.kroner), Ok(1_644_638));
/// assert_eq!(in_force(municipal, day(2026, 1, 1)).map(|r| r.kroner), Ok(1_611_360));
/// assert!(in_force(municipal, day(2023, 12, 31)).is_err());
/// ```
pub fn in_force(category: Category, date: Date) -> Result<ThresholdRow, Error> {
    let rows = THRESHOLDS.iter().filter(|row| row.category == category);
    let found = rows.clone().find(|row| {
        row.first_day().is_some_and(|from| from <= date)
            && row.last_day().is_some_and(|to| date <= to)
    });
    found.copied().ok_or_else(|| {
        let periods = rows
            .map(|row| DatePeriod {
                from: row.first_day().unwrap_or_default().to_string(),
                to: row.last_day().unwrap_or_default().to_string(),
            })
            .collect();
        Error::new(
            Field::LaunchDate,
            Problem::DateOutsideRules {
                date: date.to_string(),
                periods,
            },
        )
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn every_row_has_real_dates_and_every_category_two_periods() {
        for row in THRESHOLDS {
            assert!(row.first_day() < row.last_day(), "{row:?}");
            assert!(!row.source.is_empty());
        }
        for category in Category::ALL {
            assert_eq!(
                THRESHOLDS.iter().filter(|r| r.category == category).count(),
                2
            );
        }
    }

    #[test]
    fn the_kroner_are_the_euro_at_the_notices_rate_for_2026() {
        // The 2026–27 notice converts at 7,46 kr. per euro; a typing error in a row shows here.
        for row in THRESHOLDS.iter().filter(|r| r.from == Y2026) {
            assert_eq!(row.kroner * 100, row.euro * 746, "{row:?}");
        }
    }

    #[test]
    fn a_date_after_every_row_names_the_known_periods() {
        let date = Date::from_ymd(2028, 1, 1).unwrap_or_default();
        let error = in_force(Category::Works, date).unwrap_err();
        assert_eq!(error.field, "procurement.launch_date");
        let Problem::DateOutsideRules { periods, .. } = error.problem else {
            unreachable!("{error:?}")
        };
        assert_eq!(periods.len(), 2);
        assert_eq!(periods[1].to, "2027-12-31");
    }
}
