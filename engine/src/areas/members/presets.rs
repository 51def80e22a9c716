//! Ready-made member sets with their sources: the members named in 2024–25, the 2018 membership, each
//! region, all, none. Depends only on the data set, so that the scenario's default and the member
//! rules can both use it without depending on each other.

use crate::common::dataset::{self, Quarter, Region};
use serde::Serialize;

/// The 13 municipalities named as members in the 2024–25 documents (steering-group minutes 18 April 2024,
/// assembly minutes 15 May 2025): Aarhus, Odder, Frederikshavn, Herning, Skanderborg, Viborg, Egedal,
/// Odsherred, Høje-Taastrup, Furesø, Horsens, Vesthimmerlands, Halsnæs.
pub const NAMED_2024_25: [u16; 13] = [
    751, 727, 813, 657, 746, 791, 240, 306, 169, 190, 615, 820, 260,
];

/// The municipalities that joined in January 2018 besides all of Midtjylland and Nordjylland:
/// Egedal, Roskilde, Halsnæs, Furesø, Fredensborg, Holbæk.
const JOINED_2018: [u16; 6] = [240, 265, 260, 190, 210, 316];

/// Which ready-made set a preset is. Its label and source are texts (`text.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PresetId {
    /// The 13 members named in the 2024–25 documents.
    Named2024To25,
    /// The 36 members of January 2018.
    Members2018,
    /// Every municipality of one region.
    Region(Region),
    /// All 98 municipalities.
    All,
    /// No members: the user picks.
    None,
}

impl PresetId {
    /// Every preset, in the order the app shows them.
    pub const ALL: [PresetId; 9] = [
        PresetId::Named2024To25,
        PresetId::Members2018,
        PresetId::Region(Region::Nordjylland),
        PresetId::Region(Region::Midtjylland),
        PresetId::Region(Region::Syddanmark),
        PresetId::Region(Region::Hovedstaden),
        PresetId::Region(Region::Sjaelland),
        PresetId::All,
        PresetId::None,
    ];

    /// A stable name for the preset, e.g. `named_2024_25` or `region_midtjylland`, for test hooks and links.
    pub fn slug(self) -> &'static str {
        match self {
            PresetId::Named2024To25 => "named_2024_25",
            PresetId::Members2018 => "members_2018",
            PresetId::Region(Region::Nordjylland) => "region_nordjylland",
            PresetId::Region(Region::Midtjylland) => "region_midtjylland",
            PresetId::Region(Region::Syddanmark) => "region_syddanmark",
            PresetId::Region(Region::Hovedstaden) => "region_hovedstaden",
            PresetId::Region(Region::Sjaelland) => "region_sjaelland",
            PresetId::All => "all",
            PresetId::None => "none",
        }
    }

    /// The preset's member codes in `quarter`, ascending.
    ///
    /// ```
    /// use ddh_engine::members::presets::PresetId;
    /// use ddh_engine::dataset::Quarter;
    /// assert_eq!(PresetId::Named2024To25.codes(Quarter::Q2025K1).len(), 13);
    /// assert_eq!(PresetId::Members2018.codes(Quarter::Q2025K1).len(), 36);
    /// assert_eq!(PresetId::All.codes(Quarter::Q2026K1).len(), 98);
    /// ```
    pub fn codes(self, quarter: Quarter) -> Vec<u16> {
        let all = dataset::municipalities(quarter).unwrap_or_default();
        let in_region = |region: Region| {
            all.iter()
                .filter(move |m| m.region == region)
                .map(|m| m.code)
        };
        let mut codes: Vec<u16> = match self {
            PresetId::Named2024To25 => NAMED_2024_25.into_iter().collect(),
            PresetId::Members2018 => in_region(Region::Midtjylland)
                .chain(in_region(Region::Nordjylland))
                .chain(JOINED_2018)
                .collect(),
            PresetId::Region(region) => in_region(region).collect(),
            PresetId::All => all.iter().map(|m| m.code).collect(),
            PresetId::None => Vec::new(),
        };
        crate::common::order::sort_by(&mut codes, u16::cmp);
        codes.dedup();
        codes
    }
}

/// The preset whose members are exactly `codes` (in any order), if any.
pub fn matching(quarter: Quarter, codes: &[u16]) -> Option<PresetId> {
    let mut sorted = codes.to_vec();
    crate::common::order::sort_by(&mut sorted, u16::cmp);
    PresetId::ALL
        .into_iter()
        .find(|preset| preset.codes(quarter) == sorted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::common::dataset::find;

    #[test]
    fn presets_have_the_documented_sizes() {
        let quarter = Quarter::Q2025K1;
        assert_eq!(PresetId::Region(Region::Sjaelland).codes(quarter).len(), 17);
        assert!(PresetId::None.codes(quarter).is_empty());
        let names_2018: Vec<&str> = PresetId::Members2018
            .codes(quarter)
            .into_iter()
            .filter_map(|code| find(quarter, code).map(|m| m.name.as_str()))
            .collect();
        for name in [
            "Egedal",
            "Roskilde",
            "Halsnæs",
            "Furesø",
            "Fredensborg",
            "Holbæk",
        ] {
            assert!(names_2018.contains(&name), "{name}");
        }
    }

    #[test]
    fn a_member_set_is_recognised_as_its_preset_in_any_order() {
        let mut codes = NAMED_2024_25.to_vec();
        codes.reverse();
        assert_eq!(
            matching(Quarter::Q2025K1, &codes),
            Some(PresetId::Named2024To25)
        );
        assert_eq!(matching(Quarter::Q2025K1, &[751]), None);
        assert_eq!(matching(Quarter::Q2025K1, &[]), Some(PresetId::None));
    }

    #[test]
    fn slugs_are_distinct() {
        let slugs: std::collections::BTreeSet<&str> =
            PresetId::ALL.iter().map(|p| p.slug()).collect();
        assert_eq!(slugs.len(), PresetId::ALL.len());
    }
}
