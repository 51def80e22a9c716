//! The allocation keys area (Fordeling) as a module of its own.
//! The library holds the code; `ddh-fordeling-en.rs` is the same module in English.

fn main() {
    ddh_app::areas::keys::start();
}
