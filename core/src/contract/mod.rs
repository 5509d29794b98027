//! The JSON boundary: one request/response shape for the native API, the CLI and WASM.
//!
//! A request is `{"op": "<name>", "args": {...}}`. The answer is `{"ok": <result>}` or
//! `{"error": {"kind", "message", "path"}}`. Arguments are deserialised straight into the
//! op's typed struct (unknown fields rejected): the message comes from the type that refused
//! them, and the path of the refused field from where in the args text serde_json stopped
//! (`error_path`).

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

mod error_path;

/// What kind of failure an [`Error`] is. Serialised in snake_case; never renamed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// The request text is not JSON.
    InvalidJson,
    /// JSON, but not `{"op": string, "args": object}`.
    InvalidRequest,
    /// `op` names no operation.
    UnknownOp,
    /// `args` has a missing, unknown or mistyped field.
    InvalidArgs,
    /// A field is well-formed but its value is not acceptable (a `25:00`, an unknown zone).
    InvalidValue,
    /// The request needs the international phone parser, which this build leaves out
    /// (core feature `international-phone` off: the npm package's light module). Not a
    /// fault of the request: the same request answers once the full module is loaded.
    InternationalParserNotLoaded,
}

/// Why a request could not be answered. `path` points at the offending field, relative to
/// the request root (`args.org.brand.status`) when produced by [`evaluate_json`], relative
/// to the args object when produced by a typed function.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The request text is not JSON.
    #[error("the request is not valid JSON: {message}")]
    InvalidJson {
        /// The JSON parser's description of the problem.
        message: String,
    },
    /// JSON, but not `{"op": string, "args": object}`.
    #[error("{message}")]
    InvalidRequest {
        /// Where in the request the problem is; empty for the request as a whole.
        path: String,
        /// What is wrong and what is accepted.
        message: String,
    },
    /// `op` names no operation.
    #[error("unknown op `{op}`; accepted ops: {}", crate::OPS.join(", "))]
    UnknownOp {
        /// The op name as given.
        op: String,
    },
    /// `args` has a missing, unknown or mistyped field.
    #[error("{message}")]
    InvalidArgs {
        /// The offending field (`args.org.brand.status` from `evaluate_json`; relative to the
        /// args object from a typed function).
        path: String,
        /// What is wrong and what is accepted.
        message: String,
    },
    /// A field is well-formed but its value is not acceptable (a `25:00`, an unknown zone).
    #[error("{message}")]
    InvalidValue {
        /// The offending field (`args.at` from `evaluate_json`, `at` from a typed function).
        path: String,
        /// Why the value is refused and what is accepted.
        message: String,
    },
    /// A number outside what the NANP table answers, in a build without the international
    /// phone parser (see [`ErrorKind::InternationalParserNotLoaded`]).
    #[error(
        "`{input}` needs the international phone parser, which this build does not include \
         (it answers US and Canadian numbers only); load it and ask again: in the npm \
         package, `await enableInternationalNumbers()`"
    )]
    InternationalParserNotLoaded {
        /// The first number of the request that needed the parser, as given.
        input: String,
    },
}

impl Error {
    /// A value that parsed but is not acceptable; `path` is relative to the args object.
    pub fn invalid_value(path: impl Into<String>, message: impl Into<String>) -> Self {
        Error::InvalidValue {
            path: path.into(),
            message: message.into(),
        }
    }

    /// What kind of failure this is (the `kind` of the JSON error).
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::InvalidJson { .. } => ErrorKind::InvalidJson,
            Error::InvalidRequest { .. } => ErrorKind::InvalidRequest,
            Error::UnknownOp { .. } => ErrorKind::UnknownOp,
            Error::InvalidArgs { .. } => ErrorKind::InvalidArgs,
            Error::InvalidValue { .. } => ErrorKind::InvalidValue,
            Error::InternationalParserNotLoaded { .. } => ErrorKind::InternationalParserNotLoaded,
        }
    }

    /// The offending field (the `path` of the JSON error): `""` for invalid JSON and for a
    /// parser that is not loaded (no field is at fault), `op` for an unknown op.
    pub fn path(&self) -> &str {
        match self {
            Error::InvalidJson { .. } | Error::InternationalParserNotLoaded { .. } => "",
            Error::UnknownOp { .. } => "op",
            Error::InvalidRequest { path, .. }
            | Error::InvalidArgs { path, .. }
            | Error::InvalidValue { path, .. } => path,
        }
    }

    /// The same error with its path placed under `prefix` (`input` -> `args.input`).
    pub(crate) fn under(self, prefix: &str) -> Self {
        let join = |path: String| {
            if path.is_empty() {
                prefix.to_owned()
            } else if path.starts_with('[') {
                format!("{prefix}{path}")
            } else {
                format!("{prefix}.{path}")
            }
        };
        match self {
            Error::InvalidArgs { path, message } => Error::InvalidArgs {
                path: join(path),
                message,
            },
            Error::InvalidValue { path, message } => Error::InvalidValue {
                path: join(path),
                message,
            },
            other => other,
        }
    }
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    kind: ErrorKind,
    message: String,
    path: &'a str,
}

#[derive(Serialize)]
struct ErrorAnswer<'a> {
    error: ErrorBody<'a>,
}

#[derive(Serialize)]
struct OkAnswer<'a, T> {
    ok: &'a T,
}

/// Serialises an error as the contract's `{"error": ...}` object.
pub fn error_json(error: &Error) -> String {
    let answer = ErrorAnswer {
        error: ErrorBody {
            kind: error.kind(),
            message: error.to_string(),
            path: error.path(),
        },
    };
    serde_json::to_string(&answer).unwrap_or_else(|_| fallback_error())
}

/// Serialises a result as `{"ok": ...}`.
pub(crate) fn ok_json<T: Serialize>(result: &T) -> String {
    serde_json::to_string(&OkAnswer { ok: result }).unwrap_or_else(|_| fallback_error())
}

// Results are plain structs with string keys, so serialisation cannot fail in practice;
// this keeps the answer well-formed if a future type ever could.
fn fallback_error() -> String {
    r#"{"error":{"kind":"invalid_value","message":"the result could not be serialised","path":""}}"#
        .to_owned()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRequest<'a> {
    op: String,
    #[serde(borrow)]
    args: Option<&'a RawValue>,
}

/// Answers one JSON request. Never panics; every failure is an `{"error": ...}` answer.
pub fn evaluate_json(request: &str) -> String {
    match answer(request) {
        Ok(json) => json,
        Err(error) => error_json(&error),
    }
}

fn answer(request: &str) -> Result<String, Error> {
    // serde would read a struct from an array too (`["segments", {...}]`), and answers an
    // array of the wrong length with a syntax error at a column: a request is an object.
    if !request
        .trim_start_matches([' ', '\t', '\n', '\r'])
        .starts_with('{')
    {
        return Err(request_not_an_object(request));
    }
    // One scan tells bad JSON from a bad request shape: serde_json classifies its errors.
    let raw: RawRequest<'_> = serde_json::from_str(request).map_err(|e| match e.classify() {
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
            Error::InvalidJson {
                message: e.to_string(),
            }
        }
        serde_json::error::Category::Data | serde_json::error::Category::Io => {
            Error::InvalidRequest {
                path: String::new(),
                message: format!(
                    "a request is an object {{\"op\": string, \"args\": object}}: {}",
                    strip_position(&e.to_string())
                ),
            }
        }
    })?;
    let args = raw.args.map_or("{}", RawValue::get);
    if !args.starts_with('{') {
        return Err(not_an_object());
    }
    crate::ops::dispatch::<JsonText>(&raw.op, args)
}

/// The error for a request that does not start as an object: bad JSON, or the kind of
/// JSON value it is.
fn request_not_an_object(request: &str) -> Error {
    if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(request) {
        return Error::InvalidJson {
            message: e.to_string(),
        };
    }
    let first = request
        .trim_start_matches([' ', '\t', '\n', '\r'])
        .chars()
        .next();
    let got = match first {
        Some('[') => "an array",
        Some('"') => "a string",
        Some('t' | 'f') => "a boolean",
        Some('n') => "null",
        _ => "a number",
    };
    Error::InvalidRequest {
        path: String::new(),
        message: format!("a request is an object {{\"op\": string, \"args\": object}}; got {got}"),
    }
}

/// Answers a request given as a JSON value (the native twin of the npm `evaluate`).
pub fn evaluate(request: &serde_json::Value) -> serde_json::Value {
    let answer = evaluate_json(&request.to_string());
    serde_json::from_str(&answer).unwrap_or(serde_json::Value::Null)
}

/// Deserialises an op's arguments from their JSON object text with the errors
/// [`evaluate_json`] gives: kind `invalid_args`, the refused field's path under `args`,
/// serde's message without a text position. Every way into the op table that holds JSON
/// text calls this one function, so each argument type's reader is compiled once.
#[inline(never)]
pub fn parse_args<A: DeserializeOwned>(args: &str) -> Result<A, Error> {
    serde_json::from_str(args).map_err(|e| {
        let message = strip_position(&e.to_string());
        let path = if e.line() == 0 {
            "args".to_owned()
        } else {
            let peeked = e.classify() == serde_json::error::Category::Syntax;
            let offset = error_path::offset_of(args, e.line(), e.column(), peeked);
            error_path::path_at(args, offset, error_path::Refusal::of(&message), "args")
        };
        Error::InvalidArgs { path, message }
    })
}

/// A way into the op table other than JSON text: where an op's args come from and what its
/// result becomes. The JSON text path is one; [`evaluate_value`]'s `serde_json::Value` and
/// the WebAssembly crate's JS objects (`serde-wasm-bindgen`) are others. Every way runs the
/// same typed functions, so only the conversions differ.
pub trait Boundary {
    /// The op's arguments as the caller holds them (borrowed where the form allows).
    type Args<'a>;
    /// The op's result in the caller's form.
    type Out;
    /// Deserialises the args into the op's type; errors as [`parse_args`] gives them.
    fn args<A: DeserializeOwned>(args: Self::Args<'_>) -> Result<A, Error>;
    /// Serialises the op's result.
    fn out<R: Serialize>(result: &R) -> Result<Self::Out, Error>;
}

/// The contract's own boundary: args as JSON object text, the answer as `{"ok": ...}` text.
pub(crate) struct JsonText;

impl Boundary for JsonText {
    type Args<'a> = &'a str;
    type Out = String;
    fn args<A: DeserializeOwned>(args: &str) -> Result<A, Error> {
        parse_args(args)
    }
    fn out<R: Serialize>(result: &R) -> Result<String, Error> {
        Ok(ok_json(result))
    }
}

/// Runs an op: parse its args, call the typed function, serialise the result.
pub(crate) fn run<B, A, R>(
    args: B::Args<'_>,
    op: impl FnOnce(A) -> Result<R, Error>,
) -> Result<B::Out, Error>
where
    B: Boundary,
    A: DeserializeOwned,
    R: Serialize,
{
    let args = B::args(args)?;
    // Without the international parser, a rule that met a number it could not read must
    // not answer as if the number were bad: the whole request says the parser is missing.
    let result = crate::phone::unless_parser_missing(|| op(args)).map_err(|e| e.under("args"))?;
    B::out(&result)
}

/// Answers op `op` over a [`Boundary`]: the args in the boundary's form, the result (the
/// `ok` part of the answer) in the boundary's form, or the [`Error`] the JSON contract
/// would answer with (paths under `args`; `unknown_op` for a name not in [`crate::OPS`]).
pub fn evaluate_with<B: Boundary>(op: &str, args: B::Args<'_>) -> Result<B::Out, Error> {
    crate::ops::dispatch::<B>(op, args)
}

/// The native twin of the npm package's object path: an op's args as a `serde_json::Value`
/// object, its result as a `serde_json::Value`, with no JSON text in between. Answers as
/// [`evaluate_json`] does for the request `{"op": op, "args": args}`.
pub fn evaluate_value(op: &str, args: &serde_json::Value) -> Result<serde_json::Value, Error> {
    if !args.is_object() {
        return Err(not_an_object());
    }
    evaluate_with::<ValueTree>(op, args)
}

struct ValueTree;

impl Boundary for ValueTree {
    type Args<'a> = &'a serde_json::Value;
    type Out = serde_json::Value;
    fn args<A: DeserializeOwned>(args: &serde_json::Value) -> Result<A, Error> {
        // A tree has no text positions: a refused tree is read again as its text, which
        // fails the same way and says where (the happy path never pays for it).
        A::deserialize(args).map_err(|tree_error| {
            parse_args::<A>(&args.to_string())
                .err()
                .unwrap_or_else(|| Error::InvalidArgs {
                    path: "args".to_owned(),
                    message: tree_error.to_string(),
                })
        })
    }
    fn out<R: Serialize>(result: &R) -> Result<serde_json::Value, Error> {
        serde_json::to_value(result).map_err(|_| unserialisable())
    }
}

/// The error for an op result a format could not represent (the text path's fallback
/// answer: kind `invalid_value`, empty path).
pub fn unserialisable() -> Error {
    Error::invalid_value("", "the result could not be serialised")
}

/// The error for args that are not an object (an array, a number, a string).
pub fn not_an_object() -> Error {
    Error::InvalidArgs {
        path: "args".to_owned(),
        message: "args must be a JSON object of the op's fields".to_owned(),
    }
}

// serde_json appends " at line L column C"; the path already says where, and positions in
// re-serialised args would not match the caller's text.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message.get(..at).unwrap_or(message).to_owned(),
        None => message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_correctly_rounded() {
        // A number written with more digits than a double holds must read as the nearest
        // double, so the answer is the same as for that double written out (found by the
        // fuzzer: the fast float reader was off by one unit in the last place).
        let request = |number: &str| format!(r#"{{"op":"segments","args":{{"text":{number}}}}}"#);
        let long = evaluate_json(&request("1111411111114303143031"));
        let short = evaluate_json(&request("1.1114111111143031e21"));
        assert_eq!(long, short);
        assert!(long.contains("1.1114111111143031e+21"), "{long}");
    }

    #[test]
    fn not_json_is_invalid_json() {
        let answer = evaluate_json("{op:");
        assert!(answer.contains(r#""kind":"invalid_json""#), "{answer}");
    }

    #[test]
    fn unknown_op_lists_accepted_ops() {
        let answer = evaluate_json(r#"{"op":"segmentz","args":{}}"#);
        assert!(answer.contains(r#""kind":"unknown_op""#), "{answer}");
        assert!(answer.contains("segments"), "{answer}");
    }

    #[test]
    fn unknown_arg_field_is_rejected_with_its_path() {
        let answer =
            evaluate_json(r#"{"op":"segments","args":{"text":"hi","smartEncoding":true}}"#);
        assert!(answer.contains(r#""kind":"invalid_args""#), "{answer}");
        assert!(
            answer.contains(r#""path":"args.smartEncoding""#),
            "{answer}"
        );
        assert!(
            answer.contains("smart_encoding"),
            "message names accepted fields: {answer}"
        );
    }

    #[test]
    fn request_that_is_not_an_object_is_invalid_request() {
        for request in [
            "[]",
            " [\"segments\", {\"text\": \"hi\"}]",
            "[\"segments\", {}, 1]",
            "3",
            "\"segments\"",
            "null",
            r#"{"args":{}}"#,
            r#"{"op":"segments","extra":1}"#,
        ] {
            let answer = evaluate_json(request);
            assert!(
                answer.contains(r#""kind":"invalid_request""#),
                "{request}: {answer}"
            );
        }
    }

    #[test]
    fn value_errors_are_placed_under_args() {
        let error = Error::invalid_value("weekly.mon[1]", "x").under("args");
        assert_eq!(error.path(), "args.weekly.mon[1]");
    }
}
