//! The members area: who takes part, and the populations used.
//!
//! The area owns its section of the scenario ([`section`]), the changes a user makes to it ([`edit`]),
//! its section of the report ([`mod@report`]) and the ready-made member sets ([`presets`]). Every other area
//! builds on its resolved [`Member`]s.

pub mod edit;
pub mod field;
pub mod names;
pub mod presets;
pub mod report;
pub mod section;
pub mod text;

pub use crate::areas::members::field::Field;
use crate::areas::members::report::MembersReport;
use crate::areas::members::section::MemberSelection;
use crate::common::dataset::{self, Region};
use crate::common::error::{Error, Problem};
use serde::Serialize;
use std::cmp::Ordering;
use std::collections::BTreeSet;

/// No municipality can have more residents than Denmark; anything above is a typing error.
pub const MAX_POPULATION: i64 = 10_000_000;

/// A participating member with the population the engine uses for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Member {
    /// Danmarks Statistik's municipality code.
    pub code: u16,
    /// The municipality's name.
    pub name: String,
    /// The region it lies in.
    pub region: Region,
    /// The data set's population or the user's override.
    pub population: u64,
    /// Whether `population` is the user's override.
    pub population_overridden: bool,
}

/// The one largest-first ordering: larger population first, and on equal populations the lower code
/// first, so that every list built with it is deterministic. The bills and the leaving order both use it.
///
/// ```
/// use ddh_engine::members::{largest_first, resolve};
/// use ddh_engine::members::section::MemberSelection;
/// # fn main() -> Result<(), ddh_engine::error::Error> {
/// // Odder, Aarhus and Skanderborg (FOLK1A 2025K1).
/// let selection = MemberSelection { quarter: Default::default(), codes: vec![727, 751, 746], population_overrides: vec![] };
/// let mut members = resolve(&selection)?;
/// members.sort_by(largest_first);
/// let names: Vec<&str> = members.iter().map(|m| m.name.as_str()).collect();
/// assert_eq!(names, ["Aarhus", "Skanderborg", "Odder"]);
/// # Ok(())
/// # }
/// ```
pub fn largest_first(a: &Member, b: &Member) -> Ordering {
    b.population.cmp(&a.population).then(a.code.cmp(&b.code))
}

/// The members section of the report: the quarter and how many members, and how many with an override.
pub fn report(selection: &MemberSelection, members: &[Member]) -> MembersReport {
    MembersReport {
        quarter: selection.quarter,
        count: members.len(),
        overridden_count: members.iter().filter(|m| m.population_overridden).count(),
    }
}

/// The members of `selection`, ordered by code, with overrides applied.
///
/// # Errors
/// The first broken rule, naming its field: an empty set (`members.codes`), an unknown or repeated code
/// (`members.codes[i]`), an override for an unknown or repeated code, or a population at or below zero
/// or above [`MAX_POPULATION`] (`members.population_overrides[i].…`).
///
/// ```
/// use ddh_engine::members::resolve;
/// use ddh_engine::members::section::{MemberSelection, PopulationOverride};
/// # fn main() -> Result<(), ddh_engine::error::Error> {
/// let selection = MemberSelection {
///     quarter: Default::default(),
///     codes: vec![751, 727],
///     population_overrides: vec![PopulationOverride { code: 727, population: 25_000 }],
/// };
/// let members = resolve(&selection)?;
/// assert_eq!(members.iter().map(|m| (m.code, m.population)).collect::<Vec<_>>(),
///            vec![(727, 25_000), (751, 373_388)]); // Odder overridden; Aarhus from FOLK1A 2025K1
/// # Ok(())
/// # }
/// ```
pub fn resolve(selection: &MemberSelection) -> Result<Vec<Member>, Error> {
    check_overrides(selection)?;
    if selection.codes.is_empty() {
        return Err(Error::new(Field::Codes, Problem::NoMembers));
    }
    let mut seen = BTreeSet::new();
    let mut members = Vec::with_capacity(selection.codes.len());
    for (index, &code) in selection.codes.iter().enumerate() {
        let municipality = dataset::find(selection.quarter, code)
            .ok_or_else(|| Error::new(Field::Code(index), Problem::UnknownMunicipality { code }))?;
        if !seen.insert(code) {
            return Err(Error::new(Field::Code(index), Problem::Duplicate { code }));
        }
        let overridden = selection
            .population_overrides
            .iter()
            .find(|o| o.code == code);
        members.push(Member {
            code,
            name: municipality.name.clone(),
            region: municipality.region,
            // check_overrides proved every override positive, so the conversion holds.
            population: overridden
                .and_then(|o| u64::try_from(o.population).ok())
                .unwrap_or(municipality.population),
            population_overridden: overridden.is_some(),
        });
    }
    crate::common::order::sort_by(&mut members, |a, b| a.code.cmp(&b.code));
    Ok(members)
}

/// The members of `selection` as far as they can be known, for edits that must work while a field is
/// refused: unknown and repeated codes are left out, and an override that is not a valid population is
/// ignored in favour of the data set's figure. Ordered by code.
pub fn resolve_leniently(selection: &MemberSelection) -> Vec<Member> {
    let mut codes = selection.codes.clone();
    crate::common::order::sort_by(&mut codes, u16::cmp);
    codes.dedup();
    codes
        .into_iter()
        .filter_map(|code| {
            let municipality = dataset::find(selection.quarter, code)?;
            let overridden = selection
                .population_overrides
                .iter()
                .find(|o| o.code == code)
                .and_then(|o| u64::try_from(o.population).ok())
                .filter(|&p| p > 0 && p <= MAX_POPULATION.unsigned_abs());
            Some(Member {
                code,
                name: municipality.name.clone(),
                region: municipality.region,
                population: overridden.unwrap_or(municipality.population),
                population_overridden: overridden.is_some(),
            })
        })
        .collect()
}

/// Every override names a known municipality once, with a population above zero and below any real one.
fn check_overrides(selection: &MemberSelection) -> Result<(), Error> {
    let mut seen = BTreeSet::new();
    for (index, o) in selection.population_overrides.iter().enumerate() {
        if dataset::find(selection.quarter, o.code).is_none() {
            return Err(Error::new(
                Field::OverrideCode(index),
                Problem::UnknownMunicipality { code: o.code },
            ));
        }
        if !seen.insert(o.code) {
            return Err(Error::new(
                Field::OverrideCode(index),
                Problem::Duplicate { code: o.code },
            ));
        }
        let value = o.population.to_string();
        if o.population <= 0 {
            return Err(Error::new(
                Field::OverridePopulation(index),
                Problem::NotPositive { value },
            ));
        }
        if o.population > MAX_POPULATION {
            let max = MAX_POPULATION.to_string();
            return Err(Error::new(
                Field::OverridePopulation(index),
                Problem::TooLarge { value, max },
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    // `unwrap_err` asserts a refusal: a test that panics there has found a scenario wrongly accepted.
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use crate::areas::members::presets::NAMED_2024_25;
    use crate::areas::members::section::PopulationOverride;
    use crate::common::dataset::Quarter;

    fn selection(codes: &[u16], overrides: &[(u16, i64)]) -> MemberSelection {
        MemberSelection {
            quarter: Quarter::Q2025K1,
            codes: codes.to_vec(),
            population_overrides: overrides
                .iter()
                .map(|&(code, population)| PopulationOverride { code, population })
                .collect(),
        }
    }

    #[test]
    fn named_members_are_the_sources_13_with_their_population() -> Result<(), Error> {
        let members = resolve(&selection(&NAMED_2024_25, &[]))?;
        let names: Vec<&str> = members.iter().map(|m| m.name.as_str()).collect();
        for name in [
            "Aarhus",
            "Odder",
            "Frederikshavn",
            "Herning",
            "Skanderborg",
            "Viborg",
            "Egedal",
            "Odsherred",
            "Høje-Taastrup",
            "Furesø",
            "Horsens",
            "Vesthimmerlands",
            "Halsnæs",
        ] {
            assert!(names.contains(&name), "{name} missing");
        }
        assert_eq!(members.iter().map(|m| m.population).sum::<u64>(), 1_053_499);
        Ok(())
    }

    #[test]
    fn each_bad_selection_names_its_field() {
        let cases = [
            (selection(&[], &[]), "members.codes"),
            (selection(&[751, 9], &[]), "members.codes[1]"),
            (selection(&[751, 751], &[]), "members.codes[1]"),
            (
                selection(&[751], &[(751, 0)]),
                "members.population_overrides[0].population",
            ),
            (
                selection(&[751], &[(751, -5)]),
                "members.population_overrides[0].population",
            ),
            (
                selection(&[751], &[(751, 20_000_000)]),
                "members.population_overrides[0].population",
            ),
            (
                selection(&[751], &[(3, 10)]),
                "members.population_overrides[0].code",
            ),
        ];
        for (selection, field) in cases {
            assert_eq!(resolve(&selection).unwrap_err().field, field);
        }
    }

    #[test]
    fn an_override_for_a_municipality_not_ticked_is_kept_but_unused() -> Result<(), Error> {
        let members = resolve(&selection(&[751], &[(727, 1)]))?;
        assert_eq!(members.len(), 1);
        assert!(!members[0].population_overridden);
        Ok(())
    }
}
