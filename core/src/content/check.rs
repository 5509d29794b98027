//! The checks of `check_message`, in the order findings are produced within one severity:
//! size and encoding, links and phone numbers, sender identification and opt-out, content
//! categories, media, folklore.

use super::scan::{
    find_forbidden_terms_in, find_links, find_phone_numbers, mentions_name_in,
    opt_out_instruction_in, registrable_domain, AgeGate, OptOutKind, TermCategory, TermMatch,
    Words,
};
use super::tables::{INCENTIVES, MMS_MIME_TYPES, PAYMENT_APPS};
use super::{
    CheckMessageArgs, CheckMessageResult, MessageChannel, SenderType, SmartEncodingEffect,
};
use crate::findings::{sort_findings, Finding, Severity};
use crate::hours::MessageClass;
use crate::segments::{segments, Encoding, SegmentsArgs};
use crate::Error;

/// Largest body accepted, in UTF-8 bytes (64 KiB). Twilio refuses anything over 1,600
/// characters anyway; the bound keeps one call's work small and predictable, while a body
/// well past 1,600 characters still gets its findings.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// Twilio's per-message character limit (21617). Source: Twilio support article
/// 360033806753 (Maximum Message Length with Twilio Programmable Messaging).
const TWILIO_MAX_CHARACTERS: u32 = 1600;
/// Twilio's recommended maximum length (guidance). Source: the same article.
const RECOMMENDED_MAX_CHARACTERS: u32 = 320;
/// MMS body plus media. Twilio says "5 MB"; read as decimal megabytes, the smaller
/// reading, so nothing Twilio refuses passes. Source:
/// twilio.com/docs/messaging/guides/accepted-mime-types.
const MMS_MAX_BYTES: u64 = 5_000_000;
/// Media files per message (21623). Source: Twilio error 21623 and copies of Twilio's
/// MMS limits article.
const MAX_MEDIA: usize = 10;
/// Twilio's recommendation for non-image files. Source: Twilio support article
/// 360018832773 (Supported File Types and Size Limits for MMS).
const RECOMMENDED_NON_IMAGE_BYTES: u64 = 600_000;

/// The smallest non-image attachment limit among AT&T, T-Mobile and Verizon for the sender
/// type, in decimal bytes: over it, at least one major carrier refuses the file (30019).
/// Source: Twilio support article 360018832773: long code 1.0 / 1.5 / 1.0 MB,
/// toll-free 0.6 / 0.6 / 0.6 MB, short code 0.6 / 1.0 / 1.2 MB. Unknown sender: the long
/// code figure, the largest of the three minimums, so only a certain failure is an error.
fn carrier_non_image_limit(sender: Option<SenderType>) -> u64 {
    match sender {
        Some(SenderType::TollFree | SenderType::ShortCode) => 600_000,
        Some(SenderType::Local) | None => 1_000_000,
    }
}

struct Findings(Vec<Finding>);

impl Findings {
    fn push(
        &mut self,
        rule: &str,
        field: Option<String>,
        severity: Severity,
        message: String,
        fix: impl Into<String>,
        codes: &[u32],
    ) {
        self.0.push(Finding {
            rule: rule.to_owned(),
            field,
            severity,
            message,
            fix: fix.into(),
            codes: codes.to_vec(),
        });
    }
}

fn body() -> Option<String> {
    Some("body".to_owned())
}

pub(super) fn check(args: &CheckMessageArgs) -> Result<CheckMessageResult, Error> {
    validate(args)?;
    let country = match args.to.as_deref() {
        Some(to) => {
            crate::phone::parse(to, "US")
                .map_err(|e| Error::invalid_value("to", e.to_string()))?
                .country
        }
        None => None,
    };
    let mut f = Findings(Vec::new());
    let text = args.body.as_str();
    let sms = args.channel == MessageChannel::Sms;

    // Size and encoding.
    let count = segments(&SegmentsArgs {
        text: text.to_owned(),
        smart_encoding: false,
    });
    let smart = if count.encoding == Encoding::Ucs2 {
        let s = segments(&SegmentsArgs {
            text: text.to_owned(),
            smart_encoding: true,
        });
        SmartEncodingEffect {
            encoding: s.encoding,
            segments: s.segments,
            saves_segments: count.segments.saturating_sub(s.segments),
            non_gsm: s.non_gsm,
        }
    } else {
        SmartEncodingEffect {
            encoding: count.encoding,
            segments: count.segments,
            saves_segments: 0,
            non_gsm: Vec::new(),
        }
    };
    if text.trim().is_empty() && (sms || args.media.is_empty()) {
        f.push(
            "body_empty",
            body(),
            Severity::Error,
            "The message has no text, and Twilio refuses a message without a body or media.".into(),
            "Write the message text.",
            &[21602, 21619],
        );
    }
    if count.characters > TWILIO_MAX_CHARACTERS {
        f.push(
            "body_over_1600_characters",
            body(),
            Severity::Error,
            format!(
                "The message has {} characters; Twilio refuses messages over {TWILIO_MAX_CHARACTERS}.",
                count.characters
            ),
            "Shorten it, or split it into separate messages.",
            &[21617],
        );
    } else if count.characters > RECOMMENDED_MAX_CHARACTERS {
        f.push(
            "body_over_320_characters",
            body(),
            Severity::Warning,
            format!(
                "The message has {} characters; Twilio recommends at most {RECOMMENDED_MAX_CHARACTERS}, and regularly sending longer texts may reduce delivery.",
                count.characters
            ),
            "Cut it to 320 characters or fewer, for example by linking to the details.",
            &[],
        );
    }
    if sms && count.encoding == Encoding::Ucs2 {
        let saving = if smart.saves_segments > 0 {
            format!(
                " With Smart Encoding it would cost {} segment{} instead of {}.",
                smart.segments,
                plural(smart.segments),
                count.segments
            )
        } else {
            String::new()
        };
        let fix = if smart.encoding == Encoding::Gsm7 {
            "Replace those characters with plain ones (straight quotes, a hyphen), or turn on Smart Encoding in the Messaging Service.".to_owned()
        } else if smart.non_gsm.len() < count.non_gsm.len() {
            format!(
                "Smart Encoding would replace the others but not {}: remove or replace those to get 160-character segments back.",
                quoted_list(&smart.non_gsm)
            )
        } else {
            "Remove or replace those characters if the cost matters; Smart Encoding cannot replace them.".to_owned()
        };
        f.push(
            "ucs2_encoding",
            body(),
            Severity::Info,
            format!(
                "{} switch{} the whole message to UCS-2: a segment holds 70 characters instead of 160, so it costs {} segment{}.{saving}",
                quoted_list(&count.non_gsm),
                if count.non_gsm.len() == 1 { "es" } else { "" },
                count.segments,
                plural(count.segments),
            ),
            fix,
            &[],
        );
    }
    if sms && count.segments > 1 {
        f.push(
            "multiple_segments",
            body(),
            Severity::Info,
            format!(
                "The message is billed as {} segments ({} characters, {}).",
                count.segments,
                count.characters,
                encoding_name(count.encoding)
            ),
            "Shorten it if one segment is enough.",
            &[],
        );
    }

    // Links and phone numbers.
    let links = find_links(text);
    let org_domain = args
        .org
        .as_ref()
        .and_then(|o| o.domain.as_deref())
        .map(registrable_domain);
    for link in &links {
        if link.shared_shortener {
            f.push(
                "public_url_shortener",
                body(),
                Severity::Error,
                format!(
                    "{} is a shared public URL shortener: US carriers filter links on shared shorteners, whoever sends them.",
                    link.host
                ),
                "Link to your own domain, or use a branded short domain that only you use.",
                &[30007],
            );
        } else if let Some(domain) = org_domain.as_deref() {
            if link.domain != domain {
                f.push(
                    "link_domain_mismatch",
                    body(),
                    Severity::Warning,
                    format!(
                        "The link goes to {}, not to your domain {domain}; carriers expect links on the sender's own, recognisable domain.",
                        link.domain
                    ),
                    format!("Link to a page on {domain}, or a short domain branded as yours."),
                    &[],
                );
            }
        }
    }
    let campaign = args.campaign.as_ref();
    if !links.is_empty() && campaign.and_then(|c| c.has_embedded_links) == Some(false) {
        f.push(
            "link_not_declared",
            body(),
            Severity::Warning,
            "The message contains a link, but the campaign declared that its messages have none."
                .into(),
            "Remove the link, or update the campaign to declare embedded links.",
            &[],
        );
    }
    let phones = find_phone_numbers(text);
    if !phones.is_empty() && campaign.and_then(|c| c.has_embedded_phone) == Some(false) {
        f.push(
            "phone_not_declared",
            body(),
            Severity::Warning,
            format!(
                "The message contains the phone number {}, but the campaign declared that its messages have none.",
                phones.first().map(|p| p.text.as_str()).unwrap_or_default()
            ),
            "Remove the number, or update the campaign to declare embedded phone numbers.",
            &[],
        );
    }

    // Sender identification and opt-out.
    let words = Words::of(text);
    let name = args.org.as_ref().and_then(|o| o.name.as_deref());
    let needs_identification =
        args.first_message || args.message_class != MessageClass::Conversational;
    match name {
        Some(name) if needs_identification && !mentions_name_in(&words, name) => f.push(
            "missing_sender_identification",
            body(),
            Severity::Warning,
            format!(
                "The message does not name \"{name}\"; every message except replies within a conversation must identify who is sending."
            ),
            format!("Start the message with \"{name}:\"."),
            &[],
        ),
        None if args.first_message => f.push(
            "sender_identification_unchecked",
            body(),
            Severity::Info,
            "No organisation name was given, so whether the first message identifies the sender was not checked."
                .into(),
            "Pass org.name to check it.",
            &[],
        ),
        _ => {}
    }
    let opt_out = opt_out_instruction_in(&words);
    if args.first_message && opt_out.kind != OptOutKind::Standard {
        f.push(
            "missing_opt_out",
            body(),
            Severity::Warning,
            "The first message to a contact must say how to opt out with a standard keyword (\"Reply STOP to opt out\")."
                .into(),
            "Add \"Reply STOP to opt out.\"",
            &[],
        );
    }
    if let Some(ns) = &opt_out.non_standard {
        f.push(
            "non_standard_opt_out",
            body(),
            Severity::Warning,
            format!(
                "\"{}\" asks the recipient to send \"{}\", which is not a standard opt-out keyword; Twilio treats non-standard opt-out wording as filter evasion and filters it.",
                ns.phrase.to_lowercase(),
                ns.keyword
            ),
            "Use a standard keyword: \"Reply STOP to opt out.\"",
            &[30007],
        );
    }

    // Content categories.
    let terms = find_forbidden_terms_in(&words);
    let gated = campaign.and_then(|c| c.age_gated) == Some(true);
    let to_canada = country.as_deref() == Some("CA");
    for category in TermCategory::ALL {
        let hits: Vec<&TermMatch> = terms.iter().filter(|t| t.category == category).collect();
        if hits.is_empty() {
            continue;
        }
        let listed = quoted_list(
            &hits
                .iter()
                .map(|t| t.term.to_lowercase())
                .collect::<Vec<_>>(),
        );
        let label = category_label(category);
        match category.age_gate() {
            AgeGate::NoRemedy => f.push(
                "forbidden_content",
                body(),
                Severity::Warning,
                format!(
                    "{listed} suggest{} {label}, which carriers forbid on every US and Canadian number type whatever the age gate.",
                    if hits.len() == 1 { "s" } else { "" },
                ),
                "Remove that content; these categories cannot be registered or sent.",
                category.codes(),
            ),
            AgeGate::Required if !gated => f.push(
                "age_gate_required",
                body(),
                Severity::Warning,
                format!(
                    "{listed} suggest{} {label}, which may only be sent by a campaign declared age-gated with a real date-of-birth check.",
                    if hits.len() == 1 { "s" } else { "" },
                ),
                "Remove that content, or send it from a campaign registered as age-gated.",
                category.codes(),
            ),
            AgeGate::Required => {}
        }
        if to_canada && category.age_gate() == AgeGate::Required {
            f.push(
                "age_gated_content_to_canada",
                body(),
                Severity::Error,
                format!(
                    "{listed} suggest{} {label}: age-gated traffic to Canadian numbers is blocked unless the sender holds a carrier exemption.",
                    if hits.len() == 1 { "s" } else { "" },
                ),
                "Do not send this content to Canadian recipients.",
                &[],
            );
        }
    }
    if country.as_deref() == Some("US") && text.contains('€') {
        f.push(
            "euro_sign_to_us",
            body(),
            Severity::Warning,
            "Twilio's US guidelines advise against the euro sign (€): US handsets may not show it."
                .into(),
            "Write EUR instead of €.",
            &[],
        );
    }

    // Media.
    check_media(args, &mut f);

    // Folklore.
    folklore(text, &words, &mut f);

    let mut findings = f.0;
    sort_findings(&mut findings);
    Ok(CheckMessageResult {
        findings,
        segments: count.segments,
        encoding: count.encoding,
        characters: count.characters,
        non_gsm: count.non_gsm,
        smart_encoding: smart,
    })
}

fn validate(args: &CheckMessageArgs) -> Result<(), Error> {
    if args.body.len() > MAX_BODY_BYTES {
        return Err(Error::invalid_value(
            "body",
            format!(
                "the body is {} bytes; at most {MAX_BODY_BYTES} bytes are accepted (Twilio itself refuses more than 1600 characters)",
                args.body.len()
            ),
        ));
    }
    if args.channel == MessageChannel::Sms && !args.media.is_empty() {
        return Err(Error::invalid_value(
            "media",
            "media are sent as MMS: set channel to `mms`, or remove media",
        ));
    }
    if let Some(org) = &args.org {
        if org.name.as_deref().is_some_and(|n| n.trim().is_empty()) {
            return Err(Error::invalid_value(
                "org.name",
                "the organisation name is empty; give the name the texts carry, or leave it out",
            ));
        }
        if org.domain.as_deref().is_some_and(|d| {
            let domain = registrable_domain(d);
            !domain.contains('.')
        }) {
            return Err(Error::invalid_value(
                "org.domain",
                "expected a domain such as `harbordental.com` (or a website URL)",
            ));
        }
    }
    Ok(())
}

fn check_media(args: &CheckMessageArgs, f: &mut Findings) {
    if args.channel != MessageChannel::Mms {
        return;
    }
    let total = args
        .media
        .iter()
        .fold(args.body.len() as u64, |sum, m| sum.saturating_add(m.bytes));
    if total > MMS_MAX_BYTES {
        f.push(
            "mms_over_5_mb",
            Some("media".into()),
            Severity::Error,
            format!(
                "The message and its media total {} bytes; Twilio refuses an MMS over 5 MB.",
                total
            ),
            "Send smaller or fewer files (compress images, link to large files).",
            &[11751],
        );
    }
    if args.media.len() > MAX_MEDIA {
        f.push(
            "too_many_media",
            Some("media".into()),
            Severity::Error,
            format!(
                "The message has {} media files; Twilio accepts at most {MAX_MEDIA}.",
                args.media.len()
            ),
            "Send at most 10 files per message.",
            &[21623],
        );
    }
    let limit = carrier_non_image_limit(args.sender_type);
    for (i, media) in args.media.iter().enumerate() {
        let field = Some(format!("media[{i}]"));
        let content_type = media
            .content_type
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        let known = MMS_MIME_TYPES
            .iter()
            .find(|(t, _)| *t == content_type)
            .map(|&(_, transcoded)| transcoded);
        match known {
            None => f.push(
                "media_type_not_accepted",
                field.clone(),
                Severity::Error,
                format!(
                    "Twilio does not accept `{}` as MMS media.",
                    media.content_type
                ),
                "Send JPEG, PNG or GIF images (or another type Twilio lists for MMS), with a Content-Type header that matches the file.",
                &[],
            ),
            Some(false) => f.push(
                "media_not_transcoded",
                field.clone(),
                Severity::Info,
                format!(
                    "`{content_type}` is accepted but sent as it is: only JPEG, PNG and GIF are formatted for the recipient's phone."
                ),
                "Prefer JPEG, PNG or GIF where the content allows.",
                &[],
            ),
            Some(true) => {}
        }
        let image = content_type.starts_with("image/");
        if !image && known.is_some() {
            if media.bytes > limit {
                f.push(
                    "media_over_carrier_limit",
                    field,
                    Severity::Error,
                    format!(
                        "This {} byte file is over the {limit} byte limit some carriers set for non-image files{}.",
                        media.bytes,
                        match args.sender_type {
                            Some(SenderType::TollFree) => " from toll-free numbers",
                            Some(SenderType::ShortCode) => " from short codes",
                            _ => "",
                        }
                    ),
                    "Keep non-image files under 600 KB, or link to the file instead.",
                    &[30019],
                );
            } else if media.bytes > RECOMMENDED_NON_IMAGE_BYTES {
                f.push(
                    "media_over_600_kb",
                    field,
                    Severity::Warning,
                    format!(
                        "This {} byte file is over the 600 KB Twilio recommends for non-image files.",
                        media.bytes
                    ),
                    "Keep non-image files under 600 KB, or link to the file instead.",
                    &[],
                );
            }
        }
    }
}

fn folklore(text: &str, words: &Words, f: &mut Findings) {
    let (mut letters, mut capitals) = (0u32, 0u32);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if c.is_uppercase() {
            capitals += 1;
        }
    }
    if letters >= 20 && capitals * 10 >= letters * 7 {
        f.push(
            "all_caps",
            body(),
            Severity::Info,
            "The message is mostly capital letters; filtering vendors say shouting text looks like spam (no carrier rule says so).".into(),
            "Write in sentence case.",
            &[],
        );
    }
    if text.contains("!!") || text.contains("??") || text.contains("!?") {
        f.push(
            "repeated_punctuation",
            body(),
            Severity::Info,
            "Repeated exclamation or question marks read as urgency, which filtering vendors say looks like spam (no carrier rule says so).".into(),
            "Use one punctuation mark.",
            &[],
        );
    }
    if let Some(hit) =
        first_mention(words, PAYMENT_APPS).or_else(|| first_mention(words, INCENTIVES))
    {
        f.push(
            "payment_request",
            body(),
            Severity::Info,
            format!(
                "\"{}\": payment apps and financial incentives are patterns a Twilio-based vendor says filters treat as fraud (vendor guidance).",
                hit.to_lowercase()
            ),
            "Send payment requests through your own site's checkout link.",
            &[],
        );
    }
}

/// The first listed phrase (folded; the last word may take a plural `S`) found in the words.
fn first_mention(words: &Words, list: &'static [&'static str]) -> Option<&'static str> {
    // Lengths first: almost every (word, phrase word) pair differs in length.
    let matches = |w: &str, p: &str| {
        (w.len() == p.len() && w == p) || (w.len() == p.len() + 1 && w.strip_suffix('S') == Some(p))
    };
    list.iter().copied().find(|phrase| {
        let (first, rest) = phrase.split_once(' ').unwrap_or((phrase, ""));
        // Most words fail on the phrase's first word: only those that pass split the rest.
        (0..words.len()).any(|i| {
            matches(words.get(i), first)
                && (rest.is_empty()
                    || rest
                        .split(' ')
                        .enumerate()
                        .all(|(k, p)| matches(words.get(i + 1 + k), p)))
        })
    })
}

fn category_label(category: TermCategory) -> &'static str {
    match category {
        TermCategory::Sex => "sexual content",
        TermCategory::Hate => "hate speech",
        TermCategory::Alcohol => "alcohol",
        TermCategory::Firearms => "firearms",
        TermCategory::Tobacco => "tobacco or vaping",
        TermCategory::Cannabis => "cannabis or CBD",
        TermCategory::HighRiskFinance => "high-risk financial services (payday loans, crypto)",
        TermCategory::DebtCollection => "debt collection or debt relief",
        TermCategory::GetRichQuick => "a get-rich-quick or multi-level marketing scheme",
        TermCategory::Gambling => "gambling",
        TermCategory::PrescriptionDrugs => "prescription drugs without a prescription",
        TermCategory::Fireworks => "fireworks",
    }
}

fn quoted_list(items: &[String]) -> String {
    items
        .iter()
        .map(|c| format!("\"{}\"", c.replace('\n', "\\n").replace('\r', "\\r")))
        .collect::<Vec<_>>()
        .join(", ")
}

fn plural(n: u32) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn encoding_name(encoding: Encoding) -> &'static str {
    match encoding {
        Encoding::Gsm7 => "GSM-7",
        Encoding::Ucs2 => "UCS-2",
    }
}
