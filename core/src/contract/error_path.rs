//! Where in the args text serde refused a field, as the contract's error `path`
//! (`args.org.brand.status`, `args.recipients[3].number`).
//!
//! serde_json places every error it raises while reading the args at the byte where its
//! reader stood: just after the value (or object key) that was refused, or at the opening
//! bracket of an object or array given where something else was expected. Walking the
//! (already validated) JSON text up to that byte and keeping the stack of keys and array
//! indices gives the path of the field being read. One small non-generic walk after a
//! failure replaces tracking the path on every successful read: the WebAssembly module
//! would otherwise carry a path-tracking copy of every argument type's deserialiser (about
//! 40 KB gzipped), and the happy path pays nothing.
//!
//! Paths are those a path-tracking deserialiser reports as serde reads (checked against
//! one over every fixture and fuzzing input in `tests/error_paths.rs`), which settles the
//! two places where "the field being read" is a choice: a refused object key names the key
//! only when it is an unknown field of a struct (`args.smartEncoding`), and otherwise (a
//! duplicated field, a map key or enum variant that is not accepted) names the object
//! holding it; an array with an item too many names the array.

/// One level of the JSON text being walked.
enum Level {
    /// Inside an object: the key whose value is being read, once its string has ended.
    Object { key: Option<String> },
    /// Inside an array: the index of the item being read.
    Array { index: usize },
}

/// What serde refused, as far as the path depends on it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Refusal {
    /// A struct key that names no field: the path ends with that key.
    UnknownField,
    /// An array with more items than its type reads: the path is the array's.
    TrailingItems,
    /// Anything else: a refused value, a refused map key, a missing or duplicated field.
    Other,
}

impl Refusal {
    /// Which refusal serde_json's error message describes.
    pub(crate) fn of(message: &str) -> Self {
        if message.starts_with("unknown field") {
            Refusal::UnknownField
        } else if message.starts_with("trailing c") {
            Refusal::TrailingItems
        } else {
            Refusal::Other
        }
    }
}

/// The path of the field being read at byte `offset` of `text` (a JSON object text) when
/// serde refused it, under `root`: `root.key[index].key`. Offsets past the end read as
/// the end.
pub(crate) fn path_at(text: &str, offset: usize, refusal: Refusal, root: &str) -> String {
    let (mut levels, at_key) = levels_at(text.as_bytes(), offset);
    match (refusal, levels.last_mut()) {
        (Refusal::TrailingItems, Some(Level::Array { .. })) => {
            levels.pop();
        }
        (Refusal::Other, Some(Level::Object { key })) if at_key => *key = None,
        _ => {}
    }
    let mut path = String::from(root);
    for level in &levels {
        match level {
            Level::Object { key: Some(key) } => {
                path.push('.');
                path.push_str(key);
            }
            Level::Array { index } => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
            Level::Object { key: None } => {}
        }
    }
    path
}

/// The levels open at `offset`, and whether the last thing read is an object key (no
/// colon after it yet).
fn levels_at(bytes: &[u8], offset: usize) -> (Vec<Level>, bool) {
    let end = offset.min(bytes.len());
    let mut levels: Vec<Level> = Vec::new();
    // Inside an object, whether the next string is a key (after `{` or `,`) or a value.
    let mut expecting_key = false;
    let mut at_key = false;
    let mut at = 0;
    while at < end {
        let Some(&byte) = bytes.get(at) else { break };
        at += 1;
        if !matches!(byte, b' ' | b'\t' | b'\n' | b'\r') {
            at_key = false;
        }
        match byte {
            b'{' => {
                levels.push(Level::Object { key: None });
                expecting_key = true;
            }
            b'[' => {
                levels.push(Level::Array { index: 0 });
                expecting_key = false;
            }
            b'}' | b']' => {
                levels.pop();
                expecting_key = false;
            }
            b',' => match levels.last_mut() {
                Some(Level::Array { index }) => *index += 1,
                Some(Level::Object { key }) => {
                    *key = None;
                    expecting_key = true;
                }
                None => {}
            },
            b':' => expecting_key = false,
            b'"' => {
                let (string, next) = read_string(bytes, at, end);
                at = next;
                if expecting_key {
                    if let (Some(Level::Object { key }), Some(string)) = (levels.last_mut(), string)
                    {
                        *key = Some(string);
                    }
                    expecting_key = false;
                    at_key = true;
                }
            }
            // Whitespace, numbers and literals do not move the path.
            _ => {}
        }
    }
    (levels, at_key)
}

/// Reads a JSON string whose opening quote ends just before `start`; returns its text
/// (`None` when it does not end before `end`) and the byte after its closing quote.
fn read_string(bytes: &[u8], start: usize, end: usize) -> (Option<String>, usize) {
    let mut at = start;
    let mut raw_end = None;
    while at < end {
        match bytes.get(at) {
            Some(b'\\') => at += 2,
            Some(b'"') => {
                raw_end = Some(at);
                break;
            }
            Some(_) => at += 1,
            None => break,
        }
    }
    let Some(close) = raw_end else {
        return (None, end);
    };
    let raw = bytes
        .get(start.saturating_sub(1)..=close)
        .unwrap_or_default();
    // The text was validated by serde_json before any field was read, so the string is
    // well-formed JSON; decoding it with serde_json keeps escapes exact (`\u00e9`).
    let decoded = serde_json::from_slice::<String>(raw).ok();
    (decoded, close + 1)
}

/// The byte offset of serde_json's (1-based line, byte column) error position in `text`.
/// serde_json counts the column from the line's start to its reader's next unread byte,
/// except for the errors it raises on a byte it has only peeked at (category `Syntax`,
/// in already validated text: "expected value" where an enum met another JSON type,
/// "trailing characters" for an item too many), one byte further on: `peeked` takes it
/// back.
pub(crate) fn offset_of(text: &str, line: usize, column: usize, peeked: bool) -> usize {
    let column = if peeked {
        column.saturating_sub(1)
    } else {
        column
    };
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(at, _)| at + 1)
    };
    line_start.saturating_add(column).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The path at the `|` of `marked`, for a refusal worded as `message`.
    fn refused_at(marked: &str, message: &str) -> String {
        let offset = marked.find('|').unwrap();
        let text = marked.replacen('|', "", 1);
        path_at(&text, offset, Refusal::of(message), "args")
    }

    /// The path at the `|` of `marked` for a refused value.
    fn at_marker(marked: &str) -> String {
        refused_at(marked, "invalid type: string \"x\", expected u32")
    }

    #[test]
    fn unknown_field_names_the_key() {
        let unknown = "unknown field `smartEncoding`, expected `text`";
        assert_eq!(
            refused_at(r#"{"text":"hi","smartEncoding"|:true}"#, unknown),
            "args.smartEncoding"
        );
    }

    #[test]
    fn other_refused_keys_name_the_object_holding_them() {
        let variant = "unknown variant `sprint`, expected one of `att`, `tmobile`";
        assert_eq!(
            refused_at(r#"{"carriers":{"att":1,"sprint" |:2}}"#, variant),
            "args.carriers"
        );
        let duplicate = "duplicate field `text`";
        assert_eq!(refused_at(r#"{"text":"a","text"|:"b"}"#, duplicate), "args");
    }

    #[test]
    fn an_item_too_many_names_the_array() {
        let trailing = "trailing characters";
        assert_eq!(
            refused_at(r#"{"sat":[["09:00","17:00",|{}]]}"#, trailing),
            "args.sat[0]"
        );
        assert_eq!(
            refused_at(r#"{"sat":[["09:00","17:00",|1]]}"#, trailing),
            "args.sat[0]"
        );
    }

    #[test]
    fn value_just_read_names_its_key() {
        assert_eq!(
            at_marker(r#"{"org":{"brand":{"status":"nope"|}}}"#),
            "args.org.brand.status"
        );
    }

    #[test]
    fn closed_object_names_the_object_itself() {
        // A missing field is reported after the object's closing brace.
        assert_eq!(at_marker(r#"{"org":{"brand":{}|}}"#), "args.org.brand");
        assert_eq!(at_marker(r#"{}|"#), "args");
    }

    #[test]
    fn array_items_are_counted() {
        assert_eq!(at_marker(r#"{"numbers":["a","b",3|]}"#), "args.numbers[2]");
        assert_eq!(at_marker(r#"{"numbers":[|{}]}"#), "args.numbers[0]");
        assert_eq!(
            at_marker(r#"{"numbers":[[1],[2,|x]]}"#),
            "args.numbers[1][1]"
        );
    }

    #[test]
    fn value_refused_at_its_opening_bracket_names_its_key() {
        assert_eq!(at_marker(r#"{"count": |{}}"#), "args.count");
    }

    #[test]
    fn strings_with_escapes_and_brackets_do_not_move_the_path() {
        assert_eq!(
            at_marker(r#"{"a":"x\"}],{[","k\u00e9y":1|}"#),
            "args.k\u{e9}y"
        );
    }

    proptest::proptest! {
        // Any text and any position: the walk never panics and the offset stays in the text
        // (serde_json only reports positions in text it validated, but the walk must not rely
        // on that).
        #[test]
        fn any_text_and_position_gives_a_path(
            text in "[ -~\n\u{e9}\u{1F600}]{0,80}",
            line in 0usize..6,
            column in 0usize..100,
            peeked: bool,
        ) {
            let offset = offset_of(&text, line, column, peeked);
            proptest::prop_assert!(offset <= text.len());
            for refusal in [Refusal::UnknownField, Refusal::TrailingItems, Refusal::Other] {
                let path = path_at(&text, offset, refusal, "args");
                proptest::prop_assert!(path.starts_with("args"));
            }
        }
    }

    #[test]
    fn offsets_follow_lines_and_columns() {
        let text = "{\n  \"a\": 1,\n  \"b\": x\n}";
        let offset = offset_of(text, 3, 7, false);
        assert_eq!(text.get(offset..), Some("x\n}"));
        assert_eq!(offset_of(text, 3, 8, true), offset);
        assert_eq!(offset_of(text, 1, 0, false), 0);
        assert_eq!(offset_of(text, 9, 9, false), text.len());
    }
}
