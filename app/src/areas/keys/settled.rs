//! The figures the keys' tables and charts show: the side-by-side table, one key in detail, the
//! charts and the seats, thousands of cells with 98 members, which a browser takes tens of
//! milliseconds to lay out and paint each time they change (a busy machine several times that).
//!
//! While the user types a member's calls or bid, each keystroke redraws the field, the list and the
//! headline at once; these follow when typing pauses, or when the field is left. Every other edit
//! (a key chosen, a floor typed above) shows them at once, as before. While they wait, their part of
//! the page says so (`aria-busy`), so that no one reads figures a keystroke behind as current.

use ddh_engine::keys::report::KeysReport;
use leptos::prelude::*;
use std::time::Duration;

/// How long typing must pause before the tables and charts follow the keystrokes.
const PAUSE: Duration = Duration::from_millis(250);

/// The figures shown under the members' list, and whether newer ones wait for typing to pause.
#[derive(Clone, Copy)]
pub struct Settled {
    /// What the tables and charts show: the area's figures, or while a keystroke's wait, the ones
    /// shown before it.
    pub figures: Memo<Option<KeysReport>>,
    /// Newer figures than `figures` wait for typing to pause.
    pub waiting: RwSignal<bool>,
    timer: StoredValue<Option<TimeoutHandle>>,
}

impl Settled {
    /// Follows `live`, the area's figures.
    pub fn new(live: Memo<Option<KeysReport>>) -> Settled {
        let waiting = RwSignal::new(false);
        // A memo that keeps what it holds, telling no one, while figures wait: so the tables and
        // charts reading it are not redrawn until the wait ends (no effect, no copy per keystroke).
        let figures = Memo::new_owning(move |held: Option<Option<KeysReport>>| {
            let wait = waiting.get();
            live.track();
            match held {
                Some(held) if wait => (held, false),
                _ => (live.get(), true),
            }
        });
        let settled = Settled {
            figures,
            waiting,
            timer: StoredValue::new(None),
        };
        on_cleanup(move || settled.stop_timer());
        settled
    }

    /// A keystroke in a member's field, before its edit: the figures it changes wait for a pause.
    pub fn typing(self) {
        if !self.waiting.get_untracked() {
            self.waiting.set(true);
        }
        self.stop_timer();
        let timer = set_timeout_with_handle(move || self.typed(), PAUSE).ok();
        self.timer.set_value(timer);
    }

    /// Typing paused, or the field was left: what waits is shown now.
    pub fn typed(self) {
        self.stop_timer();
        if self.waiting.try_get_untracked() == Some(true) {
            self.waiting.set(false);
        }
    }

    fn stop_timer(self) {
        if let Some(timer) = self.timer.try_update_value(Option::take).flatten() {
            timer.clear();
        }
    }
}
