//! Twilio webhook helpers: everything a backend does with a messaging webhook that needs
//! no IO, so every adapter validates and parses Twilio's requests the same way.
//!
//! An adapter is four steps: [`verify_webhook_signature`] (is this request from Twilio?,
//! from the Auth Token or SharedKey secret, the URL Twilio requested, the form fields or raw
//! JSON body, the `X-Twilio-Signature` header and, when present, the
//! `X-Twilio-Webhooks-Signature-Settings` header), [`parse_inbound_webhook`] / [`parse_status_callback`]
//! (typed fields out of the form), the decision (`handle_inbound`), and
//! [`render_twiml_reply`] (the XML answer). The algorithm and field names are Twilio's:
//! its webhook-security documentation and its official SDKs' request validators, with the
//! Node SDK as the reference the signature code is tested against.
//!
//! Signature checking needs HMAC-SHA1, HMAC-SHA256 and base64; it sits behind the default-on
//! cargo feature `webhooks` so a browser build, which never holds an auth token, can leave
//! those crates out. Parsing and rendering are always available.
//!
//! ```
//! use telrules::twilio::*;
//!
//! // What the web framework hands the adapter (the signature here is made for the example).
//! let url = "https://hooks.example.com/twilio/sms";
//! let params: FormParams = [("MessageSid", "SM1"), ("From", "+14155550123"),
//!     ("To", "+18335550199"), ("Body", "What time do you open?")].into_iter().collect();
//! let token = AuthToken::new("f00dfeedf00dfeedf00dfeedf00dfeed");
//! let header = compute_signature(&token, url, &params);
//!
//! // 1. verify
//! let verdict = verify_webhook_signature(&VerifyWebhookSignatureArgs {
//!     auth_token: Some(token), url: Some(url.into()), params: params.clone(),
//!     signature: Some(header), ..Default::default()
//! })?;
//! assert!(verdict.valid);
//! // 2. parse
//! let inbound = parse_inbound_webhook(&WebhookParamsArgs { params })?;
//! assert_eq!(inbound.body, "What time do you open?");
//! // 3. decide (handle_inbound), then 4. render its reply, or no reply:
//! let twiml = render_twiml_reply(&RenderTwimlArgs { body: None })?.twiml;
//! assert_eq!(twiml, r#"<?xml version="1.0" encoding="UTF-8"?><Response/>"#);
//! # Ok::<(), telrules::Error>(())
//! ```

mod params;
#[cfg(feature = "webhooks")]
mod signature;
mod twiml;
mod webhook;

pub use params::{FormParams, ParamValue};
#[cfg(feature = "webhooks")]
pub use signature::{
    body_sha256_hex, compute_signature, compute_signature_with, signature_algorithm,
    verify_webhook_signature, AuthToken, SignatureAlgorithm, SignatureProblem, SignatureVerdict,
    VerifyWebhookSignatureArgs,
};
pub use twiml::{render_twiml_reply, RenderTwimlArgs, TwimlReply};
pub use webhook::{
    parse_inbound_webhook, parse_status_callback, Guidance, InboundWebhook, Media, MessageStatus,
    OptOutType, StatusCallback, WebhookParamsArgs,
};
