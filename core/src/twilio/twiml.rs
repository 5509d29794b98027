//! The TwiML answer to an inbound-message webhook: one `<Message>` with the reply, or an
//! empty `<Response/>` when the message gets no reply.
//!
//! Exact bytes, so every backend answers alike:
//! - reply: `<?xml version="1.0" encoding="UTF-8"?><Response><Message>TEXT</Message></Response>`
//! - no reply: `<?xml version="1.0" encoding="UTF-8"?><Response/>`
//!
//! TEXT is the body with `&`, `<`, `>`, `"` and `'` written as the predefined entities, and
//! carriage returns as `&#13;` (an XML parser turns a literal CR or CRLF into a line feed,
//! which would change the text Twilio sends). Characters XML 1.0 cannot carry at all
//! (controls other than tab, line feed and carriage return, and U+FFFE/U+FFFF) are refused
//! rather than dropped: a reply must be sent as written or not at all. An empty body is
//! refused too: Twilio does not send an empty message; pass null for no reply.

use serde::{Deserialize, Serialize};

use crate::Error;

const PROLOG: &str = r#"<?xml version="1.0" encoding="UTF-8"?>"#;

/// Arguments of `render_twiml_reply`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct RenderTwimlArgs {
    /// The reply text, or null for no reply.
    #[serde(default)]
    pub body: Option<String>,
}

/// Result of `render_twiml_reply`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TwimlReply {
    /// The HTTP response body, served as `text/xml`.
    pub twiml: String,
}

/// Renders the TwiML answer to an inbound-message webhook.
pub fn render_twiml_reply(args: &RenderTwimlArgs) -> Result<TwimlReply, Error> {
    let Some(body) = args.body.as_deref() else {
        return Ok(TwimlReply {
            twiml: format!("{PROLOG}<Response/>"),
        });
    };
    if body.is_empty() {
        return Err(Error::invalid_value(
            "body",
            "an empty reply cannot be sent; pass null for no reply",
        ));
    }
    let mut twiml = String::with_capacity(PROLOG.len() + body.len() + 40);
    twiml.push_str(PROLOG);
    twiml.push_str("<Response><Message>");
    escape_into(&mut twiml, body)?;
    twiml.push_str("</Message></Response>");
    Ok(TwimlReply { twiml })
}

/// Whether XML 1.0 can carry `c` (its `Char` production; Rust strings hold no surrogates).
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

fn escape_into(out: &mut String, text: &str) -> Result<(), Error> {
    for (position, c) in text.chars().enumerate() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#13;"),
            c if xml_char(c) => out.push(c),
            c => {
                return Err(Error::invalid_value(
                    "body",
                    format!(
                        "character {position} is U+{:04X}, a control character XML cannot carry; \
                         remove it from the reply",
                        u32::from(c)
                    ),
                ))
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(body: Option<&str>) -> Result<String, Error> {
        render_twiml_reply(&RenderTwimlArgs {
            body: body.map(str::to_owned),
        })
        .map(|r| r.twiml)
    }

    #[test]
    fn null_body_is_an_empty_response() {
        assert_eq!(
            render(None).unwrap(),
            r#"<?xml version="1.0" encoding="UTF-8"?><Response/>"#
        );
    }

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(
            render(Some(r#"Tom & Jerry's <b>"deal"</b>"#)).unwrap(),
            r#"<?xml version="1.0" encoding="UTF-8"?><Response><Message>Tom &amp; Jerry&apos;s &lt;b&gt;&quot;deal&quot;&lt;/b&gt;</Message></Response>"#
        );
    }

    #[test]
    fn carriage_return_survives_xml_parsing() {
        assert!(render(Some("a\r\nb")).unwrap().contains("a&#13;\nb"));
    }

    #[test]
    fn control_characters_are_refused_with_their_position() {
        let error = render(Some("hi\u{7}")).unwrap_err();
        assert_eq!(error.path(), "body");
        assert!(error.to_string().contains("U+0007"), "{error}");
        assert!(render(Some("\u{FFFF}")).is_err());
    }

    #[test]
    fn empty_body_is_refused() {
        assert!(render(Some("")).is_err());
    }

    #[test]
    fn emoji_and_accents_pass_through() {
        assert!(render(Some("Merci 😀 é"))
            .unwrap()
            .contains("<Message>Merci 😀 é</Message>"));
    }
}
