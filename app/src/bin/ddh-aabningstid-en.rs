//! The opening-hours area (Åbningstid) in English: the module ddh-aabningstid built with the feature `english`.

fn main() {
    ddh_app::mount_hours();
}
