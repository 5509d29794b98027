//! Reading Twilio's messaging webhooks: the inbound-message request and the message status
//! callback, from their form fields into typed values.
//!
//! Field names are Twilio's (`MessageSid`, `From`, `NumMedia`, `MessageStatus`, ...). Unknown
//! fields are ignored, because Twilio adds fields over time. A field that must be a number
//! and is not answers `invalid_value` at `params.<Name>`. A repeated field counts by its
//! first value.

use serde::{Deserialize, Serialize};

use super::params::FormParams;
use crate::Error;

/// Arguments of `parse_inbound_webhook` and `parse_status_callback`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct WebhookParamsArgs {
    /// The form fields of the request.
    pub params: FormParams,
}

/// Twilio's `OptOutType`: set on an inbound message when Advanced Opt-Out on the Messaging
/// Service recognised a keyword (and has already answered it). Accepted case-insensitively,
/// serialised as Twilio spells it; a value Twilio adds later is kept as sent.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OptOutType {
    /// `STOP`: the sender opted out.
    Stop,
    /// `START`: the sender opted back in.
    Start,
    /// `HELP`: the sender asked for help.
    Help,
    /// Any other value, kept as Twilio sent it.
    Unknown(String),
}

impl OptOutType {
    /// Twilio's spelling (`STOP`, `START`, `HELP`), or an unknown value as sent.
    pub fn as_str(&self) -> &str {
        match self {
            OptOutType::Stop => "STOP",
            OptOutType::Start => "START",
            OptOutType::Help => "HELP",
            OptOutType::Unknown(raw) => raw,
        }
    }

    fn parse(raw: &str) -> Self {
        match raw.to_ascii_uppercase().as_str() {
            "STOP" => OptOutType::Stop,
            "START" => OptOutType::Start,
            "HELP" => OptOutType::Help,
            _ => OptOutType::Unknown(raw.to_owned()),
        }
    }
}

impl Serialize for OptOutType {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for OptOutType {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(OptOutType::parse(&String::deserialize(d)?))
    }
}

/// One media attachment of an inbound MMS.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "WebhookMedia"))]
pub struct Media {
    /// `MediaUrl<N>`: where Twilio stores the file (fetching it needs the account's
    /// credentials when HTTP basic auth on media is enabled).
    pub url: String,
    /// `MediaContentType<N>` (`image/jpeg`, ...), null when Twilio did not send it.
    pub content_type: Option<String>,
}

/// Result of `parse_inbound_webhook`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct InboundWebhook {
    /// `MessageSid` (or the legacy `SmsMessageSid` / `SmsSid`).
    pub message_sid: String,
    /// `AccountSid`: the (sub)account the number belongs to; it picks the auth token.
    pub account_sid: Option<String>,
    /// `MessagingServiceSid`, when the number is in a Messaging Service.
    pub messaging_service_sid: Option<String>,
    /// `From`: the sender, as Twilio sent it (E.164, or `whatsapp:+...` on WhatsApp).
    pub from: String,
    /// `To`: the business's number that received the message.
    pub to: String,
    /// `Body`, exactly as sent: no trimming, `""` when empty or absent (an MMS with no text).
    pub body: String,
    /// `NumMedia`, 0 when absent.
    pub num_media: u32,
    /// `NumSegments`, null when absent.
    pub num_segments: Option<u32>,
    /// `MediaUrl0..` with `MediaContentType0..`, one per `NumMedia`.
    pub media: Vec<Media>,
    /// `OptOutType`: STOP/START/HELP when Advanced Opt-Out handled a keyword, else null.
    pub opt_out_type: Option<OptOutType>,
    /// `FromCountry`, `FromState`, `FromCity`, `FromZip`: Twilio's geographic lookup of the
    /// sender's number, when it has one.
    pub from_country: Option<String>,
    /// `FromState`: the sender's state or province, when known.
    pub from_state: Option<String>,
    /// `FromCity`: the sender's city, when known.
    pub from_city: Option<String>,
    /// `FromZip`: the sender's postal code, when known.
    pub from_zip: Option<String>,
    /// `ToCountry`, `ToState`, `ToCity`, `ToZip`, for the receiving number.
    pub to_country: Option<String>,
    /// `ToState`: the receiving number's state or province, when known.
    pub to_state: Option<String>,
    /// `ToCity`: the receiving number's city, when known.
    pub to_city: Option<String>,
    /// `ToZip`: the receiving number's postal code, when known.
    pub to_zip: Option<String>,
}

/// The `MessageStatus` of a status callback: the same type the deliverability snapshot
/// reads, accepted case-insensitively, serialised as Twilio spells it, with statuses Twilio
/// adds later kept as given.
pub use crate::errors::MessageStatus;

/// What `explain_error` says about a delivery error code.
pub type Guidance = crate::errors::ErrorGuidance;

/// The guidance attached to a status callback that carries a (non-zero) error code. The
/// channel is left to the code: every catalogued code already names its channel.
fn guidance_for(code: u32) -> Option<Guidance> {
    Some(crate::errors::explain(code, None))
}

/// Result of `parse_status_callback`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StatusCallback {
    /// `MessageSid` (or the legacy `SmsSid`).
    pub message_sid: String,
    /// `MessageStatus` (or the legacy `SmsStatus`), as Twilio spells it.
    pub status: MessageStatus,
    /// `ErrorCode`, null when absent or empty.
    pub error_code: Option<u32>,
    /// `AccountSid`, `MessagingServiceSid`, `From`, `To` when sent.
    pub account_sid: Option<String>,
    /// `MessagingServiceSid`, when the message went through a Messaging Service.
    pub messaging_service_sid: Option<String>,
    /// `From`: the sending number, when sent.
    pub from: Option<String>,
    /// `To`: the recipient's number, when sent.
    pub to: Option<String>,
    /// `explain_error`'s answer for `error_code`, null when there is no (non-zero) code.
    pub guidance: Option<Guidance>,
}

/// Most media Twilio attaches to one inbound message.
const MAX_MEDIA: u32 = 10;

/// Reads an inbound-message webhook.
pub fn parse_inbound_webhook(args: &WebhookParamsArgs) -> Result<InboundWebhook, Error> {
    let p = &args.params;
    let num_media = number(p, "NumMedia")?.unwrap_or(0);
    if num_media > MAX_MEDIA {
        return Err(Error::invalid_value(
            "params.NumMedia",
            format!("Twilio attaches at most {MAX_MEDIA} media to a message; got {num_media}"),
        ));
    }
    let mut media = Vec::new();
    for index in 0..num_media {
        let key = format!("MediaUrl{index}");
        let Some(url) = p.get(&key) else {
            return Err(Error::invalid_value(
                format!("params.{key}"),
                format!("NumMedia is {num_media} but {key} is missing"),
            ));
        };
        media.push(Media {
            url: url.to_owned(),
            content_type: optional(p, &format!("MediaContentType{index}")),
        });
    }
    Ok(InboundWebhook {
        message_sid: first_of(p, &["MessageSid", "SmsMessageSid", "SmsSid"])
            .ok_or_else(|| missing("MessageSid", "an inbound message"))?,
        account_sid: optional(p, "AccountSid"),
        messaging_service_sid: optional(p, "MessagingServiceSid"),
        from: p
            .get("From")
            .map(str::to_owned)
            .ok_or_else(|| missing("From", "an inbound message"))?,
        to: p
            .get("To")
            .map(str::to_owned)
            .ok_or_else(|| missing("To", "an inbound message"))?,
        body: p.get("Body").unwrap_or("").to_owned(),
        num_media,
        num_segments: number(p, "NumSegments")?,
        media,
        opt_out_type: optional(p, "OptOutType").map(|raw| OptOutType::parse(&raw)),
        from_country: optional(p, "FromCountry"),
        from_state: optional(p, "FromState"),
        from_city: optional(p, "FromCity"),
        from_zip: optional(p, "FromZip"),
        to_country: optional(p, "ToCountry"),
        to_state: optional(p, "ToState"),
        to_city: optional(p, "ToCity"),
        to_zip: optional(p, "ToZip"),
    })
}

/// Reads a message status callback.
pub fn parse_status_callback(args: &WebhookParamsArgs) -> Result<StatusCallback, Error> {
    let p = &args.params;
    let error_code = number(p, "ErrorCode")?;
    Ok(StatusCallback {
        message_sid: first_of(p, &["MessageSid", "SmsSid"])
            .ok_or_else(|| missing("MessageSid", "a status callback"))?,
        status: first_of(p, &["MessageStatus", "SmsStatus"])
            .map(|raw| MessageStatus::parse(&raw))
            .ok_or_else(|| missing("MessageStatus", "a status callback"))?,
        error_code,
        account_sid: optional(p, "AccountSid"),
        messaging_service_sid: optional(p, "MessagingServiceSid"),
        from: optional(p, "From"),
        to: optional(p, "To"),
        guidance: error_code.filter(|&c| c != 0).and_then(guidance_for),
    })
}

fn missing(name: &str, what: &str) -> Error {
    Error::invalid_value(
        format!("params.{name}"),
        format!("Twilio always sends {name} with {what}; these params are not one"),
    )
}

/// A field's first value, null when absent or empty.
fn optional(p: &FormParams, name: &str) -> Option<String> {
    p.get(name).filter(|v| !v.is_empty()).map(str::to_owned)
}

fn first_of(p: &FormParams, names: &[&str]) -> Option<String> {
    names.iter().find_map(|name| optional(p, name))
}

/// A non-negative integer field: null when absent or empty, an error naming the field when
/// it is not digits.
fn number(p: &FormParams, name: &str) -> Result<Option<u32>, Error> {
    let Some(raw) = p.get(name).map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    if !raw.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::invalid_value(
            format!("params.{name}"),
            format!("{name} must be a whole number such as 0 or 30007"),
        ));
    }
    raw.parse::<u32>().map(Some).map_err(|_| {
        Error::invalid_value(
            format!("params.{name}"),
            format!("{name} is too large; Twilio sends whole numbers up to 5 digits"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> WebhookParamsArgs {
        WebhookParamsArgs {
            params: pairs.iter().copied().collect(),
        }
    }

    const INBOUND: &[(&str, &str)] = &[
        ("MessageSid", "SM11111111111111111111111111111111"),
        ("AccountSid", "AC22222222222222222222222222222222"),
        ("From", "+14155550123"),
        ("To", "+18335550199"),
        ("Body", "  Stop. "),
        ("NumMedia", "0"),
        ("FromCountry", "US"),
        ("ApiVersion", "2010-04-01"),
    ];

    #[test]
    fn body_is_kept_exactly_and_unknown_fields_are_ignored() {
        let parsed = parse_inbound_webhook(&params(INBOUND)).unwrap();
        assert_eq!(parsed.body, "  Stop. ");
        assert_eq!(parsed.from_country.as_deref(), Some("US"));
        assert_eq!(parsed.opt_out_type, None);
        assert_eq!(parsed.to_state, None);
    }

    #[test]
    fn media_follow_num_media() {
        let mut pairs = INBOUND.to_vec();
        pairs.retain(|(k, _)| *k != "NumMedia");
        pairs.extend([
            ("NumMedia", "2"),
            ("MediaUrl0", "https://api.twilio.com/m0"),
            ("MediaContentType0", "image/jpeg"),
            ("MediaUrl1", "https://api.twilio.com/m1"),
        ]);
        let parsed = parse_inbound_webhook(&params(&pairs)).unwrap();
        assert_eq!(parsed.media.len(), 2);
        assert_eq!(parsed.media[0].content_type.as_deref(), Some("image/jpeg"));
        assert_eq!(parsed.media[1].content_type, None);
    }

    #[test]
    fn malformed_num_media_names_the_param() {
        let mut pairs = INBOUND.to_vec();
        pairs.retain(|(k, _)| *k != "NumMedia");
        pairs.push(("NumMedia", "two"));
        let error = parse_inbound_webhook(&params(&pairs)).unwrap_err();
        assert_eq!(error.path(), "params.NumMedia");
    }

    #[test]
    fn opt_out_type_is_case_insensitive_and_keeps_new_values() {
        let mut pairs = INBOUND.to_vec();
        pairs.push(("OptOutType", "stop"));
        let parsed = parse_inbound_webhook(&params(&pairs)).unwrap();
        assert_eq!(parsed.opt_out_type, Some(OptOutType::Stop));
        pairs.pop();
        pairs.push(("OptOutType", "PAUSE"));
        let parsed = parse_inbound_webhook(&params(&pairs)).unwrap();
        assert_eq!(parsed.opt_out_type.unwrap().as_str(), "PAUSE");
    }

    #[test]
    fn parsed_webhook_round_trips_through_json_for_handle_inbound() {
        // handle_inbound takes the parsed webhook as an argument, so it must deserialise
        // from its own JSON form unchanged.
        let mut pairs = INBOUND.to_vec();
        pairs.extend([
            ("OptOutType", "STOP"),
            ("NumMedia", "1"),
            ("MediaUrl0", "https://m"),
        ]);
        let parsed = parse_inbound_webhook(&params(&pairs)).unwrap();
        let json = serde_json::to_string(&parsed).unwrap();
        let back: InboundWebhook = serde_json::from_str(&json).unwrap();
        assert_eq!(back, parsed);
    }

    #[test]
    fn unknown_status_is_kept_not_refused() {
        let parsed = parse_status_callback(&params(&[
            ("MessageSid", "SM1"),
            ("MessageStatus", "Sideways"),
        ]))
        .unwrap();
        assert_eq!(parsed.status, MessageStatus::Unknown("Sideways".into()));
        assert_ne!(parsed.status.outcome(), crate::errors::Outcome::Failed);
        assert_eq!(parsed.error_code, None);
    }

    #[test]
    fn status_is_case_insensitive_and_error_code_is_an_integer() {
        let parsed = parse_status_callback(&params(&[
            ("MessageSid", "SM1"),
            ("MessageStatus", "UNDELIVERED"),
            ("ErrorCode", "30007"),
        ]))
        .unwrap();
        assert_eq!(parsed.status, MessageStatus::Undelivered);
        assert_eq!(parsed.error_code, Some(30007));
    }

    #[test]
    fn malformed_error_code_names_the_param() {
        let error = parse_status_callback(&params(&[
            ("MessageSid", "SM1"),
            ("MessageStatus", "failed"),
            ("ErrorCode", "-1"),
        ]))
        .unwrap_err();
        assert_eq!(error.path(), "params.ErrorCode");
    }
}
