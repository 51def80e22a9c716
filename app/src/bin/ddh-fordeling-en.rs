//! The allocation keys area (Fordeling) in English: the module ddh-fordeling built with the feature `english`.

fn main() {
    ddh_app::mount_keys();
}
