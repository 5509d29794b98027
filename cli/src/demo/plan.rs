//! Demo section: the practice's winter promotion to 2,400 patients, planned from its
//! current registration and again with a vetted standard brand: how long it takes, what
//! caps it, who waits for quiet hours, and what it costs.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde_json::json;
use telrules::plan::{
    estimate_cost, plan_send, Carrier, EstimateCostArgs, PlanSendArgs, SenderSpec,
};

use super::{heading, sample};

pub fn section(out: &mut String) {
    heading(out, "Planning the winter promotion");
    let _ = writeln!(
        out,
        "  {} patients, starting {}:\n  \"{}\"",
        sample::PROMOTION_PATIENTS,
        sample::PROMOTION_START,
        sample::PROMOTION_BODY
    );
    for (title, sender) in [
        (
            "With the current registration (low-volume standard brand)",
            sample::SENDER_NOW,
        ),
        (
            "With a vetted standard brand (trust score 62)",
            sample::SENDER_VETTED,
        ),
    ] {
        let _ = writeln!(out, "\n  {title}");
        match plan_and_cost(sender) {
            Ok(lines) => {
                for line in lines {
                    let _ = writeln!(out, "      {line}");
                }
            }
            Err(e) => {
                let _ = writeln!(out, "      (could not plan: {e})");
            }
        }
    }
}

fn plan_and_cost(sender: &str) -> Result<Vec<String>, String> {
    let sender: SenderSpec = serde_json::from_str(sender).map_err(|e| e.to_string())?;
    let patients = sample::promotion_recipients();
    let recipients: Vec<_> = patients
        .iter()
        .map(|(to, carrier)| match carrier {
            Some(c) => json!({"to": to, "carrier": c}),
            None => json!({"to": to}),
        })
        .collect();
    let args: PlanSendArgs = serde_json::from_value(json!({
        "sender": sender,
        "recipients": recipients,
        "body": sample::PROMOTION_BODY,
        "start": sample::PROMOTION_START,
        "message_class": "marketing",
    }))
    .map_err(|e| e.to_string())?;
    let plan = plan_send(&args).map_err(|e| e.to_string())?;
    let mut lines = plan.summary.clone();
    for lane in &plan.lanes {
        lines.push(format!(
            "  {:<8} {:>5} messages at {}{}, last at {}",
            match lane.lane {
                telrules::plan::send_plan::Lane::Att => "AT&T",
                telrules::plan::send_plan::Lane::Tmobile => "T-Mobile",
                telrules::plan::send_plan::Lane::Verizon => "Verizon",
                _ => "others",
            },
            lane.messages,
            lane.rate_text,
            lane.daily_cap
                .map_or(String::new(), |cap| format!(", cap {cap} a day")),
            lane.last_out_at.as_deref().unwrap_or("-")
        ));
    }
    // The cost, from the carriers the backend knows (the rest are spread by the op).
    let mut carriers: BTreeMap<Carrier, u64> = BTreeMap::new();
    for (to, carrier) in &patients {
        if let Some(name) = carrier {
            let us = !to.starts_with("+1604");
            *carriers.entry(Carrier::from_name(name, us)).or_insert(0) += 1;
        }
    }
    let cost: EstimateCostArgs = serde_json::from_value(json!({
        "sender": sender,
        "messages": patients.len(),
        "carriers": carriers,
        "body": sample::PROMOTION_BODY,
        "date": "2026-12-01",
        "failed_share_bp": 100,
        "include_fixed": true,
    }))
    .map_err(|e| e.to_string())?;
    let estimate = estimate_cost(&cost).map_err(|e| e.to_string())?;
    lines.extend(
        estimate
            .summary
            .iter()
            .filter(|s| !s.contains("pass your own"))
            .cloned(),
    );
    Ok(lines)
}
