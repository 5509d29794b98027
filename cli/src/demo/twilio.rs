//! Demo section: one inbound webhook through the adapter's steps (verify, read, answer), a
//! forged copy of it refused, and one webhook signed with a SharedKey (HMAC-SHA256) verified.

use std::fmt::Write;

use telrules::twilio::{
    compute_signature, compute_signature_with, parse_inbound_webhook, render_twiml_reply,
    verify_webhook_signature, AuthToken, FormParams, ParamValue, RenderTwimlArgs,
    SignatureAlgorithm, VerifyWebhookSignatureArgs, WebhookParamsArgs,
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
            auth_token: Some(token.clone()),
            url: Some(sample::WEBHOOK_URL.to_owned()),
            params: params.clone(),
            signature: Some(signature.clone()),
            ..Default::default()
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

    let mut forged = params.clone();
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

    shared_key(out, &params);
}

/// The same text arriving with a SharedKey signature: Twilio names the algorithm in
/// `X-Twilio-Webhooks-Signature-Settings` and signs with the SharedKey secret.
fn shared_key(out: &mut String, params: &FormParams) {
    let secret = AuthToken::new(sample::DEMO_SHARED_KEY_SECRET);
    let signature = compute_signature_with(
        SignatureAlgorithm::HmacSha256,
        &secret,
        sample::WEBHOOK_URL,
        params,
    );
    let verdict = verify_webhook_signature(&VerifyWebhookSignatureArgs {
        secret: Some(secret),
        url: Some(sample::WEBHOOK_URL.to_owned()),
        params: params.clone(),
        signature: Some(signature),
        signature_settings: Some(sample::DEMO_SIGNATURE_SETTINGS.to_owned()),
        ..Default::default()
    });
    let _ = writeln!(
        out,
        "  The same text signed with a SharedKey secret instead of the auth token: {}\n    \
         (X-Twilio-Webhooks-Signature-Settings: {})",
        match verdict {
            Ok(v) if v.valid => "verified with HMAC-SHA256".to_owned(),
            Ok(v) => format!("NOT verified ({:?})", v.reason),
            Err(e) => format!("NOT verified ({e})"),
        },
        sample::DEMO_SIGNATURE_SETTINGS,
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn demo_verifies_the_auth_token_and_the_shared_key_requests_and_refuses_the_forgery() {
        let mut out = String::new();
        super::section(&mut out);
        assert!(out.contains("verified (it came from Twilio)"), "{out}");
        assert!(
            out.contains("refused (the signature no longer matches)"),
            "{out}"
        );
        assert!(out.contains("verified with HMAC-SHA256"), "{out}");
        assert!(
            !out.contains(super::sample::DEMO_SHARED_KEY_SECRET),
            "{out}"
        );
    }
}
