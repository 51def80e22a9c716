//! The budget years area (Budgetår) as a module of its own.
//! The library holds the code; `ddh-budgetaar-en.rs` is the same module in English.

fn main() {
    ddh_app::areas::years::start();
}
