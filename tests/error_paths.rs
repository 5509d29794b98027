//! Differential test of the error `path` of refused args against an independent path
//! tracker: `serde_path_to_error`, which follows serde's reads as they happen, where the
//! contract finds the path afterwards from serde_json's error position
//! (`core/src/contract/error_path.rs`). Inputs: every fixture request, every request in
//! the fuzz corpus of `evaluate_json`, and seeded mutations of every fixture's args: at each
//! value a value of another JSON type, in each object an unknown key, in each array an
//! item too many, every third one pretty-printed so errors fall on later lines.
//!
//! Every path must be equal, except that where the tracker cannot name a level (a map
//! keyed by an enum, such as `estimate_cost`'s `carriers`) the contract names the key
//! (`args.carriers.att`) and the test accepts that one segment there. (Args the tracker accepts may still be refused by the op's
//! own checks, `invalid_args` or `invalid_value`, which are not serde's and not compared.)

use std::path::Path;

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{json, Value};
use telrules::{
    content, errors, hours, inbound, phone, plan, preflight, readiness, segments, sender, twilio,
};
use telrules_tests::{load_all, request_text};

/// How the tracker's unnamed levels are written in its path.
const UNNAMED: &str = ".?";

/// Whether the contract's path `got` is the tracker's `path`, each unnamed level of the
/// tracker standing for at most one named segment (`.key` or `[index]`) of the contract's
/// (none when the key itself was refused: the old contract dropped unnamed levels).
fn same_path(path: &str, got: &str) -> bool {
    match path.split_once(UNNAMED) {
        None => path == got,
        Some((before, after)) => got.strip_prefix(before).is_some_and(|rest| {
            let segment_end = rest
                .char_indices()
                .skip(1)
                .find(|&(_, c)| c == '.' || c == '[')
                .map_or(rest.len(), |(at, _)| at);
            let named = rest.starts_with('.') || rest.starts_with('[');
            same_path(after, rest) || (named && same_path(after, &rest[segment_end..]))
        }),
    }
}

/// The path the independent tracker gives for args refused as type `A`, or `None` when
/// they are accepted.
fn oracle<A: DeserializeOwned>(args: &str) -> Option<(String, String)> {
    let mut de = serde_json::Deserializer::from_str(args);
    let error = serde_path_to_error::deserialize::<_, A>(&mut de).err()?;
    let mut path = String::from("args");
    for segment in error.path().iter() {
        use serde_path_to_error::Segment;
        match segment {
            Segment::Seq { index } => path.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                path.push('.');
                path.push_str(key);
            }
            // A level the tracker could not name (a map key that is not a string, such as
            // an enum): see `same_path`.
            Segment::Unknown => path.push_str(UNNAMED),
        }
    }
    Some((path, error.inner().to_string()))
}

fn oracle_for(op: &str, args: &str) -> Option<Option<(String, String)>> {
    Some(match op {
        "segments" => oracle::<segments::SegmentsArgs>(args),
        "parse_phone" => oracle::<phone::ParsePhoneArgs>(args),
        "classify_inbound" => oracle::<inbound::ClassifyInboundArgs>(args),
        "handle_inbound" => oracle::<inbound::HandleInboundArgs>(args),
        "lint_reply" => oracle::<inbound::LintReplyArgs>(args),
        "readiness" => oracle::<readiness::ReadinessArgs>(args),
        "org_readiness" => oracle::<readiness::OrgReadinessArgs>(args),
        "explain_error" => oracle::<errors::ExplainErrorArgs>(args),
        "deliverability" => oracle::<errors::DeliverabilityArgs>(args),
        "business_hours" => oracle::<hours::BusinessHoursArgs>(args),
        "send_window" => oracle::<hours::SendWindowArgs>(args),
        "select_sender" => oracle::<sender::SelectSenderArgs>(args),
        "verify_webhook_signature" => oracle::<twilio::VerifyWebhookSignatureArgs>(args),
        "parse_inbound_webhook" | "parse_status_callback" => {
            oracle::<twilio::WebhookParamsArgs>(args)
        }
        "render_twiml_reply" => oracle::<twilio::RenderTwimlArgs>(args),
        "check_message" => oracle::<content::CheckMessageArgs>(args),
        "preflight_registration" => oracle::<preflight::PreflightArgs>(args),
        "plan_send" => oracle::<plan::PlanSendArgs>(args),
        "estimate_cost" => oracle::<plan::EstimateCostArgs>(args),
        _ => return None,
    })
}

#[derive(Deserialize)]
struct Request<'a> {
    op: String,
    #[serde(borrow)]
    args: &'a RawValue,
}

/// Compares one request; `Some(description)` when the paths disagree.
fn compare(name: &str, request: &str, counts: &mut [usize; 4]) -> Option<String> {
    let parsed: Request<'_> = serde_json::from_str(request).ok()?;
    let args = parsed.args.get();
    if !args.starts_with('{') {
        return None;
    }
    let expected = oracle_for(&parsed.op, args)?;
    let answer: serde_json::Value = serde_json::from_str(&telrules::evaluate_json(request)).ok()?;
    let error = answer.get("error");
    let kind = error.and_then(|e| e.get("kind")).and_then(|k| k.as_str());
    let got = error.and_then(|e| e.get("path")).and_then(|p| p.as_str());
    match (expected, kind) {
        (None, _) => None,
        (Some((path, message)), Some("invalid_args")) => {
            counts[0] += 1;
            let got = got.unwrap_or_default();
            if message.starts_with("duplicate field") {
                counts[1] += 1;
            }
            if message.starts_with("trailing c") {
                counts[2] += 1;
            }
            if path.contains(UNNAMED) {
                counts[3] += 1;
            }
            (!same_path(&path, got))
                .then(|| format!("{name}: tracker `{path}` ({message}); contract `{got}`"))
        }
        (Some((path, message)), _) => Some(format!(
            "{name}: the tracker refuses at `{path}` ({message}); the contract: {answer}"
        )),
    }
}

/// Values of every JSON type, to put where another was expected.
fn replacements() -> [Value; 7] {
    [
        json!({}),
        json!([1]),
        json!("x"),
        json!(-1),
        json!(1.5),
        json!(true),
        json!(null),
    ]
}

/// Every node of `value` as a JSON pointer.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let escaped = key.replace('~', "~0").replace('/', "~1");
                pointers(child, format!("{at}/{escaped}"), out);
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                pointers(child, format!("{at}/{index}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

/// The seeded mutations of one fixture's args (see the module docs).
fn mutations(args: &Value, seed: usize) -> Vec<Value> {
    let mut nodes = Vec::new();
    pointers(args, String::new(), &mut nodes);
    let mut out = Vec::new();
    for (k, pointer) in nodes.iter().enumerate() {
        let mut changed = args.clone();
        let Some(node) = changed.pointer_mut(pointer) else {
            continue;
        };
        match node {
            Value::Object(map) => {
                map.insert("zz_not_a_field".to_owned(), json!(1));
            }
            Value::Array(items) => items.push(items.first().cloned().unwrap_or(json!(0))),
            _ => {}
        }
        out.push(changed);
        if !pointer.is_empty() {
            let mut replaced = args.clone();
            if let Some(node) = replaced.pointer_mut(pointer) {
                let options = replacements();
                *node = options[(seed + k) % options.len()].clone();
                out.push(replaced);
            }
        }
    }
    out
}

#[test]
fn refused_args_paths_match_an_independent_path_tracker() {
    let mut failures = Vec::new();
    // [refused args, of which duplicated fields, items too many, unnamed tracker levels]
    let mut counts = [0usize; 4];
    for (path, file) in load_all().unwrap() {
        for case in file.cases {
            let name = format!("{}: {}", path.display(), case.name);
            failures.extend(compare(&name, &request_text(&case.request), &mut counts));
            let (Some(op), Some(args)) = (case.request.get("op"), case.request.get("args")) else {
                continue;
            };
            for (k, changed) in mutations(args, name.len()).into_iter().enumerate() {
                let request = json!({"op": op, "args": changed});
                let text = if k % 3 == 0 {
                    serde_json::to_string_pretty(&request).unwrap()
                } else {
                    request.to_string()
                };
                failures.extend(compare(
                    &format!("{name} (mutation {k})"),
                    &text,
                    &mut counts,
                ));
            }
        }
    }
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus/evaluate_json");
    for entry in std::fs::read_dir(&corpus).unwrap() {
        let path = entry.unwrap().path();
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        failures.extend(compare(&path.display().to_string(), &text, &mut counts));
    }
    assert!(
        failures.is_empty(),
        "{} disagreements:\n{}",
        failures.len(),
        failures.join("\n")
    );
    // The comparison must have had something to compare.
    assert!(
        counts[0] > 5_000,
        "only {} refused args compared",
        counts[0]
    );
    eprintln!(
        "{} refused args compared ({} duplicated fields, {} items too many, {} with a \
         level the tracker could not name)",
        counts[0], counts[1], counts[2], counts[3]
    );
}
