//! The scenarios area (Scenarier: named scenarios, compare, share, export, import) as a module of its
//! own.
//! The library holds the code; `ddh-scenarier-en.rs` is the same module in English.

fn main() {
    ddh_app::areas::scenarios::start();
}
