//! The scenario's `procurement` section: the purchase, its term and launch date, the collaboration's
//! working limits, the price cap and the vendor offers. Format in `engine/FORMATS.md`.

use crate::areas::procurement::field::Field;
use crate::common::date::Date;
use crate::common::error::{Error, Problem};
use crate::common::limits::check_amount;
use crate::common::money::Money;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Longest term accepted, in months (100 years).
pub const MAX_TERM_MONTHS: u32 = 1_200;
/// Most price lines in a purchase.
pub const MAX_LINES: usize = 100;
/// Most vendor offers compared.
pub const MAX_OFFERS: usize = 20;
/// Most years an offer is compared over.
pub const MAX_OFFER_YEARS: u32 = 50;

/// The purchase being considered and the offers on the table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Procurement {
    /// Which threshold applies.
    pub category: Category,
    /// The day the procurement is launched (announced): the threshold in force that day applies.
    pub launch_date: Date,
    /// The contract's term.
    pub term: Term,
    /// Months the contract may be extended by (options to extend); counted in the value (§ 30).
    #[serde(default)]
    pub extension_months: u32,
    /// Whether the tender budget's supplier items (acquisition, implementation) are one-off payments
    /// of this purchase. The budget's internal items never are: they are not paid to the supplier.
    pub include_tender_supplier_items: bool,
    /// The purchase's prices.
    pub lines: Vec<PriceLine>,
    /// The user's answer: does the contract have a clear cross-border interest?
    pub cross_border_interest: bool,
    /// The collaboration's working limits below the threshold.
    pub working_rules: WorkingRules,
    /// A tender with a price cap (beløbsgrænse).
    pub price_cap: PriceCap,
    /// Vendor offers, compared by member count.
    pub offers: Vec<Offer>,
    /// Years the offers are compared over.
    pub offer_years: u32,
}

/// The contracting authority and kind of contract, which decide the threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Municipalities and regions: supplies and services, IT included.
    MunicipalSuppliesServices,
    /// Central government: supplies and services.
    CentralSuppliesServices,
    /// Works.
    Works,
    /// Social and other specific services (the light regime).
    SocialServices,
}

impl Category {
    /// Every category, in the order the app lists them.
    pub const ALL: [Category; 4] = [
        Category::MunicipalSuppliesServices,
        Category::CentralSuppliesServices,
        Category::Works,
        Category::SocialServices,
    ];
}

/// How long the contract runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// No end date; `months` is then not used.
    pub indefinite: bool,
    /// The fixed term, 1 to [`MAX_TERM_MONTHS`].
    pub months: u32,
}

/// One price of the purchase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PriceLine {
    /// Stable identity, from 1.
    pub id: u32,
    /// What it is for, e.g. "Licens".
    pub name: String,
    /// Part of the base contract, or an option, extension or add-on (all count, § 30).
    pub role: LineRole,
    /// Paid once, every month or every year.
    pub timing: Timing,
    /// A flat price, a price per member municipality, or per citizen of the members.
    pub basis: Basis,
    /// Kroner excl. VAT per unit of `basis` and `timing`.
    pub amount: Money,
}

/// Why a price is in the contract; every role counts in the value (udbudsloven § 30).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineRole {
    /// The contract's own price.
    Base,
    /// An option the buyer may call on.
    Option,
    /// A price for an extension.
    Extension,
    /// An add-on purchase (tilkøbsydelse).
    AddOn,
}

/// When a price is paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Timing {
    /// Once (acquisition, implementation).
    OneOff,
    /// Every month.
    Monthly,
    /// Every year.
    Yearly,
}

/// What a price is multiplied by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The price as it stands, whatever the number of members.
    Flat,
    /// Per member municipality.
    PerMunicipality,
    /// Per citizen of the members.
    PerCitizen,
}

/// The collaboration's working limits below the threshold: from the 2025 slides, not statute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkingRules {
    /// With a clear cross-border interest, a value above this is announced on udbud.dk.
    pub announce_above: Money,
    /// Without one, a value above this is bought on market terms.
    pub market_terms_above: Money,
}

/// A tender with a price cap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PriceCap {
    /// The price the cap is on.
    pub component: CapComponent,
    /// How far below the threshold the value must stay, in per cent of the threshold, 0 to below 100.
    pub margin_percent: Decimal,
    /// What the tender says happens to an offer above the cap.
    pub consequence: CapConsequence,
}

/// The price a cap is put on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CapComponent {
    /// The one-off (acquisition) price, all one-off payments together.
    OneOff,
    /// The monthly price, all recurring payments together as a monthly amount.
    Monthly,
}

/// What the tender material states for an offer above the cap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CapConsequence {
    /// The offer gets zero points on price.
    ZeroPricePoints,
    /// The offer is non-compliant (ukonditionsmæssigt).
    NonCompliant,
    /// The tender is cancelled if only offers above the cap come in.
    Cancellation,
}

/// A vendor's offer: a setup price and a yearly price, flat, per municipality or per citizen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    /// Stable identity, from 1.
    pub id: u32,
    /// What the offer is, e.g. "FrontDesk, listepris".
    pub name: String,
    /// Where the figures come from.
    #[serde(default)]
    pub source: String,
    /// What the prices are multiplied by.
    pub basis: Basis,
    /// Once, at the start.
    pub setup: Money,
    /// Every year.
    pub yearly: Money,
    /// The top of a price range ("15–20.000 kr. a month"), when the yearly price is a range.
    #[serde(default)]
    pub yearly_high: Option<Money>,
}

impl Default for Procurement {
    /// The 2025 slides' contract (about five years, from 2027) with the tender's supplier items, and
    /// the offers of the 2023–25 minutes.
    fn default() -> Procurement {
        let kroner = |k: i64| Money::from_ore(k * 100);
        let offer = |id, name: &str, source: &str, basis, setup, yearly, high: Option<i64>| Offer {
            id,
            name: name.to_owned(),
            source: source.to_owned(),
            basis,
            setup: kroner(setup),
            yearly: kroner(yearly),
            yearly_high: high.map(kroner),
        };
        const FRONTDESK: &str = "Repræsentantskabsmøde 15. maj 2025, punkt 15";
        const ANNIE: &str = "Styregruppemøde 18. april 2024, punkt 9";
        Procurement {
            category: Category::MunicipalSuppliesServices,
            launch_date: Date::from_ymd(2026, 6, 1).unwrap_or_default(),
            term: Term {
                indefinite: false,
                months: 60,
            },
            extension_months: 0,
            include_tender_supplier_items: true,
            lines: Vec::new(),
            cross_border_interest: false,
            working_rules: WorkingRules {
                announce_above: kroner(100_000),
                market_terms_above: kroner(500_000),
            },
            price_cap: PriceCap {
                component: CapComponent::OneOff,
                margin_percent: Decimal::new(5, 0),
                consequence: CapConsequence::NonCompliant,
            },
            offers: vec![
                offer(
                    1,
                    "FrontDesk, listepris",
                    FRONTDESK,
                    Basis::PerMunicipality,
                    35_000,
                    15_000,
                    None,
                ),
                offer(
                    2,
                    "FrontDesk, første udspil",
                    FRONTDESK,
                    Basis::PerMunicipality,
                    0,
                    7_500,
                    None,
                ),
                offer(
                    3,
                    "FrontDesk, andet tilbud",
                    FRONTDESK,
                    Basis::Flat,
                    0,
                    250_000,
                    None,
                ),
                offer(
                    4,
                    "FrontDesk, endeligt tilbud (156.000 + 12.000)",
                    FRONTDESK,
                    Basis::Flat,
                    0,
                    168_000,
                    None,
                ),
                offer(
                    5,
                    "Assistent Annie (15–20.000 kr. pr. måned)",
                    ANNIE,
                    Basis::Flat,
                    400_000,
                    180_000,
                    Some(240_000),
                ),
            ],
            offer_years: 4,
        }
    }
}

/// Refuses what the section cannot be computed from, naming the field.
pub(crate) fn check(procurement: &Procurement) -> Result<(), Error> {
    check_purchase(procurement)?;
    let rules = &procurement.working_rules;
    check_amount(rules.announce_above, Field::AnnounceAbove)?;
    check_amount(rules.market_terms_above, Field::MarketTermsAbove)?;
    let margin = procurement.price_cap.margin_percent;
    let margin_field = Field::CapMarginPercent;
    if margin.is_sign_negative() && !margin.is_zero() {
        let value = margin.to_string();
        return Err(Error::new(margin_field, Problem::Negative { value }));
    }
    if margin >= Decimal::ONE_HUNDRED {
        let (value, limit) = (margin.to_string(), "100".to_owned());
        return Err(Error::new(margin_field, Problem::NotBelow { value, limit }));
    }
    Ok(())
}

/// Refuses what the purchase's payments cannot be computed from (its term and its lines), naming the
/// field: all the budget years need of the section.
pub(crate) fn check_purchase(procurement: &Procurement) -> Result<(), Error> {
    if !procurement.term.indefinite {
        check_count(
            procurement.term.months,
            1,
            MAX_TERM_MONTHS,
            Field::TermMonths,
        )?;
    }
    check_count(
        procurement.extension_months,
        0,
        MAX_TERM_MONTHS,
        Field::ExtensionMonths,
    )?;
    if procurement.lines.len() > MAX_LINES {
        return Err(Error::new(
            Field::Lines,
            Problem::TooMany { max: MAX_LINES },
        ));
    }
    let ids: Vec<u32> = procurement.lines.iter().map(|line| line.id).collect();
    check_ids(&ids, Field::LineId)?;
    for (index, line) in procurement.lines.iter().enumerate() {
        check_amount(line.amount, Field::LineAmount(index))?;
    }
    Ok(())
}

/// A whole number within `min..=max`.
pub(crate) fn check_count(value: u32, min: u32, max: u32, field: Field) -> Result<(), Error> {
    if value < min {
        let value = value.to_string();
        return Err(Error::new(field, Problem::NotPositive { value }));
    }
    if value > max {
        let (value, max) = (value.to_string(), max.to_string());
        return Err(Error::new(field, Problem::TooLarge { value, max }));
    }
    Ok(())
}

/// Ids given once each; the error names the second of a pair.
pub(crate) fn check_ids(ids: &[u32], id_at: fn(usize) -> Field) -> Result<(), Error> {
    for (index, id) in ids.iter().enumerate() {
        if ids.iter().take(index).any(|earlier| earlier == id) {
            return Err(Error::new(id_at(index), Problem::DuplicateId { id: *id }));
        }
    }
    Ok(())
}
