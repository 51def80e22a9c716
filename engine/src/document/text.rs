//! Everything the engine says to a person, one table per language: the common ground's words (`crate::words`), each
//! area's own (`ddh_engine::members::text`, …), and the names the default scenario carries, gathered so that
//! choosing a language is one choice. The app's own text table holds a reference to this one.

use crate::scenario::Scenario;

/// What the engine says, in one language.
pub struct Messages {
    /// The common ground's words: numbers, refusals, regions, quarters.
    pub words: &'static crate::words::Messages,
    /// The members area's: the ready-made sets.
    pub members: &'static crate::areas::members::text::Texts,
    /// The tender area's: how the bills are rounded.
    pub tender: &'static crate::areas::tender::text::Texts,
    /// The procurement area's: its citations.
    pub procurement: &'static crate::areas::procurement::text::Texts,
    /// The names in the default scenario, which the sources give in Danish.
    pub default_names: &'static DefaultNames,
}

/// The names the default scenario carries ([`Scenario::default`]), in one language: its own name, its
/// cost items' and its offers' (in their order, ids 1 to 5), and the offers' sources.
pub struct DefaultNames {
    /// The scenario's own name.
    pub scenario: &'static str,
    /// The cost items' names, by id.
    pub cost_items: [&'static str; 5],
    /// The offers' names, by id.
    pub offers: [&'static str; 5],
    /// The minutes the FrontDesk offers come from.
    pub frontdesk_source: &'static str,
    /// The minutes Assistent Annie's offer comes from.
    pub annie_source: &'static str,
}

/// The default scenario's names in Danish, as the sources give them.
pub static DEFAULT_NAMES_DA: DefaultNames = DefaultNames {
    scenario: "Lille udbud, medlemmerne nævnt 2024–25",
    cost_items: [
        "Konsulent",
        "Jura",
        "IT (DBA/GDPR)",
        "Anskaffelse",
        "Implementering",
    ],
    offers: [
        "FrontDesk, listepris",
        "FrontDesk, første udspil",
        "FrontDesk, andet tilbud",
        "FrontDesk, endeligt tilbud (156.000 + 12.000)",
        "Assistent Annie (15–20.000 kr. pr. måned)",
    ],
    frontdesk_source: "Repræsentantskabsmøde 15. maj 2025, punkt 15",
    annie_source: "Styregruppemøde 18. april 2024, punkt 9",
};

/// The default scenario's names in English.
pub static DEFAULT_NAMES_EN: DefaultNames = DefaultNames {
    scenario: "Small tender, the members named 2024–25",
    cost_items: [
        "Consultant",
        "Legal",
        "IT (DBA/GDPR)",
        "Acquisition",
        "Implementation",
    ],
    offers: [
        "FrontDesk, list price",
        "FrontDesk, first proposal",
        "FrontDesk, second offer",
        "FrontDesk, final offer (156,000 + 12,000)",
        "Assistent Annie (DKK 15–20,000 a month)",
    ],
    frontdesk_source: "Board of representatives, meeting of 15 May 2025, item 15",
    annie_source: "Steering group, meeting of 18 April 2024, item 9",
};

/// The default scenario with its names in the language of `messages`; in Danish, the default itself.
pub fn default_scenario(messages: &Messages) -> Scenario {
    let mut scenario = Scenario::default();
    rename_defaults(&mut scenario, &DEFAULT_NAMES_DA, messages.default_names);
    scenario
}

/// Gives each name that is still the default's in one language (`from`) the default's name in
/// another (`to`), as the language is switched; a name the user has changed stays as it is.
pub fn rename_defaults(scenario: &mut Scenario, from: &DefaultNames, to: &DefaultNames) {
    let rename = |name: &mut String, was: &str, becomes: &str| {
        if name == was {
            *name = becomes.to_owned();
        }
    };
    rename(&mut scenario.name, from.scenario, to.scenario);
    let items = from.cost_items.iter().zip(to.cost_items);
    for (index, (was, becomes)) in items.enumerate() {
        let id = u32::try_from(index + 1).unwrap_or(u32::MAX);
        if let Some(item) = scenario
            .tender
            .cost_items
            .iter_mut()
            .find(|item| item.id == id)
        {
            rename(&mut item.name, was, becomes);
        }
    }
    let offers = from.offers.iter().zip(to.offers);
    for (index, (was, becomes)) in offers.enumerate() {
        let id = u32::try_from(index + 1).unwrap_or(u32::MAX);
        if let Some(offer) = scenario
            .procurement
            .offers
            .iter_mut()
            .find(|offer| offer.id == id)
        {
            rename(&mut offer.name, was, becomes);
            rename(
                &mut offer.source,
                from.frontdesk_source,
                to.frontdesk_source,
            );
            rename(&mut offer.source, from.annie_source, to.annie_source);
        }
    }
}

/// Danish, the users' language and the default.
pub static DA: Messages = Messages {
    words: &crate::words::DA,
    members: &crate::areas::members::text::DA,
    tender: &crate::areas::tender::text::DA,
    procurement: &crate::areas::procurement::text::DA,
    default_names: &DEFAULT_NAMES_DA,
};

/// English, for the app's English build.
pub static EN: Messages = Messages {
    words: &crate::words::EN,
    members: &crate::areas::members::text::EN,
    tender: &crate::areas::tender::text::EN,
    procurement: &crate::areas::procurement::text::EN,
    default_names: &DEFAULT_NAMES_EN,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switching_language_renames_what_is_still_the_default_and_keeps_what_the_user_named() {
        let mut scenario = Scenario::default();
        if let Some(item) = scenario.tender.cost_items.first_mut() {
            item.name = "Rådgiver".to_owned();
        }
        rename_defaults(&mut scenario, &DEFAULT_NAMES_DA, &DEFAULT_NAMES_EN);
        let names: Vec<&str> = scenario
            .tender
            .cost_items
            .iter()
            .map(|i| i.name.as_str())
            .collect();
        assert_eq!(
            names,
            [
                "Rådgiver",
                "Legal",
                "IT (DBA/GDPR)",
                "Acquisition",
                "Implementation"
            ]
        );
        assert_eq!(scenario.name, DEFAULT_NAMES_EN.scenario);
        rename_defaults(&mut scenario, &DEFAULT_NAMES_EN, &DEFAULT_NAMES_DA);
        let mut danish = Scenario::default();
        if let Some(item) = danish.tender.cost_items.first_mut() {
            item.name = "Rådgiver".to_owned();
        }
        assert_eq!(scenario, danish);
    }

    #[test]
    fn the_default_scenario_in_danish_is_the_default_and_in_english_differs_only_in_its_names() {
        assert_eq!(default_scenario(&DA), Scenario::default());
        let mut english = default_scenario(&EN);
        assert_eq!(english.name, EN.default_names.scenario);
        assert_eq!(
            english.procurement.offers.last().map(|o| o.source.as_str()),
            Some(EN.default_names.annie_source)
        );
        // Named as the Danish default, the English one is the default: only names differ.
        english.name = DA.default_names.scenario.to_owned();
        for (item, name) in english
            .tender
            .cost_items
            .iter_mut()
            .zip(DA.default_names.cost_items)
        {
            item.name = name.to_owned();
        }
        for (offer, danish) in english
            .procurement
            .offers
            .iter_mut()
            .zip(&Scenario::default().procurement.offers)
        {
            offer.name = danish.name.clone();
            offer.source = danish.source.clone();
        }
        assert_eq!(english, Scenario::default());
    }

    #[test]
    fn a_region_preset_is_named_as_the_words_name_its_region_in_each_language() {
        use crate::dataset::Region;
        use crate::presets::PresetId;
        for messages in [&DA, &EN] {
            for region in Region::ALL {
                assert_eq!(
                    (messages.members.preset_label)(PresetId::Region(region)),
                    (messages.words.region)(region)
                );
            }
        }
    }
}
