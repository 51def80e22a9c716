//! The budget years' fields a refusal can name (`engine/FORMATS.md`, the scenario's `years`).

use crate::common::field::{index, FieldPath};

/// A field of the years section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// `years`: the section as a whole (an edit of it where the module does not show it).
    Section,
    /// `years.first_year`
    FirstYear,
    /// `years.last_year`: also where a span longer than the limit is refused.
    LastYear,
    /// `years.key`
    Key,
    /// `years.half_year_rule`
    HalfYearRule,
    /// `years.costs`: the list as a whole.
    Costs,
    /// `years.costs[i].id`
    CostId(usize),
    /// `years.costs[i].name`
    CostName(usize),
    /// `years.costs[i].amount`
    CostAmount(usize),
    /// `years.costs[i].base_year`
    CostBaseYear(usize),
    /// `years.costs[i].from_year`
    CostFromYear(usize),
    /// `years.costs[i].to_year`
    CostToYear(usize),
    /// `years.staffing.include`
    StaffingInclude,
    /// `years.staffing.schedule`
    StaffingSchedule,
    /// `years.purchase.include`
    PurchaseInclude,
    /// `years.purchase.first_year`
    PurchaseFirstYear,
    /// `years.purchase.base_year`
    PurchaseBaseYear,
    /// `years.tender.include`
    TenderInclude,
    /// `years.tender.year`
    TenderYear,
    /// `years.tender.base_year`
    TenderBaseYear,
    /// `years.index.values`: the typed January values as a whole.
    IndexValues,
    /// `years.index.values[i].year`
    IndexYear(usize),
    /// `years.index.values[i].value`
    IndexValue(usize),
    /// `years.index.values[i].base`
    IndexBase(usize),
    /// `years.index.chains`
    Chains,
    /// `years.index.chains[i].base`
    ChainBase(usize),
    /// `years.index.chains[i].factor`
    ChainFactor(usize),
    /// `years.index.january[Y]`: the January value of year Y, which a budget year needs and neither
    /// the published values nor the user's have (not a place in the document: the input where it is
    /// typed).
    January(i32),
    /// `years.quarters`: the imported quarters as a whole (and where a file to import is refused).
    Quarters,
    /// `years.quarters[i]`: one imported quarter's table.
    Quarter(usize),
    /// `years.quarters[i].quarter`
    QuarterLabel(usize),
    /// `years.quarters[i].source`
    QuarterSource(usize),
    /// `years.quarters[i].populations`
    QuarterPopulations(usize),
    /// `years.quarters[i].populations[j].code`
    QuarterCode(usize, usize),
    /// `years.quarters[i].populations[j].population`
    QuarterPopulation(usize, usize),
    /// `years.changes`
    Changes,
    /// `years.changes[i].code`
    ChangeCode(usize),
    /// `years.changes[i].joins`
    ChangeJoins(usize),
    /// `years.changes[i].leaves`
    ChangeLeaves(usize),
    /// `years.changes[i].notice`
    ChangeNotice(usize),
    /// `years.changes[i].pays_notice`
    ChangePaysNotice(usize),
}

/// A list's fields by name, each made from its position.
type Names = &'static [(&'static str, fn(usize) -> Field)];

impl FieldPath for Field {
    fn path(&self) -> String {
        let listed = |list: &str, i: &usize, name: &str| format!("years.{list}[{i}].{name}");
        match self {
            Field::Section => "years".into(),
            Field::FirstYear => "years.first_year".into(),
            Field::LastYear => "years.last_year".into(),
            Field::Key => "years.key".into(),
            Field::HalfYearRule => "years.half_year_rule".into(),
            Field::Costs => "years.costs".into(),
            Field::CostId(i) => listed("costs", i, "id"),
            Field::CostName(i) => listed("costs", i, "name"),
            Field::CostAmount(i) => listed("costs", i, "amount"),
            Field::CostBaseYear(i) => listed("costs", i, "base_year"),
            Field::CostFromYear(i) => listed("costs", i, "from_year"),
            Field::CostToYear(i) => listed("costs", i, "to_year"),
            Field::StaffingInclude => "years.staffing.include".into(),
            Field::StaffingSchedule => "years.staffing.schedule".into(),
            Field::PurchaseInclude => "years.purchase.include".into(),
            Field::PurchaseFirstYear => "years.purchase.first_year".into(),
            Field::PurchaseBaseYear => "years.purchase.base_year".into(),
            Field::TenderInclude => "years.tender.include".into(),
            Field::TenderYear => "years.tender.year".into(),
            Field::TenderBaseYear => "years.tender.base_year".into(),
            Field::IndexValues => "years.index.values".into(),
            Field::IndexYear(i) => listed("index.values", i, "year"),
            Field::IndexValue(i) => listed("index.values", i, "value"),
            Field::IndexBase(i) => listed("index.values", i, "base"),
            Field::Chains => "years.index.chains".into(),
            Field::ChainBase(i) => listed("index.chains", i, "base"),
            Field::ChainFactor(i) => listed("index.chains", i, "factor"),
            Field::January(year) => format!("years.index.january[{year}]"),
            Field::Quarters => "years.quarters".into(),
            Field::Quarter(i) => format!("years.quarters[{i}]"),
            Field::QuarterLabel(i) => listed("quarters", i, "quarter"),
            Field::QuarterSource(i) => listed("quarters", i, "source"),
            Field::QuarterPopulations(i) => listed("quarters", i, "populations"),
            Field::QuarterCode(i, j) => format!("years.quarters[{i}].populations[{j}].code"),
            Field::QuarterPopulation(i, j) => {
                format!("years.quarters[{i}].populations[{j}].population")
            }
            Field::Changes => "years.changes".into(),
            Field::ChangeCode(i) => listed("changes", i, "code"),
            Field::ChangeJoins(i) => listed("changes", i, "joins"),
            Field::ChangeLeaves(i) => listed("changes", i, "leaves"),
            Field::ChangeNotice(i) => listed("changes", i, "notice"),
            Field::ChangePaysNotice(i) => listed("changes", i, "pays_notice"),
        }
    }
}

impl Field {
    /// The field at `path`, as [`FieldPath::path`] writes it; `None` for any other text.
    pub fn parse(path: &str) -> Option<Field> {
        if path == "years" {
            return Some(Field::Section);
        }
        let rest = path.strip_prefix("years.")?;
        let simple = match rest {
            "first_year" => Some(Field::FirstYear),
            "last_year" => Some(Field::LastYear),
            "key" => Some(Field::Key),
            "half_year_rule" => Some(Field::HalfYearRule),
            "costs" => Some(Field::Costs),
            "staffing.include" => Some(Field::StaffingInclude),
            "staffing.schedule" => Some(Field::StaffingSchedule),
            "purchase.include" => Some(Field::PurchaseInclude),
            "purchase.first_year" => Some(Field::PurchaseFirstYear),
            "purchase.base_year" => Some(Field::PurchaseBaseYear),
            "tender.include" => Some(Field::TenderInclude),
            "tender.year" => Some(Field::TenderYear),
            "tender.base_year" => Some(Field::TenderBaseYear),
            "index.values" => Some(Field::IndexValues),
            "index.chains" => Some(Field::Chains),
            "quarters" => Some(Field::Quarters),
            "changes" => Some(Field::Changes),
            _ => None,
        };
        if simple.is_some() {
            return simple;
        }
        if let Some(year) = rest.strip_prefix("index.january") {
            // A year, written as an index is: digits only, no sign.
            let (year, "") = index(year)? else {
                return None;
            };
            return i32::try_from(year).ok().map(Field::January);
        }
        if let Some(list) = rest.strip_prefix("quarters") {
            let (i, tail) = index(list)?;
            return match tail {
                "" => Some(Field::Quarter(i)),
                ".quarter" => Some(Field::QuarterLabel(i)),
                ".source" => Some(Field::QuarterSource(i)),
                ".populations" => Some(Field::QuarterPopulations(i)),
                _ => match index(tail.strip_prefix(".populations")?)? {
                    (j, ".code") => Some(Field::QuarterCode(i, j)),
                    (j, ".population") => Some(Field::QuarterPopulation(i, j)),
                    _ => None,
                },
            };
        }
        let lists: [(&str, Names); 4] = [
            (
                "costs",
                &[
                    ("id", Field::CostId),
                    ("name", Field::CostName),
                    ("amount", Field::CostAmount),
                    ("base_year", Field::CostBaseYear),
                    ("from_year", Field::CostFromYear),
                    ("to_year", Field::CostToYear),
                ],
            ),
            (
                "index.values",
                &[
                    ("year", Field::IndexYear),
                    ("value", Field::IndexValue),
                    ("base", Field::IndexBase),
                ],
            ),
            (
                "index.chains",
                &[("base", Field::ChainBase), ("factor", Field::ChainFactor)],
            ),
            (
                "changes",
                &[
                    ("code", Field::ChangeCode),
                    ("joins", Field::ChangeJoins),
                    ("leaves", Field::ChangeLeaves),
                    ("notice", Field::ChangeNotice),
                    ("pays_notice", Field::ChangePaysNotice),
                ],
            ),
        ];
        for (list, names) in lists {
            let Some(after) = rest.strip_prefix(list) else {
                continue;
            };
            let (i, tail) = index(after)?;
            let name = tail.strip_prefix('.')?;
            return names
                .iter()
                .find(|(field, _)| *field == name)
                .map(|(_, make)| make(i));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_read_back_and_nothing_else() {
        let fields = [
            Field::Section,
            Field::FirstYear,
            Field::LastYear,
            Field::Key,
            Field::HalfYearRule,
            Field::Costs,
            Field::CostId(1),
            Field::CostName(0),
            Field::CostAmount(2),
            Field::CostBaseYear(3),
            Field::CostFromYear(4),
            Field::CostToYear(5),
            Field::StaffingInclude,
            Field::StaffingSchedule,
            Field::PurchaseInclude,
            Field::PurchaseFirstYear,
            Field::PurchaseBaseYear,
            Field::TenderInclude,
            Field::TenderYear,
            Field::TenderBaseYear,
            Field::IndexValues,
            Field::IndexYear(0),
            Field::IndexValue(1),
            Field::IndexBase(2),
            Field::Chains,
            Field::ChainBase(0),
            Field::ChainFactor(0),
            Field::January(2025),
            Field::Quarters,
            Field::Quarter(1),
            Field::QuarterLabel(1),
            Field::QuarterSource(1),
            Field::QuarterPopulations(1),
            Field::QuarterCode(1, 2),
            Field::QuarterPopulation(1, 97),
            Field::Changes,
            Field::ChangeCode(0),
            Field::ChangeJoins(1),
            Field::ChangeLeaves(2),
            Field::ChangeNotice(3),
            Field::ChangePaysNotice(3),
        ];
        for field in fields {
            assert_eq!(Field::parse(&field.path()), Some(field), "{}", field.path());
        }
        for other in [
            "years.",
            "years.costs[0]",
            "years.costs[01].name",
            "years.index.january[-1]",
            "years.index.january",
            "years.quarters[0].populations[1]",
            "years.quarters[0].populations[1].name",
            "years.changes[0].who",
            "keys.chosen_key",
        ] {
            assert_eq!(Field::parse(other), None, "{other}");
        }
    }
}
