//! Demo section: a campaign text checked before it is sent, then the same text fixed.

use std::fmt::Write;

use telrules::content::{
    check_message, CheckMessageArgs, MessageCampaign, MessageChannel, MessageOrg, SenderType,
};
use telrules::hours::MessageClass;
use telrules::segments::Encoding;

use super::{heading, sample};

/// What a business typically writes first: a shared shortener, an em dash, no name and
/// no opt-out line in the first text to a new contact.
const BEFORE: &str = "Big sale this weekend — 30% off whitening! Book: bit.ly/hd-white";
/// The same offer after following the findings.
const AFTER: &str = "Harbor Dental: big sale this weekend - 30% off whitening! Book: https://harbordental.example/white Reply STOP to opt out.";

pub fn section(out: &mut String) {
    heading(out, "Checking a message before it is sent");
    for (label, body) in [("before", BEFORE), ("after fixing", AFTER)] {
        let args = CheckMessageArgs {
            body: body.to_owned(),
            channel: MessageChannel::Sms,
            media: Vec::new(),
            first_message: true,
            message_class: MessageClass::Marketing,
            org: Some(MessageOrg {
                name: Some(sample::ORG_NAME.to_owned()),
                domain: Some("harbordental.example".to_owned()),
            }),
            campaign: Some(MessageCampaign {
                us_app_to_person_usecase: Some("MARKETING".to_owned()),
                has_embedded_links: Some(true),
                has_embedded_phone: Some(false),
                age_gated: Some(false),
            }),
            sender_type: Some(SenderType::Local),
            to: Some("+12065550178".to_owned()),
        };
        let _ = writeln!(out, "  {label}: \"{body}\"");
        match check_message(&args) {
            Ok(answer) => {
                let _ = writeln!(
                    out,
                    "    {} segment(s), {}, {} characters",
                    answer.segments,
                    match answer.encoding {
                        Encoding::Gsm7 => "GSM-7",
                        Encoding::Ucs2 => "UCS-2",
                    },
                    answer.characters
                );
                if answer.findings.is_empty() {
                    let _ = writeln!(out, "    no findings: ready to send");
                }
                for f in &answer.findings {
                    let severity = match f.severity {
                        telrules::findings::Severity::Error => "error",
                        telrules::findings::Severity::Warning => "warning",
                        telrules::findings::Severity::Info => "info",
                    };
                    let _ = writeln!(out, "    [{severity}] {}: {}", f.rule, f.message);
                    let _ = writeln!(out, "      fix: {}", f.fix);
                }
            }
            Err(e) => {
                let _ = writeln!(out, "    error: {e}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_fixed_message_has_no_findings_and_the_original_has_the_classic_ones() {
        let mut out = String::new();
        super::section(&mut out);
        let (before, after) = out.split_once("after fixing").unwrap();
        for rule in [
            "public_url_shortener",
            "missing_sender_identification",
            "missing_opt_out",
            "ucs2_encoding",
        ] {
            assert!(before.contains(rule), "{rule} missing from:\n{before}");
        }
        assert!(after.contains("no findings: ready to send"), "{after}");
    }
}
