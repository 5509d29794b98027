//! Loads the shared JSON fixtures in `tests/fixtures/`.
//!
//! A fixture file is `{"description": "...", "cases": [Case, ...]}`; a case is
//! `{"name", "why", "request": {"op", "args"}, "expect": {"ok": ...} | {"error": ...}}`.
//! The same files are run natively (`fixtures.rs`) and through the npm package under Node
//! (`bindings/test/fixtures.test.mjs`), which also requires byte-identical answers.
//! A `request` that is a JSON string is sent as raw text (for requests that are not JSON).
//! An expected error may leave out `message`; then only `kind` and `path` are compared.

pub mod invariants;

use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::Value;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FixtureFile {
    pub description: String,
    pub cases: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub name: String,
    pub why: String,
    pub request: Value,
    pub expect: Value,
}

pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// Every fixture file, sorted by path, with its cases.
pub fn load_all() -> Result<Vec<(PathBuf, FixtureFile)>, String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixtures_dir())
        .map_err(|e| format!("reading fixtures dir: {e}"))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{path:?}: {e}"))?;
            let file: FixtureFile =
                serde_json::from_str(&text).map_err(|e| format!("{path:?}: {e}"))?;
            Ok((path, file))
        })
        .collect()
}

/// The request text a case sends: a JSON string is sent verbatim (to test text that is not
/// JSON), anything else is serialised.
pub fn request_text(request: &Value) -> String {
    match request {
        Value::String(raw) => raw.clone(),
        other => other.to_string(),
    }
}

/// Whether an answer meets a case's expectation (see the module docs for errors).
pub fn matches(expect: &Value, answer: &Value) -> bool {
    match (expect.get("error"), answer.get("error")) {
        (Some(want), Some(got)) if want.get("message").is_none() => {
            want.get("kind") == got.get("kind") && want.get("path") == got.get("path")
        }
        _ => expect == answer,
    }
}
