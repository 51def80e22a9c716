//! The tender area (Udbud) as a module of its own.
//! The library holds the code; `ddh-udbud-en.rs` is the same module in English.

fn main() {
    ddh_app::areas::tender::start();
}
