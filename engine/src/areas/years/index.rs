//! The net price index (nettoprisindeks, Danmarks Statistik, 2015=100), January values: the ones known
//! from a public source, carried in `engine/data/nettoprisindeks-januar.csv` with that source, and the
//! ones the user types (later years, which the tool never invents). A value on a later base (Danmarks
//! Statistik may rebase to 2025=100) counts only through the chaining factor the user gives for that
//! base, so two bases are never mixed silently.
//!
//! Regulating a cost is exact: an amount in the prices of year B is, in the budget for year Y,
//! `amount × I(January Y−1) / I(January B−1)` (the yearly steps of § 6.1.3 chained, [`factor`]), and
//! the kroner are rounded to the øre once, half away from zero ([`regulate`]).

use crate::areas::years::field::Field;
use crate::areas::years::section::IndexSeries;
use crate::common::error::{Error, Problem};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// The base every value is brought to: 2015=100.
pub const BASE_2015: u16 = 2015;

/// A January value as the data file or the user gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexValue {
    /// The year whose January it is.
    pub year: i32,
    /// The index, on `base`.
    pub value: Decimal,
    /// The year the index is 100 in: 2015, or a later base with its chaining factor.
    #[serde(default = "base_2015")]
    pub base: u16,
}

fn base_2015() -> u16 {
    BASE_2015
}

/// How a later base is brought to 2015=100: points on 2015=100 per point on `base` (the later base's
/// reference level on 2015=100, divided by 100), as Danmarks Statistik publishes it with a rebasing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chain {
    /// The later base, e.g. 2025.
    pub base: u16,
    /// Points on 2015=100 per point on `base`.
    pub factor: Decimal,
}

/// Where a January value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IndexSource {
    /// Danmarks Statistik, as carried in the data file ([`SOURCE`]).
    Published,
    /// Typed or imported by the user.
    Typed,
}

/// A January value found for a year, brought to 2015=100 by `chain` (1 on 2015=100).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct IndexPoint {
    /// The year whose January it is.
    pub year: i32,
    /// The value as given.
    pub value: Decimal,
    /// Its base.
    pub base: u16,
    /// Points on 2015=100 per point of `value`'s base (1 on 2015=100).
    pub chain: Decimal,
    /// Where it came from.
    pub source: IndexSource,
}

/// The source of the published values, as the data file names it.
pub const SOURCE: &str = "Danmarks Statistik, nettoprisindeks (PRIS116), januar, 2015=100";

/// The January values carried with the engine, oldest first; `None` only if the embedded file were
/// corrupt, which a test rules out.
pub fn published() -> Option<&'static [IndexValue]> {
    static VALUES: OnceLock<Option<Vec<IndexValue>>> = OnceLock::new();
    VALUES
        .get_or_init(|| parse_csv(include_str!("../../../data/nettoprisindeks-januar.csv")))
        .as_deref()
}

/// `year,month,npi_2015eq100,source`: January rows with a value; the rows the source leaves empty
/// (not found) are skipped.
fn parse_csv(text: &str) -> Option<Vec<IndexValue>> {
    let mut lines = text.lines();
    if !lines.next()?.starts_with("year,month,npi_2015eq100,source") {
        return None;
    }
    let mut values = Vec::new();
    for line in lines.filter(|line| !line.trim().is_empty()) {
        let mut cells = line.splitn(4, ',');
        let year: i32 = cells.next()?.parse().ok()?;
        let month = cells.next()?;
        let value = cells.next()?;
        if month != "1" {
            return None;
        }
        if !value.is_empty() {
            values.push(IndexValue {
                year,
                value: value.parse().ok()?,
                base: BASE_2015,
            });
        }
    }
    Some(values)
}

/// The January value of `year`: the user's where it typed one, else the published one; on a later
/// base, with that base's chaining factor.
///
/// # Errors
/// [`Problem::Missing`] at `years.index.january[year]` when neither has the year;
/// [`Problem::NoChain`] at the value's base when its base has no chaining factor.
pub fn january(year: i32, series: &IndexSeries) -> Result<IndexPoint, Error> {
    let typed = series.values.iter().position(|v| v.year == year);
    let (value, source) = match typed.and_then(|i| series.values.get(i)) {
        Some(value) => (*value, IndexSource::Typed),
        None => {
            let published = published().unwrap_or_default();
            let value = published.iter().find(|v| v.year == year).copied();
            let value = value.ok_or_else(|| Error::new(Field::January(year), Problem::Missing))?;
            (value, IndexSource::Published)
        }
    };
    let chain = if value.base == BASE_2015 {
        Decimal::ONE
    } else {
        let chain = series.chains.iter().find(|c| c.base == value.base);
        let field = Field::IndexBase(typed.unwrap_or(0));
        chain
            .map(|c| c.factor)
            .ok_or_else(|| Error::new(field, Problem::NoChain { base: value.base }))?
    };
    Ok(IndexPoint {
        year,
        value: value.value,
        base: value.base,
        chain,
        source,
    })
}

/// The chained factor from the prices of one budget year to another's, `to / from` on 2015=100, as
/// an exact fraction: numerator and denominator.
pub fn factor(to: &IndexPoint, from: &IndexPoint) -> (Decimal, Decimal) {
    (to.value * to.chain, from.value * from.chain)
}

/// `ore_numerator / denominator` kroner·100 regulated by `factor` (`to / from`), rounded once to
/// whole øre, half away from zero; `None` when the exact product leaves 128 bits.
///
/// The budget for 2024 of 100.000 kr. in 2023's prices, with January 2022 at 107,9 and January 2023
/// at 117,4 (2015=100): 100.000 × 117,4 / 107,9 = 108.804,45 kr.
/// ```
/// use ddh_engine::years::index::regulate;
/// use rust_decimal::Decimal;
/// let ore = regulate(10_000_000, 1, (Decimal::new(1174, 1), Decimal::new(1079, 1)));
/// assert_eq!(ore, Some(10_880_445));
/// ```
pub fn regulate(ore_numerator: i128, denominator: i128, factor: (Decimal, Decimal)) -> Option<i64> {
    let (to, from) = factor;
    // a/10^s for each decimal: the product's scales move to the other side of the fraction.
    let (to_mantissa, to_scale) = (to.mantissa(), to.scale());
    let (from_mantissa, from_scale) = (from.mantissa(), from.scale());
    let numerator = ore_numerator
        .checked_mul(to_mantissa)?
        .checked_mul(10i128.checked_pow(from_scale)?)?;
    let denominator = denominator
        .checked_mul(from_mantissa)?
        .checked_mul(10i128.checked_pow(to_scale)?)?;
    i64::try_from(divide_half_away(numerator, denominator)?).ok()
}

/// `numerator / denominator` rounded to an integer, half away from zero; `None` for a zero divisor.
pub fn divide_half_away(numerator: i128, denominator: i128) -> Option<i128> {
    if denominator == 0 {
        return None;
    }
    let negative = (numerator < 0) != (denominator < 0);
    let (n, d) = (numerator.unsigned_abs(), denominator.unsigned_abs());
    let rounded = n.checked_mul(2)?.checked_add(d)? / d.checked_mul(2)?;
    let rounded = i128::try_from(rounded).ok()?;
    Some(if negative { -rounded } else { rounded })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn the_published_values_are_the_sources_2019_to_2024() {
        let years: Vec<(i32, String)> = published()
            .unwrap()
            .iter()
            .map(|v| (v.year, v.value.to_string()))
            .collect();
        let expected = [
            (2019, "102.6"),
            (2020, "103.6"),
            (2021, "103.8"),
            (2022, "107.9"),
            (2023, "117.4"),
            (2024, "118.1"),
        ];
        assert_eq!(
            years,
            expected.map(|(y, v)| (y, v.to_owned())).to_vec(),
            "2025 and 2026 are not known and are not invented"
        );
    }

    #[test]
    fn rounding_is_half_away_from_zero_once() {
        assert_eq!(divide_half_away(5, 2), Some(3));
        assert_eq!(divide_half_away(-5, 2), Some(-3));
        assert_eq!(divide_half_away(5, -2), Some(-3));
        assert_eq!(divide_half_away(-5, -2), Some(3));
        assert_eq!(divide_half_away(0, -3), Some(0));
        assert_eq!(divide_half_away(7, 3), Some(2));
        assert_eq!(divide_half_away(1, 0), None);
        // 1 øre × 1,5: exactly half, up; a decimal division first would not change it, but 2/3 of
        // an øre is 1, and 1/3 is 0.
        let one_and_a_half = (Decimal::new(15, 1), Decimal::ONE);
        assert_eq!(regulate(1, 1, one_and_a_half), Some(2));
        assert_eq!(regulate(2, 3, (Decimal::ONE, Decimal::ONE)), Some(1));
        assert_eq!(regulate(1, 3, (Decimal::ONE, Decimal::ONE)), Some(0));
    }
}
