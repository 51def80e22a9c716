//! What the area cites (the act's sections behind each step of the value, the notices behind each
//! threshold): in the report as the sources write them, in Danish, and here in English for the app's
//! English build.

/// A citation of this area (as the report gives it, in Danish) in English; one it does not know as it
/// is.
pub fn in_english(citation: &str) -> &str {
    match citation {
        crate::areas::procurement::value::SECTION_30 => "Public Procurement Act (udbudsloven) § 30",
        crate::areas::procurement::value::SECTION_38 => "Public Procurement Act (udbudsloven) § 38",
        crate::areas::procurement::value::SECTIONS_30_38 => "Public Procurement Act (udbudsloven) §§ 30 and 38",
        crate::areas::procurement::thresholds::NOTICE_2024 => {
            "Danish Competition and Consumer Authority, thresholds 2024 and 2025"
        }
        crate::areas::procurement::thresholds::NOTICE_2026 => {
            "Commission Delegated Regulation (EU) 2025/2152 and notice C/2025/5732 (2026–27)"
        }
        crate::areas::procurement::thresholds::LIGHT_2026 => {
            "EUR 750,000 × DKK 7.46, the rate in notice C/2025/5732 (2026–27); the directive's fixed amount"
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_citation_the_engine_gives_has_its_english() {
        let paragraphs = [
            crate::areas::procurement::value::SECTION_30,
            crate::areas::procurement::value::SECTION_38,
            crate::areas::procurement::value::SECTIONS_30_38,
        ];
        let sources = crate::areas::procurement::thresholds::THRESHOLDS
            .iter()
            .map(|row| row.source);
        for citation in paragraphs.into_iter().chain(sources) {
            assert_ne!(in_english(citation), citation, "{citation}");
        }
        assert_eq!(
            in_english(crate::areas::procurement::value::SECTION_30),
            "Public Procurement Act (udbudsloven) § 30"
        );
        // A citation it does not know is given as it is.
        assert_eq!(in_english("KL's vejledning"), "KL's vejledning");
    }
}
