//! WebAssembly exports of the telrules core. No rules live here: the boundary is the JSON
//! contract, so the npm package and the native core answer with the same bytes.
//!
//! `evaluateJson` takes and gives JSON text: byte-identical answers by construction.
//! `evaluateValue` (issue 17, at the end) takes and gives JS objects through
//! serde-wasm-bindgen; the npm package's per-op functions use it where it measured faster.

use chrono::{DateTime, Utc};
use wasm_bindgen::prelude::wasm_bindgen;

/// Answers one request `{"op", "args"}` given as JSON text with `{"ok"}` or `{"error"}`.
#[wasm_bindgen(js_name = evaluateJson)]
pub fn evaluate_json(request: &str) -> String {
    telrules::evaluate_json(request)
}

/// The operation names this build answers, comma-separated.
#[wasm_bindgen(js_name = opNames)]
pub fn op_names() -> String {
    telrules::OPS.join(",")
}

/// The version of the telrules core inside this module.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// A business-hours schedule (org hours plus a number's override) validated and merged
/// once, for many questions. Instants cross the boundary as epoch milliseconds (a JS
/// `Date`'s `getTime()`), so a question costs no JSON at all.
#[wasm_bindgen(js_name = CompiledSchedule)]
pub struct CompiledSchedule(telrules::hours::CompiledSchedule);

/// Compiles `{"org": ..., "number": ...}` given as JSON text; throws the contract's
/// `{"error": ...}` answer as text when the hours are not valid.
#[wasm_bindgen(js_name = compileSchedule)]
pub fn compile_schedule(args: &str) -> Result<CompiledSchedule, String> {
    telrules::hours::CompiledSchedule::compile_json(args).map(CompiledSchedule)
}

fn instant(ms: f64, field: &str) -> Result<DateTime<Utc>, String> {
    // Whole milliseconds in range: what a JS Date holds.
    let whole = (ms.is_finite() && ms.fract() == 0.0 && ms.abs() < 8.64e15).then_some(ms as i64);
    whole
        .and_then(DateTime::from_timestamp_millis)
        .ok_or_else(|| {
            telrules::contract::error_json(&telrules::Error::invalid_value(
                field,
                format!("{field} must be a valid date (epoch milliseconds); got {ms}"),
            ))
        })
}

#[wasm_bindgen(js_class = CompiledSchedule)]
impl CompiledSchedule {
    /// Whether the business is open at `at_ms`.
    #[wasm_bindgen(js_name = isOpen)]
    pub fn is_open(&self, at_ms: f64) -> Result<bool, String> {
        Ok(self.0.is_open(instant(at_ms, "at")?))
    }

    /// The first instant after `after_ms` at which the state flips (epoch ms), NaN when it
    /// does not within 366 days.
    #[wasm_bindgen(js_name = nextChange)]
    pub fn next_change(&self, after_ms: f64) -> Result<f64, String> {
        let next = self.0.next_change(instant(after_ms, "after")?);
        Ok(next.map_or(f64::NAN, |t| t.timestamp_millis() as f64))
    }

    /// The open periods in `[from_ms, to_ms)` as a flat list `[from, to, from, to, ...]` of
    /// epoch milliseconds.
    #[wasm_bindgen(js_name = openIntervals)]
    pub fn open_intervals(&self, from_ms: f64, to_ms: f64) -> Result<Vec<f64>, String> {
        let intervals = self
            .0
            .open_intervals(instant(from_ms, "from")?, instant(to_ms, "to")?)
            .map_err(|e| telrules::contract::error_json(&e))?;
        Ok(intervals
            .iter()
            .flat_map(|iv| [iv.from, iv.to])
            .map(|t| t.timestamp_millis() as f64)
            .collect())
    }

    /// The full `business_hours` answer at `at_ms`, as the contract's `{"ok": ...}` text.
    #[wasm_bindgen(js_name = businessHours)]
    pub fn business_hours(&self, at_ms: f64) -> Result<String, String> {
        let answer = self.0.answer(instant(at_ms, "at")?);
        serde_json::to_string(&serde_json::json!({ "ok": answer })).map_err(|e| e.to_string())
    }
}

// ---- issue 17: JS objects across the boundary ------------------------------------------
//
// The per-op JS functions' object path: the args arrive as JSON object text (what
// `JSON.stringify` gives, read by the same serde_json code as `evaluateJson`), and the
// result leaves as a plain JS object built by serde-wasm-bindgen, with no JSON text and no
// `JSON.parse`. Reading the args object itself through serde-wasm-bindgen was measured too
// (BENCHMARKS.md, issue 17): slower than `JSON.stringify` on most ops and about 105 KB
// gzipped larger, because it reads a JS object one property at a time across the boundary
// and must go through a `serde_json::Value` tree (serde-wasm-bindgen reads a struct by its
// known field names only, so a misspelt field would pass unrefused). One export serves
// every op: the per-op code is the same generic instantiation either way.

use serde::Serialize;
use wasm_bindgen::JsValue;

/// The object path's boundary: args as JSON object text, the result as a JS value built by
/// serde-wasm-bindgen's JSON-compatible serializer (`None` as `null`, maps as plain
/// objects, 64-bit integers as numbers), equal to `JSON.parse` of the text answer's `ok`.
struct TextInObjectsOut;

impl telrules::contract::Boundary for TextInObjectsOut {
    type Args<'a> = &'a str;
    type Out = JsValue;
    fn args<A: serde::de::DeserializeOwned>(args: &str) -> Result<A, telrules::Error> {
        telrules::contract::parse_args(args)
    }
    fn out<R: Serialize>(result: &R) -> Result<JsValue, telrules::Error> {
        result
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(|_| telrules::contract::unserialisable())
    }
}

/// The contract's `error` object, thrown to JS as a plain object.
#[derive(Serialize)]
struct ErrorBody<'a> {
    kind: telrules::ErrorKind,
    message: String,
    path: &'a str,
}

fn thrown(error: &telrules::Error) -> JsValue {
    let body = ErrorBody {
        kind: error.kind(),
        message: error.to_string(),
        path: error.path(),
    };
    body.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or_else(|_| JsValue::from_str(&telrules::contract::error_json(error)))
}

/// Answers op `op` for `args`, the op's arguments as JSON object text, with the `ok` result
/// as a plain JS object; throws the contract's `error` object (`{kind, message, path}`,
/// paths under `args`), word for word as `evaluateJson` words it.
#[wasm_bindgen(js_name = evaluateToObject)]
pub fn evaluate_to_object(op: &str, args: &str) -> Result<JsValue, JsValue> {
    if !args.trim_start().starts_with('{') {
        return Err(thrown(&telrules::contract::not_an_object()));
    }
    telrules::contract::evaluate_with::<TextInObjectsOut>(op, args).map_err(|e| thrown(&e))
}
