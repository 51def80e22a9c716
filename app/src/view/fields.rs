//! Number inputs that keep what the user typed and never let half a number into the scenario.
//!
//! While the text reads as a number the scenario follows it, keystroke by keystroke, as one undo step.
//! While it does not ("12a", or "1.550." half typed) the scenario holds the value from before the edit
//! began, the field keeps the text, and the field says why once the text cannot become a number. A
//! number the engine refuses (a negative amount) reaches the scenario, so the report names it and the
//! area keeps its last good figures on screen.

use crate::field_names::FieldId;
use crate::format::{read_number, read_price, ReadError};
use crate::state::AppState;
use ddh_engine::Edit;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// How a field reads what is typed.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub enum Reading {
    /// Kroner and counts in Danish format: `1.550.000,00`, `400.000`.
    #[default]
    Amount,
    /// A price per citizen: small, so a single dot is a decimal point (`1.25`), as is a comma.
    Price,
}

/// Turns a number read from the field into the edit that stores it, or a message why it cannot be.
pub type ToEdit = Callback<Decimal, Result<Edit, String>>;

/// The edit that puts back the value from before an edit began, as it was (`None`: no value), without
/// the checks of [`ToEdit`]: a value the engine refuses must come back as it was too.
pub type Restore = Callback<Option<Decimal>, Option<Edit>>;

/// A number input in Danish format.
/// - `key`: unique among the fields on screen (for the list of unreadable fields);
/// - `label`: the field's name on screen, also used in messages about it;
/// - `value`: the scenario's value; `shown` formats it;
/// - `to_edit`: the edit for a number typed; `field`: the field the engine names in its errors;
/// - `restore`: how to put the value from before back (by default `to_edit`'s edit for it);
/// - `optional`: an empty field means no value (`restore(None)`), not an error;
/// - `shared`: the field of a rule this field shares with others (the weights that must add up to
///   100 %), shown here when this is the one of them the user is changing.
#[component]
pub fn NumberField(
    state: AppState,
    #[prop(into)] key: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] field: Signal<FieldId>,
    #[prop(into)] value: Signal<Option<Decimal>>,
    shown: fn(Decimal) -> String,
    to_edit: ToEdit,
    #[prop(optional, into)] testid: String,
    #[prop(optional)] hide_label: bool,
    #[prop(optional)] reading: Reading,
    #[prop(optional)] restore: Option<Restore>,
    #[prop(optional)] optional: bool,
    #[prop(optional)] shared: Option<FieldId>,
) -> impl IntoView {
    let rules = Rules {
        reading,
        to_edit,
        restore,
        optional,
    };
    let draft = RwSignal::new(None::<Draft>);
    let left_field = RwSignal::new(false);
    let shared = StoredValue::new(shared);

    let problem = move || {
        let local = draft.with(|d| {
            let text = d.as_ref()?.current(state)?;
            rules.problem(state, text, left_field.get())
        });
        local
            .or_else(|| field.with(|field| state.error_at(field)))
            .or_else(|| {
                shared.with_value(|rule| {
                    let rule = rule.as_ref()?;
                    field.with(|field| state.shared_error_at(rule, field))
                })
            })
    };
    let key_for_cleanup = key.clone();
    let key_on_change = key.clone();
    on_cleanup(move || state.mark_unreadable(&key_for_cleanup, "", false));

    let on_input = move |event| {
        let text = event_target_value(&event);
        left_field.set(false);
        field
            .with_untracked(|field| shared.with_value(|rule| state.typed_in(field, rule.as_ref())));
        let typed = rules.typed(
            state,
            (&key, &label.get_untracked()),
            text,
            draft.get_untracked(),
            value.get_untracked(),
        );
        draft.set(Some(typed));
    };
    let on_change = move |_| {
        left_field.set(true);
        let keep = draft.with_untracked(|d| {
            rules.left(state, (&key_on_change, &label.get_untracked()), d.as_ref())
        });
        if !keep && draft.with_untracked(Option::is_some) {
            draft.set(None);
        }
    };
    view! {
        <label class="number-field" class:invalid=move || problem().is_some()>
            <span class:visually-hidden=hide_label>{move || label.get()}</span>
            <input
                type="text"
                inputmode="decimal"
                data-testid=testid
                aria-invalid=move || if problem().is_some() { "true" } else { "false" }
                prop:value=move || {
                    draft
                        .with(|d| d.as_ref().and_then(|d| d.current(state)).map(str::to_owned))
                        .unwrap_or_else(|| value.get().map(shown).unwrap_or_default())
                }
                on:input=on_input
                on:change=on_change
                // Leaving the field ends its undo step, even when `change` does not fire.
                on:blur=move |_| state.close_group()
            />
            {move || problem().map(|message| view! { <span class="field-error" role="alert">{message}</span> })}
        </label>
    }
}

/// An edit in progress: the text typed, over which revision of the scenario, the value before it
/// began, and the undo group of its keystrokes.
#[derive(Clone, PartialEq)]
pub struct Draft {
    pub text: String,
    revision: u64,
    before: Option<Decimal>,
    group: u64,
}

impl Draft {
    /// The text typed, while the scenario it was typed over is still the one shown (an undo or a
    /// reset replaces the scenario, and with it what was half typed).
    pub fn current(&self, state: AppState) -> Option<&str> {
        (self.revision == state.revision.get()).then_some(self.text.as_str())
    }
}

/// How a number field reads text and turns it into an edit: what [`NumberField`] does, for tables
/// that draw many fields at once without a component each.
#[derive(Clone, Copy)]
pub struct Rules {
    pub reading: Reading,
    pub to_edit: ToEdit,
    /// How to put the value from before back (by default `to_edit`'s edit for it).
    pub restore: Option<Restore>,
    /// An empty field means no value (`restore(None)`), not an error.
    pub optional: bool,
}

impl Rules {
    fn read(self, text: &str) -> Result<Decimal, ReadError> {
        match self.reading {
            Reading::Amount => read_number(text),
            Reading::Price => read_price(text),
        }
    }

    /// The edit that stores `text`, or why there is none: the one test of "readable and storable".
    fn storable(self, text: &str) -> Result<Edit, Option<String>> {
        match self.read(text) {
            Ok(number) => self.to_edit.run(number).map_err(Some),
            Err(ReadError::Empty) if self.optional => {
                self.restore.and_then(|r| r.run(None)).ok_or(None)
            }
            Err(_) => Err(None),
        }
    }

    fn put_back(self, before: Option<Decimal>) -> Option<Edit> {
        match self.restore {
            Some(restore) => restore.run(before),
            None => before.and_then(|b| self.to_edit.run(b).ok()),
        }
    }

    /// What is wrong with `text`, if anything; nothing while it may still become a number and the
    /// user has not `left` the field.
    pub fn problem(self, state: AppState, text: &str, left: bool) -> Option<String> {
        let t = state.texts;
        match self.read(text) {
            Ok(number) => self.to_edit.run(number).err(),
            Err(ReadError::Empty) if self.optional => None,
            Err(_) if !left && could_become_a_number(text) => None,
            Err(ReadError::Empty) => Some(t.empty_number.to_owned()),
            Err(ReadError::NotANumber) => Some((t.not_a_number)(text)),
        }
    }

    /// `text` typed into the field `(key, label)` showing `value`, continuing `draft` while it is
    /// current: the scenario follows a storable number, or gets back the value from before the edit
    /// began; the field is listed as unreadable if it holds what cannot be stored. Gives the draft.
    pub fn typed(
        self,
        state: AppState,
        (key, label): (&str, &str),
        text: String,
        draft: Option<Draft>,
        value: Option<Decimal>,
    ) -> Draft {
        let revision = state.revision.get_untracked();
        let (before, group) = match draft.filter(|d| d.revision == revision) {
            Some(d) => (d.before, d.group),
            None => (value, state.new_group()),
        };
        let storable = self.storable(&text).ok();
        let stored = storable.is_some();
        // Unreadable or not storable: back to the value from before the edit began.
        let edit = storable.or_else(|| self.put_back(before));
        if let Some(edit) = edit {
            // The engine refuses only edits of things that no longer exist; nothing to tell here.
            let _ = state.dispatch_in(edit, Some(group));
        }
        // Not stored: a number the field cannot take, or text that can no longer become one.
        let unreadable = !stored && (self.read(&text).is_ok() || !could_become_a_number(&text));
        state.mark_unreadable(key, label, unreadable);
        Draft {
            text,
            revision,
            before,
            group,
        }
    }

    /// The user left the field `(key, label)` holding `draft`: whether the draft stays (its text
    /// cannot be stored, and the field is listed as unreadable) or can go.
    pub fn left(self, state: AppState, (key, label): (&str, &str), draft: Option<&Draft>) -> bool {
        let Some(draft) = draft else {
            return false;
        };
        if self.storable(&draft.text).is_ok() {
            return false;
        }
        // Left holding text the field cannot use: listed now, even if it could still have become a number.
        state.mark_unreadable(key, label, true);
        true
    }
}

/// Text that holds only digits, signs, separators and spaces may still become a number ("1.550." on the
/// way to "1.550.000"): no message while the user is still typing it.
fn could_become_a_number(text: &str) -> bool {
    !text.trim().is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+' | ' ' | '\u{a0}'))
}

/// A [`Restore`] for a whole-number field: the value as it was, whatever its range.
pub fn restore_whole<T: TryFrom<i128> + 'static>(
    edit: impl Fn(T) -> Edit + Send + Sync + 'static,
) -> Restore {
    Callback::new(move |before: Option<Decimal>| {
        let whole = i128::try_from(before?).ok()?;
        T::try_from(whole).ok().map(&edit)
    })
}

/// A `to_edit` for a whole number in `min..=max` (a count, a population, a seed): anything else is
/// refused with a message that states the range.
pub fn whole_number<T: TryFrom<u64> + 'static>(
    state: AppState,
    min: u64,
    max: u64,
    edit: impl Fn(T) -> Edit + Send + Sync + 'static,
) -> ToEdit {
    let t = state.texts;
    Callback::new(move |number: Decimal| {
        let whole = number
            .fract()
            .is_zero()
            .then(|| u64::try_from(number).ok())
            .flatten()
            .filter(|n| (min..=max).contains(n))
            .and_then(|n| T::try_from(n).ok());
        let count = |n: u64| crate::format::count(n);
        whole.map(&edit).ok_or_else(|| {
            if max == u64::MAX {
                (t.whole_from)(&count(min))
            } else {
                (t.whole_between)(&count(min), &count(max))
            }
        })
    })
}
