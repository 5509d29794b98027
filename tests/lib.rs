//! Loads the shared JSON fixtures in `tests/fixtures/`.
//!
//! A fixture file is `{"description": "...", "cases": [Case, ...]}`; a case is
//! `{"name", "why", "request": {"op", "args"}, "expect": {"ok": ...} | {"error": ...}}`.
//! The same files are run natively (`fixtures.rs`) and through the npm package under Node
//! (`bindings/test/fixtures.test.mjs`), which also requires byte-identical answers.
//! A `request` that is a JSON string is sent as raw text (for requests that are not JSON).
//! An expected error may leave out `message`; then only `kind` and `path` are compared.
//!
//! A case marked `"held_back": true` (only in `inbound_corpus.json`) is part of the
//! held-back evaluation set: its `expect.ok` is a label (`intent` and `match` only), it is
//! never compared one by one, and the corpus scoring test checks precision and recall over
//! all of them instead (see [`held_back_by_rule`] for the split).

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
    /// Part of the held-back evaluation set (see the module docs).
    #[serde(default)]
    pub held_back: bool,
}

/// The split rule of the inbound corpus: a case written for the three-level match (named
/// `real_*`) is held back when the FNV-1a 32-bit hash of its text's UTF-8 bytes is even;
/// all other cases are the tuning part. Hashing the text (not the position) keeps the split
/// stable when cases are added or reordered, and puts a repeated text on one side only.
pub fn held_back_by_rule(name: &str, text: &str) -> bool {
    name.starts_with("real_") && fnv1a32(text.as_bytes()) % 2 == 0
}

/// FNV-1a, 32 bits.
pub fn fnv1a32(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(*b)).wrapping_mul(0x0100_0193)
    })
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

/// Scores of a labelled set: `(label, answer)` pairs written `intent/match`.
pub struct CorpusScores {
    /// Texts labelled `opt_out/phrase` (worded opt-outs).
    pub worded: usize,
    /// Of those, answered as an opt-out that changes consent (`exact` or `phrase`).
    pub worded_recalled: usize,
    /// Texts labelled `none/none` (ordinary texts and traps).
    pub ordinary: usize,
    /// Of those, answered as an opt-out that changes consent.
    pub ordinary_as_opt_out: usize,
    /// Of those, answered `possible`.
    pub ordinary_as_possible: usize,
    /// A printable table: precision and recall per intent and match level.
    pub report: String,
}

/// Precision and recall per `intent/match` class, and the figures of the targets.
pub fn corpus_scores(pairs: &[(String, String)]) -> CorpusScores {
    let classes = [
        "opt_out/exact",
        "opt_out/phrase",
        "opt_out/possible",
        "opt_in/exact",
        "help/exact",
        "none/none",
    ];
    let revokes = |a: &str| a == "opt_out/exact" || a == "opt_out/phrase";
    let mut report = format!("held-back texts: {}\n", pairs.len());
    report.push_str("class               labelled  answered  correct  precision  recall\n");
    for class in classes {
        let labelled = pairs.iter().filter(|(w, _)| w == class).count();
        let answered = pairs.iter().filter(|(_, g)| g == class).count();
        let correct = pairs
            .iter()
            .filter(|(w, g)| w == class && g == class)
            .count();
        let pct = |n: usize, d: usize| {
            if d == 0 {
                "-".to_owned()
            } else {
                format!("{:.1}%", 100.0 * n as f64 / d as f64)
            }
        };
        report.push_str(&format!(
            "{class:<18}  {labelled:>8}  {answered:>8}  {correct:>7}  {:>9}  {:>6}\n",
            pct(correct, answered),
            pct(correct, labelled)
        ));
    }
    let worded = pairs.iter().filter(|(w, _)| w == "opt_out/phrase").count();
    let worded_recalled = pairs
        .iter()
        .filter(|(w, g)| w == "opt_out/phrase" && revokes(g))
        .count();
    let ordinary = pairs.iter().filter(|(w, _)| w == "none/none").count();
    let ordinary_as_opt_out = pairs
        .iter()
        .filter(|(w, g)| w == "none/none" && revokes(g))
        .count();
    let ordinary_as_possible = pairs
        .iter()
        .filter(|(w, g)| w == "none/none" && g == "opt_out/possible")
        .count();
    let all_opt_outs = pairs.iter().filter(|(w, _)| revokes(w)).count();
    let all_recalled = pairs
        .iter()
        .filter(|(w, g)| revokes(w) && revokes(g))
        .count();
    let correct = pairs.iter().filter(|(w, g)| w == g).count();
    report.push_str(&format!(
        "worded opt-outs recalled (exact or phrase): {worded_recalled}/{worded}\n\
         all opt-outs (exact or phrase labels) recalled: {all_recalled}/{all_opt_outs}\n\
         ordinary texts and traps read as opt-out: {ordinary_as_opt_out}/{ordinary}\n\
         ordinary texts and traps read as possible: {ordinary_as_possible}/{ordinary}\n\
         same intent and match as the label: {correct}/{}\n",
        pairs.len()
    ));
    CorpusScores {
        worded,
        worded_recalled,
        ordinary,
        ordinary_as_opt_out,
        ordinary_as_possible,
        report,
    }
}
