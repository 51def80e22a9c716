//! `ddh-udbud` in English: the same module, built with the feature `english` (src/bin/ddh-udbud.rs).

fn main() {
    ddh_app::mount::<ddh_app::areas::tender::Module>();
}
