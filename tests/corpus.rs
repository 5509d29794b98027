//! The fuzz corpus as a regression suite on stable Rust: every file under
//! `fuzz/corpus/<target>/` goes through the same check its fuzz target runs
//! (`telrules_tests::invariants`), and so does every fixture request, so a crash fixed once
//! stays fixed and new fixture files are covered without regenerating the corpus.

use std::path::{Path, PathBuf};

use telrules_tests::invariants::{check_mutate_request, check_request, Check, TARGETS};
use telrules_tests::{load_all, request_text};

fn corpus_dir(target: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../fuzz/corpus")
        .join(target)
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir:?}: {e}"))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

/// Runs `check` over `data`, turning a panic into a failure that names the input.
fn run(name: &str, check: Check, data: &[u8]) -> Option<String> {
    match std::panic::catch_unwind(|| check(data)) {
        Ok(Ok(())) => None,
        Ok(Err(message)) => Some(format!("{name}: {message}")),
        Err(_) => Some(format!("{name}: panicked")),
    }
}

#[test]
fn every_corpus_file_passes_its_targets_checks() {
    let mut failures = Vec::new();
    for (target, check) in TARGETS {
        let files = files(&corpus_dir(target));
        assert!(!files.is_empty(), "fuzz/corpus/{target} is empty");
        for path in files {
            let data = std::fs::read(&path).unwrap();
            failures.extend(run(&path.display().to_string(), *check, &data));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_fixture_request_passes_the_checks_raw_and_mutated() {
    let mut failures = Vec::new();
    let mut ops = std::collections::BTreeSet::new();
    for (path, file) in load_all().unwrap() {
        for case in file.cases {
            let text = request_text(&case.request);
            if let Some(op) = case.request.get("op").and_then(|op| op.as_str()) {
                ops.insert(op.to_owned());
            }
            let name = format!("{}: {}", path.display(), case.name);
            if let Err(message) = check_request(&text) {
                failures.push(format!("{name}: {message}"));
            }
            // The mutation target's seed form, with a few fixed edit streams.
            for edits in [
                &b""[..],
                b"\x05\x01\x02\x03",
                b"\x08\xff\x00\x07\x41\x42\x43\x09",
            ] {
                let mut data = text.clone().into_bytes();
                data.push(b'\n');
                data.extend_from_slice(edits);
                failures.extend(run(&name, check_mutate_request, &data));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Every op has at least one fixture request, so the replay reaches all of them.
    for op in telrules::OPS {
        assert!(ops.contains(*op), "no fixture request for op `{op}`");
    }
}
