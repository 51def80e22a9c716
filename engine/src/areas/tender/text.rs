//! What the tender area says to a person, one table per language: how the bills are rounded.

/// The tender area's words, in one language.
pub struct Texts {
    /// How the engine rounds, stated once beside the figures.
    pub rounding: &'static str,
}

/// Danish.
pub static DA: Texts = Texts {
    rounding: "Beløb i kr. med 2 decimaler. Regningerne er fordelt på hele øre efter største rest, så de \
               summerer præcist til totalen; lige rester går til laveste kommunekode. Pris pr. borger og \
               andele er afrundet halvt væk fra nul (2 decimaler); målprisen sammenlignes med den \
               uafrundede pris.",
};

/// English.
pub static EN: Texts = Texts {
    rounding: "Amounts in DKK with 2 decimals. The bills are divided into whole øre by largest \
               remainder, so that they add up exactly to the total; equal remainders go to the lowest \
               municipality code. Price per citizen and shares are rounded half away from zero \
               (2 decimals); the target price is compared with the unrounded price.",
};
