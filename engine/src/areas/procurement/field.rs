//! The procurement's fields a refusal can name (`engine/FORMATS.md`, the scenario's `procurement`).

use crate::common::field::{index, FieldPath};

/// A field of the procurement section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// `procurement`: the section as a whole.
    Section,
    /// `procurement.category`
    Category,
    /// `procurement.launch_date`
    LaunchDate,
    /// `procurement.term.indefinite`
    TermIndefinite,
    /// `procurement.term.months`
    TermMonths,
    /// `procurement.extension_months`
    ExtensionMonths,
    /// `procurement.include_tender_supplier_items`
    IncludeTenderSupplierItems,
    /// `procurement.lines`: the purchase's price lines as a whole.
    Lines,
    /// `procurement.lines[i].id`
    LineId(usize),
    /// `procurement.lines[i].role`
    LineRole(usize),
    /// `procurement.lines[i].timing`
    LineTiming(usize),
    /// `procurement.lines[i].basis`
    LineBasis(usize),
    /// `procurement.lines[i].amount`
    LineAmount(usize),
    /// `procurement.cross_border_interest`
    CrossBorderInterest,
    /// `procurement.working_rules.announce_above`
    AnnounceAbove,
    /// `procurement.working_rules.market_terms_above`
    MarketTermsAbove,
    /// `procurement.price_cap`: the cap as a whole (a figure beyond the engine's numbers).
    PriceCap,
    /// `procurement.price_cap.component`
    CapComponent,
    /// `procurement.price_cap.margin_percent`
    CapMarginPercent,
    /// `procurement.price_cap.consequence`
    CapConsequence,
    /// `procurement.offers`: the vendor offers as a whole.
    Offers,
    /// `procurement.offers[i].id`
    OfferId(usize),
    /// `procurement.offers[i].name`
    OfferName(usize),
    /// `procurement.offers[i].source`
    OfferSource(usize),
    /// `procurement.offers[i].basis`
    OfferBasis(usize),
    /// `procurement.offers[i].setup`
    OfferSetup(usize),
    /// `procurement.offers[i].yearly`
    OfferYearly(usize),
    /// `procurement.offers[i].yearly_high`
    OfferYearlyHigh(usize),
    /// `procurement.offer_years`
    OfferYears,
}

/// A field of a list's entry by its name: `("amount", Field::LineAmount)`.
type Part = (&'static str, fn(usize) -> Field);

/// The fields of one price line, in the order of [`Field`].
const LINE_PARTS: [Part; 5] = [
    ("id", Field::LineId),
    ("role", Field::LineRole),
    ("timing", Field::LineTiming),
    ("basis", Field::LineBasis),
    ("amount", Field::LineAmount),
];

/// The fields of one offer, in the order of [`Field`].
const OFFER_PARTS: [Part; 7] = [
    ("id", Field::OfferId),
    ("name", Field::OfferName),
    ("source", Field::OfferSource),
    ("basis", Field::OfferBasis),
    ("setup", Field::OfferSetup),
    ("yearly", Field::OfferYearly),
    ("yearly_high", Field::OfferYearlyHigh),
];

/// The fields that are neither the section nor in a list, by their path after `procurement.`, for
/// [`Field::parse`]; a test holds it to what [`FieldPath::path`] writes.
const SINGLE: [(&str, Field); 16] = [
    ("category", Field::Category),
    ("launch_date", Field::LaunchDate),
    ("term.indefinite", Field::TermIndefinite),
    ("term.months", Field::TermMonths),
    ("extension_months", Field::ExtensionMonths),
    (
        "include_tender_supplier_items",
        Field::IncludeTenderSupplierItems,
    ),
    ("lines", Field::Lines),
    ("cross_border_interest", Field::CrossBorderInterest),
    ("working_rules.announce_above", Field::AnnounceAbove),
    ("working_rules.market_terms_above", Field::MarketTermsAbove),
    ("price_cap", Field::PriceCap),
    ("price_cap.component", Field::CapComponent),
    ("price_cap.margin_percent", Field::CapMarginPercent),
    ("price_cap.consequence", Field::CapConsequence),
    ("offers", Field::Offers),
    ("offer_years", Field::OfferYears),
];

impl FieldPath for Field {
    fn path(&self) -> String {
        let in_list = |list: &str, i: &usize, part: &str| format!("procurement.{list}[{i}].{part}");
        let single = |name: &str| format!("procurement.{name}");
        match self {
            Field::Section => "procurement".to_owned(),
            Field::Category => single("category"),
            Field::LaunchDate => single("launch_date"),
            Field::TermIndefinite => single("term.indefinite"),
            Field::TermMonths => single("term.months"),
            Field::ExtensionMonths => single("extension_months"),
            Field::IncludeTenderSupplierItems => single("include_tender_supplier_items"),
            Field::Lines => single("lines"),
            Field::LineId(i) => in_list("lines", i, "id"),
            Field::LineRole(i) => in_list("lines", i, "role"),
            Field::LineTiming(i) => in_list("lines", i, "timing"),
            Field::LineBasis(i) => in_list("lines", i, "basis"),
            Field::LineAmount(i) => in_list("lines", i, "amount"),
            Field::CrossBorderInterest => single("cross_border_interest"),
            Field::AnnounceAbove => single("working_rules.announce_above"),
            Field::MarketTermsAbove => single("working_rules.market_terms_above"),
            Field::PriceCap => single("price_cap"),
            Field::CapComponent => single("price_cap.component"),
            Field::CapMarginPercent => single("price_cap.margin_percent"),
            Field::CapConsequence => single("price_cap.consequence"),
            Field::Offers => single("offers"),
            Field::OfferId(i) => in_list("offers", i, "id"),
            Field::OfferName(i) => in_list("offers", i, "name"),
            Field::OfferSource(i) => in_list("offers", i, "source"),
            Field::OfferBasis(i) => in_list("offers", i, "basis"),
            Field::OfferSetup(i) => in_list("offers", i, "setup"),
            Field::OfferYearly(i) => in_list("offers", i, "yearly"),
            Field::OfferYearlyHigh(i) => in_list("offers", i, "yearly_high"),
            Field::OfferYears => single("offer_years"),
        }
    }
}

impl Field {
    /// The field at `path`, as [`FieldPath::path`] writes it; `None` for any other text.
    pub fn parse(path: &str) -> Option<Field> {
        let rest = path.strip_prefix("procurement")?;
        if rest.is_empty() {
            return Some(Field::Section);
        }
        let rest = rest.strip_prefix('.')?;
        for (list, parts) in [("lines", &LINE_PARTS[..]), ("offers", &OFFER_PARTS[..])] {
            if let Some((i, part)) = rest.strip_prefix(list).and_then(index) {
                let part = part.strip_prefix('.')?;
                return parts
                    .iter()
                    .find(|(name, _)| *name == part)
                    .map(|(_, field)| field(i));
            }
        }
        SINGLE
            .iter()
            .find(|(name, _)| *name == rest)
            .map(|(_, field)| *field)
    }
}
