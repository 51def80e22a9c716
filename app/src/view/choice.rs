//! A labelled select over a fixed list of choices. Options are identified by position, so one
//! component (not one per choice type) serves every select: each generic copy would add to the download.

use leptos::prelude::*;

/// A `<select>` with a visible label; `selected` is the position of the current choice.
#[component]
pub fn Choice(
    #[prop(into)] label: Signal<String>,
    options: Vec<&'static str>,
    #[prop(into)] selected: Signal<usize>,
    on_pick: Callback<usize>,
    #[prop(optional, into)] testid: String,
    #[prop(optional)] hide_label: bool,
) -> impl IntoView {
    view! {
        <label class="choice">
            <span class:visually-hidden=hide_label>{move || label.get()}</span>
            <select
                data-testid=testid
                prop:value=move || selected.get().to_string()
                on:change=move |event| {
                    if let Ok(position) = event_target_value(&event).parse::<usize>() {
                        on_pick.run(position);
                    }
                }
            >
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(position, text)| view! { <option value=position.to_string()>{text}</option> })
                    .collect_view()}
            </select>
        </label>
    }
}

/// The position of `value` among `all` (0 if absent).
pub fn position_of<T: PartialEq>(all: &[T], value: &T) -> usize {
    all.iter()
        .position(|candidate| candidate == value)
        .unwrap_or(0)
}
