//! The names on screen of the years section's fields: "Beløb om året (kr.), Licenser", "Nettoprisindeks
//! januar 2025", "Opsagt, Odder".

use crate::texts::Texts;
use ddh_engine::years::Field;
use ddh_engine::{dataset, Scenario};

/// The on-screen name of a field of the years section.
pub(super) fn label(path: &str, scenario: &Scenario, _texts: &'static Texts) -> Option<String> {
    let y = crate::areas::years::texts::current();
    let years = &scenario.years;
    let municipality = |code: Option<u16>| {
        code.and_then(|c| dataset::find(dataset::Quarter::default(), c))
            .map(|m| m.name.clone())
            .unwrap_or_default()
    };
    let cost = |column: &str, i: usize| {
        let name = years
            .costs
            .get(i)
            .map(|c| c.name.clone())
            .unwrap_or_default();
        (y.cost_field)(column, &name)
    };
    let change = |column: &str, i: usize| {
        let name = municipality(years.changes.get(i).map(|c| c.code));
        (y.change_field)(column, &name)
    };
    let value_year = |i: usize| years.index.values.get(i).map_or(0, |v| v.year);
    let chain_base = |i: usize| years.index.chains.get(i).map_or(0, |c| c.base);
    let quarter = |i: usize| {
        let label = years
            .quarters
            .get(i)
            .map(|q| q.quarter.to_string())
            .unwrap_or_default();
        format!("{} {label}", y.quarters_heading)
    };
    let in_quarter = |i: usize, j: usize| {
        let table = years.quarters.get(i);
        let code = table.and_then(|t| t.populations.get(j)).map(|p| p.code);
        format!("{}: {}", quarter(i), municipality(code))
    };
    let of = |part: &str, whole: &str| format!("{whole}: {part}");
    let label = match Field::parse(path)? {
        Field::Section => y.heading.to_owned(),
        Field::FirstYear => y.first_year.to_owned(),
        Field::LastYear => y.last_year.to_owned(),
        Field::Key => y.key_label.to_owned(),
        Field::HalfYearRule => y.half_year_rule.to_owned(),
        Field::Costs => y.costs_heading.to_owned(),
        Field::CostId(i) | Field::CostName(i) => cost(y.column_name, i),
        Field::CostAmount(i) => cost(y.column_amount, i),
        Field::CostBaseYear(i) => cost(y.column_base_year, i),
        Field::CostFromYear(i) => cost(y.column_from, i),
        Field::CostToYear(i) => cost(y.column_to, i),
        Field::StaffingInclude => y.staffing_label.to_owned(),
        Field::StaffingSchedule => of(y.schedule_label, y.staffing_label),
        Field::PurchaseInclude => y.purchase_label.to_owned(),
        Field::PurchaseFirstYear => of(y.purchase_first_year, y.purchase_label),
        Field::PurchaseBaseYear => of(y.base_year, y.purchase_label),
        Field::TenderInclude => y.tender_label.to_owned(),
        Field::TenderYear => of(y.tender_year, y.tender_label),
        Field::TenderBaseYear => of(y.base_year, y.tender_label),
        Field::IndexValues => y.index_heading.to_owned(),
        Field::IndexYear(i) | Field::IndexValue(i) => (y.january_of)(value_year(i)),
        Field::IndexBase(i) => (y.base_of)(value_year(i)),
        Field::Chains => y.index_heading.to_owned(),
        Field::ChainBase(i) | Field::ChainFactor(i) => (y.chain_label)(chain_base(i)),
        Field::January(year) => (y.january_of)(year),
        Field::Quarters => y.quarters_heading.to_owned(),
        Field::Quarter(i) | Field::QuarterLabel(i) | Field::QuarterSource(i) => quarter(i),
        Field::QuarterPopulations(i) => quarter(i),
        Field::QuarterCode(i, j) | Field::QuarterPopulation(i, j) => in_quarter(i, j),
        Field::Changes => y.changes_heading.to_owned(),
        Field::ChangeCode(i) => change(y.column_municipality, i),
        Field::ChangeJoins(i) => change(y.column_joins, i),
        Field::ChangeLeaves(i) => change(y.column_leaves, i),
        Field::ChangeNotice(i) => change(y.column_notice, i),
        Field::ChangePaysNotice(i) => change(y.column_pays, i),
    };
    Some(label)
}
