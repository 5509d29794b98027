//! Runs every shared JSON fixture through the native JSON contract.

use telrules_tests::{load_all, matches};

#[test]
fn every_fixture_answers_as_expected() {
    let files = load_all().unwrap_or_else(|e| panic!("{e}"));
    let mut failures = Vec::new();
    let mut count = 0;
    for (path, file) in &files {
        for case in &file.cases {
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
