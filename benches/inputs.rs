//! Inputs shared by the benches and the profiling driver (`examples/profile.rs`), so an
//! instruction count and a criterion figure always describe the same input.

use serde_json::{json, Value};

pub const AREA_CODES: [u16; 40] = [
    201, 202, 206, 212, 213, 214, 215, 303, 305, 312, 404, 406, 415, 503, 512, 602, 617, 702, 704,
    713, 801, 808, 907, 919, 208, 253, 360, 425, 509, 971, 416, 604, 514, 403, 780, 902, 204, 306,
    506, 709,
];

/// `n` recipients, deterministic: area codes in turn, exchanges and lines from an LCG.
pub fn recipients(n: usize) -> Vec<Value> {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    (0..n)
        .map(|i| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let npa = AREA_CODES[i % AREA_CODES.len()];
            let nxx = 200 + (state >> 33) % 800;
            let line = (state >> 13) % 10_000;
            json!({"to": format!("+1{npa}{nxx}{line:04}")})
        })
        .collect()
}

/// A worst-case body of exactly `bytes` bytes: every feature the scanner looks at, over and
/// over (links, shortener, phone numbers, reply verbs, terms, emoji forcing UCS-2 and the
/// grapheme walk).
pub fn worst_case_body(bytes: usize) -> String {
    let unit = "Reply 2 to stop or text STOP at bit.ly/x or harbordental.com/b (415) 555-0123 wine CBD 😀 “ok” — ";
    let mut body = unit.repeat(bytes / unit.len() + 1);
    while body.len() > bytes {
        body.pop();
    }
    while body.len() < bytes {
        body.push('a');
    }
    body
}
