//! The changes a user makes to the members section, and their rules.
//!
//! A municipality ticked here also joins the end of a custom order of leaving; that rule belongs to
//! the document, which is told who joined ([`MemberSelection::apply`] returns them).

use crate::areas::members::field::Field;
use crate::areas::members::presets::PresetId;
use crate::areas::members::section::{MemberSelection, PopulationOverride};
use crate::common::dataset::{self, Quarter};
use crate::common::error::{Error, Problem};

/// One change to the members section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MembersEdit {
    /// Tick (`member: true`) or untick a municipality.
    SetMember {
        /// The municipality.
        code: u16,
        /// Whether it takes part.
        member: bool,
    },
    /// Replace the member set by a preset's.
    ApplyPreset(PresetId),
    /// Use another FOLK1A quarter's populations.
    SetQuarter(Quarter),
    /// Set a municipality's population. The data set's own figure removes the override instead.
    SetPopulation {
        /// The municipality.
        code: u16,
        /// Residents, as typed.
        population: i64,
    },
    /// Use the data set's population again.
    ResetPopulation {
        /// The municipality.
        code: u16,
    },
}

impl MemberSelection {
    /// Applies `edit` by its rules and returns the municipalities that joined, in the order they
    /// joined. Member codes stay sorted; typing the data set's own population removes the override
    /// instead of marking it as changed. On an error the section is unchanged.
    ///
    /// # Errors
    ///
    /// [`Problem::UnknownMunicipality`] for a code no municipality has in the chosen quarter, at
    /// `members.codes` or `members.population_overrides`.
    ///
    /// ```
    /// use ddh_engine::members::{edit::MembersEdit, section::MemberSelection};
    /// # fn main() -> Result<(), ddh_engine::error::Error> {
    /// let mut selection = MemberSelection::default(); // the 13 named in 2024–25
    /// let joined = selection.apply(MembersEdit::SetMember { code: 101, member: true })?; // København
    /// assert_eq!((joined, selection.codes.len()), (vec![101], 14));
    /// # Ok(())
    /// # }
    /// ```
    pub fn apply(&mut self, edit: MembersEdit) -> Result<Vec<u16>, Error> {
        let mut joined = Vec::new();
        match edit {
            MembersEdit::SetMember { code, member } => {
                known_municipality(self.quarter, code, Field::Codes)?;
                if member {
                    self.join(code, &mut joined);
                } else {
                    self.codes.retain(|&c| c != code);
                }
            }
            MembersEdit::ApplyPreset(preset) => {
                let codes = preset.codes(self.quarter);
                let newcomers: Vec<u16> = codes
                    .iter()
                    .copied()
                    .filter(|code| !self.codes.contains(code))
                    .collect();
                self.codes.retain(|code| codes.contains(code));
                for code in newcomers {
                    self.join(code, &mut joined);
                }
            }
            MembersEdit::SetQuarter(quarter) => self.quarter = quarter,
            MembersEdit::SetPopulation { code, population } => {
                let municipality =
                    known_municipality(self.quarter, code, Field::PopulationOverrides)?;
                let overrides = &mut self.population_overrides;
                let position = overrides.iter().position(|o| o.code == code);
                let as_data_set = u64::try_from(population).ok() == Some(municipality.population);
                match (position, as_data_set) {
                    (Some(index), true) => {
                        overrides.remove(index);
                    }
                    (Some(index), false) => {
                        if let Some(entry) = overrides.get_mut(index) {
                            entry.population = population;
                        }
                    }
                    (None, true) => {}
                    (None, false) => overrides.push(PopulationOverride { code, population }),
                }
            }
            MembersEdit::ResetPopulation { code } => {
                self.population_overrides.retain(|o| o.code != code);
            }
        }
        Ok(joined)
    }

    /// Ticks `code`, keeping the codes sorted, and counts it as joined (a code ticked again goes last
    /// in a custom order of leaving, as a newcomer does).
    fn join(&mut self, code: u16, joined: &mut Vec<u16>) {
        if !self.codes.contains(&code) {
            self.codes.push(code);
            crate::common::order::sort_by(&mut self.codes, u16::cmp);
        }
        joined.push(code);
    }
}

fn known_municipality(
    quarter: Quarter,
    code: u16,
    field: Field,
) -> Result<&'static dataset::Municipality, Error> {
    dataset::find(quarter, code)
        .ok_or_else(|| Error::new(field, Problem::UnknownMunicipality { code }))
}
