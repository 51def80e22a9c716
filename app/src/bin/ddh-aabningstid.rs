//! The opening-hours area (Åbningstid) as a module of its own.
//! The library holds the code; `ddh-aabningstid-en.rs` is the same module in English.

fn main() {
    ddh_app::areas::hours::start();
}
