//! Runs every shared JSON fixture through the native JSON contract.

use telrules_tests::{load_all, matches};

#[test]
fn every_fixture_answers_as_expected() {
    let files = load_all().unwrap_or_else(|e| panic!("{e}"));
    let mut failures = Vec::new();
    let mut count = 0;
    for (path, file) in &files {
        for case in file.cases.iter().filter(|c| !c.held_back) {
            count += 1;
            let answer_text = telrules::evaluate_json(&telrules_tests::request_text(&case.request));
            let answer: serde_json::Value = serde_json::from_str(&answer_text)
                .unwrap_or_else(|e| panic!("{}: answer is not JSON: {e}", case.name));
            if !matches(&case.expect, &answer) {
                failures.push(format!(
                    "{} / {}\n  why:      {}\n  expected: {}\n  got:      {}",
                    path.file_name()
                        .map(|n| n.to_string_lossy())
                        .unwrap_or_default(),
                    case.name,
                    case.why,
                    case.expect,
                    answer_text
                ));
            }
        }
    }
    assert!(count > 0, "no fixture cases found");
    assert!(
        failures.is_empty(),
        "{} of {count} fixture cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn fixture_names_are_unique_within_a_file() {
    for (path, file) in load_all().unwrap_or_else(|e| panic!("{e}")) {
        let mut names: Vec<&str> = file.cases.iter().map(|c| c.name.as_str()).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len(), "duplicate case names in {path:?}");
    }
}

#[test]
fn held_back_cases_follow_the_split_rule() {
    for (path, file) in load_all().unwrap_or_else(|e| panic!("{e}")) {
        for case in &file.cases {
            let text = case.request["args"]["text"].as_str().unwrap_or("");
            let by_rule = path.ends_with("inbound_corpus.json")
                && telrules_tests::held_back_by_rule(&case.name, text);
            assert_eq!(case.held_back, by_rule, "{path:?} / {}", case.name);
        }
    }
}

/// Precision and recall on the held-back part of the inbound corpus, per intent and match
/// level, and the targets of the three-level match: worded opt-outs recalled >= 98%,
/// ordinary texts and traps read as opt-outs <= 1%. Run with `--nocapture` to see them.
#[test]
fn held_back_corpus_meets_the_recall_and_false_opt_out_targets() {
    let files = load_all().unwrap_or_else(|e| panic!("{e}"));
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (_, file) in &files {
        for case in file.cases.iter().filter(|c| c.held_back) {
            let label = &case.expect["ok"];
            let want = format!(
                "{}/{}",
                label["intent"].as_str().unwrap_or("?"),
                label["match"].as_str().unwrap_or("?")
            );
            let answer: serde_json::Value = serde_json::from_str(&telrules::evaluate_json(
                &telrules_tests::request_text(&case.request),
            ))
            .unwrap_or_default();
            let got = &answer["ok"];
            let got = format!(
                "{}/{}",
                got["intent"].as_str().unwrap_or("?"),
                got["match"].as_str().unwrap_or("?")
            );
            pairs.push((want, got));
        }
    }
    let scores = telrules_tests::corpus_scores(&pairs);
    println!("{}", scores.report);
    assert!(
        pairs.len() >= 250,
        "held-back part has only {} texts",
        pairs.len()
    );
    assert!(
        scores.worded >= 100,
        "only {} worded opt-outs held back",
        scores.worded
    );
    assert!(
        scores.worded_recalled * 100 >= scores.worded * 98,
        "worded opt-outs recalled {}/{} (< 98%)\n{}",
        scores.worded_recalled,
        scores.worded,
        scores.report
    );
    assert!(
        scores.ordinary_as_opt_out * 100 <= scores.ordinary,
        "ordinary texts and traps read as opt-out {}/{} (> 1%)\n{}",
        scores.ordinary_as_opt_out,
        scores.ordinary,
        scores.report
    );
}

/// Issue 17: every plain fixture request (`{"op", "args"}` with a known op) answers the same
/// through `evaluate_value` (args and result as `serde_json::Value` trees, the native twin of
/// the npm object path) as through the JSON text, errors included, word for word.
#[test]
fn value_path_answers_every_fixture_as_the_text_path() {
    let files = load_all().unwrap_or_else(|e| panic!("{e}"));
    let mut differ = Vec::new();
    let mut count = 0;
    let mut errors = 0;
    for (_, file) in &files {
        for case in &file.cases {
            let Some(request) = case.request.as_object() else {
                continue;
            };
            let Some(op) = request.get("op").and_then(|op| op.as_str()) else {
                continue;
            };
            if request.keys().any(|k| k != "op" && k != "args") || !telrules::OPS.contains(&op) {
                continue;
            }
            let args = match request.get("args") {
                None | Some(serde_json::Value::Null) => serde_json::json!({}),
                Some(args) => args.clone(),
            };
            count += 1;
            let text: serde_json::Value =
                serde_json::from_str(&telrules::evaluate_json(&case.request.to_string()))
                    .unwrap_or_else(|e| panic!("{}: answer is not JSON: {e}", case.name));
            let value = match telrules::contract::evaluate_value(op, &args) {
                Ok(ok) => serde_json::json!({ "ok": ok }),
                Err(e) => {
                    errors += 1;
                    serde_json::from_str(&telrules::contract::error_json(&e)).unwrap_or_default()
                }
            };
            if value != text {
                differ.push(format!("{}\n  text:  {text}\n  value: {value}", case.name));
            }
        }
    }
    assert!(count > 500, "only {count} plain fixture requests");
    assert!(errors > 20, "only {errors} error fixtures");
    assert!(
        differ.is_empty(),
        "{} differ:\n{}",
        differ.len(),
        differ.join("\n")
    );
}
