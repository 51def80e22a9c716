//! Numbers written the Danish way (`1.550.000,00`), for the engine's messages and for the app's display,
//! so that both group thousands by one rule.

/// A decimal number as Rust writes it (`-1234567.5`) in Danish form (`-1.234.567,5`): thousands dots,
/// decimal comma, digits kept as they are. Text that is not such a number comes back unchanged.
///
/// ```
/// use ddh_engine::danish::number;
/// assert_eq!(number("1550000.00"), "1.550.000,00");
/// assert_eq!(number("-999"), "-999");
/// assert_eq!(number("n/a"), "n/a");
/// ```
pub fn number(text: &str) -> String {
    let (sign, digits) = text
        .strip_prefix('-')
        .map_or(("", text), |rest| ("-", rest));
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() || !whole.chars().all(|c| c.is_ascii_digit()) {
        return text.to_owned();
    }
    let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(digit);
    }
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{fraction}")
    }
}
