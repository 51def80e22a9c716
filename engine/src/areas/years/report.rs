//! The report's `years` section: each budget year's costs, index, quarter, members and bills, the
//! totals over the span, and each leaver's notice. Described field by field in `engine/FORMATS.md`.

use crate::areas::keys::report::KeyId;
use crate::areas::years::index::IndexPoint;
use crate::areas::years::rules::QuarterLabel;
use crate::common::area::Area;
use crate::common::date::Date;
use crate::common::money::Money;
use rust_decimal::Decimal;
use serde::Serialize;

/// The budget years' figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct YearsReport {
    /// The span's first year.
    pub first_year: i32,
    /// Its last.
    pub last_year: i32,
    /// The key the bills are split by.
    pub key: KeyId,
    /// Periods a year is charged by: 2 (half years, the agreement's rule) or 12 (months).
    pub periods_per_year: u32,
    /// Each year of the span, in order: its figures, or the error that keeps them from being
    /// computed (a missing index value), the other years shown all the same.
    pub years: Vec<YearRow>,
    /// Over the whole span; the first year's error where a year cannot be computed.
    #[serde(serialize_with = "crate::common::area::serialize")]
    pub totals: Area<SpanTotals>,
    /// Every January value the span needs, oldest first, with the value found or none.
    pub januaries: Vec<JanuaryUse>,
    /// Each member leaving with notice, in the order of the scenario's changes.
    pub leavers: Vec<LeaverReport>,
}

/// A budget year, or why it cannot be computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct YearRow {
    /// The budget year.
    pub year: i32,
    /// Its figures.
    #[serde(serialize_with = "crate::common::area::serialize")]
    pub figures: Area<YearFigures>,
}

/// One budget year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct YearFigures {
    /// Each cost paid in the year, regulated to its prices.
    pub lines: Vec<CostLine>,
    /// Their sum: what the bills add up to.
    pub total: Money,
    /// The January values of the year's own step (§ 6.1.3: the two years before it), where known.
    pub index_from: Option<IndexPoint>,
    /// See `index_from`.
    pub index_to: Option<IndexPoint>,
    /// The population quarter the year uses.
    pub quarter: QuarterUse,
    /// Members charged for some of the year.
    pub member_count: usize,
    /// Citizens counted over the year: a member charged for half the year counts half its citizens.
    pub citizens: Decimal,
    /// The total over `citizens`, rounded half away from zero to øre.
    pub price_per_citizen: Decimal,
    /// Each member charged, largest first: its periods and its bill.
    pub bills: Vec<YearBill>,
}

/// Where a cost comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LineSource {
    /// A cost the user listed (`years.costs`), by its id.
    Listed {
        /// The cost's id.
        id: u32,
    },
    /// The staffing plan of the opening-hours area.
    Staffing,
    /// A recurring line of the purchase (Indkøb), by its id.
    Purchase {
        /// The price line's id.
        id: u32,
    },
    /// The tender budget.
    Tender,
}

/// One cost in one budget year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CostLine {
    /// Where it comes from.
    pub source: LineSource,
    /// Its name.
    pub name: String,
    /// The budget year whose prices `base_amount` is in.
    pub base_year: i32,
    /// The year's amount before regulation, in `base_year`'s prices, rounded to øre for showing.
    pub base_amount: Money,
    /// The chained index factor, January `year − 1` over January `base_year − 1`, to 6 decimals for
    /// showing (the amount is computed with the exact fraction); 1 in the base year itself.
    pub factor: Decimal,
    /// The year's amount, regulated, rounded once to øre.
    pub amount: Money,
}

/// The population quarter a year uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct QuarterUse {
    /// The quarter the agreement's rule names (§ 6.1.4: the last quarter two years before).
    pub rule: QuarterLabel,
    /// The quarter used: the rule's where it is loaded, else the nearest loaded one.
    pub used: QuarterLabel,
    /// Whether `used` stands in for the rule's.
    pub stood_in: bool,
    /// Whether `used` is one the user imported (else carried with the engine).
    pub imported: bool,
}

/// A member's bill for a year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct YearBill {
    /// Municipality code.
    pub code: u16,
    /// Name.
    pub name: String,
    /// Citizens in the year's quarter.
    pub population: u64,
    /// Periods of the year it is charged for.
    pub periods: u32,
    /// What it pays for the year, extra included.
    pub bill: Money,
    /// Of which: its part of the notice-period fees leavers do not pay.
    pub extra: Money,
}

/// The span's totals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SpanTotals {
    /// Every year's total added up.
    pub total: Money,
    /// The first year's price per citizen.
    pub first_price: Decimal,
    /// The last year's.
    pub last_price: Decimal,
    /// The change from the first to the last, in %, rounded half away from zero to 2 decimals.
    pub change_percent: Decimal,
    /// Each member's bills added up over the span, largest total first.
    pub bills: Vec<SpanBill>,
}

/// A member's bills over the span.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SpanBill {
    /// Municipality code.
    pub code: u16,
    /// Name.
    pub name: String,
    /// Its bills added up.
    pub total: Money,
}

/// A January value the span needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct JanuaryUse {
    /// The year whose January it is.
    pub year: i32,
    /// The value found, or `None` where it must be typed.
    pub point: Option<IndexPoint>,
}

/// A member leaving with notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LeaverReport {
    /// Municipality code.
    pub code: u16,
    /// Name.
    pub name: String,
    /// The day it gave notice.
    pub notice: Date,
    /// The earliest exit the notice allows (§ 7.1).
    pub earliest_exit: Date,
    /// The exit that takes effect: the day given, or the earliest.
    pub exit: Date,
    /// The first days of the periods in the notice period (from the notice to the exit) that lie in
    /// the span.
    pub notice_periods: Vec<Date>,
    /// Whether some of the notice period lies outside the span (and is not counted here).
    pub outside_span: bool,
    /// Whether it pays the fee for the notice period.
    pub pays: bool,
    /// The fee for the notice period, and what each other member would pay extra if it does not:
    /// or the error of a year in the notice period.
    #[serde(serialize_with = "crate::common::area::serialize")]
    pub fee: Area<NoticeFee>,
}

/// The fee for a notice period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NoticeFee {
    /// The leaver's bills for the notice period's periods.
    pub amount: Money,
    /// What each other member would pay extra if the leaver does not pay, by the key in force:
    /// adding up to `amount` exactly.
    pub others: Vec<SpanBill>,
}
