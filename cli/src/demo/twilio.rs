//! Demo section: one inbound webhook through the adapter's steps (verify, read, answer), and
//! a forged copy of it refused.

use std::fmt::Write;

use telrules::twilio::{
    compute_signature, parse_inbound_webhook, render_twiml_reply, verify_webhook_signature,
    AuthToken, FormParams, ParamValue, RenderTwimlArgs, VerifyWebhookSignatureArgs,
    WebhookParamsArgs,
};

use super::{heading, sample};

pub fn section(out: &mut String) {
    heading(out, "Twilio webhooks");
    let token = AuthToken::new(sample::DEMO_AUTH_TOKEN);
    let params: FormParams = sample::INBOUND_WEBHOOK.iter().copied().collect();
    // The header Twilio would send with this request.
    let signature = compute_signature(&token, sample::WEBHOOK_URL, &params);
    let check = |params: &FormParams| {
        verify_webhook_signature(&VerifyWebhookSignatureArgs {
            auth_token: token.clone(),
            url: Some(sample::WEBHOOK_URL.to_owned()),
            params: params.clone(),
            body: None,
            signature: Some(signature.clone()),
        })
    };

    let genuine = check(&params).map(|v| v.valid).unwrap_or(false);
    let _ = writeln!(
        out,
        "  Inbound text to the front desk: signature {}",
        if genuine {
            "verified (it came from Twilio)"
        } else {
            "NOT verified"
        }
    );
    if let Ok(inbound) = parse_inbound_webhook(&WebhookParamsArgs {
        params: params.clone(),
    }) {
        let _ = writeln!(
            out,
            "    from {} ({}), to {}: \"{}\"",
            inbound.from,
            inbound.from_city.as_deref().unwrap_or("unknown city"),
            inbound.to,
            inbound.body
        );
    }
    if let Ok(reply) = render_twiml_reply(&RenderTwimlArgs {
        body: Some("Thanks! Our front desk will text you back shortly. - Harbor Dental".to_owned()),
    }) {
        let _ = writeln!(out, "    answer sent back to Twilio: {}", reply.twiml);
    }

    let mut forged = params;
    forged
        .0
        .insert("Body".to_owned(), ParamValue::One("STOP".to_owned()));
    let refused = check(&forged).map(|v| !v.valid).unwrap_or(true);
    let _ = writeln!(
        out,
        "  The same request with its text changed to \"STOP\": {}",
        if refused {
            "refused (the signature no longer matches), so no one can opt a patient out by forging a webhook"
        } else {
            "ACCEPTED (this should not happen)"
        }
    );
}
