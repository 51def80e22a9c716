//! `ddh-budgetaar` in English: the same module, built with the feature `english` (src/bin/ddh-budgetaar.rs).

fn main() {
    ddh_app::areas::years::start();
}
