//! `ddh-indkob` in English: the same module, built with the feature `english` (src/bin/ddh-indkob.rs).

fn main() {
    ddh_app::areas::procurement::start();
}
