//! The tender area (Udbud) as a module of its own; the library holds the code.

fn main() {
    ddh_app::mount_tender();
}
