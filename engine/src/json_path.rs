//! Where in a JSON document an error was found, as a field path (`members.codes[1]`).
//!
//! `serde_json` reports a line and a column; users and FORMATS.md speak of fields. Walking the text up
//! to that position and keeping the stack of keys and indices gives the field. This replaces a
//! path-tracking deserializer, which doubled the scenario's deserializing code in every web module
//! (about 12 KB gzip each, measured); the result is the same path, checked against it in the tests.

/// One level of nesting: the key or index currently being read.
enum Level {
    /// Inside an object: the key last read, if any.
    Object(Option<String>),
    /// Inside an array: the index of the element, and whether it has begun. An error before the first
    /// element begins is the array's own (a wrong type), not its element's.
    Array(usize, bool),
}

/// The field path at `line` (from 1) and `column` (bytes from the line's start), as `serde_json`
/// reports an error; empty for the document itself.
///
pub(crate) fn path_at(text: &str, line: usize, column: usize) -> String {
    let bytes = text.as_bytes();
    let end = offset_of(bytes, line, column).min(bytes.len());
    let mut stack: Vec<Level> = Vec::new();
    let mut expecting_key = false;
    // A list or an object that starts right at the error was peeked as a value of the wrong type: it
    // is the element being read.
    let peeked = bytes
        .get(end..)
        .and_then(|rest| rest.iter().find(|b| !b.is_ascii_whitespace()));
    let mut index = 0;
    while index < end {
        let byte = bytes.get(index).copied().unwrap_or(b' ');
        if !matches!(
            byte,
            b'}' | b']' | b',' | b':' | b' ' | b'\n' | b'\r' | b'\t'
        ) && !expecting_key
        {
            if let Some(Level::Array(_, begun)) = stack.last_mut() {
                *begun = true;
            }
        }
        match byte {
            b'{' => {
                stack.push(Level::Object(None));
                expecting_key = true;
            }
            b'[' => stack.push(Level::Array(0, false)),
            b'}' | b']' => {
                stack.pop();
                expecting_key = false;
            }
            b',' => match stack.last_mut() {
                Some(Level::Array(i, begun)) => {
                    *i += 1;
                    *begun = false;
                }
                Some(Level::Object(_)) => expecting_key = true,
                None => {}
            },
            b'"' => {
                let (string, after) = read_string(bytes, index + 1);
                if expecting_key {
                    if let Some(Level::Object(key)) = stack.last_mut() {
                        *key = Some(string);
                    }
                    expecting_key = false;
                }
                index = after;
                continue;
            }
            _ => {}
        }
        index += 1;
    }
    if let (Some(b'{' | b'['), Some(Level::Array(_, begun))) = (peeked, stack.last_mut()) {
        *begun = true;
    }
    render(&stack)
}

/// The byte offset of a line (from 1) and a column (bytes) in the text.
fn offset_of(bytes: &[u8], line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match bytes.iter().skip(start).position(|&b| b == b'\n') {
            Some(newline) => start += newline + 1,
            None => return bytes.len(),
        }
    }
    start.saturating_add(column)
}

/// The string starting after its opening quote at `start`, and the offset after its closing quote.
/// Escapes other than `\"` and `\\` are kept as written: keys of the formats are plain words.
fn read_string(bytes: &[u8], start: usize) -> (String, usize) {
    let mut content = Vec::new();
    let mut index = start;
    while let Some(&byte) = bytes.get(index) {
        match byte {
            b'"' => return (String::from_utf8_lossy(&content).into_owned(), index + 1),
            b'\\' => {
                let escaped = bytes.get(index + 1).copied().unwrap_or(b'\\');
                if escaped != b'"' && escaped != b'\\' {
                    content.push(b'\\');
                }
                content.push(escaped);
                index += 2;
            }
            _ => {
                content.push(byte);
                index += 1;
            }
        }
    }
    (String::from_utf8_lossy(&content).into_owned(), bytes.len())
}

/// Keys joined by dots, indices in brackets: `cost_items[0].amount`.
fn render(stack: &[Level]) -> String {
    let mut path = String::new();
    for level in stack {
        match level {
            Level::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Level::Object(None) | Level::Array(_, false) => {}
            Level::Array(i, true) => {
                path.push('[');
                path.push_str(&i.to_string());
                path.push(']');
            }
        }
    }
    path
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use crate::Scenario;
    use serde_json::Value;

    /// The path `serde_path_to_error` names for a broken document, as the engine showed it before.
    fn tracked_path(text: &str) -> Option<String> {
        let deserializer = &mut serde_json::Deserializer::from_str(text);
        let error = serde_path_to_error::deserialize::<_, Scenario>(deserializer).err()?;
        let path = error.path().to_string();
        Some(if path == "." { String::new() } else { path })
    }

    fn located_path(text: &str) -> Option<String> {
        let error = serde_json::from_str::<Scenario>(text).err()?;
        Some(path_at(text, error.line(), error.column()))
    }

    /// Every node of the document, as a list of keys and indices from the root.
    fn nodes(value: &Value, at: Vec<Value>, out: &mut Vec<Vec<Value>>) {
        out.push(at.clone());
        match value {
            Value::Object(map) => map.iter().for_each(|(key, child)| {
                let mut next = at.clone();
                next.push(Value::from(key.as_str()));
                nodes(child, next, out);
            }),
            Value::Array(items) => items.iter().enumerate().for_each(|(i, child)| {
                let mut next = at.clone();
                next.push(Value::from(i));
                nodes(child, next, out);
            }),
            _ => {}
        }
    }

    fn node_mut<'v>(value: &'v mut Value, at: &[Value]) -> &'v mut Value {
        at.iter().fold(value, |node, step| match step {
            Value::String(key) => node.get_mut(key.as_str()).unwrap(),
            _ => node.get_mut(step.as_u64().unwrap() as usize).unwrap(),
        })
    }

    /// Every node of the default scenario broken in every way a hand-edited file breaks (a wrong type,
    /// an unknown or missing field), written compact and pretty: the located path is the tracked one.
    #[test]
    fn names_the_same_field_as_a_path_tracking_deserializer() {
        let document: Value = serde_json::to_value(Scenario::default()).unwrap();
        let mut all = Vec::new();
        nodes(&document, Vec::new(), &mut all);
        let mut compared = 0;
        for at in &all {
            let mut broken = Vec::new();
            for replacement in [
                Value::from("x"),
                Value::from(-1.5),
                Value::from(true),
                Value::Null,
                serde_json::json!({}),
                serde_json::json!([1]),
            ] {
                let mut copy = document.clone();
                *node_mut(&mut copy, at) = replacement;
                broken.push(copy);
            }
            let mut copy = document.clone();
            if let Value::Object(map) = node_mut(&mut copy, at) {
                map.insert("unknown \"field\"".to_owned(), Value::from(1));
                let keys: Vec<String> = map.keys().cloned().collect();
                broken.push(copy.clone());
                for key in keys {
                    let mut without = document.clone();
                    if let Value::Object(map) = node_mut(&mut without, at) {
                        map.remove(&key);
                    }
                    broken.push(without);
                }
            }
            for copy in broken {
                for text in [
                    serde_json::to_string(&copy).unwrap(),
                    serde_json::to_string_pretty(&copy).unwrap(),
                ] {
                    if let Some(tracked) = tracked_path(&text) {
                        let located = located_path(&text).unwrap();
                        assert!(located == tracked, "{located} ≠ {tracked} in {text}");
                        compared += 1;
                    }
                }
            }
        }
        assert!(compared > 1_000, "only {compared} broken documents");
    }

    #[test]
    fn a_syntax_error_names_where_it_stopped() {
        let text = "{\"version\": 4, \"members\": {\"codes\": [1, 2";
        assert_eq!(located_path(text), Some("members.codes[1]".to_owned()));
        assert_eq!(located_path("nonsense"), Some(String::new()));
    }
}
