//! The app's state: the scenario, its report, the undo history, and what the views need to reach them.
//!
//! Views never change the scenario themselves: they build an [`Edit`] and [`AppState::dispatch`] it,
//! the one place where edits are applied (by the engine's rules) and recorded for undo.

use crate::field_names::{field_label, FieldId, Labels};
use crate::texts::Texts;
use ddh_engine::document::sections::Sections;
use ddh_engine::history::History;
use ddh_engine::keys::report::KeysReport;
use ddh_engine::report::{
    Area, BudgetReport, HoursReport, LeavingReport, OffersReport, ProcurementReport, TenderReport,
};
use ddh_engine::years::report::YearsReport;
use ddh_engine::{Edit, Error, Evaluation, Scenario};
use leptos::prelude::*;

/// Shared by every view. `Copy`, so views take it by value.
#[derive(Clone, Copy)]
pub struct AppState {
    pub texts: &'static Texts,
    pub scenario: RwSignal<Scenario>,
    /// Each area's figures, kept while the area cannot be computed; one of each for the whole page.
    pub areas: Areas,
    /// The module's own field names (see [`Labels`]).
    labels: Labels,
    /// The sections the module shows, whose edits it applies (`Area::SECTIONS`).
    sections: Sections,
    history: StoredValue<History>,
    /// Whether there is a step to undo and one to redo, for the buttons.
    undo_state: RwSignal<(bool, bool)>,
    /// Counts replacements of the whole scenario by undo and redo: text half-typed into a field belongs
    /// to the scenario it was typed over, so fields drop it when this changes.
    pub revision: RwSignal<u64>,
    /// Fields holding text that is not a number (key, name on screen): the results use the value from
    /// before the edit began, and say so.
    pub unreadable: RwSignal<Vec<(String, String)>>,
    /// Refused fields and their messages, changing only when the errors change, so that a field's
    /// message is looked up without every field listening to every figure.
    field_errors: Memo<Vec<(String, String)>>,
    /// The field the user typed in last, with the rule it shares with other fields (see
    /// [`AppState::shared_error_at`]).
    last_typed: RwSignal<(FieldId, Option<FieldId>)>,
    /// A sentence about the last edit that replaced much at once (a preset, a reset), for the status line.
    pub status: RwSignal<Option<String>>,
    /// Whether this area is on screen (every area loaded so far is in the page, one shown).
    pub on_screen: RwSignal<bool>,
    next_group: StoredValue<u64>,
}

/// An area's figures as the user sees them: the last that could be computed, and the current error if
/// the area cannot be computed now. Both set: the figures are shown, marked as not current.
pub struct AreaView<T: Send + Sync + 'static> {
    pub figures: Memo<Option<T>>,
    pub error: Memo<Option<Error>>,
}

// Memos are handles, so an area's view is `Copy` whatever its figures are (derive would ask `T: Copy`).
impl<T: Send + Sync + 'static> Clone for AreaView<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for AreaView<T> {}

impl<T: Send + Sync + 'static> AreaView<T> {
    /// Never any figures: for an area the module computes, read before its figures are there.
    /// Never compared either, so that nothing of the area's code (its comparison, its copies) is
    /// linked.
    pub fn absent() -> AreaView<T> {
        AreaView {
            figures: Memo::new_with_compare(|_| None, |_, _| false),
            error: Memo::new_with_compare(|_| None, |_, _| false),
        }
    }
}

/// Every area's view. A module (one per area of the app, `src/bin/`) computes its own areas
/// ([`crate::areas::Area::evaluate`]); the rest are `None`, so that the module links the engine's
/// code, the comparisons, the copies and the memos of its own areas only (an empty memo of another
/// area's figures would link their code too). Its views read its areas by the methods below.
#[derive(Clone, Copy)]
pub struct Areas {
    pub budget: Option<AreaView<BudgetReport>>,
    pub tender: Option<AreaView<TenderReport>>,
    pub leaving: Option<AreaView<LeavingReport>>,
    pub procurement: Option<AreaView<ProcurementReport>>,
    pub offers: Option<AreaView<OffersReport>>,
    pub hours: Option<AreaView<HoursReport>>,
    pub keys: Option<AreaView<KeysReport>>,
    pub years: Option<AreaView<YearsReport>>,
}

/// An area the module computes, read by its views (never absent there: `Area::evaluate` made it).
fn shown<T: Send + Sync + 'static>(area: Option<AreaView<T>>) -> AreaView<T> {
    area.unwrap_or_else(AreaView::absent)
}

impl Areas {
    pub fn budget(&self) -> AreaView<BudgetReport> {
        shown(self.budget)
    }

    pub fn tender(&self) -> AreaView<TenderReport> {
        shown(self.tender)
    }

    pub fn leaving(&self) -> AreaView<LeavingReport> {
        shown(self.leaving)
    }

    pub fn procurement(&self) -> AreaView<ProcurementReport> {
        shown(self.procurement)
    }

    pub fn offers(&self) -> AreaView<OffersReport> {
        shown(self.offers)
    }

    pub fn hours(&self) -> AreaView<HoursReport> {
        shown(self.hours)
    }

    pub fn keys(&self) -> AreaView<KeysReport> {
        shown(self.keys)
    }

    pub fn years(&self) -> AreaView<YearsReport> {
        shown(self.years)
    }
}

/// How a module computes its [`Areas`] from the scenario.
pub type Evaluator = fn(RwSignal<Scenario>) -> Areas;

impl AppState {
    pub fn new(
        initial: Scenario,
        history: History,
        texts: &'static Texts,
        evaluate: Evaluator,
        labels: Labels,
        sections: Sections,
    ) -> AppState {
        let scenario = RwSignal::new(initial);
        let areas = evaluate(scenario);
        let errors: Vec<Memo<Option<Error>>> = [
            areas.budget.map(|a| a.error),
            areas.tender.map(|a| a.error),
            areas.leaving.map(|a| a.error),
            areas.procurement.map(|a| a.error),
            areas.offers.map(|a| a.error),
            areas.hours.map(|a| a.error),
            areas.keys.map(|a| a.error),
            areas.years.map(|a| a.error),
        ]
        .into_iter()
        .flatten()
        .collect();
        // Each distinct error once, in area order: one that blocks several areas is listed once.
        let field_errors = Memo::new(move |_| {
            let mut listed: Vec<(String, String)> = Vec::new();
            for error in &errors {
                error.with(|error| {
                    if let Some(e) = error {
                        let entry = (e.field.clone(), (texts.engine.words.problem)(&e.problem));
                        if !listed.contains(&entry) {
                            listed.push(entry);
                        }
                    }
                });
            }
            listed
        });
        AppState {
            texts,
            scenario,
            areas,
            labels,
            sections,
            undo_state: RwSignal::new((history.can_undo(), history.can_redo())),
            history: StoredValue::new(history),
            revision: RwSignal::new(0),
            unreadable: RwSignal::new(Vec::new()),
            field_errors,
            status: RwSignal::new(None),
            last_typed: RwSignal::new((FieldId::nowhere(), None)),
            on_screen: RwSignal::new(true),
            next_group: StoredValue::new(1),
        }
    }

    /// Applies `edit` by the engine's rules and records it for undo. A refused edit changes nothing.
    pub fn dispatch(self, edit: Edit) -> Result<(), Error> {
        self.dispatch_in(edit, None)
    }

    /// Like [`AppState::dispatch`]; edits with the same `group` in a row are undone as one step.
    pub fn dispatch_in(self, edit: Edit, group: Option<u64>) -> Result<(), Error> {
        let mut result = Ok(());
        self.scenario.maybe_update(|scenario| {
            let outcome = self
                .history
                .try_update_value(|history| history.apply_in(scenario, edit, group, &self.sections))
                .unwrap_or(Ok(false));
            let changed = outcome == Ok(true);
            result = outcome.map(|_| ());
            changed
        });
        self.refresh_undo_state();
        self.status.set(None);
        result
    }

    /// Fields drop text half typed over a scenario that has been replaced as a whole.
    fn forget_drafts(self) {
        self.revision.update(|r| *r = r.wrapping_add(1));
        self.unreadable.set(Vec::new());
    }

    fn refresh_undo_state(self) {
        let state = self
            .history
            .with_value(|history| (history.can_undo(), history.can_redo()));
        self.undo_state.set(state);
    }

    /// A group for a run of edits that undo takes back as one step (the keystrokes of one field).
    pub fn new_group(self) -> u64 {
        let group = self.next_group.get_value();
        self.next_group.set_value(group.wrapping_add(1));
        group
    }

    /// Ends the current group: the next edit is a step of its own.
    pub fn close_group(self) {
        self.history.update_value(History::close_group);
    }

    pub fn can_undo(self) -> bool {
        self.undo_state.get().0
    }

    pub fn can_redo(self) -> bool {
        self.undo_state.get().1
    }

    pub fn undo(self) {
        self.replace_by(History::undo);
    }

    pub fn redo(self) {
        self.replace_by(History::redo);
    }

    fn replace_by(self, step: fn(&mut History, &mut Scenario) -> bool) {
        let mut changed = false;
        self.scenario.maybe_update(|scenario| {
            changed = self
                .history
                .try_update_value(|history| step(history, scenario))
                .unwrap_or(false);
            changed
        });
        if changed {
            self.refresh_undo_state();
            self.forget_drafts();
            self.status.set(None);
        }
    }

    /// Goes on from where another area of the app left off: its scenario and its undo history.
    pub fn take_over(self, scenario: Scenario, history: History) {
        self.history.set_value(history);
        self.refresh_undo_state();
        if self.scenario.with_untracked(|current| *current != scenario) {
            self.scenario.set(scenario);
            self.forget_drafts();
        }
    }

    /// Hands the scenario and its undo history to the area shown next.
    pub fn hand_over(self) {
        self.history.with_value(|history| {
            self.scenario
                .with_untracked(|scenario| crate::storage::hand_over(scenario, history));
        });
    }

    /// Back to `default` (the default scenario in the page's language) as one step that undo takes
    /// back. Text half typed goes too, even where the scenario already is the default (unreadable text
    /// puts its field's value back, so the scenario may not have changed).
    pub fn reset(self, default: Scenario) {
        self.adopt(default);
        self.forget_drafts();
    }

    /// Takes up `scenario`, changed in another area of the app meanwhile, as one step that undo takes
    /// back. Text half typed here belongs to the scenario it was typed over, so it is dropped.
    pub fn adopt(self, scenario: Scenario) {
        let mut changed = false;
        self.scenario.maybe_update(|current| {
            changed = self
                .history
                .try_update_value(|history| history.replace(current, scenario))
                .unwrap_or(false);
            changed
        });
        if changed {
            self.refresh_undo_state();
            self.forget_drafts();
        }
    }

    /// Records whether the field `key` (named `label` on screen) holds unreadable text. Safe to call
    /// while the page is being torn down (a removed row's cleanup), when the list may be gone already.
    pub fn mark_unreadable(self, key: &str, label: &str, unreadable: bool) {
        let Some(listed) = self
            .unreadable
            .try_with_untracked(|all| all.iter().any(|(k, _)| k == key))
        else {
            return;
        };
        if unreadable && !listed {
            self.unreadable
                .try_update(|all| all.push((key.to_owned(), label.to_owned())));
        } else if !unreadable && listed {
            self.unreadable
                .try_update(|all| all.retain(|(k, _)| k != key));
        }
    }

    /// The engine's message when it refuses exactly `field`, for showing next to that input.
    pub fn error_at(self, field: &FieldId) -> Option<String> {
        self.field_errors.with(|errors| {
            errors
                .iter()
                .find(|(path, _)| field.is(path))
                .map(|(_, message)| message.clone())
        })
    }

    /// The user typed in `field`, which shares the rule at `shared` (if any) with other fields.
    pub fn typed_in(self, field: &FieldId, shared: Option<&FieldId>) {
        let changed = self
            .last_typed
            .with_untracked(|(last, rule)| last != field || rule.as_ref() != shared);
        if changed {
            self.last_typed.set((field.clone(), shared.cloned()));
        }
    }

    /// The engine's message for a rule that several fields share (the economic model's weights add up
    /// to 100 %, reported at `keys.economic`), for showing next to `field`: at the field of the rule
    /// the user typed in last, or at each of them when the user has typed in none of them.
    pub fn shared_error_at(self, rule: &FieldId, field: &FieldId) -> Option<String> {
        let here = self
            .last_typed
            .with(|(last, last_rule)| last_rule.as_ref() != Some(rule) || last == field);
        if here {
            self.error_at(rule)
        } else {
            None
        }
    }

    /// The sentence at the top of an area that cannot be computed: the field by its name on screen.
    pub fn refusal(self, error: &Error) -> String {
        let (field, message) = self.in_words(error);
        (self.texts.area_refused)(&field, &message)
    }

    /// A refused field by its name on screen, and why: "Beløb, Jura: må ikke være negativ (er -5)".
    pub fn described(self, error: &Error) -> String {
        let (field, message) = self.in_words(error);
        (self.texts.field_problem)(&field, &message)
    }

    /// The refused field's name on screen and the engine's message, in the user's language.
    fn in_words(self, error: &Error) -> (String, String) {
        let t = self.texts;
        let field = self
            .scenario
            .with_untracked(|s| field_label(&error.field, s, t, self.labels));
        (field, (t.engine.words.problem)(&error.problem))
    }
}

/// One evaluation of the scenario per change, picking the areas a module shows. Never compared: the
/// areas' own memos are, each by its figures.
pub(crate) fn computed<R: Send + Sync + 'static>(
    scenario: RwSignal<Scenario>,
    pick: fn(&Evaluation<'_>) -> R,
) -> Memo<R> {
    Memo::new_with_compare(
        move |_| scenario.with(|s| pick(&Evaluation::new(s))),
        |_, _| true,
    )
}

/// One area of the figures, with its last good figures kept while it cannot be computed.
pub(crate) fn area<R, T>(report: Memo<R>, pick: fn(&R) -> &Area<T>) -> AreaView<T>
where
    R: Send + Sync + 'static,
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let figures = Memo::new(move |previous: Option<&Option<T>>| {
        report.with(|r| match pick(r) {
            Ok(figures) => Some(figures.clone()),
            Err(_) => previous.cloned().flatten(),
        })
    });
    let error = Memo::new(move |_| report.with(|r| pick(r).as_ref().err().cloned()));
    AreaView { figures, error }
}
