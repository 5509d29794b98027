//! Demo section: is each location open right now (at the fixed demo instant), which
//! greeting callers hear, when that changes; and whether a marketing text may go now.

use std::fmt::Write;

use telrules::hours::{
    business_hours, send_window, BusinessHoursArgs, Hours, MessageClass, Policy, SendWindowArgs,
};

use super::{heading, sample};

/// `2026-11-23T08:00:00-08:00` -> `2026-11-23 08:00 (UTC-08:00)`; `...Z` -> `... UTC`.
fn readable(rfc3339: &str) -> String {
    let (date, rest) = rfc3339.split_once('T').unwrap_or((rfc3339, ""));
    let clock = rest.get(..5).unwrap_or(rest);
    match rest.get(8..).unwrap_or("") {
        "Z" => format!("{date} {clock} UTC"),
        offset => format!("{date} {clock} (UTC{offset})"),
    }
}

pub fn section(out: &mut String) {
    heading(out, "Business hours and quiet hours");
    let _ = writeln!(
        out,
        "  at {} (a fixed demo instant)",
        readable(sample::DEMO_INSTANT)
    );
    let org: Hours = match serde_json::from_str(sample::ORG_HOURS) {
        Ok(org) => org,
        Err(e) => {
            let _ = writeln!(out, "  sample hours do not parse: {e}");
            return;
        }
    };
    for (label, number, override_json) in sample::LOCATIONS {
        let number_hours = override_json.and_then(|j| serde_json::from_str::<Hours>(j).ok());
        let args = BusinessHoursArgs {
            org: org.clone(),
            number: number_hours,
            at: sample::DEMO_INSTANT.to_owned(),
        };
        match business_hours(&args) {
            Ok(answer) => {
                let state = if answer.open { "OPEN" } else { "CLOSED" };
                let why = match answer.reason {
                    telrules::hours::Reason::Weekly => "weekly hours",
                    telrules::hours::Reason::Exception => "date exception",
                    telrules::hours::Reason::Forced => "forced",
                    telrules::hours::Reason::NoSchedule => "no hours set",
                };
                let from = match answer.source {
                    telrules::hours::Source::Number => "this number's own hours",
                    telrules::hours::Source::Org => "the practice's hours",
                };
                let _ = writeln!(out, "  {label} {number}: {state} ({why}, from {from})");
                let _ = writeln!(
                    out,
                    "    local time {} in {}",
                    readable(&answer.local_time),
                    answer.timezone
                );
                if let Some(greeting) = &answer.greeting {
                    let _ = writeln!(out, "    callers hear: \"{greeting}\"");
                }
                let change = match &answer.next_change {
                    Some(t) if answer.open => format!("closes {}", readable(t)),
                    Some(t) => format!("opens {}", readable(t)),
                    None => "no change in the next year".to_owned(),
                };
                let _ = writeln!(out, "    next: {change}");
            }
            Err(e) => {
                let _ = writeln!(out, "  {label}: {e}");
            }
        }
    }
    let _ = writeln!(
        out,
        "\n  Marketing text (winter whitening offer), strictest quiet-hours rules:"
    );
    for (label, to) in sample::MARKETING_RECIPIENTS {
        let args = SendWindowArgs {
            to: (*to).to_owned(),
            at: sample::DEMO_INSTANT.to_owned(),
            message_class: MessageClass::Marketing,
            recipient_region: None,
            policy: Policy::Strictest,
            restricted_classes: None,
        };
        match send_window(&args) {
            Ok(answer) if answer.allowed => {
                let _ = writeln!(
                    out,
                    "    {label:<22} {to}  send now ({})",
                    answer.zones.join(", ")
                );
            }
            Ok(answer) => {
                let when = answer
                    .next_allowed_at
                    .as_deref()
                    .map_or("no window found in the next year".to_owned(), readable);
                let _ = writeln!(
                    out,
                    "    {label:<22} {to}  hold: quiet hours ({}); may send from {when}",
                    answer.reason
                );
            }
            Err(e) => {
                let _ = writeln!(out, "    {label:<22} {to}  {e}");
            }
        }
    }
}
