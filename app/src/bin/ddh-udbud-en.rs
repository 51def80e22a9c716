//! `ddh-udbud` in English: the same module, built with the feature `english` (src/bin/ddh-udbud.rs).

fn main() {
    ddh_app::areas::tender::start();
}
