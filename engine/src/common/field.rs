//! The fields of the scenario format that a refusal names, typed: each area names its own by an enum of
//! its own (`members::Field`, `tender::Field`, …) and the document its own (`document::field::Field`:
//! the whole, the version, and the place the JSON reader stopped at, which is found by its position in
//! the text, not spelled out). No text is a [`FieldPath`], so an error cannot be built from a path
//! written by hand.
//!
//! The wire form is the field's path in the format (`tender.cost_items[2].amount`, indices from 0), as
//! `engine/FORMATS.md` writes it: it is what [`crate::common::error::Error::field`] holds, what the report
//! and the command line show, and what each area's `Field::parse` reads back: the app, to name a refused
//! field on screen by a `match` on its type (`app/src/field_names.rs`), and the tests, which hold every
//! path in FORMATS.md to a field and back.

/// A field a refusal can name.
pub trait FieldPath {
    /// The field's path in the scenario format, as `engine/FORMATS.md` writes it.
    fn path(&self) -> String;
}

/// A field lent is the same field.
impl<T: FieldPath + ?Sized> FieldPath for &T {
    fn path(&self) -> String {
        (**self).path()
    }
}

/// `[3]` at the start of `text` → (3, what follows); a position is read only as [`FieldPath::path`]
/// writes it, without sign or leading zeros.
pub fn index(text: &str) -> Option<(usize, &str)> {
    let (digits, rest) = text.strip_prefix('[')?.split_once(']')?;
    let canonical = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'));
    let position = digits.parse().ok().filter(|_| canonical)?;
    Some((position, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_is_read_as_written_and_no_other_way() {
        assert_eq!(index("[0]"), Some((0, "")));
        assert_eq!(index("[12].amount"), Some((12, ".amount")));
        assert_eq!(index("[3][4].open"), Some((3, "[4].open")));
        for refused in ["", "[]", "[-1]", "[+1]", "[01]", "[1", "1]", "[a]", "[ 1]"] {
            assert_eq!(index(refused), None, "{refused:?}");
        }
    }
}
