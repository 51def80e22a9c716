//! An area's answer to its question, shown first: one figure in large type and the figures that
//! qualify it, at the top of the area's page, and in one line in the key bar, which stays on screen
//! while the user scrolls to the inputs. Each area builds its [`Headline`] from its own figures
//! (`Area::headline`, a function of the figures it reads); the frame and the area's page draw it.

use crate::state::AppState;
use leptos::prelude::*;

/// One figure of a headline, as shown.
#[derive(Clone, PartialEq, Debug)]
pub struct Figure {
    pub label: String,
    pub value: String,
    pub testid: &'static str,
}

impl Figure {
    pub fn new(label: impl Into<String>, value: impl Into<String>, testid: &'static str) -> Figure {
        Figure {
            label: label.into(),
            value: value.into(),
            testid,
        }
    }
}

/// An area's answer: what the meeting asks of the area, and what qualifies it.
#[derive(Clone, PartialEq, Debug)]
pub struct Headline {
    /// The answer, in large type.
    pub main: Figure,
    /// The one to three figures that qualify it.
    pub qualifiers: Vec<Figure>,
    /// The answer in one line for the key bar.
    pub bar: String,
    /// The figures are the last that could be computed, not the current ones (the area's notice says
    /// why).
    pub stale: bool,
}

/// The headline at the top of an area's page. `headline` is the area's `Area::headline`, read again
/// when the figures it reads change: a few strings, cheaper to build twice (here and in the key bar)
/// than a memo of their own in every module.
#[component]
pub fn Answer(state: AppState, headline: fn(AppState) -> Option<Headline>) -> impl IntoView {
    let figure = |figure: Figure, emphasis: bool| {
        view! {
            <div class="figure" class:emphasis=emphasis>
                <span class="figure-label">{figure.label}</span>
                <span class="figure-value" data-testid=figure.testid>{figure.value}</span>
            </div>
        }
    };
    move || {
        headline(state).map(|headline| {
            view! {
                <div class="figures headline" class:stale=headline.stale data-testid="headline">
                    {figure(headline.main, true)}
                    {headline.qualifiers.into_iter().map(|q| figure(q, false)).collect_view()}
                </div>
            }
        })
    }
}
