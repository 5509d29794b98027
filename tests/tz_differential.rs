//! Differential test of the core's time-zone data against an independent reader of the
//! newest IANA tz database: Python's `zoneinfo` over the PyPI `tzdata` package pinned to
//! 2026.6 (IANA 2026f). For every zone name the core accepts, UTC offsets are compared at
//! seeded instants in 2020-2030 and at the second before, at and after every offset change
//! the reference knows in that range (`tz_differential/offsets.py`).
//!
//! The reference is installed by this test (pip, into cargo's per-test tmp dir) when it is
//! not there yet. The test is skipped, loudly, only when no `python3` exists at all.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use chrono::DateTime;
use telrules::hours::utc_offset_seconds;

/// The PyPI `tzdata` release and the IANA release it carries.
const TZDATA_PYPI: &str = "2026.6";
const TZDATA_IANA: &str = "2026f";
/// Fixed seed: the same instants on every run, so a failure reproduces.
const SEED: u64 = 20_261_128;
const SAMPLES_PER_ZONE: u32 = 40;

/// Zones whose offsets the core is known to give differently from the reference, each with
/// the reason. The test fails if a zone differs without being listed here, and also if a
/// listed zone no longer differs (so the list cannot go stale).
const KNOWN_DIFFERENCES: &[(&str, &str)] = &[];

fn python() -> Option<&'static str> {
    let found = Command::new("python3")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    found.then_some("python3")
}

/// Installs the pinned `tzdata` package into `dir` unless it is already there.
fn ensure_tzdata(python: &str, dir: &Path) {
    let marker = dir.join(format!("tzdata-{TZDATA_PYPI}.dist-info"));
    if marker.is_dir() {
        return;
    }
    let status = Command::new(python)
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
        ])
        .args(["--no-warn-script-location", "--upgrade", "--target"])
        .arg(dir)
        .arg(format!("tzdata=={TZDATA_PYPI}"))
        .status()
        .expect("run pip");
    assert!(
        status.success() && marker.is_dir(),
        "pip could not install tzdata=={TZDATA_PYPI} into {}",
        dir.display()
    );
}

#[test]
fn utc_offsets_match_tzdata_2026f() {
    let Some(python) = python() else {
        eprintln!(
            "SKIPPED tz differential test: no python3 on PATH, so the core's zone data was \
             NOT checked against tzdata {TZDATA_IANA}"
        );
        return;
    };
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("pytzdata-{TZDATA_PYPI}"));
    ensure_tzdata(python, &dir);

    let zones: Vec<&str> = chrono_tz::TZ_VARIANTS.iter().map(|z| z.name()).collect();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tz_differential/offsets.py");
    let mut child = Command::new(python)
        .arg(&script)
        .args([
            TZDATA_IANA,
            &SEED.to_string(),
            &SAMPLES_PER_ZONE.to_string(),
        ])
        .env("PYTHONPATH", &dir)
        .env("PYTHONTZPATH", "")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start python3");
    let mut stdin = child.stdin.take().expect("stdin");
    let names = zones.join("\n");
    let writer = std::thread::spawn(move || stdin.write_all(names.as_bytes()));
    let output = child.wait_with_output().expect("python3 output");
    writer
        .join()
        .expect("writer thread")
        .expect("write zone names");
    assert!(output.status.success(), "offsets.py failed");
    let text = String::from_utf8(output.stdout).expect("utf-8");

    // zone -> (instants compared, first differing instant with both offsets, differences)
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let mut differing: BTreeMap<String, (String, i32, i32, usize)> = BTreeMap::new();
    for line in text.lines() {
        let mut cols = line.split('\t');
        let (Some(zone), Some(t), Some(want)) = (cols.next(), cols.next(), cols.next()) else {
            panic!("bad line from offsets.py: {line}");
        };
        let t: i64 = t.parse().expect("unix seconds");
        let want: i32 = want.parse().expect("offset seconds");
        let at = DateTime::from_timestamp(t, 0).expect("instant in range");
        let got = utc_offset_seconds(zone, at)
            .unwrap_or_else(|| panic!("the core does not know zone {zone}"));
        *seen
            .entry(zones.iter().find(|z| **z == zone).copied().unwrap_or("?"))
            .or_default() += 1;
        if got != want {
            let entry = differing
                .entry(zone.to_owned())
                .or_insert_with(|| (at.to_rfc3339(), got, want, 0));
            entry.3 += 1;
        }
    }
    assert_eq!(seen.len(), zones.len(), "every zone must be compared");

    let mut problems = Vec::new();
    for (zone, (first, got, want, count)) in &differing {
        if !KNOWN_DIFFERENCES.iter().any(|(z, _)| z == zone) {
            problems.push(format!(
                "{zone}: {count} instants differ, first {first}: core {got}s, tzdata {TZDATA_IANA} {want}s"
            ));
        }
    }
    for (zone, _) in KNOWN_DIFFERENCES {
        if !differing.contains_key(*zone) {
            problems.push(format!(
                "{zone}: listed as a known difference but now agrees"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
