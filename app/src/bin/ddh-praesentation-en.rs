//! The presentation (Præsentér) in English: the module ddh-praesentation built with the feature `english`.

fn main() {
    ddh_app::mount_present();
}
