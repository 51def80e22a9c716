//! Mounts the app; everything else lives in the library.

fn main() {
    ddh_app::mount();
}
