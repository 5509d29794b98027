//! Twilio webhook helpers: signature verification (a 10-field form, a JSON body; Auth Token
//! HMAC-SHA1 and SharedKey HMAC-SHA256), the two webhook parsers and TwiML rendering.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use telrules::twilio::{
    body_sha256_hex, compute_signature, compute_signature_with, parse_inbound_webhook,
    parse_status_callback, render_twiml_reply, verify_webhook_signature, AuthToken, FormParams,
    RenderTwimlArgs, SignatureAlgorithm, VerifyWebhookSignatureArgs, WebhookParamsArgs,
};

const SID: &str = "SM0123456789abcdef0123456789abcdef";

fn inbound_params() -> FormParams {
    [
        ("MessageSid", SID),
        ("SmsSid", SID),
        ("AccountSid", "AC0123456789abcdef0123456789abcdef"),
        ("From", "+14155550123"),
        ("To", "+18335550199"),
        ("Body", "Hi, can I move my appointment to Friday?"),
        ("NumMedia", "0"),
        ("NumSegments", "1"),
        ("FromCountry", "US"),
        ("ApiVersion", "2010-04-01"),
    ]
    .into_iter()
    .collect()
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("twilio");
    let token = AuthToken::new("f00dfeedf00dfeedf00dfeedf00dfeed");
    let url = "https://hooks.example.com/twilio/sms?org=42";

    let params = inbound_params();
    let form = VerifyWebhookSignatureArgs {
        auth_token: Some(token.clone()),
        url: Some(url.to_owned()),
        signature: Some(compute_signature(&token, url, &params)),
        params,
        ..Default::default()
    };
    group.bench_function("verify_form_10_params", |b| {
        b.iter(|| verify_webhook_signature(black_box(&form)))
    });

    let body = r#"{"event":"message.delivered","sid":"SM0123456789abcdef0123456789abcdef","to":"+14155550123"}"#;
    let json_url = format!(
        "https://hooks.example.com/twilio/events?bodySHA256={}",
        body_sha256_hex(body)
    );
    let json = VerifyWebhookSignatureArgs {
        auth_token: Some(token.clone()),
        signature: Some(compute_signature(&token, &json_url, &FormParams::default())),
        url: Some(json_url.clone()),
        body: Some(body.to_owned()),
        ..Default::default()
    };
    group.bench_function("verify_json_body", |b| {
        b.iter(|| verify_webhook_signature(black_box(&json)))
    });

    let inbound = WebhookParamsArgs {
        params: inbound_params(),
    };
    group.bench_function("parse_inbound_webhook", |b| {
        b.iter(|| parse_inbound_webhook(black_box(&inbound)))
    });

    let status = WebhookParamsArgs {
        params: [
            ("MessageSid", SID),
            ("MessageStatus", "undelivered"),
            ("ErrorCode", "30007"),
            ("AccountSid", "AC0123456789abcdef0123456789abcdef"),
            ("From", "+18335550199"),
            ("To", "+14155550123"),
        ]
        .into_iter()
        .collect(),
    };
    group.bench_function("parse_status_callback", |b| {
        b.iter(|| parse_status_callback(black_box(&status)))
    });

    let reply = RenderTwimlArgs {
        body: Some("Acme Dental & Co: you're unsubscribed. Reply START to resubscribe.".to_owned()),
    };
    group.bench_function("render_twiml_reply", |b| {
        b.iter(|| render_twiml_reply(black_box(&reply)))
    });

    group.bench_function("evaluate_json_verify_form", |b| {
        let request =
            serde_json::json!({"op": "verify_webhook_signature", "args": form}).to_string();
        b.iter(|| telrules::evaluate_json(black_box(&request)))
    });

    // SharedKey webhooks: the same requests signed with HMAC-SHA256, the settings header
    // read on every call.
    let shared_key = AuthToken::new("c0ffee00c0ffee00c0ffee00c0ffee00");
    let settings = "key=webhooks_sharedkey_0123456789abcdef,algorithm=HMAC_SHA256";
    let sha256 = SignatureAlgorithm::HmacSha256;
    let params = inbound_params();
    let form_sha256 = VerifyWebhookSignatureArgs {
        secret: Some(shared_key.clone()),
        url: Some(url.to_owned()),
        signature: Some(compute_signature_with(sha256, &shared_key, url, &params)),
        signature_settings: Some(settings.to_owned()),
        params,
        ..Default::default()
    };
    group.bench_function("verify_form_10_params_sha256", |b| {
        b.iter(|| verify_webhook_signature(black_box(&form_sha256)))
    });
    let json_sha256 = VerifyWebhookSignatureArgs {
        secret: Some(shared_key.clone()),
        signature: Some(compute_signature_with(
            sha256,
            &shared_key,
            &json_url,
            &FormParams::default(),
        )),
        url: Some(json_url),
        body: Some(body.to_owned()),
        signature_settings: Some(settings.to_owned()),
        ..Default::default()
    };
    group.bench_function("verify_json_body_sha256", |b| {
        b.iter(|| verify_webhook_signature(black_box(&json_sha256)))
    });
    group.bench_function("evaluate_json_verify_form_sha256", |b| {
        let request =
            serde_json::json!({"op": "verify_webhook_signature", "args": form_sha256}).to_string();
        b.iter(|| telrules::evaluate_json(black_box(&request)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
