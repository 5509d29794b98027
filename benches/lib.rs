//! Shared helpers for the benches.

use std::path::Path;

pub mod inputs;
pub mod worst_case;

/// For each op, in contract order, the first fixture request that answers `ok`, as JSON
/// text. Ops without such a fixture are left out.
pub fn first_ok_request_per_op() -> Vec<(&'static str, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.sort();
    let cases: Vec<serde_json::Value> = paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .filter_map(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .flat_map(|file| match file.get("cases") {
            Some(serde_json::Value::Array(cases)) => cases.clone(),
            _ => Vec::new(),
        })
        .collect();
    telrules::OPS
        .iter()
        .filter_map(|&op| {
            cases
                .iter()
                .find(|case| {
                    case.pointer("/request/op").and_then(|v| v.as_str()) == Some(op)
                        && case.pointer("/expect/ok").is_some()
                })
                .and_then(|case| case.get("request"))
                .map(|request| (op, request.to_string()))
        })
        .collect()
}
