//! What the engine's tests read of `engine/FORMATS.md`, shared by the test files that check fields
//! against it.

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
