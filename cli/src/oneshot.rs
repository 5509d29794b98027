//! One-shot requests: `telrules <op> ...` builds one `{"op", "args"}` request.

use std::io::{Read, Write};
use std::process::ExitCode;

use serde_json::{Map, Value};

/// Builds the request from the op name and the remaining command-line words.
pub fn request(op: &str, words: &[String]) -> Result<(Value, bool), String> {
    let mut args = Map::new();
    let mut pretty = false;
    let mut words = words.iter().peekable();
    while let Some(word) = words.next() {
        if word == "--pretty" {
            pretty = true;
        } else if word == "-" {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| format!("reading args from stdin: {e}"))?;
            merge_json_object(&mut args, &text)?;
        } else if let Some(field) = word.strip_prefix("--") {
            let (name, value) = match field.split_once('=') {
                Some((name, value)) => (name, value.to_owned()),
                // A flag followed by another flag (or nothing) is a boolean switch.
                None => match words.next_if(|next| !next.starts_with("--")) {
                    Some(value) => (field, value.clone()),
                    None => (field, "true".to_owned()),
                },
            };
            args.insert(name.replace('-', "_"), flag_value(&value));
        } else if word.trim_start().starts_with('{') {
            merge_json_object(&mut args, word)?;
        } else {
            return Err(format!("unexpected argument `{word}`"));
        }
    }
    let request = serde_json::json!({ "op": op, "args": Value::Object(args) });
    Ok((request, pretty))
}

fn merge_json_object(args: &mut Map<String, Value>, text: &str) -> Result<(), String> {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(object)) => {
            args.extend(object);
            Ok(())
        }
        Ok(_) => Err("args must be a JSON object".to_owned()),
        Err(e) => Err(format!("args are not valid JSON: {e}")),
    }
}

/// A flag's value: `true`, `false`, `null`, objects and arrays as JSON; anything else,
/// numbers included, as text (`--text 12345` must stay a string; ops that take a number,
/// such as an error code, also accept its digits as a string).
fn flag_value(value: &str) -> Value {
    match value {
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        "null" => Value::Null,
        v if v.starts_with('{') || v.starts_with('[') => {
            serde_json::from_str(v).unwrap_or_else(|_| Value::String(v.to_owned()))
        }
        v => Value::String(v.to_owned()),
    }
}

pub fn answer(request: &Value, pretty: bool, out: &mut impl Write) -> std::io::Result<ExitCode> {
    let answer = telrules::evaluate_json(&request.to_string());
    let is_error = answer.starts_with("{\"error\"");
    let text = if pretty {
        serde_json::from_str::<Value>(&answer)
            .ok()
            .and_then(|v| serde_json::to_string_pretty(&v).ok())
            .unwrap_or(answer)
    } else {
        answer
    };
    writeln!(out, "{text}")?;
    Ok(if is_error {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn flags_become_args_fields() {
        let (request, pretty) = request(
            "segments",
            &words(&["--text", "12345", "--smart-encoding", "--pretty"]),
        )
        .unwrap();
        assert!(pretty);
        assert_eq!(
            request,
            serde_json::json!({"op": "segments", "args": {"text": "12345", "smart_encoding": true}})
        );
    }

    #[test]
    fn json_object_argument_is_the_args() {
        let (request, _) =
            request("parse_phone", &words(&[r#"{"input":"415 555 0123"}"#])).unwrap();
        assert_eq!(request["args"]["input"], "415 555 0123");
    }

    #[test]
    fn stray_word_is_a_usage_error() {
        assert!(request("segments", &words(&["hello"])).is_err());
    }
}
