//! The named scenarios as the scenarios area holds them: the list and the scenarios but the active
//! one (the active one is the app's scenario, [`AppState::scenario`]), with every change written to
//! storage before it is shown, so that what the user sees is what a reload finds.
//!
//! Each change writes the scenarios first and the list last, and puts back what it wrote when a later
//! write fails: a full or blocked storage leaves the list as it was, and says so.

use crate::areas::scenarios::texts::ScenariosTexts;
use crate::state::AppState;
use crate::storage::library::{self as stored, Kept};
use crate::storage::{self, SaveProblem};
use ddh_engine::history::History;
use ddh_engine::library::{check_name, free_name, Index, IndexError};
use ddh_engine::{Edit, Scenario};
use leptos::prelude::*;

/// A message under the list: said politely, or as an alert when something was refused.
#[derive(Clone, PartialEq)]
pub struct Notice {
    pub text: String,
    pub alert: bool,
}

/// A deleted scenario, kept until the next deletion so that it can be put back.
#[derive(Clone)]
struct Deleted {
    id: u32,
    at: usize,
    was_active: bool,
    kept: Kept,
}

#[derive(Clone, Copy)]
pub struct Library {
    state: AppState,
    t: &'static ScenariosTexts,
    pub index: RwSignal<Index>,
    others: RwSignal<Vec<(u32, Kept)>>,
    deleted: RwSignal<Option<Deleted>>,
    pub notice: RwSignal<Option<Notice>>,
    /// The scenarios ticked for comparing, in the order ticked: the first is the one compared against.
    pub compared: RwSignal<Vec<u32>>,
    /// A name field's refused text and why, by scenario id.
    pub name_problems: RwSignal<Vec<(u32, String)>>,
}

impl Library {
    /// Reads the list from storage; the error when it could not be read and was built again.
    pub fn load(state: AppState) -> (Library, Option<IndexError>) {
        let (shelf, problem) = stored::load();
        let library = Library {
            state,
            t: crate::areas::scenarios::texts::current(),
            index: RwSignal::new(shelf.index),
            others: RwSignal::new(shelf.others),
            deleted: RwSignal::new(None),
            notice: RwSignal::new(None),
            compared: RwSignal::new(Vec::new()),
            name_problems: RwSignal::new(Vec::new()),
        };
        (library, problem)
    }

    pub fn is_active(self, id: u32) -> bool {
        self.index.with(|index| index.active == id)
    }

    /// What is kept for `id`: the app's scenario for the active one.
    pub fn with_kept<R>(self, id: u32, read: impl FnOnce(Option<&Kept>) -> R) -> R {
        if self.is_active(id) {
            self.state
                .scenario
                .with(|s| read(Some(&Kept::Scenario(Box::new(s.clone())))))
        } else {
            self.others
                .with(|others| read(others.iter().find(|(i, _)| *i == id).map(|(_, k)| k)))
        }
    }

    /// The scenario `id`, where it can be read.
    pub fn scenario(self, id: u32) -> Option<Scenario> {
        if self.is_active(id) {
            return Some(self.state.scenario.get());
        }
        self.with_kept(id, |kept| match kept {
            Some(Kept::Scenario(scenario)) => Some((**scenario).clone()),
            _ => None,
        })
    }

    /// Every readable scenario's name but `except`'s.
    fn names_except(self, except: Option<u32>) -> Vec<String> {
        let ids = self.index.with_untracked(|index| index.ids.clone());
        ids.into_iter()
            .filter(|&id| Some(id) != except)
            .filter_map(|id| self.scenario_untracked(id).map(|s| s.name))
            .collect()
    }

    fn scenario_untracked(self, id: u32) -> Option<Scenario> {
        match self.kept_untracked(id)? {
            Kept::Scenario(scenario) => Some(*scenario),
            _ => None,
        }
    }

    /// What is kept for `id`, read without subscribing (for the actions, not the views).
    fn kept_untracked(self, id: u32) -> Option<Kept> {
        if self.index.with_untracked(|index| index.active == id) {
            return Some(Kept::Scenario(Box::new(
                self.state.scenario.get_untracked(),
            )));
        }
        self.others.with_untracked(|others| {
            others
                .iter()
                .find(|(i, _)| *i == id)
                .map(|(_, kept)| kept.clone())
        })
    }

    fn say(self, text: String) {
        self.notice.set(Some(Notice { text, alert: false }));
    }

    fn refuse(self, text: String) {
        self.notice.set(Some(Notice { text, alert: true }));
    }

    fn storage_problem(self, problem: SaveProblem) {
        self.refuse(
            match problem {
                SaveProblem::NoStorage => self.t.storage_none,
                SaveProblem::Full => self.t.storage_full,
                SaveProblem::Refused => self.t.storage_refused,
            }
            .to_owned(),
        );
    }

    /// A name no other scenario has: `name` itself, else a numbered copy of it.
    fn free(self, name: &str, except: Option<u32>) -> String {
        let names = self.names_except(except);
        let taken: Vec<&str> = names.iter().map(String::as_str).collect();
        if check_name(name, taken.iter().copied()).is_ok() {
            return name.trim().to_owned();
        }
        let copy = self.t.copy_name;
        free_name(&taken, |n| copy(name.trim(), n))
    }

    /// Makes `target` (kept as `target_id`) the app's scenario and the current one `index.active`'s
    /// copy, then writes `index`. Nothing is changed where a write fails.
    fn activate(self, index: Index, target_id: u32, target: Scenario) -> Result<(), SaveProblem> {
        let (old_id, current) = (
            self.index.get_untracked().active,
            self.state.scenario.get_untracked(),
        );
        let old_kept = index.ids.contains(&old_id);
        if old_kept {
            stored::write(old_id, &current)?;
        }
        let undo_copy = || {
            if old_kept {
                stored::remove(old_id);
            }
        };
        if let Err(problem) = storage::save(&target) {
            undo_copy();
            return Err(problem);
        }
        if let Err(problem) = stored::write_index(&index) {
            let _ = storage::save(&current);
            undo_copy();
            return Err(problem);
        }
        stored::remove(target_id);
        self.others.update(|others| {
            others.retain(|(id, _)| *id != target_id);
            if old_kept {
                others.push((old_id, Kept::Scenario(Box::new(current))));
            }
        });
        self.index.set(index);
        // A scenario of its own: its undo history starts here.
        self.state.take_over(target, History::default());
        Ok(())
    }

    /// Saves the current scenario as a new one, a copy, and makes the copy the active one.
    pub fn create(self) {
        let mut index = self.index.get_untracked();
        if !index.has_room() {
            return self.refuse(self.t.list_full.to_owned());
        }
        let mut copy = self.state.scenario.get_untracked();
        copy.name = self.free(&copy.name, None);
        let id = index.add_after(index.active);
        index.active = id;
        match self.activate(index, id, copy.clone()) {
            Ok(()) => self.say((self.t.created)(&copy.name)),
            Err(problem) => self.storage_problem(problem),
        }
    }

    /// Makes `id` the active scenario; the one active until now keeps what it has.
    pub fn open(self, id: u32) {
        let Some(target) = self.scenario_untracked(id) else {
            return;
        };
        let mut index = self.index.get_untracked();
        index.active = id;
        let name = target.name.clone();
        match self.activate(index, id, target) {
            Ok(()) => self.say((self.t.opened)(&name)),
            Err(problem) => self.storage_problem(problem),
        }
    }

    /// Adds `scenario` to the list after `after` (at the end for `None`), under a name no other has;
    /// returns its id.
    fn add(self, mut scenario: Scenario, after: Option<u32>) -> Option<u32> {
        let mut index = self.index.get_untracked();
        if !index.has_room() {
            self.refuse(self.t.list_full.to_owned());
            return None;
        }
        scenario.name = self.free(&scenario.name, None);
        let last = index.ids.last().copied().unwrap_or(index.active);
        let id = index.add_after(after.unwrap_or(last));
        let written = stored::write(id, &scenario)
            .and_then(|()| stored::write_index(&index).inspect_err(|_| stored::remove(id)));
        match written {
            Ok(()) => {
                self.others
                    .update(|others| others.push((id, Kept::Scenario(Box::new(scenario)))));
                self.index.set(index);
                Some(id)
            }
            Err(problem) => {
                self.storage_problem(problem);
                None
            }
        }
    }

    /// A copy of `id` just after it, under a name of its own.
    pub fn duplicate(self, id: u32) {
        let Some(mut copy) = self.scenario_untracked(id) else {
            return;
        };
        let copy_name = self.t.copy_name;
        let names = self.names_except(None);
        let taken: Vec<&str> = names.iter().map(String::as_str).collect();
        copy.name = free_name(&taken, |n| copy_name(copy.name.trim(), n));
        let name = copy.name.clone();
        if self.add(copy, Some(id)).is_some() {
            self.say((self.t.created_copy)(&name));
        }
    }

    /// Adds an imported or shared scenario to the list; with `open`, makes it the active one. Whether
    /// it was added (where not, the notice says why).
    pub fn keep(self, scenario: Scenario, open: bool, said: fn(&str) -> String) -> bool {
        let Some(id) = self.add(scenario, None) else {
            return false;
        };
        let name = self
            .scenario_untracked(id)
            .map(|s| s.name)
            .unwrap_or_default();
        if open {
            self.open(id);
        }
        if self
            .notice
            .with_untracked(|n| !n.as_ref().is_some_and(|n| n.alert))
        {
            self.say(said(&name));
        }
        true
    }

    /// Renames `id`, or says why not (the text stays in its field).
    pub fn rename(self, id: u32, text: &str) {
        let names = self.names_except(Some(id));
        let checked = check_name(text, names.iter().map(String::as_str));
        let result = match checked {
            Err(problem) => Err((self.t.name_problem)(&problem)),
            Ok(name) if self.is_active(id) => {
                let _ = self.state.dispatch(Edit::SetName(name));
                Ok(())
            }
            Ok(name) => match self.scenario_untracked(id) {
                None => Ok(()),
                Some(mut scenario) => {
                    scenario.name = name;
                    match stored::write(id, &scenario) {
                        Ok(()) => {
                            self.replace_kept(id, Kept::Scenario(Box::new(scenario)));
                            Ok(())
                        }
                        Err(problem) => {
                            self.storage_problem(problem);
                            Ok(())
                        }
                    }
                }
            },
        };
        self.name_problems.update(|problems| {
            problems.retain(|(i, _)| *i != id);
            if let Err(message) = result {
                problems.push((id, message));
            }
        });
    }

    fn replace_kept(self, id: u32, kept: Kept) {
        self.others.update(|others| {
            if let Some(entry) = others.iter_mut().find(|(i, _)| *i == id) {
                entry.1 = kept;
            }
        });
    }

    /// Deletes `id`, to be put back by [`Library::undo_delete`]. Deleting the active scenario opens
    /// its nearest readable neighbour; the last readable scenario is never deleted.
    pub fn delete(self, id: u32) {
        let Some(kept) = self.kept_untracked(id) else {
            return;
        };
        let mut index = self.index.get_untracked();
        let name = match &kept {
            Kept::Scenario(s) => s.name.clone(),
            _ => String::new(),
        };
        let was_active = index.active == id;
        let successor = was_active
            .then(|| self.nearest_readable(&index, id))
            .flatten();
        if was_active && successor.is_none() {
            return;
        }
        let Some(at) = index.remove(id) else { return };
        let result = match successor {
            Some((next_id, next)) => {
                // The deleted one is kept in memory only, for undo; it is not written back.
                index.active = next_id;
                self.activate_without_keeping(index, next_id, next)
            }
            None => stored::write_index(&index).map(|()| {
                stored::remove(id);
                self.others
                    .update(|others| others.retain(|(i, _)| *i != id));
                self.index.set(index);
            }),
        };
        match result {
            Ok(()) => {
                self.compared.update(|c| c.retain(|&i| i != id));
                self.deleted.set(Some(Deleted {
                    id,
                    at,
                    was_active,
                    kept,
                }));
                self.say((self.t.deleted)(&name));
            }
            Err(problem) => self.storage_problem(problem),
        }
    }

    /// The readable scenario nearest after `id` in the list, else before it.
    fn nearest_readable(self, index: &Index, id: u32) -> Option<(u32, Scenario)> {
        let at = index.ids.iter().position(|&i| i == id)?;
        let after = index.ids.iter().skip(at + 1);
        let before = index.ids.iter().take(at).rev();
        after
            .chain(before)
            .find_map(|&i| self.scenario_untracked(i).map(|s| (i, s)))
    }

    /// Like [`Library::activate`] for a deleted active scenario: nothing of it is written.
    fn activate_without_keeping(
        self,
        index: Index,
        target_id: u32,
        target: Scenario,
    ) -> Result<(), SaveProblem> {
        let current = self.state.scenario.get_untracked();
        storage::save(&target)?;
        if let Err(problem) = stored::write_index(&index) {
            let _ = storage::save(&current);
            return Err(problem);
        }
        stored::remove(target_id);
        self.others
            .update(|others| others.retain(|(id, _)| *id != target_id));
        self.index.set(index);
        self.state.take_over(target, History::default());
        Ok(())
    }

    /// Whether there is a deletion to undo.
    pub fn can_undo_delete(self) -> bool {
        self.deleted.with(Option::is_some)
    }

    /// Puts the last deleted scenario back where it was; the active one again if it was.
    pub fn undo_delete(self) {
        let Some(deleted) = self.deleted.get_untracked() else {
            return;
        };
        let mut index = self.index.get_untracked();
        if !index.has_room() {
            return self.refuse(self.t.list_full.to_owned());
        }
        // A new id where the deleted one was handed out again since.
        let id = index.restore(deleted.id, deleted.at);
        let name = match &deleted.kept {
            Kept::Scenario(s) => s.name.clone(),
            _ => String::new(),
        };
        let result = match (&deleted.kept, deleted.was_active) {
            (Kept::Scenario(scenario), true) => {
                index.active = id;
                self.activate(index, id, (**scenario).clone())
            }
            (kept, _) => {
                let written = match kept {
                    Kept::Scenario(scenario) => stored::write(id, scenario),
                    Kept::Unreadable { text, .. } => stored::write_text(id, text),
                    Kept::Missing => Ok(()),
                };
                written
                    .and_then(|()| stored::write_index(&index).inspect_err(|_| stored::remove(id)))
                    .map(|()| {
                        self.others.update(|o| o.push((id, kept.clone())));
                        self.index.set(index);
                    })
            }
        };
        match result {
            Ok(()) => {
                self.deleted.set(None);
                self.say((self.t.restored)(&name));
            }
            Err(problem) => self.storage_problem(problem),
        }
    }

    /// Ticks or unticks `id` for comparing; at most three.
    pub fn toggle_compared(self, id: u32, on: bool) {
        self.compared.update(|compared| {
            compared.retain(|&i| i != id);
            if on && compared.len() < 3 {
                compared.push(id);
            }
        });
    }
}
