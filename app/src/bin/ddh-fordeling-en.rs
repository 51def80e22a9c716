//! `ddh-fordeling` in English: the same module, built with the feature `english` (src/bin/ddh-fordeling.rs).

fn main() {
    ddh_app::areas::keys::start();
}
