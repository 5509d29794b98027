//! Demo section: the delivery errors the sample practice hit this week, explained, and its
//! deliverability snapshot.

use std::fmt::Write;

use telrules::errors::{
    action_headline, deliverability, explain, Channel, CodeInput, DeliverabilityArgs,
    MessageStatus, OutcomeRow, Retry,
};

use super::{heading, sample};

pub fn section(out: &mut String) {
    heading(out, "Delivery errors this week");
    for (code, count) in sample::WEEK_ERRORS {
        let g = explain(*code, Some(Channel::Sms));
        let _ = writeln!(
            out,
            "  {code} ({count} {}): {}",
            if *count == 1 { "text" } else { "texts" },
            g.title.as_deref().unwrap_or("not in the catalogue")
        );
        let _ = writeln!(out, "    What happened: {}", g.message);
        let _ = writeln!(out, "    What to do:    {}", g.action.message);
        let mut notes = Vec::new();
        match g.retry {
            Retry::No => notes.push("resending will not help".to_owned()),
            Retry::Later => notes.push("worth resending later".to_owned()),
            Retry::Yes => notes.push("safe to resend now".to_owned()),
        }
        if g.suppress_recipient {
            notes.push("stop texting these recipients from this number".to_owned());
        }
        if let Some(step) = &g.action.next_action {
            notes.push(format!(
                "next setup step: {}",
                action_headline(g.category, Some(step))
            ));
        }
        let _ = writeln!(out, "    ({})", notes.join("; "));
    }

    out.push('\n');
    heading(out, "Deliverability snapshot");
    let mut messages: Vec<OutcomeRow> = sample::WEEK_STATUSES
        .iter()
        .map(|(status, count)| OutcomeRow {
            status: Some(MessageStatus::parse(status)),
            error_code: None,
            count: Some(*count),
        })
        .collect();
    messages.extend(sample::WEEK_ERRORS.iter().map(|(code, count)| OutcomeRow {
        status: None,
        error_code: Some(CodeInput::Code(*code)),
        count: Some(*count),
    }));
    let snapshot = match deliverability(&DeliverabilityArgs {
        messages,
        channel: Some(Channel::Sms),
    }) {
        Ok(snapshot) => snapshot,
        Err(e) => {
            let _ = writeln!(out, "  could not summarise: {e}");
            return;
        }
    };
    let _ = writeln!(
        out,
        "  {} texts this week: {} delivered, {} failed, {} still waiting for a receipt or in the queue",
        snapshot.total,
        snapshot.delivered,
        snapshot.failed,
        snapshot.awaiting_receipt + snapshot.in_flight
    );
    if let Some(rate) = snapshot.delivery_rate {
        let _ = writeln!(
            out,
            "  Delivery rate: {:.1}% of the {} texts whose fate is known",
            rate * 100.0,
            snapshot.settled
        );
    }
    let _ = writeln!(out, "  Failures by kind:");
    for category in &snapshot.categories {
        let _ = writeln!(
            out,
            "    {:<36} {:>4} ({:.1}%)",
            category.category.label(),
            category.messages,
            category.rate * 100.0
        );
    }
    let _ = writeln!(out, "  What would help most:");
    for (rank, action) in snapshot.top_actions.iter().enumerate() {
        let _ = writeln!(out, "    {}. {}", rank + 1, action.summary);
    }
}
