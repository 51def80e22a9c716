//! The embedded data set: Denmark's 98 municipalities with their population per FOLK1A quarter.
//!
//! The CSV files are copied from the project's data folder as they are (header `code,name,region,population`),
//! so their provenance stays checkable. They are parsed once, on first use.

use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// A Danish region, by its ISO 3166-2:DK code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    /// DK-81 Region Nordjylland.
    Nordjylland,
    /// DK-82 Region Midtjylland.
    Midtjylland,
    /// DK-83 Region Syddanmark.
    Syddanmark,
    /// DK-84 Region Hovedstaden.
    Hovedstaden,
    /// DK-85 Region Sjælland.
    Sjaelland,
}

impl Region {
    /// All five regions, north to east, in ISO code order.
    pub const ALL: [Region; 5] = [
        Region::Nordjylland,
        Region::Midtjylland,
        Region::Syddanmark,
        Region::Hovedstaden,
        Region::Sjaelland,
    ];

    /// The region's name as Danmarks Statistik writes it in the data set (the Danish display name too).
    pub fn name(self) -> &'static str {
        match self {
            Region::Nordjylland => "Region Nordjylland",
            Region::Midtjylland => "Region Midtjylland",
            Region::Syddanmark => "Region Syddanmark",
            Region::Hovedstaden => "Region Hovedstaden",
            Region::Sjaelland => "Region Sjælland",
        }
    }

    fn from_name(name: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|region| region.name() == name)
    }
}

/// One municipality as the data set gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Municipality {
    /// Danmarks Statistik's municipality code, e.g. 751 for Aarhus.
    pub code: u16,
    /// Name in Danmarks Statistik's spelling, e.g. "Vesthimmerlands".
    pub name: String,
    /// The region it lies in.
    pub region: Region,
    /// Residents on the quarter's first day (FOLK1A).
    pub population: u64,
}

/// A FOLK1A quarter the engine carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Quarter {
    /// 1 January 2025; the default, the most thoroughly checked.
    #[default]
    #[serde(rename = "2025K1")]
    Q2025K1,
    /// 1 January 2026.
    #[serde(rename = "2026K1")]
    Q2026K1,
}

impl Quarter {
    /// Every quarter carried, oldest first.
    pub const ALL: [Quarter; 2] = [Quarter::Q2025K1, Quarter::Q2026K1];

    /// The quarter's label as Danmarks Statistik writes it ("2025K1").
    pub fn label(self) -> &'static str {
        match self {
            Quarter::Q2025K1 => "2025K1",
            Quarter::Q2026K1 => "2026K1",
        }
    }

    fn csv(self) -> &'static str {
        match self {
            Quarter::Q2025K1 => include_str!("../../data/kommuner-2025K1.csv"),
            Quarter::Q2026K1 => include_str!("../../data/kommuner-2026K1.csv"),
        }
    }
}

/// All municipalities of a quarter, ordered by code; `None` only if the embedded file were corrupt,
/// which the tests below rule out for every quarter.
pub fn municipalities(quarter: Quarter) -> Option<&'static [Municipality]> {
    static Q2025K1: OnceLock<Option<Vec<Municipality>>> = OnceLock::new();
    static Q2026K1: OnceLock<Option<Vec<Municipality>>> = OnceLock::new();
    let cell = match quarter {
        Quarter::Q2025K1 => &Q2025K1,
        Quarter::Q2026K1 => &Q2026K1,
    };
    cell.get_or_init(|| parse_csv(quarter.csv())).as_deref()
}

/// The municipality with `code` in `quarter`.
///
/// ```
/// use ddh_engine::dataset::{find, Quarter};
/// let aarhus = find(Quarter::Q2025K1, 751).map(|m| (m.name.as_str(), m.population));
/// assert_eq!(aarhus, Some(("Aarhus", 373_388)));
/// assert!(find(Quarter::Q2025K1, 9).is_none());
/// ```
pub fn find(quarter: Quarter, code: u16) -> Option<&'static Municipality> {
    let all = municipalities(quarter)?;
    all.binary_search_by_key(&code, |m| m.code)
        .ok()
        .and_then(|index| all.get(index))
}

fn parse_csv(text: &str) -> Option<Vec<Municipality>> {
    let mut lines = text.lines();
    if lines.next()?.trim() != "code,name,region,population" {
        return None;
    }
    let mut all = lines
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let mut fields = line.trim().split(',');
            let municipality = Municipality {
                code: fields.next()?.parse().ok()?,
                name: fields.next()?.to_owned(),
                region: Region::from_name(fields.next()?)?,
                population: fields.next()?.parse().ok()?,
            };
            fields.next().is_none().then_some(municipality)
        })
        .collect::<Option<Vec<_>>>()?;
    crate::common::order::sort_by(&mut all, |a, b| a.code.cmp(&b.code));
    Some(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    type TestResult = Result<(), &'static str>;

    #[test]
    fn every_quarter_has_98_municipalities_with_distinct_codes() -> TestResult {
        for quarter in Quarter::ALL {
            let all = municipalities(quarter).ok_or("embedded file unreadable")?;
            assert_eq!(all.len(), 98, "{}", quarter.label());
            let mut codes: Vec<u16> = all.iter().map(|m| m.code).collect();
            codes.dedup();
            assert_eq!(codes.len(), 98);
        }
        Ok(())
    }

    #[test]
    fn totals_and_spot_checks_match_the_sources_notes() -> TestResult {
        let all = municipalities(Quarter::Q2025K1).ok_or("2025K1 unreadable")?;
        assert_eq!(all.iter().map(|m| m.population).sum::<u64>(), 5_992_644);
        let population = |code| find(Quarter::Q2025K1, code).map(|m| m.population);
        assert_eq!(population(751), Some(373_388));
        assert_eq!(population(101), Some(667_099));
        assert_eq!(population(825), Some(1_719));
        let later = municipalities(Quarter::Q2026K1).ok_or("2026K1 unreadable")?;
        assert_eq!(later.iter().map(|m| m.population).sum::<u64>(), 6_025_511);
        Ok(())
    }

    #[test]
    fn region_counts_match_the_sources_notes() -> TestResult {
        let all = municipalities(Quarter::Q2025K1).ok_or("2025K1 unreadable")?;
        let count = |region| all.iter().filter(|m| m.region == region).count();
        assert_eq!(count(Region::Hovedstaden), 29);
        assert_eq!(count(Region::Sjaelland), 17);
        assert_eq!(count(Region::Syddanmark), 22);
        assert_eq!(count(Region::Midtjylland), 19);
        assert_eq!(count(Region::Nordjylland), 11);
        Ok(())
    }

    #[test]
    fn a_malformed_file_is_refused_not_half_read() {
        assert_eq!(parse_csv("code,name\n1,x"), None);
        assert_eq!(
            parse_csv("code,name,region,population\n1,x,Region Nowhere,5"),
            None
        );
        assert_eq!(
            parse_csv("code,name,region,population\n1,x,Region Sjælland,5,6"),
            None
        );
    }
}
