//! What the engine's common ground says to a person, one table per language: its refusals ([`Problem`]s with
//! their values), the regions, the quarters' sources, numbers in the language's form.
//!
//! It knows no area: each area's own words (a preset's label, a citation, the rounding of the bills)
//! are in that area's `text` module, and the scenario document gathers them with these
//! ([`crate::text::Messages`]). Each field of a table is filled for every language and each
//! function matches every case, so a new language is one more `static` that the compiler checks for
//! completeness.

use crate::common::danish;
use crate::common::dataset::{Quarter, Region};
use crate::common::english;
use crate::common::error::{Counted, Problem, Unreadable};

/// What the common ground says, in one language.
pub struct Messages {
    /// A number as the engine writes it (`1550000.5`) in this language's form (`1.550.000,5`).
    pub number: fn(&str) -> String,
    /// The sentence for a refused field, without the field's name.
    pub problem: fn(&Problem) -> String,
    /// A region's name.
    pub region: fn(Region) -> &'static str,
    /// A region's short name, for a narrow column.
    pub region_short: fn(Region) -> &'static str,
    /// Where a quarter's populations come from.
    pub quarter_source: fn(Quarter) -> &'static str,
}

/// Danish, the users' language and the default.
pub static DA: Messages = Messages {
    number: danish::number,
    problem: problem_da,
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
};

/// English, for the app's English build.
pub static EN: Messages = Messages {
    number: english::number,
    problem: problem_en,
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
    quarter_source: |quarter| {
        match quarter {
            Quarter::Q2025K1 => {
                "Statistics Denmark, FOLK1A, 1 January 2025 (2025K1), all sexes, ages and marital statuses"
            }
            Quarter::Q2026K1 => {
                "Statistics Denmark, FOLK1A, 1 January 2026 (2026K1), all sexes, ages and marital statuses"
            }
        }
    },
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
        Problem::NotAMember { code } => match crate::common::dataset::find(Default::default(), *code) {
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
        Problem::NotShownHere => {
            "kan ikke ændres her; ændr det i det område, der viser det".into()
        }
        Problem::SpanTooLong { value, max } => {
            format!("spændet er {value} år; højst {max}")
        }
        Problem::DuplicateYear { year } => format!("{year} står der to gange"),
        Problem::DuplicateQuarter { quarter } => format!("kvartalet {quarter} står der to gange"),
        Problem::NoChain { base } => format!(
            "indekset med basis {base}=100 kan ikke bruges uden dets kædningsfaktor til 2015=100"
        ),
        Problem::AlreadyMember { code } => match crate::common::dataset::find(Default::default(), *code) {
            Some(m) => format!("{} (kommune {code}) er allerede medlem", m.name),
            None => format!("kommune {code} er allerede medlem"),
        },
        Problem::NotOnPeriodStart { date, half_years: true } => format!(
            "ind- og udtræden har virkning 1. januar eller 1. juli (samarbejdsaftalen § 6.1.2), ikke {}",
            danish::date(&date.to_string())
        ),
        Problem::NotOnPeriodStart { date, half_years: false } => format!(
            "ind- og udtræden har virkning den 1. i en måned, ikke {}",
            danish::date(&date.to_string())
        ),
        Problem::NotAfter { date, after } => format!(
            "{} skal ligge efter {}",
            danish::date(&date.to_string()),
            danish::date(&after.to_string())
        ),
        Problem::NoticeTooLate { notice, earliest, exit } => format!(
            "opsigelse {} giver tidligst udtræden {} (6 måneders varsel, § 7.1), ikke {}",
            danish::date(&notice.to_string()),
            danish::date(&earliest.to_string()),
            danish::date(&exit.to_string())
        ),
        Problem::NotInQuarter { code, quarter } => {
            format!("kommune {code} mangler i kvartalet {quarter}")
        }
        Problem::NoQuarter => {
            "filen siger ikke hvilket kvartal; giv den en kolonne med fx 2025K4, eller sæt kvartalet i filnavnet"
                .into()
        }
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
        Problem::NotAMember { code } => match crate::common::dataset::find(Default::default(), *code) {
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
        Problem::NotShownHere => "cannot be changed here; change it in the area that shows it".into(),
        Problem::SpanTooLong { value, max } => {
            format!("the span is {value} years; at most {max}")
        }
        Problem::DuplicateYear { year } => format!("{year} is listed twice"),
        Problem::DuplicateQuarter { quarter } => format!("the quarter {quarter} is listed twice"),
        Problem::NoChain { base } => format!(
            "the index on base {base}=100 cannot be used without its chaining factor to 2015=100"
        ),
        Problem::AlreadyMember { code } => match crate::common::dataset::find(Default::default(), *code) {
            Some(m) => format!("{} (municipality {code}) is a member already", m.name),
            None => format!("municipality {code} is a member already"),
        },
        Problem::NotOnPeriodStart { date, half_years: true } => format!(
            "entry and exit take effect on 1 January or 1 July (cooperation agreement § 6.1.2), not {}",
            english::date(&date.to_string())
        ),
        Problem::NotOnPeriodStart { date, half_years: false } => format!(
            "entry and exit take effect on the first of a month, not {}",
            english::date(&date.to_string())
        ),
        Problem::NotAfter { date, after } => format!(
            "{} must come after {}",
            english::date(&date.to_string()),
            english::date(&after.to_string())
        ),
        Problem::NoticeTooLate { notice, earliest, exit } => format!(
            "notice on {} allows leaving on {} at the earliest (6 months' notice, § 7.1), not {}",
            english::date(&notice.to_string()),
            english::date(&earliest.to_string()),
            english::date(&exit.to_string())
        ),
        Problem::NotInQuarter { code, quarter } => {
            format!("municipality {code} is missing from the quarter {quarter}")
        }
        Problem::NoQuarter => {
            "the file does not say which quarter; give it a column with e.g. 2025K4, or put the quarter in the file's name"
                .into()
        }
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
    use crate::common::error::DatePeriod;

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
}
