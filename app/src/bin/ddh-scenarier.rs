//! The scenarios area (Scenarier: named scenarios, compare, share, export, import) as a module of its
//! own; the library holds the code.

fn main() {
    ddh_app::mount_scenarios();
}
