//! Read-only output as data: an area describes its figures as [`Block`]s and one renderer draws them.
//!
//! Every distinct `view!` tree is its own type, compiled into the download with its own build, mount and
//! update code; a page of hand-written result tables costs tens of kilobytes. Blocks are one fixed set
//! of element shapes, so an area's results add only the code that builds their data. Text goes in as
//! text nodes, never as HTML.

use leptos::prelude::*;

/// One piece of read-only output.
#[derive(Clone, PartialEq)]
pub enum Block {
    /// A heading of a part of an area.
    Heading(String),
    /// A paragraph; `strong` is shown after `text`, emphasised and marked for tests with `testid`.
    Text {
        text: String,
        strong: String,
        testid: &'static str,
    },
    /// A table with column headings; the first cell of each row heads the row.
    Table {
        label: String,
        head: Vec<String>,
        rows: Vec<Vec<String>>,
        testid: &'static str,
    },
    /// Label and figure pairs.
    Figures(Vec<(String, String, &'static str)>),
    /// A numbered list.
    List {
        items: Vec<String>,
        testid: &'static str,
    },
    /// A note in small type.
    Note(String),
}

/// Draws `blocks`.
pub fn render(blocks: Vec<Block>) -> impl IntoView {
    blocks.into_iter().map(block).collect_view()
}

fn block(block: Block) -> AnyView {
    match block {
        Block::Heading(text) => view! { <h3>{text}</h3> }.into_any(),
        Block::Text { text, strong, testid } => view! {
            <p>{text}" "<strong data-testid=testid>{strong}</strong></p>
        }
        .into_any(),
        // On a phone each row stacks into a card, every cell under its column's name (`data-label`).
        Block::Table { label, head, rows, testid } => {
            let columns: Vec<String> = head.iter().skip(1).cloned().collect();
            view! {
                <div class="table-scroll" tabindex="0" role="region" aria-label=label>
                    <table class="steps-table stack-narrow" data-testid=testid>
                        <thead><tr>{head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                        <tbody>
                            {rows.into_iter().map(|row| {
                                let mut cells = row.into_iter();
                                let first = cells.next().unwrap_or_default();
                                view! {
                                    <tr>
                                        <th scope="row">{first}</th>
                                        {cells.zip(columns.iter().cloned()).map(|(cell, column)| view! {
                                            <td data-label=column>{cell}</td>
                                        }).collect_view()}
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }
            .into_any()
        }
        Block::Figures(pairs) => view! {
            <dl class="figures">
                {pairs.into_iter().map(|(label, figure, testid)| view! {
                    <dt>{label}</dt><dd data-testid=testid>{figure}</dd>
                }).collect_view()}
            </dl>
        }
        .into_any(),
        Block::List { items, testid } => view! {
            <ol data-testid=testid>{items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}</ol>
        }
        .into_any(),
        Block::Note(text) => view! { <p class="note">{text}</p> }.into_any(),
    }
}
