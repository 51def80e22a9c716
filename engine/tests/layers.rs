//! The engine's layers, enforced: every `crate::…` path in `engine/src/` points down, never up or
//! sideways, and no modules import each other in a circle (`DESIGN.md`, "Layers").
//!
//! The layers, bottom to top: `common`, `words`, `areas`, `document`, `services`. An area may import
//! the areas it builds on (below), not others. Inside `common` and `services` each file is a unit of its
//! own; an area and the document are one unit each, whose files may refer to each other.
//!
//! Why a test and not a crate per layer: the engine was split into ten crates once, and every module of
//! the app grew by 4,6 KB gzip (measured on Fordeling, 292,2 → 296,9 KB of wasm), spread evenly over the
//! crate boundaries, which the size budget does not allow. Folders and this test give the same rule at
//! no cost.

// A test stops at what it cannot read; the texts it slices are ASCII paths of the source.
#![allow(clippy::expect_used, clippy::indexing_slicing, clippy::string_slice)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Which areas each area builds on; everything else between areas is refused.
const AREA_BUILDS_ON: [(&str, &[&str]); 7] = [
    ("members", &[]),
    ("tender", &["members"]),
    ("leaving", &["members", "tender"]),
    ("procurement", &["members", "tender"]),
    ("hours", &["members"]),
    ("keys", &["members", "hours"]),
    (
        "years",
        &["members", "tender", "procurement", "hours", "keys"],
    ),
];

/// A unit of the layering: its layer's rank and its name (`common::money`, `areas::keys`, `document`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Unit {
    rank: u8,
    name: String,
}

const LAYERS: [&str; 5] = ["common", "words", "areas", "document", "services"];

fn rank(layer: &str) -> Option<u8> {
    LAYERS
        .iter()
        .position(|l| *l == layer)
        .and_then(|p| u8::try_from(p).ok())
}

/// The unit a source file belongs to, from its path under `src/` (`areas/keys/seats.rs`); `None` for
/// the crate root and the command line, which may use anything.
fn unit_of_file(path: &str) -> Option<Unit> {
    let parts: Vec<&str> = path.trim_end_matches(".rs").split('/').collect();
    let layer = *parts.first()?;
    let rank = rank(layer)?;
    let name = match (layer, parts.get(1)) {
        ("areas", Some(area)) if *area != "mod" => format!("areas::{area}"),
        ("common" | "services", Some(file)) if *file != "mod" => format!("{layer}::{file}"),
        _ => layer.to_owned(),
    };
    Some(Unit { rank, name })
}

/// The unit a path after `crate::` names: a layer's module (`areas::keys::section`), or a name the
/// crate root re-exports (`money`, `hours`, `Scenario`).
fn unit_of_path(segments: &[&str]) -> Option<Unit> {
    let first = *segments.first()?;
    let second = segments.get(1).copied();
    let unit = |layer: &str, name: String| rank(layer).map(|rank| Unit { rank, name });
    match first {
        "common" | "services" => match second {
            Some(module) if module.chars().next().is_some_and(char::is_lowercase) => {
                unit(first, format!("{first}::{module}"))
            }
            _ => unit(first, first.to_owned()),
        },
        "areas" => match second {
            Some(area) => unit("areas", format!("areas::{area}")),
            None => unit("areas", "areas".to_owned()),
        },
        "words" | "document" => unit(first, first.to_owned()),
        // The crate root's re-exports.
        "area" | "csv" | "danish" | "dataset" | "date" | "english" | "error" | "ids"
        | "json_path" | "limits" | "money" | "order" | "pretty" | "rng" => {
            unit("common", format!("common::{first}"))
        }
        "Error" | "Problem" => unit("common", "common::error".to_owned()),
        "hours" | "staffing" => unit("areas", "areas::hours".to_owned()),
        "members" | "presets" => unit("areas", "areas::members".to_owned()),
        "keys" | "leaving" | "procurement" | "tender" | "years" => {
            unit("areas", format!("areas::{first}"))
        }
        "edit" | "evaluate" | "report" | "scenario" | "text" | "Edit" | "Evaluation" | "Report"
        | "Scenario" => unit("document", "document".to_owned()),
        "compare" | "history" | "library" | "share" => {
            unit("services", format!("services::{first}"))
        }
        _ => None,
    }
}

/// Every path the code of the file at `path` names by `crate::…` or `super::…` (resolved from the
/// file's place: `super::tender` in `areas/members/mod.rs` is `areas::tender`), with its line. Comments
/// are left out, strings are not read, and a group may run over several lines.
fn crate_paths(path: &str, source: &str) -> Vec<(usize, Vec<String>)> {
    let code = without_comments_and_strings(source);
    let file_module = module_of_file(path);
    // The braces open at this point; an inline `mod name {` block adds `name` to the module path, so
    // that `super::` in a file's `mod tests` is the file's own module.
    let mut braces: Vec<Option<String>> = Vec::new();
    let mut found = Vec::new();
    let mut at = 0;
    while at < code.len() {
        let rest = &code[at..];
        if rest.starts_with('{') {
            let before = code[..at].trim_end();
            let inline = before
                .rsplit_once("mod ")
                .map(|(head, name)| (head, name.trim()))
                .filter(|(head, name)| {
                    head.ends_with(|c: char| c.is_whitespace() || c == ';' || c == '}' || c == ']')
                        && !name.is_empty()
                        && name.chars().all(|c| c.is_alphanumeric() || c == '_')
                })
                .map(|(_, name)| name.to_owned());
            braces.push(inline);
            at += 1;
            continue;
        }
        if rest.starts_with('}') {
            braces.pop();
            at += 1;
            continue;
        }
        let module: Vec<String> = file_module
            .iter()
            .cloned()
            .chain(braces.iter().flatten().cloned())
            .collect();
        let word_start =
            at == 0 || !code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':');
        // Counted only where a path is found: counting at every character would be quadratic.
        let line = || code[..at].matches('\n').count() + 1;
        if word_start && rest.starts_with("crate::") {
            let line = line();
            for path in use_tree(&rest["crate::".len()..], &[]) {
                found.push((line, path));
            }
            at += "crate::".len();
        } else if word_start && rest.starts_with("super::") {
            let line = line();
            let mut base = module.clone();
            let mut after = rest;
            while let Some(next) = after.strip_prefix("super::") {
                base.pop();
                after = next;
            }
            for path in use_tree(after, &base) {
                found.push((line, path));
            }
            at += rest.len() - after.len();
        } else {
            at += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    found
}

/// The module path of a source file (`areas/members/edit.rs` is `areas::members::edit`, a `mod.rs` its
/// folder's module).
fn module_of_file(path: &str) -> Vec<String> {
    let mut parts: Vec<String> = path
        .trim_end_matches(".rs")
        .split('/')
        .map(str::to_owned)
        .collect();
    if parts.last().is_some_and(|last| last == "mod") {
        parts.pop();
    }
    parts
}

/// The source with comments and the insides of strings and characters blanked (line breaks kept, so
/// that lines still count).
fn without_comments_and_strings(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                    }
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
            }
            '"' => {
                out.push('"');
                let mut escaped = false;
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                    }
                    if c == '"' && !escaped {
                        break;
                    }
                    escaped = c == '\\' && !escaped;
                }
                out.push('"');
            }
            _ => out.push(c),
        }
    }
    out
}

/// The paths of a use tree's text (`a::b::{c, d::{e}}` gives `a::b::c` and `a::b::d::e`), each after
/// `prefix`; a group not closed on its line ends at the line's end.
fn use_tree(text: &str, prefix: &[String]) -> Vec<Vec<String>> {
    let mut path = prefix.to_vec();
    let mut rest = text;
    loop {
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        rest = &rest[name.len()..];
        if !name.is_empty() {
            path.push(name);
        }
        if let Some(after) = rest.strip_prefix("::") {
            rest = after;
            if let Some(group) = rest.strip_prefix('{') {
                let mut paths = Vec::new();
                for item in split_group(group) {
                    paths.extend(use_tree(item.trim(), &path));
                }
                return paths;
            }
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            return split_group(group)
                .into_iter()
                .flat_map(|item| use_tree(item.trim(), &path))
                .collect();
        }
        return if path.is_empty() {
            Vec::new()
        } else {
            vec![path]
        };
    }
}

/// The items of a group's text, split at its top-level commas, up to its closing brace.
fn split_group(text: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let (mut depth, mut start) = (0usize, 0usize);
    for (at, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                items.push(&text[start..at]);
                return items;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&text[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    items.push(&text[start..]);
    items
}

/// What breaks the layering in `files` (path under `src/` and text): each import against the direction,
/// and each circle of units.
fn faults(files: &[(String, String)]) -> Vec<String> {
    let builds_on: BTreeMap<&str, &[&str]> = AREA_BUILDS_ON.into_iter().collect();
    let mut faults = Vec::new();
    let mut edges: BTreeMap<Unit, BTreeSet<Unit>> = BTreeMap::new();
    for (path, source) in files {
        let Some(from) = unit_of_file(path) else {
            continue;
        };
        for (line, segments) in crate_paths(path, source) {
            let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
            let Some(to) = unit_of_path(&segments) else {
                faults.push(format!(
                    "{path}:{line}: crate::{} is in no layer",
                    segments.join("::")
                ));
                continue;
            };
            if to == from {
                continue;
            }
            let allowed = match (from.rank.cmp(&to.rank), from.name.split_once("::")) {
                (std::cmp::Ordering::Greater, _) => true,
                (std::cmp::Ordering::Less, _) => false,
                (std::cmp::Ordering::Equal, Some(("areas", area))) => {
                    let target = to.name.trim_start_matches("areas::");
                    builds_on
                        .get(area)
                        .is_some_and(|below| below.contains(&target))
                }
                (std::cmp::Ordering::Equal, _) => true,
            };
            if !allowed {
                faults.push(format!(
                    "{path}:{line}: {} imports {} (crate::{}) against the layering",
                    from.name,
                    to.name,
                    segments.join("::")
                ));
            }
            edges.entry(from.clone()).or_default().insert(to);
        }
    }
    // Circles among the units (within a layer; between layers the rule above already refuses them).
    let mut state: BTreeMap<&Unit, u8> = BTreeMap::new();
    let mut stack: Vec<&Unit> = Vec::new();
    fn visit<'u>(
        unit: &'u Unit,
        edges: &'u BTreeMap<Unit, BTreeSet<Unit>>,
        state: &mut BTreeMap<&'u Unit, u8>,
        stack: &mut Vec<&'u Unit>,
        faults: &mut Vec<String>,
    ) {
        match state.get(unit) {
            Some(2) => return,
            Some(1) => {
                let start = stack.iter().position(|u| *u == unit).unwrap_or(0);
                let circle: Vec<&str> = stack[start..].iter().map(|u| u.name.as_str()).collect();
                faults.push(format!(
                    "a circle of imports: {} → {}",
                    circle.join(" → "),
                    unit.name
                ));
                return;
            }
            _ => {}
        }
        state.insert(unit, 1);
        stack.push(unit);
        for next in edges.get(unit).into_iter().flatten() {
            visit(next, edges, state, stack, faults);
        }
        stack.pop();
        state.insert(unit, 2);
    }
    for unit in edges.keys() {
        visit(unit, &edges, &mut state, &mut stack, &mut faults);
    }
    faults
}

fn sources(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("engine/src is readable")
        .map(|e| e.expect("a directory entry").path())
        .collect();
    #[allow(clippy::disallowed_methods)] // a test sorts as it likes; the wasm has one sort
    entries.sort();
    for path in entries {
        if path.is_dir() {
            sources(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let name = path
                .strip_prefix(root)
                .expect("under src")
                .to_string_lossy()
                .replace('\\', "/");
            out.push((name, std::fs::read_to_string(&path).expect("a source file")));
        }
    }
}

#[test]
fn every_import_points_down_and_none_go_in_a_circle() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &root, &mut files);
    assert!(files.len() > 50, "only {} files found", files.len());
    let faults = faults(&files);
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

/// The checker itself finds what it is for: an area importing the document (also in a group over
/// several lines), an area importing an area it does not build on (also by `super::super::`), a path in
/// no layer, and circles; a path in a comment or a string is not an import.
#[test]
fn the_checker_refuses_an_upward_import_a_sideways_one_and_a_circle() {
    let files = [
        (
            "areas/tender/mod.rs",
            "use crate::scenario::Scenario;\nuse crate::areas::members::Member;",
        ),
        (
            "areas/members/mod.rs",
            "use crate::areas::tender::Totals; // not the other way",
        ),
        ("areas/hours/mod.rs", "let x = crate::nowhere::thing;"),
        (
            "common/money.rs",
            "use crate::common::{order::sort_by, error::Error};",
        ),
        ("common/order.rs", "use crate::money::Money;"),
        (
            "document/edit.rs",
            "use crate::{hours, services::history::History};",
        ),
    ]
    .map(|(path, text)| (path.to_owned(), text.to_owned()));
    let faults = faults(&files);
    let has = |text: &str| faults.iter().any(|fault| fault.contains(text));
    assert!(
        has("areas/tender/mod.rs:1: areas::tender imports document"),
        "{faults:?}"
    );
    assert!(
        has("areas/members/mod.rs:1: areas::members imports areas::tender"),
        "{faults:?}"
    );
    assert!(has("crate::nowhere::thing is in no layer"), "{faults:?}");
    assert!(
        has("a circle of imports: common::money → common::order → common::money"),
        "{faults:?}"
    );
    assert!(
        has("a circle of imports: areas::members → areas::tender → areas::members"),
        "{faults:?}"
    );
    assert!(
        has("document/edit.rs:1: document imports services::history"),
        "{faults:?}"
    );
    assert!(
        !has("areas/tender/mod.rs:2"),
        "tender builds on members: {faults:?}"
    );
    assert_eq!(faults.len(), 6, "{faults:?}");
}
