//! `ddh-eksport` in English: the same module, built with the feature `english` (src/bin/ddh-eksport.rs).

fn main() {
    ddh_app::export::listen();
}
