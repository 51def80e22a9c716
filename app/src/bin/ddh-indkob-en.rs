//! The procurement area (Indkøb) in English: the module ddh-indkob built with the feature `english`.

fn main() {
    ddh_app::mount_procurement();
}
