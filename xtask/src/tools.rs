//! Installs what a fresh machine is missing, at the versions the project pins, and nothing else.
//!
//! - the wasm32 target, rustfmt and clippy (rustup); Node.js 20+ must be there already
//! - trunk, pinned here (0.22 needs a newer rustc than the project's)
//! - wasm-bindgen-cli, at the version of `wasm-bindgen` in Cargo.lock (they must match exactly)
//! - wasm-opt from the npm package binaryen (xtask/npm/package-lock.json); Trunk runs offline and uses it
//! - esbuild from npm (the same lock), which minifies each module's JavaScript glue in dist/
//! - for `cargo xtask fuzz` only: cargo-fuzz, pinned here
//! - for `cargo xtask mutants` only: cargo-mutants, pinned here
//! - for the browser tests: Debian's chromium (apt), playwright-core, axe-core and pdfjs-dist (reads the text of
//!   printed pages) (tests/browser/package-lock.json)

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

const TRUNK_VERSION: &str = "0.21.14";
/// For `cargo xtask fuzz` only; its `--sanitizer none` runs on the stable toolchain.
const CARGO_FUZZ_VERSION: &str = "0.13.1";
/// For `cargo xtask mutants` only.
const CARGO_MUTANTS_VERSION: &str = "27.1.0";

/// What the task at hand needs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Building the app.
    Build,
    /// Building the app and driving it in a browser.
    Browser,
}

pub fn ensure(root: &Path, need: Need) -> Result<(), String> {
    check_node()?;
    ensure_rustup_parts()?;
    // Without its default features: no check for a newer version over the network at each start
    // (nothing here may leave the machine unasked), no TLS stack (it downloads nothing: Trunk.toml
    // runs it offline), and so fewer crates to compile.
    ensure_cargo_tool(
        &["trunk", "--version"],
        "trunk",
        TRUNK_VERSION,
        &["--locked", "--no-default-features"],
    )?;
    let bindgen = wasm_bindgen_version(root)?;
    check_trunk_pins(root, &bindgen)?;
    // Not `--locked`: wasm-bindgen-cli's own lock file asks for a crate version the registry no
    // longer has.
    ensure_cargo_tool(
        &["wasm-bindgen", "--version"],
        "wasm-bindgen-cli",
        &bindgen,
        &[],
    )?;
    ensure_npm_packages(&root.join("xtask/npm"), &["binaryen", "esbuild"])?;
    if need == Need::Browser {
        ensure_chromium()?;
        ensure_npm_packages(
            &root.join("tests/browser"),
            &["playwright-core", "axe-core", "pdfjs-dist"],
        )?;
    }
    Ok(())
}

/// cargo-fuzz, for `cargo xtask fuzz` (libFuzzer itself is built from source by the fuzz crate).
pub fn ensure_fuzzer() -> Result<(), String> {
    ensure_cargo_tool(
        &["cargo-fuzz", "--version"],
        "cargo-fuzz",
        CARGO_FUZZ_VERSION,
        &["--locked"],
    )
}

/// cargo-mutants, for `cargo xtask mutants`.
pub fn ensure_mutants() -> Result<(), String> {
    // Run as cargo runs it: on its own it wants `mutants` as its first argument.
    ensure_cargo_tool(
        &["cargo-mutants", "mutants", "--version"],
        "cargo-mutants",
        CARGO_MUTANTS_VERSION,
        &["--locked"],
    )
}

/// PATH with cargo's bin folder and the npm build tools first, so the pinned versions are the ones run.
pub fn path_with_tools(root: &Path) -> OsString {
    let mut folders = vec![cargo_bin(), root.join("xtask/npm/node_modules/.bin")];
    if let Some(path) = std::env::var_os("PATH") {
        folders.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(folders).unwrap_or_default()
}

fn cargo_bin() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .unwrap_or_default()
        .join("bin")
}

/// What `program args` prints, or `None` if it cannot run.
fn output_of(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program)
        .args(args)
        .env(
            "PATH",
            path_with_tools(Path::new(env!("CARGO_MANIFEST_DIR")).parent()?),
        )
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

fn install(program: &str, args: &[&str], dir: Option<&Path>) -> Result<(), String> {
    println!("xtask: installing: {program} {}", args.join(" "));
    let mut command = Command::new(program);
    command.args(args);
    if let Some(dir) = dir {
        command.current_dir(dir);
    }
    run_to_end(&mut command, program, args)
}

/// Runs `command` (which is `program args`) to its end; a failure names the command.
pub fn run_to_end(command: &mut Command, program: &str, args: &[&str]) -> Result<(), String> {
    let status = command
        .status()
        .map_err(|e| format!("could not start {program}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{program} {}` failed ({status})", args.join(" ")))
    }
}

/// Node.js 20 or newer runs the build tools and the browser tests (playwright-core needs it).
fn check_node() -> Result<(), String> {
    let version = output_of("node", &["--version"]).ok_or(
        "Node.js is missing: install Node.js 20 or newer with npm (on Debian: apt-get install nodejs npm)",
    )?;
    let major: u32 = version
        .trim()
        .trim_start_matches('v')
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    if major >= 20 {
        Ok(())
    } else {
        Err(format!(
            "Node.js {} is too old: 20 or newer is needed",
            version.trim()
        ))
    }
}

/// The wasm32 target, and rustfmt and clippy for the test command (a minimal rustup profile lacks them).
fn ensure_rustup_parts() -> Result<(), String> {
    let installed = output_of("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !installed
        .lines()
        .any(|t| t.trim() == "wasm32-unknown-unknown")
    {
        install("rustup", &["target", "add", "wasm32-unknown-unknown"], None)?;
    }
    for (component, probe) in [("rustfmt", "fmt"), ("clippy", "clippy")] {
        if output_of("cargo", &[probe, "--version"]).is_none() {
            install("rustup", &["component", "add", component], None)?;
        }
    }
    Ok(())
}

/// Installs `krate` at `version` with cargo (and `options`) unless `probe` (the program and the
/// arguments that make it print its version) already reports it.
///
/// Built with a lighter release profile than the tools' own: no link-time optimisation, the code in
/// 16 units. These tools spend their time running other programs and reading files, so the speed
/// that fat LTO and one unit buy them is not felt, while compiling them is a large part of a fresh
/// machine's set-up (trunk, which asks for both, took 6 min 30 s to compile here; 3 min 59 s so).
fn ensure_cargo_tool(
    probe: &[&str],
    krate: &str,
    version: &str,
    options: &[&str],
) -> Result<(), String> {
    let reported = match probe.split_first() {
        Some((program, args)) => output_of(program, args).unwrap_or_default(),
        None => String::new(),
    };
    if reported.split_whitespace().any(|word| word == version) {
        return Ok(());
    }
    let exact = format!("={version}");
    let mut args = vec!["install", krate, "--version", exact.as_str(), "--force"];
    args.extend_from_slice(options);
    println!("xtask: installing: cargo {}", args.join(" "));
    let mut command = Command::new("cargo");
    command
        .args(&args)
        .env("CARGO_PROFILE_RELEASE_LTO", "off")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16");
    run_to_end(&mut command, "cargo", &args)
}

/// The `wasm-bindgen` version in Cargo.lock, which the CLI must equal.
fn wasm_bindgen_version(root: &Path) -> Result<String, String> {
    let lock =
        std::fs::read_to_string(root.join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = \""))
                .and_then(|v| v.strip_suffix('"'))
            {
                return Ok(version.to_owned());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen".to_owned())
}

/// Trunk.toml must name the same wasm-bindgen as Cargo.lock, or Trunk (offline) finds no tool to run.
fn check_trunk_pins(root: &Path, bindgen: &str) -> Result<(), String> {
    let trunk =
        std::fs::read_to_string(root.join("Trunk.toml")).map_err(|e| format!("Trunk.toml: {e}"))?;
    let pinned = trunk
        .lines()
        .find_map(|line| line.trim().strip_prefix("wasm_bindgen = \""))
        .and_then(|rest| rest.strip_suffix('"'));
    if pinned == Some(bindgen) {
        Ok(())
    } else {
        Err(format!(
            "Trunk.toml pins wasm_bindgen {pinned:?} but Cargo.lock has {bindgen}: make them equal"
        ))
    }
}

/// `npm ci` in `dir` unless every one of `packages` is already installed there at the locked version.
fn ensure_npm_packages(dir: &Path, packages: &[&str]) -> Result<(), String> {
    let lock = std::fs::read_to_string(dir.join("package-lock.json")).unwrap_or_default();
    let version_in = |text: &str| {
        text.split("\"version\": \"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .map(str::to_owned)
    };
    let current = |package: &&str| {
        let installed =
            std::fs::read_to_string(dir.join("node_modules").join(package).join("package.json"))
                .unwrap_or_default();
        let locked = lock
            .split(&format!("\"node_modules/{package}\": {{"))
            .nth(1)
            .and_then(version_in);
        locked.is_some() && locked == version_in(&installed)
    };
    if packages.iter().all(current) {
        return Ok(());
    }
    install("npm", &["ci", "--no-audit", "--no-fund"], Some(dir))
}

/// Debian's Chromium for the browser tests (a test tool's own browser download cannot work offline).
fn ensure_chromium() -> Result<(), String> {
    if output_of("chromium", &["--version"]).is_some() {
        return Ok(());
    }
    let as_root = output_of("id", &["-u"]).is_some_and(|id| id.trim() == "0");
    if !as_root && output_of("sudo", &["-n", "true"]).is_none() {
        return Err(
            "Chromium is missing and installing it needs root: run `apt-get install chromium` as root, then again"
                .to_owned(),
        );
    }
    let (program, prefix): (&str, &[&str]) = if as_root {
        ("apt-get", &[])
    } else {
        ("sudo", &["-n", "apt-get"])
    };
    let update = [prefix, &["update", "-q"]].concat();
    install(program, &update, None)?;
    let chromium = [
        prefix,
        &["install", "-y", "-q", "--no-install-recommends", "chromium"],
    ]
    .concat();
    install(program, &chromium, None)
}
