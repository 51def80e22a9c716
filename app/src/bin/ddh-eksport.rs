//! Export (tables as CSV or on the clipboard, charts as SVG or PNG) as a module of its own, loaded the
//! first time an area's Eksportér button is pressed.
//! The library holds the code; `ddh-eksport-en.rs` is the same module in English.

fn main() {
    ddh_app::export::listen();
}
