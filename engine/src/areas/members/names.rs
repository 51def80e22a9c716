//! Municipalities named as people write them in a spreadsheet: `Aarhus`, `Aarhus Kommune`,
//! `Københavns Kommune`, `Bornholms Regionskommune`, in any case, a wrapped cell's line break as a
//! space. The imports of calls (Fordeling) and of population quarters (Budgetår) read names so.

/// Whether a data set name is the folded name `wanted`: as it is, or as the official name writes it
/// ("Københavns Kommune", "Bornholms Regionskommune" for "København", "Bornholm").
pub fn same_name(name: &str, wanted: &str) -> bool {
    let name = fold(name);
    name == wanted || wanted.strip_suffix('s') == Some(name.as_str())
}

/// The code of any municipality a name gives (for telling "not a member" from "unknown").
pub fn named(cell: &str) -> Option<u16> {
    let wanted = fold(cell);
    crate::common::dataset::municipalities(Default::default())?
        .iter()
        .find(|m| same_name(&m.name, &wanted))
        .map(|m| m.code)
}

/// A name compared without case, without a trailing "Kommune", and with every run of spaces and line
/// breaks as one space (a cell wrapped in Excel, "Aarhus⏎Kommune", is "Aarhus Kommune"). Only ASCII
/// and Æ, Ø, Å, É change case: the Danish names need no more.
pub fn fold(name: &str) -> String {
    let lower: String = name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .map(|c| match c {
            'Æ' => 'æ',
            'Ø' => 'ø',
            'Å' => 'å',
            'É' => 'é',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    lower
        .strip_suffix("regionskommune")
        .or_else(|| lower.strip_suffix("kommune"))
        .map(str::trim_end)
        .unwrap_or(&lower)
        .to_owned()
}
