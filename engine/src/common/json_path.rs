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
pub fn path_at(text: &str, line: usize, column: usize) -> String {
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
