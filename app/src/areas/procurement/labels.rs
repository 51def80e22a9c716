//! The names on screen of the procurement section's fields: "Lanceringsdato", "Beløb, Licens".

use crate::texts::Texts;
use ddh_engine::procurement::Field;
use ddh_engine::Scenario;

/// The on-screen name of a field of the procurement section: "Lanceringsdato", "Beløb, Licens".
pub(super) fn label(path: &str, scenario: &Scenario, _texts: &'static Texts) -> Option<String> {
    let p = crate::areas::procurement::texts::current();
    let procurement = &scenario.procurement;
    // A column of a row, the row by its name, or by its number where it has none.
    let named = |column: &str, name: Option<&str>, i: usize| match name {
        Some(name) if !name.trim().is_empty() => format!("{column}, {name}"),
        _ => format!("{column}, {}", i + 1),
    };
    let line = |column: &str, i: usize| {
        let name = procurement.lines.get(i).map(|l| l.name.as_str());
        Some(named(column, name, i))
    };
    let offer = |column: &str, i: usize| {
        let name = procurement.offers.get(i).map(|o| o.name.as_str());
        Some(named(column, name, i))
    };
    let label = match Field::parse(path)? {
        Field::Section => p.heading,
        Field::Category => p.category_label,
        Field::LaunchDate => p.launch_date_label,
        Field::TermIndefinite => p.indefinite_label,
        Field::TermMonths => p.term_months_label,
        Field::ExtensionMonths => p.extension_label,
        Field::IncludeTenderSupplierItems => p.include_tender_items,
        Field::Lines => p.lines_heading,
        Field::LineId(i) => return line(p.column_name, i),
        Field::LineRole(i) => return line(p.column_role, i),
        Field::LineTiming(i) => return line(p.column_timing, i),
        Field::LineBasis(i) => return line(p.column_basis, i),
        Field::LineAmount(i) => return line(p.column_amount, i),
        Field::CrossBorderInterest => p.cross_border_label,
        Field::AnnounceAbove => p.announce_above_label,
        Field::MarketTermsAbove => p.market_terms_above_label,
        Field::PriceCap => p.cap_heading,
        Field::CapComponent => p.cap_component_label,
        Field::CapMarginPercent => p.margin_label,
        Field::CapConsequence => p.consequence_label,
        Field::Offers => p.offers_heading,
        Field::OfferId(i) | Field::OfferName(i) | Field::OfferSource(i) => {
            return offer(p.column_offer, i)
        }
        Field::OfferBasis(i) => return offer(p.column_basis, i),
        Field::OfferSetup(i) => return offer(p.column_setup, i),
        Field::OfferYearly(i) => return offer(p.column_yearly, i),
        Field::OfferYearlyHigh(i) => return offer(p.column_yearly_high, i),
        Field::OfferYears => p.offer_years_label,
    };
    Some(label.to_owned())
}
