//! `ddh-aabningstid` in English: the same module, built with the feature `english` (src/bin/ddh-aabningstid.rs).

fn main() {
    ddh_app::areas::hours::start();
}
