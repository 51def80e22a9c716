//! Installs what a fresh machine is missing, at the versions the project pins, and nothing else.
//!
//! - the wasm32 target (rustup)
//! - trunk, pinned here (0.22 needs a newer rustc than the project's)
//! - wasm-bindgen-cli, at the version of `wasm-bindgen` in Cargo.lock (they must match exactly)
//! - wasm-opt from the npm package binaryen (xtask/npm/package-lock.json); Trunk runs offline and uses it
//! - for the browser tests: Debian's chromium (apt) and playwright-core (tests/browser/package-lock.json)

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

const TRUNK_VERSION: &str = "0.21.14";

/// What the task at hand needs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Building the app.
    Build,
    /// Building the app and driving it in a browser.
    Browser,
}

pub fn ensure(root: &Path, need: Need) -> Result<(), String> {
    ensure_wasm_target()?;
    ensure_cargo_tool("trunk", "trunk", TRUNK_VERSION, true)?;
    let bindgen = wasm_bindgen_version(root)?;
    ensure_cargo_tool("wasm-bindgen", "wasm-bindgen-cli", &bindgen, false)?;
    ensure_npm_packages(&root.join("xtask/npm"), "binaryen")?;
    if need == Need::Browser {
        ensure_chromium()?;
        ensure_npm_packages(&root.join("tests/browser"), "playwright-core")?;
    }
    Ok(())
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
    let status = command
        .status()
        .map_err(|e| format!("could not start {program}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{program} {}` failed ({status})", args.join(" ")))
    }
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed = output_of("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed
        .lines()
        .any(|t| t.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    install("rustup", &["target", "add", "wasm32-unknown-unknown"], None)
}

/// Installs `krate` at `version` with cargo unless `binary --version` already reports it.
fn ensure_cargo_tool(binary: &str, krate: &str, version: &str, locked: bool) -> Result<(), String> {
    let reported = output_of(binary, &["--version"]).unwrap_or_default();
    if reported.split_whitespace().any(|word| word == version) {
        return Ok(());
    }
    let exact = format!("={version}");
    let mut args = vec!["install", krate, "--version", exact.as_str(), "--force"];
    // wasm-bindgen-cli's own lock file asks for a crate version the registry no longer has.
    if locked {
        args.push("--locked");
    }
    install("cargo", &args, None)
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

/// `npm ci` in `dir` unless `package` is already installed there at the locked version.
fn ensure_npm_packages(dir: &Path, package: &str) -> Result<(), String> {
    let lock = std::fs::read_to_string(dir.join("package-lock.json")).unwrap_or_default();
    let installed =
        std::fs::read_to_string(dir.join("node_modules").join(package).join("package.json"))
            .unwrap_or_default();
    let version_in = |text: &str| {
        text.split("\"version\": \"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .map(str::to_owned)
    };
    let locked = lock
        .split(&format!("\"node_modules/{package}\": {{"))
        .nth(1)
        .and_then(version_in);
    if locked.is_some() && locked == version_in(&installed) {
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
    let (program, prefix): (&str, &[&str]) = if as_root {
        ("apt-get", &[])
    } else {
        ("sudo", &["apt-get"])
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
