//! The invariants every fuzz target checks, in one place: the fuzz targets in `fuzz/` call
//! these functions, and `tests/corpus.rs` replays the committed corpus and every fixture
//! request through the very same functions on stable Rust, so the two cannot drift.
//!
//! Each `check_*` takes the fuzzer's raw bytes and returns `Err(description)` when an
//! invariant fails (a panic inside the core is itself a failure the caller sees).
//!
//! - every answer is JSON of the contract's shape: `{"ok": ...}` or
//!   `{"error": {"kind", "message", "path"}}` with a known kind;
//! - a request that parses as JSON, serialised again (keys in order), gets the same
//!   answer bytes;
//! - `render_twiml_reply` output is well-formed XML whose `<Message>` text is the body;
//! - a request signed by this module's own signer (written from the rules in the reference,
//!   independent of the core's) verifies `valid: true`.

use std::collections::{BTreeMap, BTreeSet};

use arbitrary::{Arbitrary, Unstructured};
use base64::Engine as _;
use hmac::{Hmac, KeyInit, Mac};
use serde_json::{Map, Value};

const KINDS: &[&str] = &[
    "invalid_json",
    "invalid_request",
    "unknown_op",
    "invalid_args",
    "invalid_value",
];

/// A fuzz target's check over the fuzzer's bytes.
pub type Check = fn(&[u8]) -> Result<(), String>;

/// The names of the fuzz targets, each with its check. `fuzz/fuzz_targets/<name>.rs` calls
/// the check; `fuzz/corpus/<name>/` holds its corpus.
pub const TARGETS: &[(&str, Check)] = &[
    ("evaluate_json", check_evaluate_json),
    ("mutate_request", check_mutate_request),
    ("twiml", check_twiml),
    ("signature", check_signature),
];

/// Raw bytes as a request (lossily decoded: `evaluate_json` takes text).
pub fn check_evaluate_json(data: &[u8]) -> Result<(), String> {
    check_request(&String::from_utf8_lossy(data))
}

/// All the answer invariants for one request text.
pub fn check_request(request: &str) -> Result<(), String> {
    let answer = telrules::evaluate_json(request);
    let parsed = check_answer_shape(&answer)?;
    let Ok(value) = serde_json::from_str::<Value>(request) else {
        return Ok(());
    };
    if let Some(again_request) = reserialise(request) {
        let again = telrules::evaluate_json(&again_request);
        if again != answer {
            return Err(format!(
                "re-serialised request answered differently\n  request: {request}\n  again:   {again_request}\n  answer:  {answer}\n  answer again: {again}"
            ));
        }
    }
    if value.get("op").and_then(Value::as_str) == Some("render_twiml_reply") {
        if let Some(twiml) = parsed.pointer("/ok/twiml").and_then(Value::as_str) {
            let body = value.pointer("/args/body").and_then(Value::as_str);
            check_twiml_text(twiml, body)?;
        }
    }
    Ok(())
}

/// The answer is JSON of the contract's shape; returns it parsed.
pub fn check_answer_shape(answer: &str) -> Result<Value, String> {
    let value: Value =
        serde_json::from_str(answer).map_err(|e| format!("answer is not JSON ({e}): {answer}"))?;
    let Some(object) = value.as_object() else {
        return Err(format!("answer is not an object: {answer}"));
    };
    let keys: Vec<&str> = object.keys().map(String::as_str).collect();
    match keys.as_slice() {
        ["ok"] => Ok(value),
        ["error"] => {
            let error = object
                .get("error")
                .and_then(Value::as_object)
                .ok_or_else(|| format!("error is not an object: {answer}"))?;
            let mut fields: Vec<&str> = error.keys().map(String::as_str).collect();
            fields.sort_unstable();
            if fields != ["kind", "message", "path"] {
                return Err(format!("error fields are {fields:?}: {answer}"));
            }
            let kind = error.get("kind").and_then(Value::as_str).unwrap_or("");
            if !KINDS.contains(&kind) {
                return Err(format!("unknown error kind `{kind}`: {answer}"));
            }
            let message = error.get("message").and_then(Value::as_str).unwrap_or("");
            if message.is_empty() || error.get("path").and_then(Value::as_str).is_none() {
                return Err(format!(
                    "error without a message or a string path: {answer}"
                ));
            }
            Ok(value)
        }
        _ => Err(format!("answer keys are {keys:?}: {answer}")),
    }
}

/// `text` parsed and written again as compact JSON, keys in their original order, strings
/// and numbers in serde_json's own form; None for text that is not JSON or that repeats a
/// key in an object (serde_json's `Value` would keep only the last, which the typed request
/// refuses, so it would be a different request). Key order is kept because an answer names
/// the first problem it meets.
pub fn reserialise(text: &str) -> Option<String> {
    struct Writer {
        out: String,
        duplicate: bool,
    }
    impl<'de> serde::de::DeserializeSeed<'de> for &mut Writer {
        type Value = ();
        fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            d.deserialize_any(self)
        }
    }
    impl<'de> serde::de::Visitor<'de> for &mut Writer {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("JSON")
        }
        fn visit_bool<E>(self, v: bool) -> Result<(), E> {
            self.out.push_str(&Value::from(v).to_string());
            Ok(())
        }
        fn visit_i64<E>(self, v: i64) -> Result<(), E> {
            self.out.push_str(&Value::from(v).to_string());
            Ok(())
        }
        fn visit_u64<E>(self, v: u64) -> Result<(), E> {
            self.out.push_str(&Value::from(v).to_string());
            Ok(())
        }
        fn visit_f64<E>(self, v: f64) -> Result<(), E> {
            self.out.push_str(&Value::from(v).to_string());
            Ok(())
        }
        fn visit_str<E>(self, v: &str) -> Result<(), E> {
            self.out.push_str(&Value::from(v).to_string());
            Ok(())
        }
        fn visit_unit<E>(self) -> Result<(), E> {
            self.out.push_str("null");
            Ok(())
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            self.out.push('[');
            let mut first = true;
            loop {
                let mark = self.out.len();
                if !first {
                    self.out.push(',');
                }
                if seq.next_element_seed(&mut *self)?.is_none() {
                    self.out.truncate(mark);
                    break;
                }
                first = false;
            }
            self.out.push(']');
            Ok(())
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            let mut seen = BTreeSet::new();
            self.out.push('{');
            while let Some(key) = map.next_key::<String>()? {
                if !seen.is_empty() {
                    self.out.push(',');
                }
                self.out.push_str(&Value::from(key.as_str()).to_string());
                self.out.push(':');
                if !seen.insert(key) {
                    self.duplicate = true;
                }
                map.next_value_seed(&mut *self)?;
            }
            self.out.push('}');
            Ok(())
        }
    }
    let mut writer = Writer {
        out: String::new(),
        duplicate: false,
    };
    let mut de = serde_json::Deserializer::from_str(text);
    serde::de::DeserializeSeed::deserialize(&mut writer, &mut de).ok()?;
    de.end().ok()?;
    (!writer.duplicate).then_some(writer.out)
}

/// Structure-aware requests for every op: the input is a request's JSON text (the seeds are
/// the fixtures' requests), a newline, then bytes that drive typed edits of its `args`
/// (replace, delete or add a field; swap in a value seen in another part of the request;
/// edge-case numbers and strings). Deriving `Arbitrary` on the core's types would put a
/// fuzzing dependency in the core, so the typed arguments are reached through JSON shaped
/// like the real ones instead.
pub fn check_mutate_request(data: &[u8]) -> Result<(), String> {
    let split = data.iter().position(|&b| b == b'\n').unwrap_or(data.len());
    let (head, tail) = data.split_at(split);
    let Ok(mut request) = serde_json::from_slice::<Value>(head) else {
        return check_evaluate_json(data);
    };
    let mut u = Unstructured::new(tail);
    let mut pool = Vec::new();
    collect_leaves(&request, &mut pool);
    for _ in 0..u.int_in_range(0..=8u8).unwrap_or(0) {
        if let Some(args) = request.get_mut("args") {
            mutate(args, &mut u, &pool, 0);
        }
    }
    check_request(&request.to_string())
}

fn collect_leaves(value: &Value, pool: &mut Vec<Value>) {
    match value {
        Value::Object(map) => map.values().for_each(|v| collect_leaves(v, pool)),
        Value::Array(items) => items.iter().for_each(|v| collect_leaves(v, pool)),
        leaf => pool.push(leaf.clone()),
    }
}

fn mutate(value: &mut Value, u: &mut Unstructured, pool: &[Value], depth: u8) {
    let descend = u.ratio(3u8, 4).unwrap_or(false) && depth < 8;
    match value {
        Value::Object(map) if descend && !map.is_empty() => {
            let i = u.choose_index(map.len()).unwrap_or(0);
            let Some(key) = map.keys().nth(i).cloned() else {
                return;
            };
            match u.int_in_range(0..=5u8).unwrap_or(0) {
                0 => {
                    map.remove(&key);
                }
                1 => {
                    let name = arbitrary_key(u);
                    map.insert(name, new_value(u, pool, depth));
                }
                _ => {
                    if let Some(child) = map.get_mut(&key) {
                        mutate(child, u, pool, depth + 1);
                    }
                }
            }
        }
        Value::Array(items) if descend && !items.is_empty() => {
            let i = u.choose_index(items.len()).unwrap_or(0);
            match u.int_in_range(0..=4u8).unwrap_or(0) {
                0 => {
                    items.remove(i);
                }
                1 => {
                    let copy = items.get(i).cloned().unwrap_or(Value::Null);
                    items.push(copy);
                }
                _ => {
                    if let Some(child) = items.get_mut(i) {
                        mutate(child, u, pool, depth + 1);
                    }
                }
            }
        }
        _ => *value = new_value(u, pool, depth),
    }
}

fn arbitrary_key(u: &mut Unstructured) -> String {
    String::arbitrary(u).unwrap_or_default()
}

fn new_value(u: &mut Unstructured, pool: &[Value], depth: u8) -> Value {
    const EDGE_NUMBERS: &[f64] = &[0.0, -1.0, 1.5, 65_536.0, 4_294_967_296.0, -1e300, 1e300];
    match u.int_in_range(0..=9u8).unwrap_or(0) {
        0 | 1 if !pool.is_empty() => {
            let i = u.choose_index(pool.len()).unwrap_or(0);
            pool.get(i).cloned().unwrap_or(Value::Null)
        }
        2 => Value::Null,
        3 => Value::Bool(bool::arbitrary(u).unwrap_or(false)),
        4 => Value::from(i64::arbitrary(u).unwrap_or(0)),
        5 => Value::from(u64::arbitrary(u).unwrap_or(u64::MAX)),
        6 => {
            let i = u.choose_index(EDGE_NUMBERS.len()).unwrap_or(0);
            Value::from(EDGE_NUMBERS.get(i).copied().unwrap_or(0.0))
        }
        7 if depth < 6 => {
            let n = u.int_in_range(0..=3u8).unwrap_or(0);
            Value::Array((0..n).map(|_| new_value(u, pool, depth + 1)).collect())
        }
        8 if depth < 6 => {
            let n = u.int_in_range(0..=3u8).unwrap_or(0);
            let map: Map<String, Value> = (0..n)
                .map(|_| (arbitrary_key(u), new_value(u, pool, depth + 1)))
                .collect();
            Value::Object(map)
        }
        _ => Value::String(String::arbitrary(u).unwrap_or_default()),
    }
}

/// `render_twiml_reply` over an arbitrary body: well-formed XML carrying the body exactly,
/// or an `invalid_value` refusal for a body XML cannot carry.
pub fn check_twiml(data: &[u8]) -> Result<(), String> {
    let mut u = Unstructured::new(data);
    let body = Option::<String>::arbitrary(&mut u).unwrap_or_default();
    let request = serde_json::json!({"op": "render_twiml_reply", "args": {"body": body}});
    check_request(&request.to_string())
}

/// Checks rendered TwiML: XML 1.0 well-formed (roxmltree), `Response` root, and the text of
/// its one `Message` equal to `body` (an empty `Response` when there is no body).
pub fn check_twiml_text(twiml: &str, body: Option<&str>) -> Result<(), String> {
    let doc = roxmltree::Document::parse(twiml)
        .map_err(|e| format!("TwiML is not well-formed XML ({e}): {twiml}"))?;
    let root = doc.root_element();
    if root.tag_name().name() != "Response" {
        return Err(format!("TwiML root is not Response: {twiml}"));
    }
    let messages: Vec<_> = root.children().filter(|n| n.is_element()).collect();
    match (body, messages.as_slice()) {
        (None, []) => Ok(()),
        (Some(body), [message]) if message.tag_name().name() == "Message" => {
            let text: String = message
                .descendants()
                .filter(|n| n.is_text())
                .filter_map(|n| n.text())
                .collect();
            if text == body {
                Ok(())
            } else {
                Err(format!("Message text {text:?} is not the body {body:?}"))
            }
        }
        _ => Err(format!(
            "TwiML children do not match body {body:?}: {twiml}"
        )),
    }
}

/// A webhook signed here verifies: arbitrary secret, URL path and query, and form fields
/// (repeated names included), with either algorithm.
pub fn check_signature(data: &[u8]) -> Result<(), String> {
    let mut u = Unstructured::new(data);
    let secret = String::arbitrary(&mut u).unwrap_or_default();
    let host = url_safe(
        &String::arbitrary(&mut u).unwrap_or_default(),
        "example.com",
    );
    let rest = String::arbitrary(&mut u).unwrap_or_default();
    let sha256 = bool::arbitrary(&mut u).unwrap_or(false);
    let params = BTreeMap::<String, Vec<String>>::arbitrary(&mut u).unwrap_or_default();
    if secret.is_empty() || rest.contains("bodySHA256") {
        // An empty secret is refused (anyone could sign); a `bodySHA256` query makes it a
        // JSON webhook, whose body this check does not carry.
        return Ok(());
    }
    let url = format!("https://{host}/{rest}");
    let signature = sign(&secret, &url, &params, sha256);
    let params: Map<String, Value> = params
        .into_iter()
        .map(|(name, values)| match values.as_slice() {
            [one] => (name, Value::from(one.clone())),
            _ => (name, Value::from(values)),
        })
        .collect();
    let mut args = serde_json::json!({
        "secret": secret, "url": url, "params": params, "signature": signature,
    });
    if sha256 {
        args["signature_settings"] = Value::from("key=KSfuzz,algorithm=HMAC_SHA256");
    }
    let request = serde_json::json!({"op": "verify_webhook_signature", "args": args});
    let text = request.to_string();
    check_request(&text)?;
    let answer: Value = serde_json::from_str(&telrules::evaluate_json(&text))
        .map_err(|e| format!("answer is not JSON: {e}"))?;
    match answer.pointer("/ok/valid") {
        Some(Value::Bool(true)) => Ok(()),
        // The core refuses URLs it cannot cut into scheme, host and port; ours are
        // well-formed up to the host, but the path is arbitrary text.
        _ if answer.pointer("/ok/reason") == Some(&Value::from("malformed_url")) => Ok(()),
        _ => Err(format!(
            "a request signed here did not verify: {answer}\n  request: {text}"
        )),
    }
}

fn url_safe(text: &str, fallback: &str) -> String {
    let host: String = text
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '-')
        .take(40)
        .collect();
    if host.is_empty() {
        fallback.to_owned()
    } else {
        host
    }
}

/// Twilio's signing rule, written here from the reference rather than taken from the core:
/// the URL, then each field name (sorted by UTF-16 code units) followed by its value, a
/// repeated name once per distinct value in sorted order; HMAC-SHA1 (Auth Token) or
/// HMAC-SHA256 (SharedKey), base64 with padding.
pub fn sign(
    secret: &str,
    url: &str,
    params: &BTreeMap<String, Vec<String>>,
    sha256: bool,
) -> String {
    let utf16 = |s: &String| s.encode_utf16().collect::<Vec<u16>>();
    let mut names: Vec<&String> = params.keys().collect();
    names.sort_by_key(|name| utf16(name));
    let mut signed = url.to_owned();
    for name in names {
        let mut values: Vec<&String> = params
            .get(name)
            .map(|v| v.iter().collect())
            .unwrap_or_default();
        values.sort_by_key(|value| utf16(value));
        values.dedup();
        for value in values {
            signed.push_str(name);
            signed.push_str(value);
        }
    }
    let digest = if sha256 {
        let mut mac = <Hmac<sha2::Sha256> as KeyInit>::new_from_slice(secret.as_bytes())
            .unwrap_or_else(|_| <Hmac<sha2::Sha256> as KeyInit>::new(&Default::default()));
        mac.update(signed.as_bytes());
        mac.finalize().into_bytes().to_vec()
    } else {
        let mut mac = <Hmac<sha1::Sha1> as KeyInit>::new_from_slice(secret.as_bytes())
            .unwrap_or_else(|_| <Hmac<sha1::Sha1> as KeyInit>::new(&Default::default()));
        mac.update(signed.as_bytes());
        mac.finalize().into_bytes().to_vec()
    };
    base64::engine::general_purpose::STANDARD.encode(digest)
}
