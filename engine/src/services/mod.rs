//! What the app does with whole scenarios, above the document: undo and redo ([`history`]), the
//! library of named scenarios ([`library`]), share links ([`share`]) and the comparison of two or three
//! scenarios ([`compare`]).

pub mod compare;
pub mod history;
pub mod library;
pub mod share;
