//! Undo and redo for every edit: a stack of the scenarios before each step.
//!
//! A step is one edit, or a run of edits that share a group (the keystrokes of one number typed into
//! one field), so that undo takes back what the user thinks of as one change. Whole scenarios are kept
//! rather than inverse edits: a scenario is a few kilobytes, every edit is undone exactly the same way,
//! and no edit needs an inverse written and tested of its own.

use crate::document::field::Field;
use crate::document::sections::Sections;
use crate::edit::Edit;
use crate::error::Error;
use crate::scenario::Scenario;

/// Steps kept; older ones are forgotten. A few hundred kilobytes at most.
pub const MAX_STEPS: usize = 100;

/// The scenarios before each step (to undo) and after each undone step (to redo).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Step {
    scenario: Scenario,
    group: Option<u64>,
}

impl History {
    /// Applies `edit` to `scenario` and records the step; `true` when the scenario changed. Edits with
    /// the same `group` in a row are one step. An edit that changes nothing, or is refused, records nothing.
    ///
    /// # Errors
    /// The edit's own error, [`Scenario::apply`]; the scenario is then unchanged.
    ///
    /// ```
    /// use ddh_engine::{edit::{Edit, MembersEdit}, presets::PresetId, Scenario};
    /// use ddh_engine::history::History;
    /// # fn main() -> Result<(), ddh_engine::Error> {
    /// let mut scenario = Scenario::default();
    /// let mut history = History::default();
    /// history.apply(&mut scenario, Edit::Members(MembersEdit::SetMember { code: 751, member: false }), None)?;
    /// history.apply(&mut scenario, Edit::Members(MembersEdit::ApplyPreset(PresetId::All)), None)?;
    /// assert_eq!(scenario.members.codes.len(), 98);
    /// assert!(history.undo(&mut scenario)); // the preset is taken back
    /// assert_eq!(scenario.members.codes.len(), 12);
    /// assert!(history.undo(&mut scenario)); // and Aarhus is back
    /// assert_eq!(scenario, Scenario::default());
    /// # Ok(())
    /// # }
    /// ```
    pub fn apply(
        &mut self,
        scenario: &mut Scenario,
        edit: Edit,
        group: Option<u64>,
    ) -> Result<bool, Error> {
        self.apply_in(scenario, edit, group, &Sections::ALL)
    }

    /// Applies `edit` as [`History::apply`] does, with the rules of the `sections` a module shows
    /// ([`Scenario::apply_in`]).
    ///
    /// # Errors
    /// The edit's own error, [`Scenario::apply_in`]; the scenario is then unchanged.
    pub fn apply_in(
        &mut self,
        scenario: &mut Scenario,
        edit: Edit,
        group: Option<u64>,
        sections: &Sections,
    ) -> Result<bool, Error> {
        let before = scenario.clone();
        scenario.apply_in(edit, sections)?;
        if *scenario == before {
            return Ok(false);
        }
        let continues = group.is_some() && self.undo.last().is_some_and(|s| s.group == group);
        if continues && self.undo.last().is_some_and(|s| s.scenario == *scenario) {
            // Typed back to where the step began: nothing left to undo, and the group is over, so
            // that its next edit cannot fold into an older step.
            self.undo.pop();
            self.close_group();
        } else if !continues {
            self.push(Step {
                scenario: before,
                group,
            });
        }
        self.redo.clear();
        Ok(true)
    }

    /// Replaces the whole scenario by `with` as one step that undo takes back; `false` (and nothing
    /// recorded) when it is the scenario already. For a scenario changed elsewhere (another area of
    /// the app, a file read in): the change is the user's, so undo can take it back like any other.
    ///
    /// ```
    /// use ddh_engine::{edit::{Edit, MembersEdit}, Scenario};
    /// use ddh_engine::history::History;
    /// # fn main() -> Result<(), ddh_engine::Error> {
    /// let mut scenario = Scenario::default();
    /// let mut history = History::default();
    /// let mut elsewhere = Scenario::default();
    /// elsewhere.apply(Edit::Members(MembersEdit::SetMember { code: 751, member: false }))?;
    /// assert!(history.replace(&mut scenario, elsewhere.clone()));
    /// assert_eq!(scenario, elsewhere);
    /// assert!(!history.replace(&mut scenario, elsewhere));
    /// assert!(history.undo(&mut scenario));
    /// assert_eq!(scenario, Scenario::default());
    /// # Ok(())
    /// # }
    /// ```
    pub fn replace(&mut self, scenario: &mut Scenario, with: Scenario) -> bool {
        if *scenario == with {
            return false;
        }
        let before = std::mem::replace(scenario, with);
        self.push(Step {
            scenario: before,
            group: None,
        });
        self.redo.clear();
        true
    }

    /// Takes back the last step; `false` when there is none.
    pub fn undo(&mut self, scenario: &mut Scenario) -> bool {
        let moved = swap_step(&mut self.undo, &mut self.redo, scenario);
        self.close_group();
        moved
    }

    /// Does again the last step taken back; `false` when there is none.
    pub fn redo(&mut self, scenario: &mut Scenario) -> bool {
        let moved = swap_step(&mut self.redo, &mut self.undo, scenario);
        self.close_group();
        moved
    }

    /// Records a step to undo; the oldest is forgotten beyond [`MAX_STEPS`].
    fn push(&mut self, step: Step) {
        self.undo.push(step);
        if self.undo.len() > MAX_STEPS {
            self.undo.remove(0);
        }
    }

    /// Whether there is a step to take back.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is an undone step to do again.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Ends the current group, so that the next edit of the same group is a step of its own.
    pub fn close_group(&mut self) {
        if let Some(step) = self.undo.last_mut() {
            step.group = None;
        }
    }
}

/// The scenario and its history as text, to hand from one area of the app to the next: each area is a
/// module of its own, and undo goes on across them. Each scenario is kept in its file format, so that
/// the text is read back through [`Scenario::from_json`], checked as any scenario from outside is.
pub fn hand_over(scenario: &Scenario, history: &History) -> String {
    let steps = |steps: &[Step]| -> Vec<(String, Option<u64>)> {
        steps
            .iter()
            .map(|step| (step.scenario.to_json(), step.group))
            .collect()
    };
    let text = (
        scenario.to_json(),
        steps(&history.undo),
        steps(&history.redo),
    );
    // Strings, numbers and lists: serializing cannot fail.
    serde_json::to_string(&text).unwrap_or_default()
}

/// Reads what [`hand_over`] wrote: the scenario and its history, each scenario's sections read as
/// `sections` name (the module taking over reads the sections of its own areas) and the others kept as
/// they came, for the next module.
///
/// # Errors
/// Text that is not a hand-over, or a scenario in it that [`Scenario::from_json_reading`] refuses.
pub fn take_over(text: &str, sections: &Sections) -> Result<(Scenario, History), Error> {
    type Steps = Vec<(String, Option<u64>)>;
    let (scenario, undo, redo): (String, Steps, Steps) =
        serde_json::from_str(text).map_err(|error| Error::unreadable(Field::Document, &error))?;
    let steps = |steps: Steps| -> Result<Vec<Step>, Error> {
        let skip = steps.len().saturating_sub(MAX_STEPS);
        steps
            .into_iter()
            .skip(skip)
            .map(|(scenario, group)| {
                Ok(Step {
                    scenario: Scenario::from_json_reading(&scenario, sections)?,
                    group,
                })
            })
            .collect()
    };
    let history = History {
        undo: steps(undo)?,
        redo: steps(redo)?,
    };
    Ok((Scenario::from_json_reading(&scenario, sections)?, history))
}

/// Replaces `scenario` by the last step of `from`, and keeps the scenario it replaced on `to`, so that
/// the move can be made back.
fn swap_step(from: &mut Vec<Step>, to: &mut Vec<Step>, scenario: &mut Scenario) -> bool {
    let Some(step) = from.pop() else {
        return false;
    };
    let replaced = std::mem::replace(scenario, step.scenario);
    to.push(Step {
        scenario: replaced,
        group: None,
    });
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{LeavingEdit, TenderEdit};
    use crate::money::Money;

    #[test]
    fn a_group_typed_back_to_its_start_is_over() -> Result<(), Error> {
        let mut scenario = Scenario::default();
        let mut history = History::default();
        history.apply(
            &mut scenario,
            Edit::Leaving(LeavingEdit::SetSeed(1)),
            Some(2),
        )?;
        history.apply(
            &mut scenario,
            Edit::Leaving(LeavingEdit::SetRandomDraws(5)),
            Some(1),
        )?;
        history.apply(
            &mut scenario,
            Edit::Leaving(LeavingEdit::SetRandomDraws(200)),
            Some(1),
        )?;
        // Group 2 again: a step of its own, not folded into the first one.
        history.apply(
            &mut scenario,
            Edit::Leaving(LeavingEdit::SetSeed(2)),
            Some(2),
        )?;
        assert!(history.undo(&mut scenario));
        assert_eq!(scenario.leaving.seed, 1);
        assert!(history.undo(&mut scenario));
        assert_eq!(scenario, Scenario::default());
        assert!(!history.undo(&mut scenario));
        Ok(())
    }

    #[test]
    fn a_replacement_is_a_step_of_its_own_and_ends_redo() -> Result<(), Error> {
        let mut scenario = Scenario::default();
        let mut history = History::default();
        history.apply(
            &mut scenario,
            Edit::Leaving(LeavingEdit::SetSeed(1)),
            Some(3),
        )?;
        history.apply(&mut scenario, Edit::Leaving(LeavingEdit::SetSeed(2)), None)?;
        assert!(history.undo(&mut scenario));
        let mut elsewhere = scenario.clone();
        elsewhere.apply(Edit::Leaving(LeavingEdit::SetRandomDraws(7)))?;
        assert!(history.replace(&mut scenario, elsewhere));
        assert!(
            !history.can_redo(),
            "a new change ends what could be redone"
        );
        // The group typed before the replacement does not continue into a step older than it.
        history.apply(
            &mut scenario,
            Edit::Leaving(LeavingEdit::SetSeed(9)),
            Some(3),
        )?;
        assert!(history.undo(&mut scenario));
        assert_eq!(scenario.leaving.seed, 1);
        assert_eq!(scenario.leaving.random_draws, 7);
        assert!(history.undo(&mut scenario));
        assert_ne!(scenario.leaving.random_draws, 7);
        assert_eq!(scenario.leaving.seed, 1);
        Ok(())
    }

    #[test]
    fn a_hand_over_is_taken_over_whole() -> Result<(), Error> {
        let mut scenario = Scenario::default();
        let mut history = History::default();
        history.apply(
            &mut scenario,
            Edit::Leaving(LeavingEdit::SetSeed(1)),
            Some(4),
        )?;
        history.apply(
            &mut scenario,
            Edit::Leaving(LeavingEdit::SetSeed(2)),
            Some(4),
        )?;
        history.apply(
            &mut scenario,
            Edit::Leaving(LeavingEdit::SetRandomDraws(9)),
            None,
        )?;
        assert!(history.undo(&mut scenario));
        let (taken, mut taken_history) =
            take_over(&hand_over(&scenario, &history), &Sections::ALL)?;
        assert_eq!(taken, scenario);
        assert_eq!(taken_history, history);
        assert!(taken_history.redo(&mut scenario));
        assert_eq!(scenario.leaving.random_draws, 9);
        Ok(())
    }

    #[test]
    fn a_damaged_hand_over_is_refused() {
        let mut scenario = Scenario::default();
        let mut history = History::default();
        assert!(history.replace(&mut scenario, {
            let mut other = Scenario::default();
            other.leaving.seed = 5;
            other
        }));
        let text = hand_over(&scenario, &history);
        for damaged in [
            &text[..text.len() / 2],
            "",
            "[1, 2, 3]",
            &text.replacen("version", "versjon", 1),
        ] {
            assert!(take_over(damaged, &Sections::ALL).is_err(), "{damaged}");
        }
    }

    /// 101 steps, each seed one higher: undo brings back seeds 100, 99, …, 1 in turn (the newest
    /// first) and then stops, the oldest step (back to the default seed) forgotten.
    #[test]
    fn beyond_the_step_limit_the_oldest_step_is_forgotten_not_the_newest() -> Result<(), Error> {
        let mut scenario = Scenario::default();
        let mut history = History::default();
        let steps = u64::try_from(MAX_STEPS).unwrap_or(0) + 1;
        for seed in 1..=steps {
            history.apply(
                &mut scenario,
                Edit::Leaving(LeavingEdit::SetSeed(seed + 1_000)),
                None,
            )?;
        }
        for seed in (1..steps).rev() {
            assert!(history.undo(&mut scenario));
            assert_eq!(scenario.leaving.seed, seed + 1_000);
        }
        assert!(!history.undo(&mut scenario));
        assert_eq!(scenario.leaving.seed, 1_001);
        Ok(())
    }

    /// A hand-over longer than the limit (written by hand: `hand_over` never writes one) keeps its
    /// newest steps.
    #[test]
    fn a_long_hand_over_keeps_its_newest_steps() -> Result<(), Error> {
        let with_seed = |seed: u64| {
            let mut scenario = Scenario::default();
            scenario.leaving.seed = seed;
            scenario.to_json()
        };
        let undo: Vec<(String, Option<u64>)> = (0..=MAX_STEPS as u64)
            .map(|seed| (with_seed(seed), None))
            .collect();
        let text =
            serde_json::to_string(&(with_seed(999), undo, Vec::<(String, Option<u64>)>::new()))
                .map_err(|error| Error::unreadable(Field::Document, &error))?;
        let (mut scenario, mut history) = take_over(&text, &Sections::ALL)?;
        assert!(history.undo(&mut scenario));
        assert_eq!(scenario.leaving.seed, MAX_STEPS as u64);
        let mut undone = 1;
        while history.undo(&mut scenario) {
            undone += 1;
        }
        assert_eq!((undone, scenario.leaving.seed), (MAX_STEPS, 1));
        Ok(())
    }

    #[test]
    fn keystrokes_of_one_field_are_one_step() -> Result<(), Error> {
        let mut scenario = Scenario::default();
        let mut history = History::default();
        for ore in [100, 1_200, 12_300] {
            let amount = Money::from_ore(ore);
            history.apply(
                &mut scenario,
                Edit::Tender(TenderEdit::SetItemAmount { id: 1, amount }),
                Some(7),
            )?;
        }
        history.apply(&mut scenario, Edit::Leaving(LeavingEdit::SetSeed(1)), None)?;
        assert!(history.undo(&mut scenario));
        assert!(history.undo(&mut scenario));
        assert_eq!(scenario, Scenario::default());
        assert!(!history.undo(&mut scenario));
        Ok(())
    }

    #[test]
    fn a_group_typed_back_to_its_start_leaves_no_step() -> Result<(), Error> {
        let mut scenario = Scenario::default();
        let mut history = History::default();
        let seed = scenario.leaving.seed;
        history.apply(
            &mut scenario,
            Edit::Leaving(LeavingEdit::SetSeed(1)),
            Some(3),
        )?;
        history.apply(
            &mut scenario,
            Edit::Leaving(LeavingEdit::SetSeed(seed)),
            Some(3),
        )?;
        assert!(!history.can_undo());
        Ok(())
    }

    #[test]
    fn a_closed_group_starts_a_new_step() -> Result<(), Error> {
        let mut scenario = Scenario::default();
        let mut history = History::default();
        history.apply(
            &mut scenario,
            Edit::Leaving(LeavingEdit::SetSeed(1)),
            Some(1),
        )?;
        history.close_group();
        history.apply(
            &mut scenario,
            Edit::Leaving(LeavingEdit::SetSeed(2)),
            Some(1),
        )?;
        assert!(history.undo(&mut scenario));
        assert_eq!(scenario.leaving.seed, 1);
        Ok(())
    }

    #[test]
    fn redo_does_again_and_a_new_edit_forgets_it() -> Result<(), Error> {
        let mut scenario = Scenario::default();
        let mut history = History::default();
        history.apply(&mut scenario, Edit::Leaving(LeavingEdit::SetSeed(1)), None)?;
        assert!(history.undo(&mut scenario));
        assert!(history.redo(&mut scenario));
        assert_eq!(scenario.leaving.seed, 1);
        assert!(history.undo(&mut scenario));
        history.apply(&mut scenario, Edit::Leaving(LeavingEdit::SetSeed(3)), None)?;
        assert!(!history.can_redo());
        Ok(())
    }

    #[test]
    fn nothing_changed_or_refused_records_nothing() {
        let mut scenario = Scenario::default();
        let mut history = History::default();
        let seed = scenario.leaving.seed;
        assert_eq!(
            history.apply(
                &mut scenario,
                Edit::Leaving(LeavingEdit::SetSeed(seed)),
                None
            ),
            Ok(false)
        );
        assert!(history
            .apply(
                &mut scenario,
                Edit::Tender(TenderEdit::RemoveCostItem { id: 99 }),
                None
            )
            .is_err());
        assert!(!history.can_undo());
    }

    #[test]
    fn only_the_last_steps_are_kept() -> Result<(), Error> {
        let mut scenario = Scenario::default();
        let mut history = History::default();
        for seed in 0..(MAX_STEPS as u64 + 10) {
            history.apply(
                &mut scenario,
                Edit::Leaving(LeavingEdit::SetSeed(seed + 10_000)),
                None,
            )?;
        }
        let mut undone = 0;
        while history.undo(&mut scenario) {
            undone += 1;
        }
        assert_eq!(undone, MAX_STEPS);
        Ok(())
    }
}
