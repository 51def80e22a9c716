//! `ddh-scenarier` in English: the same module, built with the feature `english` (src/bin/ddh-scenarier.rs).

fn main() {
    ddh_app::areas::scenarios::start();
}
