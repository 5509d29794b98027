//! A differential corpus for `plan_send`: prints the answer (JSON, or the error) to each of
//! `n` generated inputs (all sender types, counts up to 250,000, carriers, regions, odd and
//! foreign numbers, quiet hours, caps, the horizon, validity periods), one per line. Run it
//! on two commits and compare the outputs: a change meant to make the plan faster must not
//! change one byte.
//!
//! ```text
//! cargo run --release -p telrules-benches --example plan_diff -- 1500 > plan.txt
//! ```
use serde_json::{json, Value};
use telrules::plan::{plan_send, PlanSendArgs};

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(500);
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = |m: u64| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % m.max(1)
    };
    let npas = [
        206u64, 208, 212, 305, 415, 604, 416, 514, 808, 907, 787, 268, 441, 800, 236, 867, 250,
        902, 709, 671, 684, 340, 999, 555, 201, 575, 915, 850, 702, 928,
    ];
    let senders = [
        json!({"type": "us_10dlc", "brand": "sole_proprietor"}),
        json!({"type": "us_10dlc", "brand": "low_volume_standard"}),
        json!({"type": "us_10dlc", "brand": "standard", "trust_score": 80}),
        json!({"type": "us_10dlc", "brand": "standard", "trust_score": 10}),
        json!({"type": "toll_free"}),
        json!({"type": "short_code"}),
        json!({"type": "ca_long_code", "numbers": 2}),
    ];
    let starts = [
        "2026-12-01T17:00:00Z",
        "2026-12-02T03:50:00Z",
        "2026-12-05T03:00:00Z",
        "2026-03-08T09:59:00Z",
        "2026-11-01T08:30:00Z",
        "2026-07-04T12:07:13.250+02:00",
    ];
    let carriers = [
        None,
        Some("T-Mobile USA, Inc."),
        Some("att"),
        Some("Verizon Wireless"),
        Some("US Cellular"),
        Some("Some New Carrier"),
    ];
    let regions = [
        None,
        None,
        None,
        Some("FL"),
        Some("BC"),
        Some("WA"),
        Some("TX"),
        Some("OK"),
    ];
    for case in 0..n {
        let sender = senders[next(senders.len() as u64) as usize].clone();
        let class = ["marketing", "informational", "conversational"][next(3) as usize];
        let mut args = json!({
            "sender": sender,
            "start": starts[next(starts.len() as u64) as usize],
            "message_class": class,
        });
        if next(5) == 0 {
            args["policy"] = json!("federal");
        }
        if next(4) == 0 {
            args["validity_period"] = json!(1 + next(36_000));
        }
        if case % 97 == 5 {
            args["sender"] = json!({"type": "us_10dlc", "brand": "sole_proprietor"});
            args["count"] = json!(250_000 - next(3));
        } else if next(6) == 0 {
            args["count"] = json!(next(20_000));
        } else {
            let size = [5u64, 40, 300, 3000][next(4) as usize];
            let len = next(size + 1);
            let list: Vec<Value> = (0..len)
                .map(|_| {
                    let kind = next(20);
                    let npa = npas[next(npas.len() as u64) as usize];
                    let to = match kind {
                        0 => "not a number".to_owned(),
                        1 => format!("+44 7400 {:06}", next(1_000_000)),
                        6 => [
                            "+33612345678",
                            "+81901234567",
                            "+8816123456",
                            "+88213000123",
                            "+979012345678",
                            "+870773123456",
                        ][next(6) as usize]
                            .to_owned(),
                        2 => format!("({npa}) {:03}-{:04}", next(1000), next(10_000)),
                        3 => format!("+1{npa}{:03}{:04}", next(200), next(10_000)),
                        4 => format!(" +1{npa}{:07} ", next(10_000_000)),
                        _ => format!("+1{npa}{:03}{:04}", 200 + next(800), next(10_000)),
                    };
                    let mut r = json!({"to": to});
                    if let Some(c) = carriers[next(carriers.len() as u64) as usize] {
                        r["carrier"] = json!(c);
                    }
                    if let Some(g) = regions[next(regions.len() as u64) as usize] {
                        r["region"] = json!(g);
                    }
                    r
                })
                .collect();
            args["recipients"] = json!(list);
        }
        if next(2) == 0 {
            args["segments_per_message"] = json!(1 + next(10));
        } else {
            args["body"] =
                json!("Harbor Dental: winter whitening, 20% off. Reply STOP to opt out.");
        }
        let out = match serde_json::from_value::<PlanSendArgs>(args) {
            Ok(a) => match plan_send(&a) {
                Ok(p) => serde_json::to_string(&p).unwrap_or_default(),
                Err(e) => format!("error {e}"),
            },
            Err(e) => format!("bad args {e}"),
        };
        println!("{case}\t{out}");
    }
}
