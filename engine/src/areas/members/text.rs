//! What the members area says to a person, one table per language: the ready-made member sets' labels
//! and sources.

use crate::areas::members::presets::PresetId;
use crate::common::dataset::Region;

/// The members area's words, in one language.
pub struct Texts {
    /// A preset's short label, for a button.
    pub preset_label: fn(PresetId) -> &'static str,
    /// Where a preset's member set comes from.
    pub preset_source: fn(PresetId) -> &'static str,
}

/// Danish.
pub static DA: Texts = Texts {
    preset_label: |preset| match preset {
        PresetId::Named2024To25 => "Nævnt 2024–25 (13)",
        PresetId::Members2018 => "Medlemmer 2018 (36)",
        PresetId::Region(region) => region.name(),
        PresetId::All => "Alle 98",
        PresetId::None => "Ingen",
    },
    preset_source: |preset| {
        match preset {
            PresetId::Named2024To25 => {
                "Medlemmer nævnt i styregruppereferat 18.4.2024 og repræsentantskabsreferat 15.5.2025"
            }
            PresetId::Members2018 => {
                "Januar 2018: alle kommuner i Region Midtjylland og Region Nordjylland samt Egedal, Roskilde, \
                 Halsnæs, Furesø, Fredensborg og Holbæk"
            }
            PresetId::Region(Region::Nordjylland) => "Alle kommuner i Region Nordjylland (Danmarks Statistik)",
            PresetId::Region(Region::Midtjylland) => "Alle kommuner i Region Midtjylland (Danmarks Statistik)",
            PresetId::Region(Region::Syddanmark) => "Alle kommuner i Region Syddanmark (Danmarks Statistik)",
            PresetId::Region(Region::Hovedstaden) => "Alle kommuner i Region Hovedstaden (Danmarks Statistik)",
            PresetId::Region(Region::Sjaelland) => "Alle kommuner i Region Sjælland (Danmarks Statistik)",
            PresetId::All => "Alle landets kommuner (Christiansø er ikke en kommune)",
            PresetId::None => "vælg selv i listen nedenfor",
        }
    },
};

/// English.
pub static EN: Texts = Texts {
    preset_label: |preset| match preset {
        PresetId::Named2024To25 => "Named 2024–25 (13)",
        PresetId::Members2018 => "Members 2018 (36)",
        PresetId::Region(Region::Nordjylland) => "North Denmark Region",
        PresetId::Region(Region::Midtjylland) => "Central Denmark Region",
        PresetId::Region(Region::Syddanmark) => "Region of Southern Denmark",
        PresetId::Region(Region::Hovedstaden) => "Capital Region of Denmark",
        PresetId::Region(Region::Sjaelland) => "Region Zealand",
        PresetId::All => "All 98",
        PresetId::None => "None",
    },
    preset_source: |preset| match preset {
        PresetId::Named2024To25 => {
            "Members named in the steering group minutes of 18 April 2024 and the board of \
                 representatives minutes of 15 May 2025"
        }
        PresetId::Members2018 => {
            "January 2018: all municipalities in the Central Denmark Region and the North Denmark \
                 Region, plus Egedal, Roskilde, Halsnæs, Furesø, Fredensborg and Holbæk"
        }
        PresetId::Region(Region::Nordjylland) => {
            "All municipalities in the North Denmark Region (Statistics Denmark)"
        }
        PresetId::Region(Region::Midtjylland) => {
            "All municipalities in the Central Denmark Region (Statistics Denmark)"
        }
        PresetId::Region(Region::Syddanmark) => {
            "All municipalities in the Region of Southern Denmark (Statistics Denmark)"
        }
        PresetId::Region(Region::Hovedstaden) => {
            "All municipalities in the Capital Region of Denmark (Statistics Denmark)"
        }
        PresetId::Region(Region::Sjaelland) => {
            "All municipalities in Region Zealand (Statistics Denmark)"
        }
        PresetId::All => "All municipalities in Denmark (Christiansø is not a municipality)",
        PresetId::None => "choose them yourself in the list below",
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_region_preset_is_named_in_english_in_the_english_table() {
        for region in Region::ALL {
            assert_ne!((EN.preset_label)(PresetId::Region(region)), region.name());
        }
    }
}
