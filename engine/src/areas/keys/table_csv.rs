//! The keys' tables as CSV for Danish Excel: UTF-8 with a byte-order mark, `;` between fields, decimal
//! comma, CRLF, no thousands separators. Columns in `engine/FORMATS.md`, "CSV tables".

use super::bounded::Bound;
use super::report::{KeyId, KeysReport, MemberKeys};
use crate::common::danish::ungrouped;
use crate::common::money::Money;

/// The column prefix of a key.
fn prefix(key: KeyId) -> &'static str {
    match key {
        KeyId::Population => "befolkning",
        KeyId::Economic => "oekonomimodel",
        KeyId::Bounded => "loft_og_bund",
        KeyId::BoundedExact => "loft_og_bund_eksakt",
        KeyId::Marketplace => "markedsplads",
    }
}

/// The key a `--csv=key:…` name gives.
pub fn key_named(name: &str) -> Option<KeyId> {
    KeyId::ALL.into_iter().find(|&key| match key {
        KeyId::Population => name == "population",
        KeyId::Economic => name == "economic",
        KeyId::Bounded => name == "bounded",
        KeyId::BoundedExact => name == "bounded_exact",
        KeyId::Marketplace => name == "marketplace",
    })
}

/// Minutes as hours with 2 decimals (half away from zero), for reading.
fn hours(minutes: i128) -> String {
    let hundredths = (minutes * 100 * 2 + minutes.signum() * 60) / 120;
    let sign = if hundredths < 0 { "-" } else { "" };
    let hundredths = hundredths.unsigned_abs();
    format!("{sign}{},{:02}", hundredths / 100, hundredths % 100)
}

fn kr(money: Money) -> String {
    ungrouped(&money.to_string())
}

fn text(value: &str) -> String {
    if value.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

fn lead(member: &MemberKeys) -> String {
    format!("{};{}", member.code, text(&member.name))
}

/// Every member under every key, and each key's sums.
pub fn side_by_side(report: &KeysReport) -> String {
    let mut csv = String::from(
        "\u{feff}kode;kommune;indbyggere;opkald;befolkningsandel_pct;opkaldsandel_pct",
    );
    for &key in &report.keys {
        let p = prefix(key);
        csv.push_str(&format!(";{p}_timer;{p}_kr;{p}_aendring_kr"));
    }
    csv.push_str("\r\n");
    for member in &report.members {
        csv.push_str(&format!(
            "{};{};{};{};{}",
            lead(member),
            member.population,
            member.calls,
            ungrouped(&member.population_share.to_string()),
            ungrouped(&member.call_share.to_string()),
        ));
        for part in &member.keys {
            csv.push_str(&format!(
                ";{};{};{}",
                hours(i128::from(part.minutes)),
                kr(part.cost),
                kr(part.cost_change)
            ));
        }
        csv.push_str("\r\n");
    }
    let population: u64 = report.members.iter().map(|m| m.population).sum();
    csv.push_str(&format!("I alt;;{population};{};;", report.calls));
    for sum in &report.sums {
        csv.push_str(&format!(
            ";{};{};",
            hours(i128::from(sum.minutes)),
            kr(sum.cost)
        ));
    }
    csv.push_str("\r\n");
    csv
}

fn bound(bound: Bound) -> &'static str {
    match bound {
        Bound::Free => "",
        Bound::Floor => "bund",
        Bound::Cap => "loft",
    }
}

/// One key's own table.
pub fn one_key(report: &KeysReport, key: KeyId) -> String {
    let column = report.keys.iter().position(|&k| k == key).unwrap_or(0);
    let mut csv = String::from("\u{feff}kode;kommune;timer;kr;aendring_timer;aendring_kr");
    csv.push_str(match key {
        KeyId::Population => "",
        KeyId::Economic => ";vederlag_kr;modregning_kr;netto_kr",
        KeyId::Bounded | KeyId::BoundedExact => {
            ";begraenset_andel_pct;graense;omskaleret_andel_pct;eksakt_andel_pct;eksakt_graense;forskellig"
        }
        KeyId::Marketplace => {
            ";basis_timer;afgivet_timer;bud_timer;vundet_timer;fyldt_timer;flyttet_timer;kompensation_kr"
        }
    });
    csv.push_str("\r\n");
    for member in &report.members {
        let Some(part) = member.keys.get(column) else {
            continue;
        };
        csv.push_str(&format!(
            "{};{};{};{};{}",
            lead(member),
            hours(i128::from(part.minutes)),
            kr(part.cost),
            hours(i128::from(part.minutes_change)),
            kr(part.cost_change),
        ));
        match key {
            KeyId::Population => {}
            KeyId::Economic => {
                let e = member.economic;
                csv.push_str(&format!(";{};{};{}", kr(e.fee), kr(e.credit), kr(e.net)));
            }
            KeyId::Bounded | KeyId::BoundedExact => {
                let b = member.bounded;
                csv.push_str(&format!(
                    ";{};{};{};{};{};{}",
                    ungrouped(&b.bounded_share.to_string()),
                    bound(b.bound),
                    ungrouped(&b.rescaled_share.to_string()),
                    ungrouped(&b.exact_share.to_string()),
                    bound(b.exact_bound),
                    if b.differs { "ja" } else { "nej" },
                ));
            }
            KeyId::Marketplace => {
                let m = member.marketplace;
                let h = |minutes: u64| hours(i128::from(minutes));
                csv.push_str(&format!(
                    ";{};{};{};{};{};{};{}",
                    h(m.base),
                    h(m.offered),
                    h(m.bid),
                    h(m.won),
                    h(m.filled),
                    hours(i128::from(m.moved)),
                    kr(m.settlement),
                ));
            }
        }
        csv.push_str("\r\n");
    }
    if let Some(sum) = report.sums.get(column) {
        csv.push_str(&format!(
            "I alt;;{};{};;\r\n",
            hours(i128::from(sum.minutes)),
            kr(sum.cost)
        ));
    }
    csv
}

#[cfg(test)]
mod tests {
    use super::hours;

    #[test]
    fn minutes_read_as_hours_rounded_half_away() {
        assert_eq!(hours(90), "1,50");
        assert_eq!(hours(1), "0,02"); // 0,01666…
        assert_eq!(hours(-1), "-0,02");
        assert_eq!(hours(0), "0,00");
        assert_eq!(hours(1_266_720), "21112,00");
    }
}
