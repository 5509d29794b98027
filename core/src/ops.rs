//! The op table: one line per operation, mapping its contract name to its typed function.

use crate::contract::{run, Boundary, Error};
use crate::{
    content, errors, hours, inbound, phone, plan, preflight, readiness, segments, sender, twilio,
};

/// Every operation name the JSON contract accepts, in the order the spec lists them.
pub const OPS: &[&str] = &[
    "segments",
    "parse_phone",
    "classify_inbound",
    "handle_inbound",
    "lint_reply",
    "readiness",
    "org_readiness",
    "explain_error",
    "deliverability",
    "business_hours",
    "send_window",
    "select_sender",
    #[cfg(feature = "webhooks")]
    "verify_webhook_signature",
    "parse_inbound_webhook",
    "parse_status_callback",
    "render_twiml_reply",
    "check_message",
    "preflight_registration",
    "plan_send",
    "estimate_cost",
];

pub(crate) fn dispatch<B: Boundary>(op: &str, args: B::Args<'_>) -> Result<B::Out, Error> {
    match op {
        "segments" => run::<B, _, _>(args, |a| Ok(segments::segments(&a))),
        "parse_phone" => run::<B, _, _>(args, |a| phone::parse_phone(&a)),
        "classify_inbound" => run::<B, _, _>(args, |a| inbound::classify_inbound(&a)),
        "handle_inbound" => run::<B, _, _>(args, |a| inbound::handle_inbound(&a)),
        "lint_reply" => run::<B, _, _>(args, |a| inbound::lint_reply(&a)),
        "readiness" => run::<B, _, _>(args, |a| readiness::readiness(&a)),
        "org_readiness" => run::<B, _, _>(args, |a| readiness::org_readiness(&a)),
        "explain_error" => run::<B, _, _>(args, |a| errors::explain_error(&a)),
        "deliverability" => run::<B, _, _>(args, |a| errors::deliverability(&a)),
        "business_hours" => run::<B, _, _>(args, |a| hours::business_hours(&a)),
        "send_window" => run::<B, _, _>(args, |a| hours::send_window(&a)),
        "select_sender" => run::<B, _, _>(args, |a| sender::select_sender(&a)),
        #[cfg(feature = "webhooks")]
        "verify_webhook_signature" => {
            run::<B, _, _>(args, |a| twilio::verify_webhook_signature(&a))
        }
        "parse_inbound_webhook" => run::<B, _, _>(args, |a| twilio::parse_inbound_webhook(&a)),
        "parse_status_callback" => run::<B, _, _>(args, |a| twilio::parse_status_callback(&a)),
        "render_twiml_reply" => run::<B, _, _>(args, |a| twilio::render_twiml_reply(&a)),
        "check_message" => run::<B, _, _>(args, |a| content::check_message(&a)),
        "preflight_registration" => run::<B, _, _>(args, |a| preflight::preflight_registration(&a)),
        "plan_send" => run::<B, _, _>(args, |a| plan::plan_send(&a)),
        "estimate_cost" => run::<B, _, _>(args, |a| plan::estimate_cost(&a)),
        _ => Err(Error::UnknownOp { op: op.to_owned() }),
    }
}
