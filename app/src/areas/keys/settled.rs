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
    live: Memo<Option<KeysReport>>,
    /// What the tables and charts show.
    pub figures: RwSignal<Option<KeysReport>>,
    /// Newer figures than `figures` wait for typing to pause.
    pub waiting: RwSignal<bool>,
    typing: StoredValue<bool>,
    timer: StoredValue<Option<TimeoutHandle>>,
}

impl Settled {
    /// Follows `live`, the area's figures.
    pub fn new(live: Memo<Option<KeysReport>>) -> Settled {
        let settled = Settled {
            live,
            figures: RwSignal::new(live.get_untracked()),
            waiting: RwSignal::new(false),
            typing: StoredValue::new(false),
            timer: StoredValue::new(None),
        };
        // An effect, since a keystroke's figures wait on the clock (a timer), outside the graph.
        Effect::new(move |_| {
            live.track();
            if settled.typing.get_value() {
                settled.wait();
            } else {
                settled.show();
            }
        });
        on_cleanup(move || settled.stop_timer());
        settled
    }

    /// A keystroke in a member's field: the figures it changes wait for a pause.
    pub fn typing(self) {
        self.typing.set_value(true);
    }

    /// The field was left: what waits is shown now.
    pub fn typed(self) {
        self.typing.set_value(false);
        if self.waiting.get_untracked() {
            self.show();
        }
    }

    fn wait(self) {
        self.stop_timer();
        if !self.waiting.get_untracked() {
            self.waiting.set(true);
        }
        let timer = set_timeout_with_handle(move || self.show(), PAUSE).ok();
        self.timer.set_value(timer);
    }

    fn show(self) {
        self.stop_timer();
        // After the area is gone (the timer is stopped then too) there is nothing to show.
        if let Some(figures) = self.live.try_get_untracked() {
            self.figures.set(figures);
        }
        if self.waiting.get_untracked() {
            self.waiting.set(false);
        }
    }

    fn stop_timer(self) {
        if let Some(timer) = self.timer.try_update_value(Option::take).flatten() {
            timer.clear();
        }
    }
}
