//! Key 1, today's: hours and cost by population share.

use super::shape::{Input, Key, Split};
use crate::common::error::Error;

/// The population key (fordelingsnøgle efter befolkningsandel).
pub struct Population;

impl Key for Population {
    fn split(&self, input: &Input) -> Result<Split, Error> {
        Ok(input.by_population.clone())
    }
}
