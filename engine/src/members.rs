//! Who takes part: the member set, its presets with their sources, and the populations used.

use crate::dataset::{self, Quarter, Region};
use crate::error::{Error, Problem};
use crate::scenario::MemberSelection;
use serde::Serialize;
use std::collections::BTreeSet;

/// No municipality can have more residents than Denmark; anything above is a typing error.
pub const MAX_POPULATION: i64 = 10_000_000;

/// The 13 municipalities named as members in the 2024–25 documents (steering-group minutes 18 April 2024,
/// assembly minutes 15 May 2025): Aarhus, Odder, Frederikshavn, Herning, Skanderborg, Viborg, Egedal,
/// Odsherred, Høje-Taastrup, Furesø, Horsens, Vesthimmerlands, Halsnæs.
pub const NAMED_2024_25: [u16; 13] = [
    751, 727, 813, 657, 746, 791, 240, 306, 169, 190, 615, 820, 260,
];

/// The municipalities that joined in January 2018 besides all of Midtjylland and Nordjylland:
/// Egedal, Roskilde, Halsnæs, Furesø, Fredensborg, Holbæk.
const JOINED_2018: [u16; 6] = [240, 265, 260, 190, 210, 316];

/// A ready-made member set, labelled with where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Preset {
    /// Stable identifier, e.g. `named_2024_25` or `region_midtjylland`.
    pub id: String,
    /// Short label for a button.
    pub label: String,
    /// Where the set comes from, shown next to it.
    pub source: String,
    /// Member codes, ascending.
    pub codes: Vec<u16>,
}

/// Every preset for `quarter`: the 2024–25 members, the 2018 membership, each region, all, none.
pub fn presets(quarter: Quarter) -> Vec<Preset> {
    let all = dataset::municipalities(quarter).unwrap_or_default();
    let in_region = |region: Region| {
        all.iter()
            .filter(move |m| m.region == region)
            .map(|m| m.code)
    };
    let sorted = |codes: &mut dyn Iterator<Item = u16>| -> Vec<u16> {
        codes.collect::<BTreeSet<u16>>().into_iter().collect()
    };
    let mut presets = vec![
        Preset {
            id: "named_2024_25".into(),
            label: "Nævnt 2024–25 (13)".into(),
            source: "Medlemmer nævnt i styregruppereferat 18.4.2024 og repræsentantskabsreferat 15.5.2025".into(),
            codes: sorted(&mut NAMED_2024_25.into_iter()),
        },
        Preset {
            id: "members_2018".into(),
            label: "Medlemmer 2018 (36)".into(),
            source: "Januar 2018: alle kommuner i Region Midtjylland og Region Nordjylland samt Egedal, Roskilde, Halsnæs, Furesø, Fredensborg og Holbæk".into(),
            codes: sorted(
                &mut in_region(Region::Midtjylland)
                    .chain(in_region(Region::Nordjylland))
                    .chain(JOINED_2018),
            ),
        },
    ];
    presets.extend(Region::ALL.into_iter().map(|region| Preset {
        id: format!("region_{region:?}").to_lowercase(),
        label: region.name().to_owned(),
        source: format!("Alle kommuner i {} (Danmarks Statistik)", region.name()),
        codes: sorted(&mut in_region(region)),
    }));
    presets.push(Preset {
        id: "all".into(),
        label: "Alle 98".into(),
        source: "Alle landets kommuner (Christiansø er ikke en kommune)".into(),
        codes: all.iter().map(|m| m.code).collect(),
    });
    presets.push(Preset {
        id: "none".into(),
        label: "Ingen".into(),
        source: "vælg selv i listen nedenfor".into(),
        codes: Vec::new(),
    });
    presets
}

/// A participating member with the population the engine uses for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Member {
    pub code: u16,
    pub name: String,
    pub region: Region,
    /// The data set's population or the user's override.
    pub population: u64,
    /// Whether `population` is the user's override.
    pub population_overridden: bool,
}

/// The members of `selection`, ordered by code, with overrides applied; the first broken rule as an error.
///
/// ```
/// use ddh_engine::members::resolve;
/// use ddh_engine::scenario::{MemberSelection, PopulationOverride};
/// let selection = MemberSelection {
///     quarter: Default::default(),
///     codes: vec![751, 727],
///     population_overrides: vec![PopulationOverride { code: 727, population: 25_000 }],
/// };
/// let members = resolve(&selection).unwrap();
/// assert_eq!((members[0].code, members[0].population), (727, 25_000));
/// assert_eq!((members[1].name.as_str(), members[1].population), ("Aarhus", 373_388));
/// ```
pub fn resolve(selection: &MemberSelection) -> Result<Vec<Member>, Error> {
    check_overrides(selection)?;
    if selection.codes.is_empty() {
        return Err(Error::new("members.codes", Problem::NoMembers));
    }
    let mut seen = BTreeSet::new();
    let mut members = Vec::with_capacity(selection.codes.len());
    for (index, &code) in selection.codes.iter().enumerate() {
        let field = format!("members.codes[{index}]");
        let municipality = dataset::find(selection.quarter, code)
            .ok_or_else(|| Error::new(&field, Problem::UnknownMunicipality { code }))?;
        if !seen.insert(code) {
            return Err(Error::new(field, Problem::Duplicate { code }));
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
    members.sort_by_key(|m| m.code);
    Ok(members)
}

/// Every override names a known municipality once, with a population above zero and below any real one.
fn check_overrides(selection: &MemberSelection) -> Result<(), Error> {
    let mut seen = BTreeSet::new();
    for (index, o) in selection.population_overrides.iter().enumerate() {
        let field = |name: &str| format!("members.population_overrides[{index}].{name}");
        if dataset::find(selection.quarter, o.code).is_none() {
            return Err(Error::new(
                field("code"),
                Problem::UnknownMunicipality { code: o.code },
            ));
        }
        if !seen.insert(o.code) {
            return Err(Error::new(
                field("code"),
                Problem::Duplicate { code: o.code },
            ));
        }
        let value = o.population.to_string();
        if o.population <= 0 {
            return Err(Error::new(
                field("population"),
                Problem::NotPositive { value },
            ));
        }
        if o.population > MAX_POPULATION {
            let max = MAX_POPULATION.to_string();
            return Err(Error::new(
                field("population"),
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
    use crate::scenario::PopulationOverride;

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
    fn presets_have_the_documented_sizes() -> Result<(), Error> {
        let presets = presets(Quarter::Q2025K1);
        let codes = |id: &str| {
            presets
                .iter()
                .find(|p| p.id == id)
                .map(|p| p.codes.clone())
                .unwrap_or_default()
        };
        assert_eq!(codes("named_2024_25").len(), 13);
        assert_eq!(codes("members_2018").len(), 36);
        assert_eq!(codes("region_sjaelland").len(), 17);
        assert_eq!(codes("all").len(), 98);
        assert!(presets.iter().any(|p| p.id == "none" && p.codes.is_empty()));
        let names_2018: Vec<String> = resolve(&selection(&codes("members_2018"), &[]))?
            .into_iter()
            .map(|m| m.name)
            .collect();
        for name in [
            "Egedal",
            "Roskilde",
            "Halsnæs",
            "Furesø",
            "Fredensborg",
            "Holbæk",
        ] {
            assert!(names_2018.contains(&name.to_owned()), "{name}");
        }
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
