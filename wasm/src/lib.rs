//! WebAssembly exports of the telrules core. No rules live here: the boundary is the JSON
//! contract, so the npm package and the native core answer with the same bytes.
//!
//! JSON strings cross the boundary (rather than JS objects walked field by field) because
//! `JSON.stringify`/`JSON.parse` are fast native code in every engine, the module stays
//! smaller, and byte-identical answers are guaranteed by construction.

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
