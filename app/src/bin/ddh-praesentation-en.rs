//! `ddh-praesentation` in English: the same module, built with the feature `english` (src/bin/ddh-praesentation.rs).

fn main() {
    ddh_app::areas::present::start();
}
