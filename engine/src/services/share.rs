//! A scenario carried whole in a link's fragment, so that a representative can send it to a colleague
//! with nothing stored anywhere but in the link itself (the fragment never reaches a server).
//!
//! The fragment is `del=` (Danish for share), the link format's version, a dot, and the scenario's
//! compact JSON compressed with raw DEFLATE (RFC 1951, by `miniz_oxide`) in unpadded base64url
//! (RFC 4648 § 5), whose 64 letters need no escaping in a URL. The default scenario's link is about
//! 1.900 characters.
//!
//! A link is untrusted text: whatever it holds is refused with a [`LinkError`], never a panic. Its
//! version is read first, so that a link from a newer app is named as such rather than as damaged; the
//! scenario inside is read by [`Scenario::from_json`], which migrates older scenario versions.
//!
//! ```
//! use ddh_engine::Scenario;
//! use ddh_engine::share;
//! let scenario = Scenario::default();
//! let fragment = share::to_fragment(&scenario);
//! assert!(fragment.starts_with("del=1."));
//! assert_eq!(share::from_fragment(&fragment), Ok(scenario));
//! ```

use crate::{Error, Scenario};

/// What starts a share link's fragment (after the `#`).
pub const PREFIX: &str = "del=";
/// The link format this build writes and the newest it reads.
pub const LINK_VERSION: u32 = 1;
/// The longest fragment read: far above any real scenario's (98 members with their calls are a few
/// kilobytes), so that a pasted novel is refused before any work is done on it.
pub const MAX_FRAGMENT: usize = 200_000;
/// The most bytes a link may inflate to: a little DEFLATE can describe gigabytes, which would stop the
/// page; a real scenario's JSON is tens of kilobytes.
pub const MAX_JSON: usize = 1_000_000;

/// Why a link's fragment does not give a scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// The fragment is not a share link at all (no `del=`).
    NotALink,
    /// A link from a newer version of the app.
    Newer {
        /// The version the link states.
        found: u32,
        /// The newest this build reads.
        supported: u32,
    },
    /// Cut short, altered or not made by this app: the text does not decode to a document.
    Damaged,
    /// It decodes, but the scenario in it is refused, as an imported file would be.
    Scenario(Error),
}

/// The fragment (without `#`) that carries `scenario`.
pub fn to_fragment(scenario: &Scenario) -> String {
    let json = scenario.to_compact_json();
    let compressed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 10);
    let mut fragment = format!("{PREFIX}{LINK_VERSION}.");
    base64url::encode_into(&compressed, &mut fragment);
    fragment
}

/// The scenario a link's fragment (with or without its `#`) carries.
///
/// # Errors
/// [`LinkError::NotALink`] without the prefix; [`LinkError::Newer`] for a version above
/// [`LINK_VERSION`]; [`LinkError::Damaged`] for anything that does not decode to text (version 0 or
/// unreadable, bad letters, a DEFLATE stream cut short or too large, bytes that are not UTF-8);
/// [`LinkError::Scenario`] with the engine's error, naming the field, for a scenario it refuses.
pub fn from_fragment(fragment: &str) -> Result<Scenario, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let body = fragment.strip_prefix(PREFIX).ok_or(LinkError::NotALink)?;
    let (version, payload) = body.split_once('.').ok_or(LinkError::Damaged)?;
    let version: u32 = match version.parse() {
        Ok(v) => v,
        // All digits but too large for u32: a version from far in the future.
        Err(_) if !version.is_empty() && version.bytes().all(|b| b.is_ascii_digit()) => u32::MAX,
        Err(_) => return Err(LinkError::Damaged),
    };
    if version > LINK_VERSION {
        return Err(LinkError::Newer {
            found: version,
            supported: LINK_VERSION,
        });
    }
    if version == 0 || payload.len() > MAX_FRAGMENT {
        return Err(LinkError::Damaged);
    }
    let compressed = base64url::decode(payload).ok_or(LinkError::Damaged)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&compressed, MAX_JSON)
        .map_err(|_| LinkError::Damaged)?;
    let json = String::from_utf8(json).map_err(|_| LinkError::Damaged)?;
    Scenario::from_json(&json).map_err(LinkError::Scenario)
}

impl std::fmt::Display for LinkError {
    /// Neutral, for logs: the user reads a sentence from the app's table or the command line's.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LinkError::NotALink => f.write_str("not a share link (no `del=`)"),
            LinkError::Newer { found, supported } => {
                write!(f, "link of format {found}, newer than {supported}")
            }
            LinkError::Damaged => f.write_str("damaged or incomplete link"),
            LinkError::Scenario(error) => write!(f, "the link's scenario is refused: {error}"),
        }
    }
}

impl std::error::Error for LinkError {}

/// Unpadded base64url (RFC 4648 § 5), both ways.
mod base64url {
    const LETTERS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /// Appends `bytes` as base64url to `out`: each 3 bytes as 4 letters, a last 1 or 2 bytes as 2 or 3.
    pub fn encode_into(bytes: &[u8], out: &mut String) {
        out.reserve(bytes.len().div_ceil(3) * 4);
        for chunk in bytes.chunks(3) {
            let b = [
                chunk.first().copied().unwrap_or(0),
                chunk.get(1).copied().unwrap_or(0),
                chunk.get(2).copied().unwrap_or(0),
            ];
            let group = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
            // 2, 3 or 4 letters for 1, 2 or 3 bytes; each is 6 bits, so the index is below 64.
            for shift in [18, 12, 6, 0].into_iter().take(chunk.len() + 1) {
                let letter = LETTERS.get((group >> shift & 63) as usize).copied();
                out.push(char::from(letter.unwrap_or(b'A')));
            }
        }
    }

    /// The bytes `text` encodes, or `None` for a letter outside the alphabet or a length no encoding
    /// gives (4n + 1), or left-over bits that are not zero (so that each text has one meaning).
    pub fn decode(text: &str) -> Option<Vec<u8>> {
        let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
        for chunk in text.as_bytes().chunks(4) {
            let mut group = 0u32;
            for &letter in chunk {
                group = group << 6 | value(letter)?;
            }
            let bytes = match chunk.len() {
                4 => 3,
                3 => 2,
                2 => 1,
                _ => return None,
            };
            let spare_bits = chunk.len() * 6 - bytes * 8;
            if group & ((1 << spare_bits) - 1) != 0 {
                return None;
            }
            let group = group >> spare_bits;
            for index in (0..bytes).rev() {
                // Masked to 8 bits, so the conversion cannot fail.
                out.push(u8::try_from(group >> (index * 8) & 0xff).unwrap_or(0));
            }
        }
        Some(out)
    }

    fn value(letter: u8) -> Option<u32> {
        Some(u32::from(match letter {
            b'A'..=b'Z' => letter - b'A',
            b'a'..=b'z' => letter - b'a' + 26,
            b'0'..=b'9' => letter - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        }))
    }

    #[cfg(test)]
    mod tests {
        #![allow(clippy::unwrap_used)]
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn round_trip(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
                let mut text = String::new();
                super::encode_into(&bytes, &mut text);
                prop_assert_eq!(super::decode(&text), Some(bytes));
            }

            #[test]
            fn any_text_decodes_or_is_refused(text in "\\PC{0,80}") {
                // Never a panic; where it decodes, encoding gives the same text back.
                if let Some(bytes) = super::decode(&text) {
                    let mut again = String::new();
                    super::encode_into(&bytes, &mut again);
                    prop_assert_eq!(again, text);
                }
            }
        }

        #[test]
        fn agrees_with_the_rfc_examples() {
            // RFC 4648 § 10, padding dropped.
            for (plain, encoded) in [
                ("", ""),
                ("f", "Zg"),
                ("fo", "Zm8"),
                ("foo", "Zm9v"),
                ("foob", "Zm9vYg"),
                ("fooba", "Zm9vYmE"),
                ("foobar", "Zm9vYmFy"),
            ] {
                let mut text = String::new();
                super::encode_into(plain.as_bytes(), &mut text);
                assert_eq!(text, encoded);
                assert_eq!(super::decode(encoded).unwrap(), plain.as_bytes());
            }
            // The two letters that differ from plain base64.
            let mut text = String::new();
            super::encode_into(&[0xfb, 0xff], &mut text);
            assert_eq!(text, "-_8");
            assert_eq!(super::decode("Zh"), None, "left-over bits must be zero");
            assert_eq!(
                super::decode("Zm9vY"),
                None,
                "4n + 1 letters is no encoding"
            );
            assert_eq!(
                super::decode("Zm+v"),
                None,
                "plain base64's letters are refused"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]
    use super::*;
    use crate::edit::{Edit, MembersEdit};
    use proptest::prelude::*;

    #[test]
    fn the_default_scenario_fits_in_a_short_link() {
        let fragment = to_fragment(&Scenario::default());
        // The issue's budget is 2.000 characters for the whole link; the address before it is short.
        assert!(fragment.len() < 1_950, "{} characters", fragment.len());
    }

    #[test]
    fn a_changed_scenario_comes_back_exactly() {
        let mut scenario = Scenario::default();
        scenario
            .apply(Edit::SetName("Stort udbud – ÆØÅ".into()))
            .unwrap();
        scenario
            .apply(Edit::Members(MembersEdit::ApplyPreset(
                crate::presets::PresetId::All,
            )))
            .unwrap();
        let fragment = to_fragment(&scenario);
        assert_eq!(from_fragment(&format!("#{fragment}")).unwrap(), scenario);
    }

    #[test]
    fn each_kind_of_bad_link_is_named() {
        let good = to_fragment(&Scenario::default());
        let payload = good.strip_prefix("del=1.").unwrap();
        let cases: [(String, LinkError); 9] = [
            ("udbud".into(), LinkError::NotALink),
            (
                "del=2.".to_owned() + payload,
                LinkError::Newer {
                    found: 2,
                    supported: 1,
                },
            ),
            (
                "del=99999999999.x".into(),
                LinkError::Newer {
                    found: u32::MAX,
                    supported: 1,
                },
            ),
            ("del=0.".to_owned() + payload, LinkError::Damaged),
            ("del=1".into(), LinkError::Damaged),
            ("del=x.".to_owned() + payload, LinkError::Damaged),
            (
                "del=1.".to_owned() + &payload[..payload.len() / 2],
                LinkError::Damaged,
            ),
            (
                "del=1.".to_owned() + &payload.replace('A', "+"),
                LinkError::Damaged,
            ),
            (
                "del=1.".to_owned() + &"A".repeat(MAX_FRAGMENT + 4),
                LinkError::Damaged,
            ),
        ];
        for (fragment, expected) in cases {
            assert_eq!(from_fragment(&fragment), Err(expected), "{:.40}", fragment);
        }
    }

    #[test]
    fn a_refused_scenario_names_its_field() {
        let link = |json: &str| {
            let mut fragment = "del=1.".to_owned();
            base64url::encode_into(
                &miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 6),
                &mut fragment,
            );
            from_fragment(&fragment)
        };
        let mut json = serde_json::to_value(Scenario::default()).unwrap();
        json["version"] = 99.into();
        match link(&json.to_string()) {
            Err(LinkError::Scenario(error)) => assert_eq!(error.field, "version"),
            other => panic!("{other:?}"),
        }
        json["version"] = 5.into();
        json["tender"]["cost_items"][1]["amount"] = "-5".into();
        let scenario = link(&json.to_string()).unwrap();
        // Read as a file is read: a negative amount is the engine's to refuse when it evaluates.
        assert_eq!(
            crate::evaluate(&scenario).budget.unwrap_err().field,
            "tender.cost_items[1].amount"
        );
        assert!(matches!(link("[1,2"), Err(LinkError::Scenario(e)) if e.field.is_empty()));
        assert_eq!(link_bytes(&[0xff, 0xfe]), Err(LinkError::Damaged));
    }

    /// A link whose DEFLATE stream holds `bytes` (not text).
    fn link_bytes(bytes: &[u8]) -> Result<Scenario, LinkError> {
        let mut fragment = "del=1.".to_owned();
        base64url::encode_into(
            &miniz_oxide::deflate::compress_to_vec(bytes, 6),
            &mut fragment,
        );
        from_fragment(&fragment)
    }

    #[test]
    fn a_bomb_is_refused_before_it_fills_the_memory() {
        // 10 MB of spaces compress to about 10 kB; the limit stops the inflating at 1 MB.
        let spaces = vec![b' '; 10_000_000];
        assert_eq!(link_bytes(&spaces), Err(LinkError::Damaged));
    }

    proptest! {
        #[test]
        fn a_link_cut_anywhere_is_damaged(cut in 6usize..2_000) {
            let fragment = to_fragment(&Scenario::default());
            let cut = cut.min(fragment.len() - 1);
            prop_assert_eq!(from_fragment(&fragment[..cut]), Err(LinkError::Damaged));
        }

        #[test]
        fn random_bytes_inflated_are_refused_or_read(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let mut fragment = "del=1.".to_owned();
            base64url::encode_into(&bytes, &mut fragment);
            // Bytes that are not a DEFLATE stream of a document are damaged; those that happen to be
            // one are read as a file would be.
            match from_fragment(&fragment) {
                Ok(_) | Err(LinkError::Damaged | LinkError::Scenario(_)) => {}
                Err(other) => prop_assert!(false, "{other:?}"),
            }
        }
    }
}
