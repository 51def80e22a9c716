//! The procurement sections of the report: the contract value, the threshold, the route and the price
//! cap; the vendor offers by member count.

use crate::areas::procurement::section::{Basis, CapComponent, CapConsequence, Category};
use crate::common::date::Date;
use crate::common::money::Money;
use rust_decimal::Decimal;
use serde::Serialize;

/// The procurement area's figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProcurementReport {
    /// The contract value, step by step.
    pub value: ValueReport,
    /// The threshold in force on the launch date, and the value against it.
    pub threshold: ThresholdReport,
    /// The route the value implies, and why.
    pub route: RouteReport,
    /// The highest price that keeps the value below the threshold with the margin.
    pub cap: PriceCapReport,
}

/// The contract value by udbudsloven §§ 30 and 38.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValueReport {
    /// All one-off payments, the tender's supplier items included when chosen.
    pub one_off: Money,
    /// All recurring payments as kroner a month, rounded to øre for reading.
    pub monthly: Money,
    /// All recurring payments as kroner a year.
    pub yearly: Money,
    /// The months the value counts.
    pub months_counted: u32,
    /// The rule that gives them.
    pub rule: TermRule,
    /// Recurring payments over the months counted, summed exactly and rounded once to øre.
    pub recurring: Money,
    /// The part of the value from options, extensions and add-ons (already in `total`).
    pub options_included: Money,
    /// The contract value: one-off plus recurring.
    pub total: Money,
    /// The calculation line by line, each with its paragraph.
    pub steps: Vec<ValueStep>,
    /// The value after 0, 1, … `months_counted` months: the one-off payments, then the recurring
    /// ones month by month (each rounded to øre); the last is `total`.
    pub by_month: Vec<Money>,
}

/// Which rule of § 38 sets the months counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TermRule {
    /// A fixed term up to 48 months, extensions included: the whole term.
    #[serde(rename = "fixed_within_48")]
    FixedWithin48,
    /// A fixed term longer than 48 months: the monthly value × 48.
    #[serde(rename = "longer_than_48")]
    LongerThan48,
    /// No end date: the monthly value × 48.
    Indefinite,
}

/// One line of the value calculation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValueStep {
    /// What the line is.
    pub kind: ValueStepKind,
    /// Kroner.
    pub amount: Money,
    /// The legal reference.
    pub paragraph: &'static str,
}

/// The lines of the value calculation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ValueStepKind {
    /// The tender budget's supplier items (counted in `one_off`).
    TenderSupplierItems,
    /// All one-off payments.
    OneOff,
    /// Recurring payments a month.
    Monthly,
    /// Recurring payments over the months counted.
    Recurring,
    /// Of the total, from options, extensions and add-ons.
    NotBase,
    /// The contract value.
    Total,
}

/// The threshold in force and the value against it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ThresholdReport {
    /// The category.
    pub category: Category,
    /// First day of the row's period.
    pub from: Date,
    /// Last day of the row's period.
    pub to: Date,
    /// Kroner excl. VAT.
    pub threshold: Money,
    /// In euro.
    pub euro: i64,
    /// Where the figure is published.
    pub source: String,
    /// The contract value.
    pub value: Money,
    /// Whether the value reaches the threshold.
    pub at_or_above: bool,
    /// Threshold less value: the headroom, or (negative) the excess.
    pub headroom: Money,
    /// The value in per cent of the threshold, 2 decimals.
    pub percent_of_threshold: Decimal,
}

/// The route and its reasons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RouteReport {
    /// The route.
    pub route: Route,
    /// Why, in the order the rules were applied.
    pub reasons: Vec<RouteReason>,
}

/// How the purchase must be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Route {
    /// An EU tender under udbudsloven.
    EuTender,
    /// Announce on udbud.dk, set award criteria, notify the bidders.
    AnnounceOnUdbudDk,
    /// On market terms: two offers, or an announcement on the collaboration's site.
    MarketTerms,
    /// Direct award, under administrative law.
    DirectAward,
}

/// One reason for a route.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RouteReason {
    /// The value reaches the threshold.
    AtOrAboveThreshold {
        /// The value.
        value: Money,
        /// The threshold.
        threshold: Money,
    },
    /// The value is below the threshold.
    BelowThreshold {
        /// The value.
        value: Money,
        /// The threshold.
        threshold: Money,
    },
    /// The user answered that there is a clear cross-border interest.
    CrossBorderInterest,
    /// The user answered that there is none.
    NoCrossBorderInterest,
    /// Above the working limit for announcement.
    AboveAnnouncementLimit {
        /// The limit.
        limit: Money,
    },
    /// Not above it.
    NotAboveAnnouncementLimit {
        /// The limit.
        limit: Money,
    },
    /// Above the working limit for market terms.
    AboveMarketTermsLimit {
        /// The limit.
        limit: Money,
    },
    /// Not above it.
    NotAboveMarketTermsLimit {
        /// The limit.
        limit: Money,
    },
}

/// The price cap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PriceCapReport {
    /// The price capped.
    pub component: CapComponent,
    /// The margin below the threshold, per cent.
    pub margin_percent: Decimal,
    /// What the tender states for an offer above the cap.
    pub consequence: CapConsequence,
    /// The highest contract value allowed: threshold less margin, rounded down to øre, below the threshold.
    pub ceiling: Money,
    /// The highest price, whole øre; `None` when the other payments alone pass the ceiling.
    pub cap: Option<Money>,
    /// The contract value with the price at the cap: at most the ceiling.
    pub value_at_cap: Option<Money>,
}

/// Vendor offers compared by member count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OffersReport {
    /// Years compared over.
    pub years: u32,
    /// All members.
    pub member_count: usize,
    /// The threshold in force on the launch date.
    pub threshold: Money,
    /// Each offer, with its value over 48 months for all members.
    pub offers: Vec<OfferSummary>,
    /// From 1 member to all, the last to leave staying longest.
    pub counts: Vec<OffersAtCount>,
    /// Counts at which the cheaper of two offers changes, or they cost the same.
    pub break_evens: Vec<BreakEven>,
}

/// One offer, checked against the threshold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OfferSummary {
    /// The offer's id.
    pub id: u32,
    /// Its name.
    pub name: String,
    /// Where its figures come from.
    pub source: String,
    /// What its prices are multiplied by.
    pub basis: Basis,
    /// Setup plus 4 years for all members (§ 38's 48 months), at the low yearly price.
    pub value_48_months: Money,
    /// The same at the top of the price range.
    pub value_48_months_high: Option<Money>,
    /// Whether `value_48_months` reaches the threshold.
    pub at_or_above_threshold: bool,
    /// Whether `value_48_months_high` does.
    pub at_or_above_threshold_high: Option<bool>,
}

/// Every offer's cost for one number of members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OffersAtCount {
    /// Members taking part.
    pub members: usize,
    /// Their citizens.
    pub population: u64,
    /// Each offer, in the order of the offers.
    pub costs: Vec<OfferCost>,
    /// The ids of the cheapest offers (several on a tie).
    pub cheapest: Vec<u32>,
}

/// One offer's cost for a number of members over the years.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OfferCost {
    /// The offer's id.
    pub id: u32,
    /// Setup plus the yearly price × years, for all of them.
    pub total: Money,
    /// `total` per member, rounded half away from zero to øre.
    pub per_member: Money,
    /// `total` at the top of the price range.
    pub total_high: Option<Money>,
    /// `per_member` at the top of the price range.
    pub per_member_high: Option<Money>,
}

/// A count at which the order of two offers changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BreakEven {
    /// The one listed first.
    pub first: u32,
    /// The one listed second.
    pub second: u32,
    /// The count of members at which the change is seen.
    pub members: usize,
    /// The cheaper of the two from this count; `None` when they cost the same.
    pub cheaper: Option<u32>,
}
