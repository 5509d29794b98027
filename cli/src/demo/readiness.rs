//! Demo section: each number's texting status as the phone card shows it, the checklist
//! of one number that needs attention, and the practice's single most useful next step.

use std::fmt::Write;

use telrules::readiness::{
    org_readiness, Channel, NumberReadiness, OrgReadinessArgs, State, StepStatus,
};

use super::{heading, sample};

pub fn section(out: &mut String) {
    heading(out, "Texting readiness");
    let args = match build_args() {
        Ok(args) => args,
        Err(e) => {
            let _ = writeln!(out, "  (sample data could not be read: {e})");
            return;
        }
    };
    let result = match org_readiness(&args) {
        Ok(result) => result,
        Err(e) => {
            let _ = writeln!(out, "  {e}");
            return;
        }
    };
    for ((label, _), number) in sample::NUMBER_FACTS.iter().zip(&result.numbers) {
        let _ = writeln!(
            out,
            "  {label:<26} {:<14} [{}]",
            number.number, number.badge.label
        );
        let _ = writeln!(
            out,
            "      texts to US: {} · to Canada: {} · calls: {}",
            words(number.messaging.us.state),
            words(number.messaging.ca.state),
            words(number.voice.state)
        );
        if let Some(action) = first_action(number) {
            let _ = writeln!(out, "      next: {action}");
        }
    }
    if let Some(number) = result
        .numbers
        .iter()
        .find(|n| n.messaging.us.state == State::ActionRequired)
    {
        let _ = writeln!(
            out,
            "\n  Checklist for {} (texts to US customers):",
            number.number
        );
        checklist(out, &number.messaging.us);
    }
    let s = &result.summary;
    let _ = writeln!(
        out,
        "\n  {} of {} numbers can text US customers now, {} can text Canadian customers, {} take calls.",
        s.us.ready, s.total, s.ca.ready, s.voice.ready
    );
    if let Some(next) = &s.next_action {
        let _ = writeln!(
            out,
            "  Most useful next step, for {} number{} ({}):\n    {}",
            next.count,
            if next.count == 1 { "" } else { "s" },
            next.numbers.join(", "),
            next.message
        );
    }
}

fn build_args() -> Result<OrgReadinessArgs, serde_json::Error> {
    let org = serde_json::from_str(sample::REGISTRATIONS_JSON)?;
    let numbers = sample::NUMBER_FACTS
        .iter()
        .map(|(_, facts)| serde_json::from_str(facts))
        .collect::<Result<Vec<_>, _>>()?;
    let now = serde_json::from_value(serde_json::Value::String(sample::READINESS_NOW.to_owned()))?;
    Ok(OrgReadinessArgs { org, numbers, now })
}

fn words(state: State) -> &'static str {
    match state {
        State::Ready => "ready",
        State::Pending => "in review",
        State::ActionRequired => "action needed",
        State::Blocked => "on hold",
        State::Unsupported => "not available",
    }
}

/// The message of the first channel (US texts, Canada texts, calls) with a next action.
fn first_action(number: &NumberReadiness) -> Option<&str> {
    [&number.messaging.us, &number.messaging.ca, &number.voice]
        .into_iter()
        .find_map(|c| c.next_action.as_ref())
        .map(|a| a.message.as_ref())
}

fn checklist(out: &mut String, channel: &Channel) {
    for step in &channel.steps {
        let mark = match step.status {
            StepStatus::Done => "[x]",
            StepStatus::InProgress => "[~]",
            StepStatus::Todo => "[ ]",
            StepStatus::Failed => "[!]",
            StepStatus::NotNeeded => "[-]",
        };
        let _ = writeln!(out, "    {mark} {}", step.detail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_numbers_show_every_texting_state() {
        let result = org_readiness(&build_args().unwrap()).unwrap();
        for state in [
            State::Ready,
            State::Pending,
            State::ActionRequired,
            State::Blocked,
            State::Unsupported,
        ] {
            assert!(
                result.numbers.iter().any(|n| n.messaging.us.state == state),
                "no sample number is {state:?}"
            );
        }
    }
}
