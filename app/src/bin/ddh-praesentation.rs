//! The presentation (Præsentér: every scenario full screen, area by area) as a module of its own,
//! loaded when a presentation starts; the library holds the code.

fn main() {
    ddh_app::mount_present();
}
