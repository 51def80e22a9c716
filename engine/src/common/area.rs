//! An area's figures, or the first error among the fields they depend on: the shape of every section
//! of the report, so that a refused field blocks only the areas that depend on it.

use crate::common::error::Error;
use serde::{Serialize, Serializer};

/// An area's figures, or why they cannot be computed.
pub type Area<T> = Result<T, Error>;

/// An area's figures as they are, or `{"error": {...}}` in their place: for
/// `#[serde(serialize_with = "ddh_engine::area::serialize")]`.
///
/// # Errors
///
/// Those of the serializer.
pub fn serialize<T: Serialize, S: Serializer>(
    area: &Area<T>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct Refused<'a> {
        error: &'a Error,
    }
    match area {
        Ok(figures) => figures.serialize(serializer),
        Err(error) => Refused { error }.serialize(serializer),
    }
}
