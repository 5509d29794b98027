//! Built-in reply templates and placeholder rendering.
//!
//! Placeholders are `{name}` with one of [`PLACEHOLDERS`]:
//! - `{business_name}`: the org's name;
//! - `{support_phone}`, `{support_email}`, `{website}`: the org's contacts (empty when the
//!   org has none);
//! - `{contact}`: the first the org has of phone, email and website; with none of them,
//!   "this number" in the reply's language (the customer can text back).
//!
//! Any other `{...}` is an unknown placeholder (an error in `lint_reply`, and an
//! `invalid_value` for an org template in `handle_inbound`). The built-in templates keep to
//! the GSM-7 alphabet (the Spanish ones avoid á, í, ó, ú, which are not in it) so that, with
//! a business name of up to 30 characters and a typical phone or short email contact, each
//! fits one 160-character segment; a unit test checks this for a 30-character name.

use super::lint::ReplyKind;

/// The placeholders templates may use.
pub const PLACEHOLDERS: &[&str] = &[
    "business_name",
    "support_phone",
    "support_email",
    "website",
    "contact",
];

/// Languages with built-in templates.
pub const TEMPLATE_LANGUAGES: &[&str] = &["en", "fr", "es"];

/// (language, help, stop, start). HELP names the business, gives a contact, the message
/// frequency, "msg & data rates may apply" and how to opt out; STOP confirms that no
/// further messages will come, names the business and says how to opt back in; START
/// names the business, frequency, rates, help and opt-out (CTIA practice, see
/// reference A4). French replies name ARRET (the Canadian French keyword).
const BUILTIN: &[(&str, &str, &str, &str)] = &[
    (
        "en",
        "{business_name}: Help at {contact}. Msg frequency varies. Msg&data rates may apply. Reply STOP to opt out.",
        "{business_name}: You are unsubscribed and will receive no further messages. Reply START to resubscribe.",
        "{business_name}: You are resubscribed. Msg frequency varies. Msg&data rates may apply. Reply HELP for help, STOP to opt out.",
    ),
    (
        "fr",
        "{business_name}: Aide au {contact}. Fréquence variable. Frais de msg et données possibles. Répondez ARRET pour vous désabonner.",
        "{business_name}: Désabonnement confirmé, vous ne recevrez plus de messages. Répondez START pour vous réabonner.",
        "{business_name}: Abonnement réactivé. Fréquence variable. Frais de msg et données possibles. Répondez ARRET pour vous désabonner.",
    ),
    (
        "es",
        "{business_name}: Ayuda al {contact}. Frecuencia variable. Pueden aplicar tarifas de msj y datos. Responda STOP para cancelar.",
        "{business_name}: Baja confirmada, no le enviaremos otros mensajes. Responda START para volver a suscribirse.",
        "{business_name}: Alta confirmada. Frecuencia variable. Pueden aplicar tarifas de msj y datos. Responda STOP para cancelar.",
    ),
];

/// The built-in template of `kind` in `language`, if there is one.
pub fn builtin_template(language: &str, kind: ReplyKind) -> Option<&'static str> {
    BUILTIN
        .iter()
        .find(|(l, ..)| *l == language)
        .map(|(_, help, stop, start)| match kind {
            ReplyKind::Help => *help,
            ReplyKind::Stop => *stop,
            ReplyKind::Start => *start,
        })
}

/// The values placeholders render to.
pub(crate) struct Values<'a> {
    pub business_name: &'a str,
    pub support_phone: Option<&'a str>,
    pub support_email: Option<&'a str>,
    pub website: Option<&'a str>,
    pub language: &'a str,
}

fn some(v: Option<&str>) -> Option<&str> {
    v.map(str::trim).filter(|v| !v.is_empty())
}

impl Values<'_> {
    fn get(&self, name: &str) -> Option<&str> {
        match name {
            "business_name" => Some(self.business_name.trim()),
            "support_phone" => Some(some(self.support_phone).unwrap_or("")),
            "support_email" => Some(some(self.support_email).unwrap_or("")),
            "website" => Some(some(self.website).unwrap_or("")),
            "contact" => Some(
                some(self.support_phone)
                    .or_else(|| some(self.support_email))
                    .or_else(|| some(self.website))
                    .unwrap_or(match self.language {
                        "fr" => "ce numéro",
                        "es" => "este numero",
                        _ => "this number",
                    }),
            ),
            _ => None,
        }
    }
}

/// A `{...}` in a template: its byte range and the name inside.
pub(crate) struct Placeholder<'t> {
    pub name: &'t str,
    pub known: bool,
}

/// The placeholders in `template`, in order; an opening brace with no closing one is
/// reported as `Err(byte offset)`.
pub(crate) fn placeholders(template: &str) -> Result<Vec<Placeholder<'_>>, usize> {
    let mut out = Vec::new();
    let mut rest = template;
    let mut offset = 0;
    while let Some(open) = rest.find('{') {
        let after = rest.get(open + 1..).unwrap_or("");
        let Some(close) = after.find('}') else {
            return Err(offset + open);
        };
        let name = after.get(..close).unwrap_or("");
        out.push(Placeholder {
            name,
            known: PLACEHOLDERS.contains(&name),
        });
        let consumed = open + 1 + close + 1;
        offset += consumed;
        rest = rest.get(consumed..).unwrap_or("");
    }
    Ok(out)
}

/// Fills the placeholders. Unknown or unclosed placeholders are left as written (callers
/// that must refuse them check [`placeholders`] first).
pub(crate) fn render(template: &str, values: &Values<'_>) -> String {
    let mut out = String::with_capacity(template.len() + 48);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = rest.get(open + 1..).unwrap_or("");
        let Some(close) = after.find('}') else {
            break;
        };
        let name = after.get(..close).unwrap_or("");
        out.push_str(rest.get(..open).unwrap_or(""));
        match values.get(name) {
            Some(v) => out.push_str(v),
            None => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
        rest = after.get(close + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inbound::lint::{lint_reply, LintReplyArgs};
    use crate::inbound::Org;
    use crate::segments::{segments, Encoding, SegmentsArgs};

    const NAME_30: &str = "Harborview Family Dental Group";

    fn values<'a>(language: &'a str, phone: Option<&'a str>, email: Option<&'a str>) -> Values<'a> {
        Values {
            business_name: NAME_30,
            support_phone: phone,
            support_email: email,
            website: None,
            language,
        }
    }

    #[test]
    fn builtin_templates_fit_one_gsm_segment_with_a_30_character_name() {
        assert_eq!(NAME_30.chars().count(), 30);
        for language in TEMPLATE_LANGUAGES {
            for kind in [ReplyKind::Help, ReplyKind::Stop, ReplyKind::Start] {
                let template = builtin_template(language, kind).unwrap();
                for (phone, email) in [
                    (Some("+12065550142"), None),
                    (None, Some("help@harborview.example")),
                    (None, None),
                ] {
                    let body = render(template, &values(language, phone, email));
                    let count = segments(&SegmentsArgs {
                        text: body.clone(),
                        smart_encoding: false,
                    });
                    assert_eq!(count.encoding, Encoding::Gsm7, "{body}");
                    assert_eq!(count.segments, 1, "{} chars: {body}", count.characters);
                }
            }
        }
    }

    #[test]
    fn builtin_templates_pass_lint_without_problems() {
        for language in TEMPLATE_LANGUAGES {
            for kind in [ReplyKind::Help, ReplyKind::Stop, ReplyKind::Start] {
                let body = builtin_template(language, kind).unwrap().to_owned();
                let result = lint_reply(&LintReplyArgs {
                    kind,
                    body: body.clone(),
                    org: Some(Org {
                        name: NAME_30.to_owned(),
                        support_phone: Some("+12065550142".to_owned()),
                        support_email: None,
                        website: None,
                    }),
                })
                .unwrap();
                assert!(
                    result.problems.is_empty(),
                    "{language} {kind:?}: {:?}",
                    result.problems
                );
            }
        }
    }

    #[test]
    fn contact_falls_back_from_phone_to_email_to_website_to_this_number() {
        let mut v = values("en", None, Some("a@b.example"));
        assert_eq!(render("{contact}", &v), "a@b.example");
        v.support_email = None;
        v.website = Some("b.example");
        assert_eq!(render("{contact}", &v), "b.example");
        v.website = None;
        assert_eq!(render("{contact}", &v), "this number");
    }

    #[test]
    fn unknown_and_unclosed_placeholders_are_reported() {
        let found = placeholders("{business_name} {name}").unwrap();
        assert!(found[0].known);
        assert!(!found[1].known);
        assert_eq!(found[1].name, "name");
        assert!(placeholders("oops {business_name").is_err());
    }
}
