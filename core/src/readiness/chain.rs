//! The checklist engine: each link of a chain is checked on its own, then [`fold`] turns
//! the ordered checks into a [`Channel`].
//!
//! Folding rules (spec: "the first unmet link decides; later links are todo"):
//! - no unmet link: `ready`;
//! - the first unmet link decides the state, the next action and the reason, except that
//!   a `blocked` link (suspended, being deleted) anywhere later in the chain decides
//!   instead: those states cannot be cleared by working through the earlier steps, only by
//!   support, and letting them surface last would make an improvement look like a setback
//!   (see [`State::progress`]). An `unsupported` first link (no SMS capability) still wins.
//! - steps before the decider keep their own status, the first unmet one shows its own,
//!   later ones are `todo` (with a generic detail, since their recorded status is stale
//!   until the earlier links are met) unless known `not_needed` or the blocking link.

use std::borrow::Cow;

use super::types::{ActionCode, Channel, NextAction, State, Step, StepId, StepStatus};

/// One link of a chain, judged on its own.
#[derive(Debug, Clone)]
pub(crate) struct Check {
    pub id: StepId,
    pub outcome: Outcome,
    /// Plain sentence describing the link's own status.
    pub detail: Cow<'static, str>,
}

#[derive(Debug, Clone)]
pub(crate) enum Outcome {
    Done,
    NotNeeded,
    Unmet(Box<Unmet>),
}

/// Why a link is not met and what would meet it.
#[derive(Debug, Clone)]
pub(crate) struct Unmet {
    pub state: State,
    pub step_status: StepStatus,
    pub reason: &'static str,
    pub action: Option<ActionCode>,
    /// Overrides the action's default message (unknown statuses, deadlines).
    pub message: Option<Cow<'static, str>>,
    pub error_codes: Vec<i64>,
    pub deadline: Option<String>,
}

impl Check {
    pub fn done(id: StepId, detail: impl Into<Cow<'static, str>>) -> Check {
        Check {
            id,
            outcome: Outcome::Done,
            detail: detail.into(),
        }
    }

    pub fn not_needed(id: StepId, detail: &'static str) -> Check {
        Check {
            id,
            outcome: Outcome::NotNeeded,
            detail: Cow::Borrowed(detail),
        }
    }

    /// An unmet link; refine with [`Check::message`], [`Check::errors`], [`Check::deadline`].
    pub fn unmet(
        id: StepId,
        state: State,
        step_status: StepStatus,
        reason: &'static str,
        action: Option<ActionCode>,
        detail: impl Into<Cow<'static, str>>,
    ) -> Check {
        Check {
            id,
            outcome: Outcome::Unmet(Box::new(Unmet {
                state,
                step_status,
                reason,
                action,
                message: None,
                error_codes: Vec::new(),
                deadline: None,
            })),
            detail: detail.into(),
        }
    }

    /// A status value this version does not know: never ready; waits at this link, and
    /// says which value it was.
    pub fn unknown(
        id: StepId,
        what: &str,
        raw: Option<&str>,
        reason: &'static str,
        wait: ActionCode,
    ) -> Check {
        let detail = match raw {
            Some(raw) => format!(
                "{what}: status \"{raw}\" is not one we recognise, so texting can't be confirmed yet"
            ),
            None => format!("{what}: no status was reported, so texting can't be confirmed yet"),
        };
        let message =
            format!("{detail}. Nothing to do unless it stays this way; then contact support.");
        Check::unmet(
            id,
            State::Pending,
            StepStatus::InProgress,
            reason,
            Some(wait),
            detail,
        )
        .message(message)
    }

    pub fn message(mut self, message: impl Into<Cow<'static, str>>) -> Check {
        if let Outcome::Unmet(unmet) = &mut self.outcome {
            unmet.message = Some(message.into());
        }
        self
    }

    pub fn errors(mut self, codes: Vec<i64>) -> Check {
        if let Outcome::Unmet(unmet) = &mut self.outcome {
            unmet.error_codes = codes;
        }
        self
    }

    /// A rejection's error codes; the next action then names the first known reason.
    pub fn rejection(self, codes: Vec<i64>) -> Check {
        match super::reasons::rejection_reason(&codes) {
            Some(reason) => self.errors(codes).message(reason),
            None => self.errors(codes),
        }
    }

    pub fn deadline(mut self, deadline: Option<String>) -> Check {
        if let Outcome::Unmet(unmet) = &mut self.outcome {
            unmet.deadline = deadline;
        }
        self
    }

    fn unmet_part(&self) -> Option<&Unmet> {
        match &self.outcome {
            Outcome::Unmet(unmet) => Some(unmet),
            _ => None,
        }
    }
}

/// A channel this number can never use, whatever the owner does (wrong country, not a
/// US/CA number): no steps, no next action.
pub(crate) fn unsupported(reason: &'static str) -> Channel {
    Channel {
        state: State::Unsupported,
        next_action: None,
        steps: Vec::new(),
        reasons: vec![Cow::Borrowed(reason)],
    }
}

/// Folds ordered checks into a channel (rules in the module docs).
pub(crate) fn fold(checks: &[Check]) -> Channel {
    let first = checks.iter().position(|c| c.unmet_part().is_some());
    let Some(first) = first else {
        return Channel {
            state: State::Ready,
            next_action: None,
            steps: checks.iter().map(own_step).collect(),
            reasons: Vec::new(),
        };
    };
    let first_state = checks
        .get(first)
        .and_then(Check::unmet_part)
        .map_or(State::Pending, |u| u.state);
    let blocked = checks
        .iter()
        .position(|c| c.unmet_part().is_some_and(|u| u.state == State::Blocked));
    let decider = match blocked {
        Some(b) if first_state != State::Unsupported => b,
        _ => first,
    };
    let steps = checks
        .iter()
        .enumerate()
        .map(|(i, check)| {
            if i <= first || i == decider || matches!(check.outcome, Outcome::NotNeeded) {
                own_step(check)
            } else {
                Step {
                    id: check.id,
                    status: StepStatus::Todo,
                    detail: Cow::Borrowed(check.id.todo_detail()),
                }
            }
        })
        .collect();
    let decider_check = checks.get(decider);
    let unmet = decider_check.and_then(Check::unmet_part);
    let mut reasons: Vec<Cow<'static, str>> =
        unmet.map(|u| Cow::Borrowed(u.reason)).into_iter().collect();
    if decider != first {
        if let Some(u) = checks.get(first).and_then(Check::unmet_part) {
            reasons.push(Cow::Borrowed(u.reason));
        }
    }
    let next_action = match (decider_check, unmet) {
        (Some(check), Some(unmet)) => unmet.action.map(|code| NextAction {
            code,
            message: unmet
                .message
                .clone()
                .unwrap_or(Cow::Borrowed(code.message())),
            step: check.id,
            error_codes: unmet.error_codes.clone(),
            deadline: unmet.deadline.clone(),
        }),
        _ => None,
    };
    Channel {
        state: unmet.map_or(State::Pending, |u| u.state),
        next_action,
        steps,
        reasons,
    }
}

fn own_step(check: &Check) -> Step {
    let status = match &check.outcome {
        Outcome::Done => StepStatus::Done,
        Outcome::NotNeeded => StepStatus::NotNeeded,
        Outcome::Unmet(unmet) => unmet.step_status,
    };
    Step {
        id: check.id,
        status,
        detail: check.detail.clone(),
    }
}

/// The texting capability link. Short codes are text senders by definition, so for them a
/// missing capability counts as present; for other numbers only an explicit `true` does.
pub(crate) fn sms_capability(sms: Option<bool>, short_code: bool) -> Check {
    match (sms, short_code) {
        (Some(true), _) | (None, true) => Check::done(StepId::SmsCapability, "Can send texts"),
        (Some(false), _) => capability_missing(
            StepId::SmsCapability,
            "sms_capability_missing",
            "This number can't send texts",
            "This number can't send texts. Use a number that can, or ask support whether texting can be turned on.",
        ),
        (None, false) => capability_missing(
            StepId::SmsCapability,
            "sms_capability_unknown",
            "We don't know whether this number can send texts",
            "We don't know whether this number can send texts. Refresh its details, or use a number that can text.",
        ),
    }
}

fn capability_missing(
    id: StepId,
    reason: &'static str,
    detail: &'static str,
    message: &'static str,
) -> Check {
    Check::unmet(
        id,
        State::Unsupported,
        StepStatus::Failed,
        reason,
        Some(ActionCode::EnableCapability),
        detail,
    )
    .message(message)
}

/// Voice: ready when the number can take calls and its voice webhook is active.
pub(crate) fn voice(
    capable: Option<bool>,
    webhook_active: Option<bool>,
    voice_url: Option<&str>,
    voice_application_sid: Option<&str>,
) -> Channel {
    let capability = match capable {
        Some(true) => Check::done(StepId::VoiceCapability, "Can take calls"),
        Some(false) => capability_missing(
            StepId::VoiceCapability,
            "voice_capability_missing",
            "This number can't take calls",
            "This number can't take calls. Use a number that can, or ask support whether calling can be turned on.",
        ),
        None => capability_missing(
            StepId::VoiceCapability,
            "voice_capability_unknown",
            "We don't know whether this number can take calls",
            "We don't know whether this number can take calls. Refresh its details, or use a number that can.",
        ),
    };
    let configured = |s: Option<&str>| s.is_some_and(|s| !s.trim().is_empty());
    let active = webhook_active
        .unwrap_or_else(|| configured(voice_url) || configured(voice_application_sid));
    let webhook = if active {
        Check::done(StepId::VoiceWebhook, "Calls are connected to your account")
    } else {
        Check::unmet(
            StepId::VoiceWebhook,
            State::ActionRequired,
            StepStatus::Todo,
            "voice_webhook_inactive",
            Some(ActionCode::ConfigureVoiceWebhook),
            "Calls to this number are not connected yet",
        )
    };
    fold(&[capability, webhook])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pending(id: StepId) -> Check {
        Check::unmet(
            id,
            State::Pending,
            StepStatus::InProgress,
            "p",
            Some(ActionCode::WaitBrandReview),
            "waiting",
        )
    }

    fn blocked(id: StepId) -> Check {
        Check::unmet(
            id,
            State::Blocked,
            StepStatus::Failed,
            "b",
            Some(ActionCode::ContactSupport),
            "suspended",
        )
    }

    #[test]
    fn all_links_met_is_ready_with_no_action() {
        let channel = fold(&[
            Check::done(StepId::Brand, "ok"),
            Check::not_needed(StepId::BrandIdentity, "n/a"),
        ]);
        assert_eq!(channel.state, State::Ready);
        assert!(channel.next_action.is_none());
        assert_eq!(channel.steps[1].status, StepStatus::NotNeeded);
    }

    #[test]
    fn first_unmet_link_decides_and_later_links_are_todo() {
        let channel = fold(&[
            Check::done(StepId::CustomerProfile, "ok"),
            pending(StepId::Brand),
            pending(StepId::Campaign),
        ]);
        assert_eq!(channel.state, State::Pending);
        assert_eq!(channel.steps[1].status, StepStatus::InProgress);
        assert_eq!(channel.steps[2].status, StepStatus::Todo);
        assert_eq!(channel.next_action.unwrap().step, StepId::Brand);
    }

    #[test]
    fn a_later_blocked_link_overrides_an_earlier_wait() {
        let channel = fold(&[pending(StepId::Brand), blocked(StepId::Campaign)]);
        assert_eq!(channel.state, State::Blocked);
        assert_eq!(channel.steps[1].status, StepStatus::Failed);
        assert_eq!(channel.reasons, vec!["b", "p"]);
        assert_eq!(
            channel.next_action.unwrap().code,
            ActionCode::ContactSupport
        );
    }

    #[test]
    fn missing_capability_outranks_a_blocked_link() {
        let channel = fold(&[
            sms_capability(Some(false), false),
            blocked(StepId::Campaign),
        ]);
        assert_eq!(channel.state, State::Unsupported);
    }

    #[test]
    fn voice_webhook_flag_decides_over_url() {
        assert_eq!(
            voice(Some(true), Some(false), Some("https://x"), None).state,
            State::ActionRequired
        );
        assert_eq!(
            voice(Some(true), None, Some("https://x"), None).state,
            State::Ready
        );
        assert_eq!(
            voice(Some(true), None, Some("  "), None).state,
            State::ActionRequired
        );
        assert_eq!(
            voice(None, Some(true), None, None).state,
            State::Unsupported
        );
    }
}
