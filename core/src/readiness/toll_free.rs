//! Toll-free numbers: one verification covers texting to the US and Canada. Only
//! `TWILIO_APPROVED` is ready (since 2024-01-31 pending numbers are blocked too, error
//! 30032). A rejection can be edited while `edit_allowed` holds and `now` is before
//! `edit_expiration`; otherwise a new verification goes through the normal queue (30437).

use std::fmt::Write;

use chrono::{DateTime, FixedOffset, SecondsFormat};

use super::chain::{fold, Check};
use super::facts::{error_codes, TollfreeVerification};
use super::status::TollfreeStatus;
use super::types::{ActionCode, Channel, State, StepId, StepStatus};

pub(crate) fn channel(
    verification: Option<&TollfreeVerification>,
    sms: Check,
    now: DateTime<FixedOffset>,
) -> Channel {
    fold(&[sms, check(verification, now)])
}

fn check(verification: Option<&TollfreeVerification>, now: DateTime<FixedOffset>) -> Check {
    let id = StepId::TollfreeVerification;
    let Some(verification) = verification else {
        return Check::unmet(
            id,
            State::ActionRequired,
            StepStatus::Todo,
            "tollfree_verification_missing",
            Some(ActionCode::SubmitTollfreeVerification),
            "This toll-free number is not verified for texting yet",
        );
    };
    match &verification.status {
        Some(TollfreeStatus::TwilioApproved) => {
            Check::done(id, "Verified for texting in the US and Canada")
        }
        Some(TollfreeStatus::PendingReview | TollfreeStatus::InReview) => Check::unmet(
            id,
            State::Pending,
            StepStatus::InProgress,
            "tollfree_in_review",
            Some(ActionCode::WaitTollfreeReview),
            "The verification is being reviewed",
        ),
        Some(TollfreeStatus::TwilioRejected) => rejected(verification, now),
        Some(TollfreeStatus::Unknown(raw)) => Check::unknown(
            id,
            "Toll-free verification",
            Some(raw),
            "tollfree_status_unknown",
            ActionCode::WaitTollfreeReview,
        ),
        None => Check::unknown(
            id,
            "Toll-free verification",
            None,
            "tollfree_status_unknown",
            ActionCode::WaitTollfreeReview,
        ),
    }
}

/// A rejection: editable while Twilio allows edits and the window is open. When Twilio
/// allows edits but gives no `edit_expiration`, the edit is offered (it is Twilio's own
/// answer; a closed window fails fast on submit).
fn rejected(verification: &TollfreeVerification, now: DateTime<FixedOffset>) -> Check {
    let id = StepId::TollfreeVerification;
    let codes = error_codes(verification.error_code.as_ref());
    let expiration = verification.edit_expiration;
    let window_open = expiration.is_none_or(|until| now < until);
    if verification.edit_allowed == Some(true) && window_open {
        let deadline = expiration.map(|e| e.to_rfc3339_opts(SecondsFormat::AutoSi, true));
        let reason = super::reasons::rejection_reason(&codes);
        let message = match (expiration, reason) {
            // Writing into a String cannot fail, so the results are ignored rather than
            // unwrapped.
            (Some(until), Some(reason)) => {
                let mut text = reason;
                let _ = write!(
                    text,
                    " You can still fix it until {}.",
                    crate::date_text::long_local_time(until)
                );
                Some(text)
            }
            (Some(until), None) => {
                let mut text = String::from(
                    "The verification was turned down, but you can still fix it until ",
                );
                let _ = write!(text, "{}", crate::date_text::long_local_time(until));
                text.push_str(". Correct what was flagged and resubmit.");
                Some(text)
            }
            (None, reason) => reason,
        };
        let check = Check::unmet(
            id,
            State::ActionRequired,
            StepStatus::Failed,
            "tollfree_rejected_editable",
            Some(ActionCode::EditTollfreeVerification),
            "Turned down; it can still be corrected",
        )
        .errors(codes)
        .deadline(deadline);
        return match message {
            Some(message) => check.message(message),
            None => check,
        };
    }
    let (reason, detail) = if verification.edit_allowed == Some(true) {
        (
            "tollfree_edit_window_expired",
            "Turned down, and the time to correct it has passed",
        )
    } else {
        ("tollfree_rejected", "Turned down; it can't be corrected")
    };
    Check::unmet(
        id,
        State::ActionRequired,
        StepStatus::Failed,
        reason,
        Some(ActionCode::ResubmitTollfreeVerification),
        detail,
    )
    .errors(codes)
}
