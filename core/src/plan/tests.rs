//! Unit tests of the planning ops (the fixtures in tests/fixtures cover the JSON shapes).

use serde_json::json;

use super::*;

fn plan(args: serde_json::Value) -> SendPlan {
    let args: PlanSendArgs = serde_json::from_value(args).unwrap();
    plan_send(&args).unwrap()
}

#[test]
fn explore() {
    let p = plan(json!({
        "sender": {"type": "us_10dlc", "brand": "sole_proprietor"},
        "recipients": [
            {"to": "+12065550101", "carrier": "T-Mobile USA, Inc."},
            {"to": "+13055550102"},
            {"to": "+12125550103", "carrier": "Verizon Wireless"},
            {"to": "+16045550104"},
            {"to": "hello"},
            {"to": "+12065550105", "carrier": "AT&T Mobility"}
        ],
        "body": "Harbor Dental winter special 😁 Reply STOP to opt out",
        "start": "2026-12-02T00:55:00Z", "message_class": "marketing"
    }));
    println!("{}", serde_json::to_string_pretty(&p).unwrap());
}
