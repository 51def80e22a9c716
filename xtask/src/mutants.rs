//! `cargo xtask mutants [--iterate] [AREA|FILE ...]`: mutation testing of the engine with
//! cargo-mutants (pinned, installed if missing). Each mutant is a small change to the code (a `>` made `>=`, a function
//! returning a default); a test must fail for it. A mutant no test notices shows code that the tests
//! do not pin down.
//!
//! Not part of the test command: on two cores the whole engine takes hours, so it runs per area
//! (`money`, `members`, `tender`, `leaving`, `procurement`, `hours`, `staffing`, `keys`, or any engine
//! file or glob, such as `engine/src/areas/keys/seats.rs`). With no argument, every area in turn.
//! Each area's results are kept in `target/mutants/<area>/mutants.out/` (`missed.txt` lists what no
//! test noticed); the task ends with the score per area: caught, missed, unviable (did not compile),
//! timeouts. `--iterate` runs again only the mutants the area's last run did not catch, once tests
//! have been added for them.

use std::path::Path;
use std::process::Command;

/// The engine's areas and the files each one is.
const AREAS: [(&str, &str); 9] = [
    ("money", "engine/src/common/money.rs"),
    ("members", "engine/src/areas/members/*.rs"),
    ("tender", "engine/src/areas/tender/*.rs"),
    ("leaving", "engine/src/areas/leaving/*.rs"),
    ("procurement", "engine/src/areas/procurement/*.rs"),
    ("hours", "engine/src/areas/hours/*.rs"),
    ("staffing", "engine/src/areas/hours/staffing/*.rs"),
    ("keys", "engine/src/areas/keys/*.rs"),
    ("years", "engine/src/areas/years/*.rs"),
];

pub fn mutants(root: &Path, arguments: &[String]) -> Result<(), String> {
    crate::tools::ensure_mutants()?;
    // `--iterate` runs again only what the area's last run did not catch (after tests were added for
    // its survivors): cargo-mutants keeps the caught ones as `previously_caught.txt`.
    let iterate = arguments.iter().any(|a| a == "--iterate");
    let chosen: Vec<String> = arguments
        .iter()
        .filter(|a| *a != "--iterate")
        .cloned()
        .collect();
    let runs: Vec<(String, String)> = if chosen.is_empty() {
        AREAS
            .iter()
            .map(|(area, files)| ((*area).to_owned(), (*files).to_owned()))
            .collect()
    } else {
        chosen
            .iter()
            .map(
                |choice| match AREAS.iter().find(|(area, _)| area == choice) {
                    Some((area, files)) => ((*area).to_owned(), (*files).to_owned()),
                    // A file or glob: its results under its name with the folders flattened.
                    None => (choice.replace(['/', '*'], "_"), choice.clone()),
                },
            )
            .collect()
    };
    let mut scores = Vec::new();
    for (name, files) in &runs {
        crate::step(&format!("mutants in {files}"));
        let output = root.join("target/mutants").join(name);
        std::fs::create_dir_all(&output).map_err(|e| format!("{}: {e}", output.display()))?;
        let output_text = output.to_string_lossy().into_owned();
        let args = [
            "mutants",
            "--package",
            "ddh-engine",
            "--file",
            files,
            // The area's own tests live beside it; they are not mutated.
            "--exclude",
            "**/tests.rs",
            "--output",
            &output_text,
            "--jobs",
            "2",
            // A mutant that makes a search endless is a timeout, not a hang: the tests of an
            // unmutated engine take seconds, so a few times their time is plenty.
            "--timeout-multiplier",
            "3",
            "--no-shuffle",
            // The unit, property, scenario and CLI tests, not the doctests: each doctest is compiled
            // on its own, which triples every mutant's time, and they are the documentation's
            // examples of figures the unit tests hold too.
            "--cargo-test-arg=--tests",
        ];
        let iteration = ["--iterate"];
        let args = args
            .iter()
            .chain(if iterate { &iteration[..] } else { &[] });

        // cargo-mutants exits non-zero when a mutant is missed; the score below says so.
        let status = Command::new("cargo")
            .args(args)
            .current_dir(root)
            .env("PATH", crate::tools::path_with_tools(root))
            // Fewer cases per property than the test command's 256: a mutant that breaks a property
            // breaks it for most inputs, and each mutant runs every test.
            .env("PROPTEST_CASES", "64")
            .status()
            .map_err(|e| format!("could not start cargo mutants: {e}"))?;
        let score = Score::read(&output.join("mutants.out"));
        if score.total() == 0 {
            return Err(format!(
                "cargo mutants tested nothing in {files} ({status})"
            ));
        }
        scores.push((name.clone(), score));
    }
    println!("\nmutants: caught / missed / unviable / timeouts");
    for (name, score) in &scores {
        let before = if score.previously > 0 {
            format!(
                " (and {} caught or unviable in the runs before)",
                score.previously
            )
        } else {
            String::new()
        };
        println!(
            "  {name:<12} {:>4} / {:>3} / {:>3} / {:>3}{before}",
            score.caught, score.missed, score.unviable, score.timeout
        );
    }
    let missed: usize = scores.iter().map(|(_, s)| s.missed).sum();
    if missed > 0 {
        println!("missed mutants are listed in target/mutants/<area>/mutants.out/missed.txt");
    }
    Ok(())
}

/// What became of an area's mutants, from cargo-mutants' lists.
#[derive(Default)]
struct Score {
    caught: usize,
    missed: usize,
    unviable: usize,
    timeout: usize,
    /// With `--iterate`: the mutants not run again, caught or unviable in an earlier run.
    previously: usize,
}

impl Score {
    fn read(out: &Path) -> Score {
        let count = |file: &str| {
            std::fs::read_to_string(out.join(file))
                .map(|text| text.lines().filter(|l| !l.trim().is_empty()).count())
                .unwrap_or(0)
        };
        Score {
            caught: count("caught.txt"),
            missed: count("missed.txt"),
            unviable: count("unviable.txt"),
            timeout: count("timeout.txt"),
            previously: count("previously_caught.txt"),
        }
    }

    fn total(&self) -> usize {
        self.caught + self.missed + self.unviable + self.timeout + self.previously
    }
}
