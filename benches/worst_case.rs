//! Worst-case requests for every op, sized to a byte budget: the CLI batch line limit
//! (4 MiB) and a quarter of it. Each request is built to make its op do the most work per
//! byte it can (distinct characters, lists the op cross-references, keys that sort, dates
//! that interleave), so `BENCHMARKS.md` can show the cost per input unit does not grow.

use serde_json::{json, Value};

/// The CLI batch line limit (`cli/src/batch.rs`, `MAX_LINE_BYTES`): the largest request
/// the contract accepts on any surface that bounds its input.
pub const LARGEST_REQUEST_BYTES: usize = 4 * 1024 * 1024;

/// One sized request.
pub struct WorstCase {
    /// `op/shape`.
    pub name: String,
    /// The request line (JSON), at most the byte budget.
    pub request: String,
    /// How many input units it holds (characters, numbers, rows, params, ...).
    pub units: usize,
    /// What a unit is.
    pub unit: &'static str,
}

/// Every op's worst case at `budget` bytes, in contract order.
pub fn all(budget: usize) -> Vec<WorstCase> {
    vec![
        segments_distinct(budget),
        segments_one_grapheme(budget),
        parse_phone(budget),
        text_op("classify_inbound", budget, classify_args),
        text_op("handle_inbound", budget, handle_args),
        text_op("lint_reply", budget, lint_args),
        readiness(budget),
        org_readiness(budget),
        explain_error(budget),
        deliverability(budget),
        business_hours_exceptions(budget),
        business_hours_minutes(budget),
        send_window(budget),
        select_sender(budget),
        verify_webhook_signature(budget),
        params_op("parse_inbound_webhook", budget),
        params_op("parse_status_callback", budget),
        render_twiml_reply(budget),
    ]
}

fn request(op: &str, args: Value) -> String {
    json!({"op": op, "args": args}).to_string()
}

/// The largest `n` for which `build(n)` fits in `budget` bytes, found by doubling then
/// bisecting (each build is linear, so this costs a few builds).
fn fit(budget: usize, build: impl Fn(usize) -> String) -> (usize, String) {
    let mut lo = 1;
    let mut hi = 2;
    while build(hi).len() <= budget {
        lo = hi;
        hi *= 2;
    }
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if build(mid).len() <= budget {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    (lo, build(lo))
}

fn case(name: &str, unit: &'static str, (units, request): (usize, String)) -> WorstCase {
    WorstCase {
        name: name.to_owned(),
        request,
        units,
        unit,
    }
}

/// `n` distinct non-GSM characters, every one a grapheme of its own (the shape that was
/// quadratic in the distinct-character list). They are spread evenly over the same pool
/// (U+4E00 up: CJK, Hangul, the supplementary planes) at every size, so a small and a
/// large text have the same mix of scripts and UTF-8 lengths.
fn distinct_chars(n: usize) -> String {
    const POOL: usize = 1_060_000;
    let stride = (POOL / n.max(1)).max(1);
    (0x4E00u32..=0x10_FFFF)
        .filter_map(char::from_u32)
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .step_by(stride)
        .take(n)
        .collect()
}

fn segments_distinct(budget: usize) -> WorstCase {
    case(
        "segments/distinct_cjk",
        "character",
        fit(budget, |n| {
            request(
                "segments",
                json!({"text": distinct_chars(n), "smart_encoding": true}),
            )
        }),
    )
}

fn segments_one_grapheme(budget: usize) -> WorstCase {
    // One base letter then combining accents: a single grapheme as long as the request.
    case(
        "segments/one_long_grapheme",
        "code point",
        fit(budget, |n| {
            let text = format!("e{}", "\u{301}".repeat(n));
            request("segments", json!({"text": text}))
        }),
    )
}

fn parse_phone(budget: usize) -> WorstCase {
    case(
        "parse_phone/long_typed",
        "byte",
        fit(budget, |n| {
            let input = "(415) 555-0123 ".repeat(n / 15 + 1);
            request("parse_phone", json!({"input": input}))
        }),
    )
    .per_byte()
}

/// Words that keep the phrase rules busy (stop verbs, texting nouns, courtesy) without
/// ever completing an opt-out, so every clause is scanned.
const BUSY_WORDS: &[&str] = &[
    "please", "stop", "by", "the", "office", "we", "will", "not", "end", "texts", "about",
    "cancel", "fees", "thanks", "no", "more", "than", "two", "messages", "ok",
];

fn busy_text(words: usize) -> String {
    let mut text = String::with_capacity(words * 6);
    for i in 0..words {
        if i > 0 {
            text.push(if i % 97 == 0 { ',' } else { ' ' });
            if i % 97 == 0 {
                text.push(' ');
            }
        }
        text.push_str(BUSY_WORDS.get(i % BUSY_WORDS.len()).copied().unwrap_or("x"));
    }
    text
}

fn org() -> Value {
    json!({"name": "Harbor Dental", "support_phone": "+12065550142", "support_email": "help@harbor.example", "website": "harbor.example"})
}

fn classify_args(text: String) -> Value {
    // The most extra keywords the config accepts, all opt-outs: each is tried at every word.
    let extra: Vec<String> = (0..200).map(|i| format!("QUITNOW{i}")).collect();
    json!({"text": text, "config": {"keywords": {"opt_out": {"en": extra}}}})
}

fn handle_args(text: String) -> Value {
    json!({"text": text, "consent": "subscribed", "sender": {"kind": "local"}, "org": org()})
}

fn lint_args(body: String) -> Value {
    json!({"kind": "help", "body": format!("{{business_name}}: {body} Help at {{contact}}. Reply STOP to opt out."), "org": org()})
}

fn text_op(op: &str, budget: usize, args: fn(String) -> Value) -> WorstCase {
    case(
        &format!("{op}/long_text"),
        "word",
        fit(budget, |n| request(op, args(busy_text(n)))),
    )
}

fn service(i: usize) -> Value {
    json!({"sid": format!("MG{i:032x}"), "campaign": {"campaign_status": "VERIFIED"}})
}

fn org_facts(services: usize) -> Value {
    json!({
        "customer_profile": {"status": "twilio-approved"},
        "trust_product": {"status": "twilio-approved"},
        "brand": {"status": "APPROVED", "brand_type": "STANDARD", "identity_status": "VERIFIED"},
        "messaging_services": (0..services).map(service).collect::<Vec<_>>(),
    })
}

fn number(i: usize, service: usize) -> Value {
    json!({
        "phone_number": format!("+1415{:07}", 2_000_000 + i % 7_000_000),
        "capabilities": {"sms": true, "mms": true, "voice": true},
        "messaging_service_sid": format!("MG{service:032x}"),
        "a2p_registration": "registered",
        "voice_webhook_active": true,
    })
}

fn readiness(budget: usize) -> WorstCase {
    // Many Messaging Services; the number's is the last one.
    case(
        "readiness/many_services",
        "service",
        fit(budget, |n| {
            request(
                "readiness",
                json!({"number": number(0, n.saturating_sub(1)), "org": org_facts(n), "now": "2026-11-21T12:00:00Z"}),
            )
        }),
    )
}

fn org_readiness(budget: usize) -> WorstCase {
    // Numbers and services in equal measure, each number on its own service.
    case(
        "org_readiness/numbers_and_services",
        "number",
        fit(budget, |n| {
            let numbers: Vec<Value> = (0..n).map(|i| number(i, n - 1 - i)).collect();
            request(
                "org_readiness",
                json!({"numbers": numbers, "org": org_facts(n), "now": "2026-11-21T12:00:00Z"}),
            )
        }),
    )
}

fn explain_error(budget: usize) -> WorstCase {
    // The op's only free-form input is the code; a string code padded with spaces is the
    // longest one it accepts.
    case(
        "explain_error/padded_code",
        "byte",
        fit(budget, |n| {
            let code = format!("{}30007{}", " ".repeat(n / 2), " ".repeat(n / 2));
            request("explain_error", json!({"code": code, "channel": "sms"}))
        }),
    )
    .per_byte()
}

fn deliverability(budget: usize) -> WorstCase {
    // Every row a distinct error code (catalogued and not) or an unknown status.
    case(
        "deliverability/distinct_codes",
        "row",
        fit(budget, |n| {
            let rows: Vec<Value> = (0..n)
                .map(|i| match i % 4 {
                    0 => json!({"status": "undelivered", "error_code": 30000 + i}),
                    1 => json!({"status": "failed", "error_code": 21000 + i}),
                    2 => json!({"status": format!("future_status_{i}")}),
                    _ => json!({"error_code": 60000 + i, "count": 3}),
                })
                .collect();
            request(
                "deliverability",
                json!({"messages": rows, "channel": "sms"}),
            )
        }),
    )
}

fn date(i: usize) -> String {
    let day = chrono::NaiveDate::from_ymd_opt(2000, 1, 1)
        .and_then(|d| d.checked_add_days(chrono::Days::new(i as u64)))
        .unwrap_or_default();
    day.to_string()
}

/// A day of 1-minute intervals that touch: open all day, 1,440 boundaries, none a change.
fn touching_minutes() -> Vec<[String; 2]> {
    (0..1440)
        .map(|m| {
            let end = m + 1;
            [
                format!("{:02}:{:02}", m / 60, m % 60),
                format!("{:02}:{:02}", end / 60, end % 60),
            ]
        })
        .collect()
}

fn business_hours_exceptions(budget: usize) -> WorstCase {
    // Org and number exceptions on interleaved dates: the number's must merge into the
    // org's list by date.
    case(
        "business_hours/interleaved_exceptions",
        "exception",
        fit(budget, |n| {
            let exceptions = |parity: usize| -> Vec<Value> {
                (0..n / 2)
                    .map(|i| json!({"date": date(2 * i + parity), "hours": [["09:00", "17:00"]], "label": "x"}))
                    .collect()
            };
            request(
                "business_hours",
                json!({
                    "org": {"timezone": "America/New_York", "weekly": {"mon": [["09:00", "17:00"]]}, "exceptions": exceptions(0)},
                    "number": {"exceptions": exceptions(1)},
                    "at": "2026-11-28T12:00:00Z",
                }),
            )
        }),
    )
}

fn business_hours_minutes(budget: usize) -> WorstCase {
    // Every day (weekly and a run of exception days from `at` on) is 1,440 touching
    // 1-minute intervals: open around the clock, so next_change looks a whole year ahead
    // past tens of thousands of boundaries that never change the state.
    let day = touching_minutes();
    let (n, request) = fit(budget, |n| {
        let exceptions: Vec<Value> = (0..n)
            .map(|i| json!({"date": date(9828 + i), "hours": day}))
            .collect();
        request(
            "business_hours",
            json!({
                "org": {"timezone": "America/New_York", "weekly": {
                    "mon": day, "tue": day, "wed": day, "thu": day, "fri": day, "sat": day, "sun": day,
                }, "exceptions": exceptions},
                "at": "2026-11-28T12:00:00Z",
            }),
        )
    });
    case(
        "business_hours/touching_minutes",
        "interval",
        ((n + 7) * 1440, request),
    )
}

fn send_window(budget: usize) -> WorstCase {
    case(
        "send_window/long_restricted_list",
        "class",
        fit(budget, |n| {
            let classes: Vec<&str> = ["informational", "conversational"]
                .iter()
                .cycle()
                .take(n)
                .copied()
                .collect();
            request(
                "send_window",
                json!({"to": "+13055550123", "at": "2026-06-02T01:00:00Z", "message_class": "marketing", "restricted_classes": classes}),
            )
        }),
    )
}

fn select_sender(budget: usize) -> WorstCase {
    // Every number not ready (its service's campaign is unknown), the area-code rule on:
    // every number is judged and tried.
    case(
        "select_sender/numbers_none_ready",
        "number",
        fit(budget, |n| {
            let numbers: Vec<Value> = (0..n)
                .map(|i| json!({"number": number(i, n + i), "assigned_user": format!("u{i}")}))
                .collect();
            request(
                "select_sender",
                json!({
                    "to": "+14155550199", "channel": "sms", "message_class": "informational",
                    "numbers": numbers, "recipient": {"consent": "subscribed"},
                    "org": org_facts(n / 4), "now": "2026-11-21T18:00:00Z",
                    "preference": {"user_id": "nobody", "last_used_from": "+14155550000", "area_code_match": true},
                }),
            )
        }),
    )
}

fn params(n: usize) -> serde_json::Map<String, Value> {
    let mut p = serde_json::Map::new();
    for (k, v) in [
        ("MessageSid", "SM0123456789abcdef0123456789abcdef"),
        ("SmsSid", "SM0123456789abcdef0123456789abcdef"),
        ("MessageStatus", "undelivered"),
        ("ErrorCode", "30007"),
        ("AccountSid", "AC0123456789abcdef0123456789abcdef"),
        ("From", "+14155550123"),
        ("To", "+14155550100"),
        ("Body", "Hello"),
        ("NumMedia", "0"),
    ] {
        p.insert(k.to_owned(), Value::from(v));
    }
    // Names in reverse order, so they arrive unsorted.
    for i in (0..n).rev() {
        p.insert(format!("X{i:08}"), Value::from(format!("v{i}")));
    }
    p
}

fn verify_webhook_signature(budget: usize) -> WorstCase {
    // Many distinct names plus one name repeated with many values: both get sorted.
    case(
        "verify_webhook_signature/many_params",
        "param",
        fit(budget, |n| {
            let mut p = params(n / 2);
            let repeated: Vec<String> = (0..n / 2).rev().map(|i| format!("r{i}")).collect();
            p.insert("Repeated".to_owned(), json!(repeated));
            request(
                "verify_webhook_signature",
                json!({"auth_token": "12345", "url": "https://example.com/hook?b=2&a=1", "params": p, "signature": "0/KCTR6DLpKmkAf8muzZqo1nDgQ="}),
            )
        }),
    )
}

fn params_op(op: &str, budget: usize) -> WorstCase {
    case(
        &format!("{op}/many_params"),
        "param",
        fit(budget, |n| request(op, json!({"params": params(n)}))),
    )
}

fn render_twiml_reply(budget: usize) -> WorstCase {
    // Every character escaped or non-ASCII.
    case(
        "render_twiml_reply/escapes",
        "character",
        fit(budget, |n| {
            let body: String = "&<>\"'é\r\n".chars().cycle().take(n).collect();
            request("render_twiml_reply", json!({"body": body}))
        }),
    )
}

impl WorstCase {
    /// Counts bytes of the request as the unit (for ops whose input is one string).
    fn per_byte(mut self) -> Self {
        self.units = self.request.len();
        self.unit = "byte";
        self
    }
}
