//! What the engine's tests read of `engine/FORMATS.md`, shared by the test files that check fields
//! against it, and by the app's test that every field has a name on screen. Each uses part of it.

#![allow(dead_code)]

/// `a[3][12].b` as the format writes it: `a[i][i].b`.
pub fn as_pattern(path: &str) -> String {
    let mut pattern = String::new();
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => {
                in_index = true;
                pattern.push_str("[i]");
            }
            ']' => in_index = false,
            _ if in_index => {}
            _ => pattern.push(c),
        }
    }
    pattern
}

/// The paths of the scenario's table in FORMATS.md that start with `prefix`, a list's index written
/// as `index` (`.b` after `a.x` in one cell is `a.b`).
pub fn documented(prefix: &str, index: usize) -> Vec<String> {
    let scenario = include_str!("../../FORMATS.md")
        .split("\n## ")
        .find(|section| section.starts_with("Scenario, version"))
        .unwrap_or_default();
    let mut paths = Vec::new();
    for row in scenario.lines().filter(|line| line.starts_with("| `")) {
        let first_cell = row.split(" | ").next().unwrap_or_default();
        let mut parent = String::new();
        for path in first_cell.split('`').skip(1).step_by(2) {
            let path = match path.strip_prefix('.') {
                Some(last) => format!("{parent}.{last}"),
                None => path.to_owned(),
            };
            parent = path
                .rsplit_once('.')
                .map_or_else(String::new, |(p, _)| p.to_owned());
            paths.push(path.replace("[i]", &format!("[{index}]")));
        }
    }
    paths.retain(|p| p.starts_with(prefix));
    paths.dedup();
    paths
}
