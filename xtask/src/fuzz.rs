//! `cargo xtask fuzz [SECONDS]`: each of the engine's parsers of untrusted text (engine/fuzz/) under
//! libFuzzer for SECONDS (60 by default), then the executions and findings of each.
//!
//! cargo-fuzz runs on the stable toolchain with `--sanitizer none`: no AddressSanitizer, which safe
//! Rust (the engine forbids `unsafe`) has little use for; a panic, an assertion, an overflow
//! (debug assertions are on) or a run out of time or memory is a finding. Inputs found are kept in
//! engine/fuzz/corpus/ (not committed) and grow run by run; engine/fuzz/seeds/ holds the committed
//! starting points. A finding is written to `engine/fuzz/artifacts/<target>/` and stops the task.

use std::path::Path;
use std::process::{Command, Stdio};

/// The targets, each one parser of what reaches the engine from outside.
const TARGETS: [&str; 4] = ["scenario_json", "share_link", "csv_import", "stored_state"];

pub fn fuzz(root: &Path, seconds: Option<String>) -> Result<(), String> {
    let seconds: u32 = match seconds {
        None => 60,
        Some(text) => text
            .parse()
            .ok()
            .filter(|&s| s > 0)
            .ok_or(format!("`{text}` is not a number of seconds"))?,
    };
    crate::tools::ensure_fuzzer()?;
    let fuzz_dir = root.join("engine/fuzz");
    let mut summary = Vec::new();
    for target in TARGETS {
        crate::step(&format!("fuzzing {target} for {seconds} s"));
        let corpus = fuzz_dir.join("corpus").join(target);
        let seeds = fuzz_dir.join("seeds").join(target);
        std::fs::create_dir_all(&corpus).map_err(|e| format!("{}: {e}", corpus.display()))?;
        let log_path = root.join(format!("target/fuzz-{target}.log"));
        let log =
            std::fs::File::create(&log_path).map_err(|e| format!("{}: {e}", log_path.display()))?;
        let max_time = format!("-max_total_time={seconds}");
        let args = [
            "fuzz",
            "run",
            "--fuzz-dir",
            &fuzz_dir.to_string_lossy(),
            "--sanitizer",
            "none",
            target,
            &corpus.to_string_lossy(),
            &seeds.to_string_lossy(),
            "--",
            &max_time,
            "-max_len=65536",
            "-timeout=10",
            "-rss_limit_mb=2048",
            "-print_final_stats=1",
        ]
        .map(str::to_owned);
        let status = Command::new("cargo")
            .args(&args)
            .current_dir(root)
            .env("PATH", crate::tools::path_with_tools(root))
            .stdout(Stdio::inherit())
            .stderr(log)
            .status()
            .map_err(|e| format!("could not start cargo fuzz: {e}"))?;
        let text = std::fs::read_to_string(&log_path).unwrap_or_default();
        let stat = |name: &str| {
            text.lines()
                .find_map(|line| line.strip_prefix(&format!("stat::{name}:")))
                .map(|value| value.trim().to_owned())
                .unwrap_or_else(|| "?".to_owned())
        };
        let kept = std::fs::read_dir(&corpus).map(Iterator::count).unwrap_or(0);
        if !status.success() {
            let tail: Vec<&str> = text.lines().rev().take(40).collect();
            for line in tail.into_iter().rev() {
                eprintln!("{line}");
            }
            return Err(format!(
                "{target}: a finding (or a failed build); the whole log is {}",
                log_path.display()
            ));
        }
        let line = format!(
            "{target}: {} executions in {seconds} s, {} inputs in the corpus, no finding",
            stat("number_of_executed_units"),
            kept
        );
        println!("{line}");
        summary.push(line);
    }
    crate::step("fuzzing done");
    for line in summary {
        println!("{line}");
    }
    Ok(())
}
