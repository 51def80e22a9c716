//! Everything the engine says to a person, one table per language.
//!
//! The engine's data carries no sentences: errors are [`Problem`]s with their values, presets are
//! [`PresetId`]s, quarters are [`Quarter`]s. A language's [`Messages`] turns them into text. Each
//! field of the table is filled for every language and each function matches every case, so a new
//! language is one more `const` that the compiler checks for completeness. The app's own text table
//! holds a reference to the engine's, so that choosing a language is one choice.

use crate::danish;
use crate::dataset::{Quarter, Region};
use crate::error::{Problem, Unreadable};
use crate::presets::PresetId;

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
}

/// Danish, the users' language and the default.
pub const DA: Messages = Messages {
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
        Problem::WrongShape { expected, found } => {
            format!("forventede {expected}, fandt {found}")
        }
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
