//! The procurement area (Indkøb) as a module of its own.
//! The library holds the code; `ddh-indkob-en.rs` is the same module in English.

fn main() {
    ddh_app::areas::procurement::start();
}
