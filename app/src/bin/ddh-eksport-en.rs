//! Export in English: the module ddh-eksport built with the feature `english`.

fn main() {
    ddh_app::export::listen();
}
