//! What the procurement area says to a person, one table per language: its citations.

/// The procurement area's words, in one language.
pub struct Texts {
    /// A citation the area gives in Danish (a threshold's source, the act's sections behind the
    /// contract value) in this language; one it does not know as it is.
    pub cited: fn(&str) -> &str,
}

/// Danish: the citations as the sources write them.
pub static DA: Texts = Texts {
    cited: |citation| citation,
};

/// English.
pub static EN: Texts = Texts {
    cited: crate::areas::procurement::cited::in_english,
};
