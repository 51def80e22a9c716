//! The scenarios area (Scenarier) in English: the module ddh-scenarier built with the feature `english`.

fn main() {
    ddh_app::mount_scenarios();
}
