//! Compact JSON laid out as `serde_json::to_string_pretty` lays it out (two spaces, `": "`, one
//! value a line, `[]` and `{}` when empty), so that one serializer, the compact one, is all the
//! browser downloads: each of serde's two layouts of the scenario is 14 kB of WebAssembly. And JSON
//! made compact again without reading it into values, for a section a module keeps as text
//! (`document::scenario`): `serde_json::Value` would be 16 kB of WebAssembly.

/// `compact` (JSON without whitespace outside strings, as `serde_json::to_string` writes it) indented.
pub fn indent(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut strings = Strings::default();
    let mut chars = compact.chars().peekable();
    while let Some(c) = chars.next() {
        if strings.holds(c) {
            out.push(c);
            continue;
        }
        match c {
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    chars.next();
                    out.push(close);
                } else {
                    depth += 1;
                    new_line(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                new_line(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(',');
                new_line(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

/// `json` (valid JSON) without whitespace outside its strings, as `serde_json::to_string` writes it.
pub fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let mut strings = Strings::default();
    for c in json.chars() {
        if strings.holds(c) || !c.is_ascii_whitespace() {
            out.push(c);
        }
    }
    out
}

/// Where JSON's strings are, told one character at a time: a quote opens a string and the next quote
/// not escaped by a backslash closes it.
#[derive(Default)]
struct Strings {
    open: bool,
    escaped: bool,
}

impl Strings {
    /// Whether `c`, the text's next character, belongs to a string (its quotes included).
    fn holds(&mut self, c: char) -> bool {
        if self.open {
            if self.escaped {
                self.escaped = false;
            } else if c == '\\' {
                self.escaped = true;
            } else if c == '"' {
                self.open = false;
            }
            true
        } else {
            self.open = c == '"';
            self.open
        }
    }
}

fn new_line(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use proptest::prelude::*;
    use serde_json::Value;

    fn json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            // Quotes, backslashes, brackets and commas inside strings must not move anything.
            "[a-z\"\\\\{}\\[\\],: æ\\n\\t]{0,8}".prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 40, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                proptest::collection::btree_map("[a-z\"{:]{0,5}", inner, 0..6)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn lays_out_any_json_as_serde_does(value in json()) {
            let compact = serde_json::to_string(&value).unwrap();
            prop_assert_eq!(super::indent(&compact), serde_json::to_string_pretty(&value).unwrap());
        }

        #[test]
        fn makes_any_json_compact_as_serde_does(value in json(), spaces in "[ \t\r\n]{0,3}") {
            // Laid out by serde, with more whitespace at the start of each line and around the whole
            // (a string never holds a raw line break, so only whitespace between tokens is added).
            let pretty = serde_json::to_string_pretty(&value).unwrap();
            let spaced = format!("{spaces}{}{spaces}", pretty.replace('\n', &format!("\n{spaces}")));
            let back: Value = serde_json::from_str(&spaced).unwrap();
            prop_assert_eq!(&back, &value);
            prop_assert_eq!(super::compact(&spaced), serde_json::to_string(&value).unwrap());
        }
    }
}
