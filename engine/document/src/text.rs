//! Everything the engine says to a person, one table per language.
//!
//! The engine's data carries no sentences: errors are [`Problem`]s with their values, presets are
//! [`PresetId`]s, quarters are [`Quarter`]s. A language's [`Messages`] turns them into text. Each
//! field of the table is filled for every language and each function matches every case, so a new
//! language is one more `const` that the compiler checks for completeness. The app's own text table
//! holds a reference to the engine's, so that choosing a language is one choice.

use crate::danish;
use crate::dataset::{Quarter, Region};
use crate::english;
use crate::error::{Counted, Problem, Unreadable};
use crate::presets::PresetId;
use crate::scenario::Scenario;

/// What the engine says, in one language.
pub struct Messages {
    /// A number as the engine writes it (`1550000.5`) in this language's form (`1.550.000,5`).
    pub number: fn(&str) -> String,
    /// The sentence for a refused field, without the field's name.
    pub problem: fn(&Problem) -> String,
    /// A preset's short label, for a button.
    pub preset_label: fn(PresetId) -> &'static str,
    /// Where a preset's member set comes from.
    pub preset_source: fn(PresetId) -> &'static str,
    /// A region's name.
    pub region: fn(Region) -> &'static str,
    /// A region's short name, for a narrow column.
    pub region_short: fn(Region) -> &'static str,
    /// Where a quarter's populations come from.
    pub quarter_source: fn(Quarter) -> &'static str,
    /// How the engine rounds, stated once beside the figures.
    pub rounding: &'static str,
    /// A citation the engine's data gives in Danish (a threshold's source, the act's sections behind
    /// the contract value) in this language; one it does not know as it is.
    pub cited: fn(&str) -> &str,
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

/// The engine's citations as it gives them: in Danish.
fn as_cited(citation: &str) -> &str {
    citation
}

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
    number: danish::number,
    problem: problem_da,
    preset_label: |preset| match preset {
        PresetId::Named2024To25 => "Nævnt 2024–25 (13)",
        PresetId::Members2018 => "Medlemmer 2018 (36)",
        PresetId::Region(region) => region.name(),
        PresetId::All => "Alle 98",
        PresetId::None => "Ingen",
    },
    preset_source: |preset| match preset {
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
    },
    region: Region::name,
    region_short: |region| match region {
        Region::Nordjylland => "Nordjylland",
        Region::Midtjylland => "Midtjylland",
        Region::Syddanmark => "Syddanmark",
        Region::Hovedstaden => "Hovedstaden",
        Region::Sjaelland => "Sjælland",
    },
    quarter_source: |quarter| match quarter {
        Quarter::Q2025K1 => {
            "Danmarks Statistik, FOLK1A, 1. januar 2025 (2025K1), alle køn, aldre og civilstande"
        }
        Quarter::Q2026K1 => {
            "Danmarks Statistik, FOLK1A, 1. januar 2026 (2026K1), alle køn, aldre og civilstande"
        }
    },
    rounding: "Beløb i kr. med 2 decimaler. Regningerne er fordelt på hele øre efter største rest, så de \
               summerer præcist til totalen; lige rester går til laveste kommunekode. Pris pr. borger og \
               andele er afrundet halvt væk fra nul (2 decimaler); målprisen sammenlignes med den \
               uafrundede pris.",
    cited: as_cited,
    default_names: &DEFAULT_NAMES_DA,
};

/// English, for the app's English build.
pub static EN: Messages = Messages {
    number: english::number,
    problem: problem_en,
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
    region: |region| match region {
        Region::Nordjylland => "North Denmark Region",
        Region::Midtjylland => "Central Denmark Region",
        Region::Syddanmark => "Region of Southern Denmark",
        Region::Hovedstaden => "Capital Region of Denmark",
        Region::Sjaelland => "Region Zealand",
    },
    region_short: |region| match region {
        Region::Nordjylland => "North",
        Region::Midtjylland => "Central",
        Region::Syddanmark => "Southern",
        Region::Hovedstaden => "Capital",
        Region::Sjaelland => "Zealand",
    },
    quarter_source: |quarter| match quarter {
        Quarter::Q2025K1 => {
            "Statistics Denmark, FOLK1A, 1 January 2025 (2025K1), all sexes, ages and marital statuses"
        }
        Quarter::Q2026K1 => {
            "Statistics Denmark, FOLK1A, 1 January 2026 (2026K1), all sexes, ages and marital statuses"
        }
    },
    rounding: "Amounts in DKK with 2 decimals. The bills are divided into whole øre by largest \
               remainder, so that they add up exactly to the total; equal remainders go to the lowest \
               municipality code. Price per citizen and shares are rounded half away from zero \
               (2 decimals); the target price is compared with the unrounded price.",
    cited: ddh_procurement::cited::in_english,
    default_names: &DEFAULT_NAMES_EN,
};

fn problem_da(problem: &Problem) -> String {
    let n = danish::number;
    match problem {
        Problem::Unreadable { reason, .. } => match reason {
            Unreadable::Syntax { line, column } => {
                format!("kan ikke læses: ikke gyldig JSON (linje {line}, kolonne {column})")
            }
            Unreadable::Truncated => {
                "kan ikke læses: teksten stopper før dokumentet slutter".into()
            }
            Unreadable::UnknownField { name } => {
                format!("kan ikke læses: feltet \"{name}\" findes ikke i formatet")
            }
            Unreadable::MissingField { name } => {
                format!("kan ikke læses: feltet \"{name}\" mangler")
            }
            Unreadable::UnknownChoice { value } => {
                format!("kan ikke læses: \"{value}\" er ikke en af de mulige værdier")
            }
            Unreadable::WrongType => "kan ikke læses: værdien har en forkert type".into(),
        },
        Problem::UnsupportedVersion { found, supported } => format!(
            "formatversion {found} kendes ikke (denne udgave læser op til version {supported})"
        ),
        Problem::NoMembers => "der skal være mindst ét medlem".into(),
        Problem::UnknownMunicipality { code } => {
            format!("der findes ingen kommune med kode {code}")
        }
        Problem::Duplicate { code } => format!("kommune {code} står der to gange"),
        Problem::DuplicateId { id } => format!("post-id {id} står der to gange"),
        Problem::UnknownItem { id } => format!("der er ingen post med id {id}"),
        Problem::NotAMember { code } => match crate::dataset::find(Default::default(), *code) {
            Some(m) => format!("{} (kommune {code}) er ikke medlem", m.name),
            None => format!("kommune {code} er ikke medlem"),
        },
        Problem::NoSuchPosition { position, last } => {
            format!("plads {position} findes ikke; vælg mellem 1 og {last}")
        }
        Problem::NotPositive { value } => format!("skal være større end 0 (er {})", n(value)),
        Problem::Negative { value } => format!("må ikke være negativ (er {})", n(value)),
        Problem::TooLarge { value, max } => {
            format!("er urimeligt stor ({}); højst {}", n(value), n(max))
        }
        Problem::FractionOfOre { value } => {
            format!("{} har brøkdele af en øre; højst 2 decimaler", n(value))
        }
        Problem::TooMany { max } => format!("højst {max} stk."),
        Problem::Overflow => "summen er for stor til at regne med".into(),
        Problem::NotBelow { value, limit } => {
            format!("skal være under {} (er {})", n(limit), n(value))
        }
        Problem::BelowLow { value, low } => {
            format!(
                "toppen af intervallet ({}) er under bunden ({})",
                n(value),
                n(low)
            )
        }
        Problem::NoPrice => "tilbuddet har ingen pris; angiv oprettelse eller årlig pris".into(),
        Problem::TooSmall { value, min } => {
            format!("er for lille ({}); mindst {}", n(value), n(min))
        }
        Problem::WrongLength { expected, found } => {
            format!("skal have {expected} værdier (har {found})")
        }
        Problem::OffQuarterHour { value } => {
            format!("{value} er ikke et kvarter; brug :00, :15, :30 eller :45")
        }
        Problem::ClosesBeforeOpening { open, close } => {
            format!("lukker ({close}) før eller samtidig med, at der åbner ({open})")
        }
        Problem::Overlaps { other } => format!("overlapper tidsrummet {other}"),
        Problem::NotANumber { text } => format!("\"{text}\" er ikke et tal"),
        Problem::DuplicateHour { hour } => format!("time {hour} står der to gange"),
        Problem::WrongShape {
            counted,
            expected,
            found,
        } => match counted {
            Counted::HourRows => format!("forventede {expected} rækker, én pr. time, fandt {found}"),
            Counted::Cells => format!("forventede {expected} celler i rækken, fandt {found}"),
            Counted::FilledCells => {
                format!("forventede {expected} udfyldte celler i rækken, fandt {found}")
            }
        },
        Problem::DayFull => "dagen er åben til 24:00; der er ikke plads til et tidsrum mere".into(),
        Problem::AllZero => "mindst én værdi skal være over 0".into(),
        Problem::TooPrecise { value, decimals } => {
            format!("{} har for mange decimaler; højst {decimals}", n(value))
        }
        Problem::Missing => "skal udfyldes".into(),
        Problem::NoRows => "filen har ingen linjer med tal".into(),
        Problem::UnknownName { text } => format!("ingen kommune hedder »{text}«"),
        Problem::NotHundred { sum } => {
            format!("vægtene skal give 100 % tilsammen, men giver {} %", n(sum))
        }
        Problem::MoreThanBase { value, base } => format!(
            "{} timer er flere end kommunens {} basistimer",
            n(value),
            n(base)
        ),
        Problem::LoadTooHigh { max } => format!(
            "så mange opkald kræver mere end {} agenter i et tidsrum; tjek opkald og behandlingstid",
            n(max)
        ),
        Problem::DateOutsideRules { date, periods } => {
            let known: Vec<String> = periods
                .iter()
                .map(|p| format!("{}–{}", danish::date(&p.from), danish::date(&p.to)))
                .collect();
            format!(
                "der kendes ingen tærskelværdi for {}; kendte perioder: {}",
                danish::date(date),
                known.join(", ")
            )
        }
    }
}

fn problem_en(problem: &Problem) -> String {
    let n = english::number;
    match problem {
        Problem::Unreadable { reason, .. } => match reason {
            Unreadable::Syntax { line, column } => {
                format!("cannot be read: not valid JSON (line {line}, column {column})")
            }
            Unreadable::Truncated => {
                "cannot be read: the text stops before the document ends".into()
            }
            Unreadable::UnknownField { name } => {
                format!("cannot be read: the field \"{name}\" does not exist in the format")
            }
            Unreadable::MissingField { name } => {
                format!("cannot be read: the field \"{name}\" is missing")
            }
            Unreadable::UnknownChoice { value } => {
                format!("cannot be read: \"{value}\" is not one of the possible values")
            }
            Unreadable::WrongType => "cannot be read: the value has the wrong type".into(),
        },
        Problem::UnsupportedVersion { found, supported } => format!(
            "format version {found} is not known (this release reads up to version {supported})"
        ),
        Problem::NoMembers => "there must be at least one member".into(),
        Problem::UnknownMunicipality { code } => {
            format!("there is no municipality with code {code}")
        }
        Problem::Duplicate { code } => format!("municipality {code} is listed twice"),
        Problem::DuplicateId { id } => format!("item id {id} is listed twice"),
        Problem::UnknownItem { id } => format!("there is no item with id {id}"),
        Problem::NotAMember { code } => match crate::dataset::find(Default::default(), *code) {
            Some(m) => format!("{} (municipality {code}) is not a member", m.name),
            None => format!("municipality {code} is not a member"),
        },
        Problem::NoSuchPosition { position, last } => {
            format!("position {position} does not exist; choose between 1 and {last}")
        }
        Problem::NotPositive { value } => format!("must be greater than 0 (is {})", n(value)),
        Problem::Negative { value } => format!("must not be negative (is {})", n(value)),
        Problem::TooLarge { value, max } => {
            format!("is unreasonably large ({}); at most {}", n(value), n(max))
        }
        Problem::FractionOfOre { value } => {
            format!("{} has fractions of an øre; at most 2 decimals", n(value))
        }
        Problem::TooMany { max } => format!("at most {max} entries"),
        Problem::Overflow => "the sum is too large to calculate with".into(),
        Problem::NotBelow { value, limit } => {
            format!("must be below {} (is {})", n(limit), n(value))
        }
        Problem::BelowLow { value, low } => {
            format!(
                "the top of the range ({}) is below the bottom ({})",
                n(value),
                n(low)
            )
        }
        Problem::NoPrice => {
            "the offer has no price; enter a setup price or a yearly price".into()
        }
        Problem::TooSmall { value, min } => {
            format!("is too small ({}); at least {}", n(value), n(min))
        }
        Problem::WrongLength { expected, found } => {
            format!("must have {expected} values (has {found})")
        }
        Problem::OffQuarterHour { value } => {
            format!("{value} is not on a quarter hour; use :00, :15, :30 or :45")
        }
        Problem::ClosesBeforeOpening { open, close } => {
            format!("closes ({close}) before or at the same time as it opens ({open})")
        }
        Problem::Overlaps { other } => format!("overlaps the interval {other}"),
        Problem::NotANumber { text } => format!("\"{text}\" is not a number"),
        Problem::DuplicateHour { hour } => format!("hour {hour} is listed twice"),
        Problem::WrongShape {
            counted,
            expected,
            found,
        } => match counted {
            Counted::HourRows => format!("expected {expected} rows, one per hour, found {found}"),
            Counted::Cells => format!("expected {expected} cells in the row, found {found}"),
            Counted::FilledCells => {
                format!("expected {expected} filled-in cells in the row, found {found}")
            }
        },
        Problem::DayFull => {
            "the day is open until 24:00; there is no room for another interval".into()
        }
        Problem::AllZero => "at least one value must be above 0".into(),
        Problem::TooPrecise { value, decimals } => {
            format!("{} has too many decimals; at most {decimals}", n(value))
        }
        Problem::Missing => "must be filled in".into(),
        Problem::NoRows => "the file has no lines with numbers".into(),
        Problem::UnknownName { text } => format!("no municipality is called \"{text}\""),
        Problem::NotHundred { sum } => {
            format!("the weights must add up to 100%, but they add up to {}%", n(sum))
        }
        Problem::MoreThanBase { value, base } => format!(
            "{} hours is more than the municipality's {} base hours",
            n(value),
            n(base)
        ),
        Problem::LoadTooHigh { max } => format!(
            "that many calls need more than {} agents in one interval; check the calls and the handling time",
            n(max)
        ),
        Problem::DateOutsideRules { date, periods } => {
            let known: Vec<String> = periods
                .iter()
                .map(|p| format!("{} – {}", english::date(&p.from), english::date(&p.to)))
                .collect();
            format!(
                "no threshold is known for {}; known periods: {}",
                english::date(date),
                known.join(", ")
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::DatePeriod;

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
    fn english_text_writes_english_numbers_and_dates() {
        assert_eq!((EN.number)("1550000.5"), "1,550,000.5");
        let problem = Problem::TooLarge {
            value: "2000000".into(),
            max: "1000000.5".into(),
        };
        assert_eq!(
            (EN.problem)(&problem),
            "is unreasonably large (2,000,000); at most 1,000,000.5"
        );
        let problem = Problem::DateOutsideRules {
            date: "2023-12-31".into(),
            periods: vec![DatePeriod {
                from: "2024-01-01".into(),
                to: "2025-12-31".into(),
            }],
        };
        assert_eq!(
            (EN.problem)(&problem),
            "no threshold is known for 31 December 2023; known periods: 1 January 2024 – 31 December 2025"
        );
    }

    #[test]
    fn english_text_names_a_region_preset_by_the_regions_english_name() {
        for region in Region::ALL {
            assert_eq!(
                (EN.preset_label)(PresetId::Region(region)),
                (EN.region)(region)
            );
            assert_eq!(
                (DA.preset_label)(PresetId::Region(region)),
                (DA.region)(region)
            );
        }
    }
}
