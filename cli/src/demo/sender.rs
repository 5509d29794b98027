//! Demo section: the practice sends a few messages; for each, which number sends it and
//! how, when it is held for quiet hours, or why it is not sent and what would fix that.

use std::fmt::Write;

use telrules::readiness::NumberFacts;
use telrules::sender::{
    select_sender, DecisionKind, SelectSenderArgs, SelectedBy, SendPath, SenderNumber,
};

use super::{heading, sample};

pub fn section(out: &mut String) {
    heading(out, "Choosing the sending number");
    let numbers = match numbers() {
        Ok(numbers) => numbers,
        Err(e) => {
            let _ = writeln!(out, "  (sample data could not be read: {e})");
            return;
        }
    };
    for (what, request) in sample::OUTBOUND_REQUESTS {
        let _ = writeln!(out, "  {what}");
        match decide(request, &numbers) {
            Ok(lines) => {
                for line in lines {
                    let _ = writeln!(out, "      {line}");
                }
            }
            Err(e) => {
                let _ = writeln!(out, "      (could not decide: {e})");
            }
        }
    }
}

/// The sample numbers as sender entries (facts, user, default, WhatsApp sender).
fn numbers() -> Result<Vec<SenderNumber>, serde_json::Error> {
    sample::NUMBER_FACTS
        .iter()
        .map(|(label, facts)| {
            let mut number: NumberFacts = serde_json::from_str(facts)?;
            if sample::WHATSAPP_SENDERS.contains(label) {
                let mut caps = number.capabilities.unwrap_or_default();
                caps.whatsapp = Some(true);
                number.capabilities = Some(caps);
            }
            let user = sample::NUMBER_USERS.iter().find(|u| u.0 == *label);
            Ok(SenderNumber {
                number,
                assigned_user: user.and_then(|u| u.1).map(str::to_owned),
                is_default: user.and_then(|u| u.2.then_some(true)),
            })
        })
        .collect()
}

fn decide(request: &str, numbers: &[SenderNumber]) -> Result<Vec<String>, String> {
    // The request leaves out the numbers and registrations (both default to empty).
    let mut args: SelectSenderArgs = serde_json::from_str(request).map_err(|e| e.to_string())?;
    args.numbers = numbers.to_vec();
    args.org = serde_json::from_str(sample::REGISTRATIONS_JSON).map_err(|e| e.to_string())?;
    let r = select_sender(&args).map_err(|e| e.to_string())?;
    let mut lines = Vec::new();
    let how = |from: &str| {
        let path = match (r.path, r.messaging_service_sid.as_deref()) {
            (Some(SendPath::MessagingService), Some(sid)) => {
                format!("through your business texting service {sid}")
            }
            _ => "directly".to_owned(),
        };
        let why = r.selected_by.map_or("", |by| match by {
            SelectedBy::ExplicitFrom => "the number you picked",
            SelectedBy::UserPrimary => "the sender's own number",
            SelectedBy::StickySender => "the number this contact knows",
            SelectedBy::AreaCodeMatch => "a local number for this contact",
            SelectedBy::OrgDefault => "your main number",
            SelectedBy::AnyReadyNumber => "a number that can text them",
        });
        format!("{from} ({why}), {path}")
    };
    match (r.decision, r.from.as_deref()) {
        (DecisionKind::Send, Some(from)) => {
            let mut line = format!("-> Send now from {}", how(from));
            if let (Some(segments), Some(encoding)) = (r.segments, r.encoding) {
                let encoding = match encoding {
                    telrules::segments::Encoding::Gsm7 => "plain characters",
                    telrules::segments::Encoding::Ucs2 => "special characters",
                };
                let plural = if segments == 1 { "" } else { "s" };
                let _ = write!(line, "; {segments} text segment{plural}, {encoding}");
            }
            lines.push(line + ".");
        }
        (DecisionKind::Defer, Some(from)) => {
            let until = r.defer_until.as_deref().unwrap_or("");
            let until = match until.split_once('T') {
                Some((date, time)) => format!("on {date} at {} UTC", time.get(..5).unwrap_or(time)),
                None => "later".to_owned(),
            };
            lines.push(format!(
                "-> Hold: too late for a promotion where they live. Goes out {until} from {}.",
                how(from)
            ));
        }
        _ => {
            lines.push(format!("-> Not sent: {}", blocked(&r.reason)));
            if let (Some(action), Some(number)) = (&r.next_action, &r.next_action_for) {
                lines.push(format!("to fix ({number}): {}", action.message));
            }
        }
    }
    for w in &r.warnings {
        lines.push(format!("note: {}", w.message));
    }
    Ok(lines)
}

/// The block reason in the owner's words.
fn blocked(reason: &str) -> &'static str {
    match reason {
        "recipient_opted_out" => "this person asked not to get texts (STOP).",
        "marketing_requires_consent" => "we don't know that this person agreed to promotions.",
        "whatsapp_template_required" => {
            "they haven't written on WhatsApp in the last 24 hours, so only an approved WhatsApp template may go."
        }
        "mms_unsupported_destination" => "picture messages reach only US and Canadian numbers.",
        "destination_not_supported" => "texting numbers outside the US and Canada isn't set up.",
        "explicit_from_not_found" => "the number you picked isn't one of yours.",
        "explicit_from_not_ready" => "the number you picked can't text this person yet.",
        "explicit_from_missing_capability" => "the number you picked can't send this kind of message.",
        "no_usable_sender" => "none of your numbers can text this person yet.",
        "no_send_window" => "there is no time this year when a promotion may reach this number.",
        _ => "the rules do not allow it.",
    }
}
