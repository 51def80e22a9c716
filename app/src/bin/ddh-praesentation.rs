//! The presentation (Præsentér: every scenario full screen, area by area) as a module of its own,
//! loaded when a presentation starts.
//! The library holds the code; `ddh-praesentation-en.rs` is the same module in English.

fn main() {
    ddh_app::areas::present::start();
}
