//! The project's dev tasks, so that a fresh machine needs only Rust and one command:
//!
//! ```text
//! cargo xtask serve   install what is missing, then serve the app on http://127.0.0.1:8080
//! cargo xtask test    install what is missing, then run every test (engine, CLI, scenarios, browser)
//! cargo xtask dist    install what is missing, then build dist/ for a static host
//! cargo xtask fuzz    install cargo-fuzz, then fuzz each parser of untrusted text (60 s each, or [SECONDS])
//! cargo xtask mutants install cargo-mutants, then mutation-test the engine's areas ([AREA|FILE ...])
//! cargo xtask bench   engine timings, release build time, dist/ size and load time in headless Chromium
//! ```
//!
//! `DDH_BASELINE=<folder>` with `bench` also builds that minimal Leptos app (a copy, in target/baseline)
//! and times its first render beside this app's in the same browser run, so their ratio can be quoted.
//!
//! Only the standard library, so that it builds in seconds before anything else is installed.

mod fuzz;
mod mutants;
mod tools;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

fn main() -> ExitCode {
    let task = std::env::args().nth(1).unwrap_or_default();
    let root = workspace_root();
    let result = match task.as_str() {
        "serve" => serve(&root),
        "test" => test(&root),
        "dist" => dist(&root),
        "bench" => bench(&root),
        "fuzz" => fuzz::fuzz(&root, std::env::args().nth(2)),
        "mutants" => mutants::mutants(&root, &std::env::args().skip(2).collect::<Vec<_>>()),
        "setup" => tools::ensure(&root, tools::Need::Browser),
        _ => Err(
            "usage: cargo xtask serve | test | dist | bench | fuzz [SECONDS] | mutants [--iterate] [AREA|FILE ...] | setup"
                .to_owned(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn workspace_root() -> PathBuf {
    // xtask/ sits directly under the workspace root.
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn serve(root: &Path) -> Result<(), String> {
    tools::ensure(root, tools::Need::Build)?;
    println!("Serving on http://127.0.0.1:8080 (Ctrl+C stops)");
    run(root, "trunk", &["serve", "--release"])
}

fn dist(root: &Path) -> Result<(), String> {
    tools::ensure(root, tools::Need::Build)?;
    build_dist(root)
}

fn build_dist(root: &Path) -> Result<(), String> {
    let start = Instant::now();
    run(root, "trunk", &["build", "--release"])?;
    minify_glue(root)?;
    minify_loader(root)?;
    println!("dist/ built in {:.1} s", start.elapsed().as_secs_f64());
    Ok(())
}

fn test(root: &Path) -> Result<(), String> {
    tools::ensure(root, tools::Need::Browser)?;
    step("formatting");
    run(root, "cargo", &["fmt", "--all", "--check"])?;
    step("lints");
    run(
        root,
        "cargo",
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    // The app as it runs, in each language: the English build (feature `english`) links other code.
    for language in [&[][..], &["--features", "english"][..]] {
        let mut args = vec!["clippy", "-p", "ddh-app", "--all-targets"];
        args.extend_from_slice(language);
        args.extend_from_slice(&["--target", "wasm32-unknown-unknown", "--", "-D", "warnings"]);
        run(root, "cargo", &args)?;
    }
    step("documentation (rustdoc's warnings, broken links among them, are errors)");
    let deny_warnings: &[(&str, &std::ffi::OsStr)] = &[("RUSTDOCFLAGS", "-D warnings".as_ref())];
    run_with_env(
        root,
        "cargo",
        &["doc", "--workspace", "--no-deps"],
        deny_warnings,
    )?;
    run_with_env(
        root,
        "cargo",
        &["doc", "-p", "ddh-app", "--no-deps", "--features", "english"],
        deny_warnings,
    )?;
    step("engine, CLI and scenario files (unit, doc, property and cross-crate tests)");
    run(root, "cargo", &["test", "--workspace"])?;
    step("the app's unit tests in English");
    run(
        root,
        "cargo",
        &["test", "-p", "ddh-app", "--features", "english", "--lib"],
    )?;
    step("scenario files against the independent oracle");
    run(
        root,
        "python3",
        &["tests/scenarios/independent.py", "--check"],
    )?;
    step("release build of dist/");
    run(
        root,
        "cargo",
        &["build", "-p", "ddh-engine", "--bin", "ddh"],
    )?;
    build_dist(root)?;
    step("browser tests: dist/ in headless Chromium");
    let ddh = root.join("target/debug/ddh");
    let dist = root.join("dist");
    run_with_env(
        &root.join("tests/browser"),
        "node",
        &[
            "--test",
            "page.test.mjs",
            "app.test.mjs",
            "findings.test.mjs",
            "procurement.test.mjs",
            "hours.test.mjs",
            "keys.test.mjs",
            "meeting.test.mjs",
            "offline.test.mjs",
            "scenarios.test.mjs",
            "print.test.mjs",
            "export.test.mjs",
            "english.test.mjs",
        ],
        &[("DDH_BIN", ddh.as_os_str()), ("DDH_DIST", dist.as_os_str())],
    )?;
    println!("\nAll tests passed.");
    Ok(())
}

fn bench(root: &Path) -> Result<(), String> {
    tools::ensure(root, tools::Need::Browser)?;
    step("engine: evaluate");
    run(
        root,
        "cargo",
        &["bench", "-p", "ddh-engine", "--bench", "evaluate"],
    )?;
    step("release build (warm)");
    build_dist(root)?;
    let baseline = match std::env::var_os("DDH_BASELINE") {
        Some(folder) => {
            step("minimal Leptos app to compare with (DDH_BASELINE)");
            Some(build_baseline(root, Path::new(&folder))?)
        }
        None => None,
    };
    step("dist/ size and load time in headless Chromium");
    let dist = root.join("dist");
    let mut env = vec![("DDH_DIST", dist.as_os_str())];
    if let Some(baseline) = &baseline {
        env.push(("DDH_BASELINE_DIST", baseline.as_os_str()));
    }
    run_with_env(&root.join("tests/browser"), "node", &["bench.mjs"], &env)
}

/// Minifies each module's JavaScript glue (what wasm-bindgen writes beside the wasm, 40 KB with its
/// comments and long names) in place: it is in every first load, and Trunk leaves it as it is. The
/// modules are imported by the loader, not linked with an integrity hash, so rewriting them is safe.
fn minify_glue(root: &Path) -> Result<(), String> {
    let dist = root.join("dist");
    let entries = std::fs::read_dir(&dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !(name.starts_with("ddh-") && name.ends_with(".js")) {
            continue;
        }
        let out = format!("--outfile={name}");
        run(
            &dist,
            "esbuild",
            &[
                &name,
                "--minify",
                "--format=esm",
                "--allow-overwrite",
                "--log-level=warning",
                &out,
            ],
        )?;
    }
    Ok(())
}

/// Minifies the loader that Trunk inlined as written and puts the minified script's hash in the page's
/// policy (xtask/npm/minify-loader.mjs): the loader stays readable in public/, and small in every
/// first load.
fn minify_loader(root: &Path) -> Result<(), String> {
    let page = root.join("dist/index.html");
    let page = page.to_string_lossy();
    run(
        &root.join("xtask/npm"),
        "node",
        &["minify-loader.mjs", page.as_ref()],
    )
}

/// Copies the app at `source` into target/baseline (the source may be read-only) and builds its dist/.
fn build_baseline(root: &Path, source: &Path) -> Result<PathBuf, String> {
    let copy = root.join("target/baseline");
    let _ = std::fs::remove_dir_all(&copy);
    copy_tree(source, &copy).map_err(|e| format!("copying {}: {e}", source.display()))?;
    run(&copy, "trunk", &["build", "--release"])?;
    Ok(copy.join("dist"))
}

fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let name = entry.file_name();
        if name == "target" || name == "dist" || name == "node_modules" {
            continue;
        }
        let target = to.join(&name);
        if entry.file_type()?.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
            // Read-only sources stay writable in the copy, so that the next run can replace it.
            let mut permissions = std::fs::metadata(&target)?.permissions();
            #[allow(clippy::permissions_set_readonly_false)]
            permissions.set_readonly(false);
            std::fs::set_permissions(&target, permissions)?;
        }
    }
    Ok(())
}

pub(crate) fn step(title: &str) {
    println!("\n== {title}");
}

/// Runs a command in `dir` with the tools' folders on PATH; a failure names the command.
fn run(dir: &Path, program: &str, args: &[&str]) -> Result<(), String> {
    run_with_env(dir, program, args, &[])
}

fn run_with_env(
    dir: &Path,
    program: &str,
    args: &[&str],
    env: &[(&str, &std::ffi::OsStr)],
) -> Result<(), String> {
    let mut command = Command::new(program);
    command
        .args(args)
        .current_dir(dir)
        .env("PATH", tools::path_with_tools(&workspace_root()))
        .envs(env.iter().copied());
    tools::run_to_end(&mut command, program, args)
}
