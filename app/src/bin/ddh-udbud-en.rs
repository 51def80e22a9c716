//! The tender area (Udbud) in English: the module ddh-udbud built with the feature `english`.

fn main() {
    ddh_app::mount_tender();
}
