//! The names on screen of the procurement section's fields: "Lanceringsdato", "Beløb, Licens".

use crate::field_names::split;
use crate::texts::Texts;
use ddh_engine::Scenario;

/// The on-screen name of a field of the procurement section: "Lanceringsdato", "Beløb, Licens".
pub(super) fn label(path: &str, scenario: &Scenario, _texts: &'static Texts) -> Option<String> {
    let p = crate::areas::procurement::texts::current();
    let rest = path.strip_prefix("procurement")?;
    let procurement = &scenario.procurement;
    let named = |column: &str, name: Option<&str>, number: usize| match name {
        Some(name) if !name.trim().is_empty() => format!("{column}, {name}"),
        _ => format!("{column}, {number}"),
    };
    let (head, index, tail) = split(rest.trim_start_matches('.'));
    let label = match (head, index, tail) {
        ("", None, _) => p.heading,
        ("category", ..) => p.category_label,
        ("launch_date", ..) => p.launch_date_label,
        ("term.indefinite", ..) => p.indefinite_label,
        ("term.months", ..) => p.term_months_label,
        ("extension_months", ..) => p.extension_label,
        ("include_tender_supplier_items", ..) => p.include_tender_items,
        ("lines", None, _) => p.lines_heading,
        ("lines", Some(i), column) => {
            let column = match column {
                "role" => p.column_role,
                "timing" => p.column_timing,
                "basis" => p.column_basis,
                "amount" => p.column_amount,
                _ => p.column_name,
            };
            let name = procurement.lines.get(i).map(|l| l.name.as_str());
            return Some(named(column, name, i + 1));
        }
        ("cross_border_interest", ..) => p.cross_border_label,
        ("working_rules.announce_above", ..) => p.announce_above_label,
        ("working_rules.market_terms_above", ..) => p.market_terms_above_label,
        ("price_cap.component", ..) => p.cap_component_label,
        ("price_cap.margin_percent", ..) => p.margin_label,
        ("price_cap.consequence", ..) => p.consequence_label,
        ("price_cap", ..) => p.cap_heading,
        ("offers", None, _) => p.offers_heading,
        ("offers", Some(i), column) => {
            let column = match column {
                "basis" => p.column_basis,
                "setup" => p.column_setup,
                "yearly" => p.column_yearly,
                "yearly_high" => p.column_yearly_high,
                _ => p.column_offer,
            };
            let name = procurement.offers.get(i).map(|o| o.name.as_str());
            return Some(named(column, name, i + 1));
        }
        ("offer_years", ..) => p.offer_years_label,
        _ => return None,
    };
    Some(label.to_owned())
}
