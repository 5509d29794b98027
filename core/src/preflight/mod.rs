//! Registration pre-flight (`preflight_registration`): checks a filled A2P brand, A2P
//! campaign or toll-free verification form before it is submitted, and says what Twilio's
//! API or the reviewers would reject it for.
//!
//! Input: `form` (`brand` | `campaign` | `tollfree_verification`), `fields` (the form, named
//! as Twilio's resource JSON spells them in snake_case), optional `context` (what the checks
//! need beyond the form: the brand's type, name and website when checking a campaign,
//! whether STOP/HELP are handled by Twilio, the privacy policy's text if the caller fetched
//! it, …) and `now` (some rules took effect on a date). Unknown top-level args and unknown
//! `context` keys are refused; an unknown name inside `fields` is a finding
//! (`unknown_field`, with the likely intended name), because a typo in a form is exactly
//! what this catches.
//!
//! Output: `verdict` (`ready_to_submit` when no finding is an error, else `fix_first`),
//! counts, and `findings` ordered by what to fix first (errors, then warnings, then info;
//! within one severity in form order). Each finding is the shared [`Finding`] shape: a
//! stable `rule` id, the Twilio `field`, `severity`, plain-words `message` and `fix`, and
//! the Twilio error / rejection `codes` it predicts.
//!
//! Data: every rule is a row of `rules.rs` (id, severity, codes, words, source); field
//! limits and accepted values are rows of `fields.rs` and `data.rs`, each with its source in
//! the project reference (`registration-preflight.md`). Rules that only a third party or an
//! inference supports are warnings and say they are not confirmed by Twilio. Text in the
//! samples (links, public shorteners, phone numbers, opt-out wording, forbidden terms) is
//! read by the shared scanner in `scan.rs`.
//!
//! Limits (so cost stays linear and bounded): at most [`MAX_FIELDS`] names in `fields`,
//! names of at most [`MAX_NAME_BYTES`] bytes, text values of at most [`MAX_TEXT_BYTES`]
//! bytes (four times Twilio's largest limit, 4,096 characters) and lists of at most
//! [`MAX_LIST_ITEMS`] entries; larger input is refused with `invalid_value` naming the field.
//!
//! ```
//! use telrules::preflight::{preflight_registration, PreflightArgs, Verdict};
//!
//! let args: PreflightArgs = serde_json::from_value(serde_json::json!({
//!     "form": "campaign",
//!     "fields": {
//!         "us_app_to_person_usecase": "ACCOUNT_NOTIFICATION",
//!         "description": "Harbor Dental sends appointment reminders to its patients.",
//!         "message_flow": "Patients opt in on our booking form.",
//!         "message_samples": ["Your cleaning is Tue at 9am. Book: bit.ly/hd"],
//!         "has_embedded_links": true,
//!         "has_embedded_phone": true,
//!         "message_flw": "typo"
//!     },
//!     "context": {"brand_name": "Harbor Dental"},
//!     "now": "2026-11-28T09:00:00Z"
//! })).unwrap();
//! let answer = preflight_registration(&args).unwrap();
//! assert_eq!(answer.verdict, Verdict::FixFirst);
//! let rules: Vec<&str> = answer.findings.iter().map(|f| f.rule.as_str()).collect();
//! assert!(rules.contains(&"sample_public_url_shortener"));
//! assert!(rules.contains(&"embedded_phone_not_in_samples"));
//! assert!(rules.contains(&"unknown_field"));
//! ```

mod brand;
mod campaign;
mod check;
pub mod data;
mod fields;
pub mod rules;
mod scan;
mod text;
mod tollfree;

#[cfg(test)]
mod tests;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::findings::{sort_findings, Finding, Severity};
use crate::Error;

pub use rules::{rule, rules_for_code, Rule, RULES};

/// Most names accepted in `fields` (Twilio's largest form has under 40).
pub const MAX_FIELDS: usize = 100;
/// Longest field name accepted, in bytes.
pub const MAX_NAME_BYTES: usize = 64;
/// Longest text value read, in bytes (also for `context` texts).
pub const MAX_TEXT_BYTES: usize = 16_384;
/// Most entries read in a list value.
pub const MAX_LIST_ITEMS: usize = 50;

/// Which form is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "RegistrationForm"))]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// The A2P 10DLC brand: Trust Hub business information, authorised representative,
    /// address, A2P messaging profile and BrandRegistration fields (standard or sole
    /// proprietor, by `brand_type`).
    Brand,
    /// The A2P 10DLC campaign (UsAppToPerson).
    Campaign,
    /// The toll-free verification.
    TollfreeVerification,
}

/// Who answers STOP and HELP.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum OptOutHandling {
    /// Twilio's Default or Advanced Opt-Out (the default on a Messaging Service): Twilio
    /// fills the opt-out and help fields.
    #[default]
    Twilio,
    /// The business answers STOP and HELP itself: the opt-out and help keywords and
    /// messages are required.
    #[serde(rename = "self")]
    SelfManaged,
}

/// What the checks need beyond the form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable), ts(rename = "PreflightContext"))]
#[serde(deny_unknown_fields)]
pub struct Context {
    /// Campaign: the brand's `brand_type` (`STANDARD` | `SOLE_PROPRIETOR`, any case).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand_type: Option<String>,
    /// The name customers know the business by (samples and descriptions must name it).
    /// Defaults to the form's own name fields where it has them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand_name: Option<String>,
    /// The brand's website (campaign links should be on its domain).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Campaign: who answers STOP and HELP; default `twilio`.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub opt_out_handling: OptOutHandling,
    /// Campaign: the use cases Twilio's Usecases endpoint returned for the brand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_use_cases: Option<Vec<String>>,
    /// The privacy policy page's text, when the caller fetched it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_policy_text: Option<String>,
    /// The texting terms page's text, when the caller fetched it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms_text: Option<String>,
    /// Toll-free: how many toll-free numbers this business verifies in all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tollfree_numbers_for_business: Option<u32>,
}

/// Arguments of `preflight_registration`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable), ts(rename = "PreflightRegistrationArgs"))]
#[serde(deny_unknown_fields)]
pub struct PreflightArgs {
    /// Which form.
    pub form: Form,
    /// The form's fields, by Twilio's snake_case names.
    pub fields: Map<String, Value>,
    /// What the checks need beyond the form.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub context: Context,
    /// The current instant (rules that took effect on a date).
    pub now: DateTime<FixedOffset>,
}

/// Whether the form can go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// No finding is an error (warnings may remain: read them).
    ReadyToSubmit,
    /// At least one finding is an error: fix it before submitting.
    FixFirst,
}

/// The answer of `preflight_registration`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(rename = "PreflightRegistrationResult")
)]
pub struct PreflightResult {
    /// The form checked.
    pub form: Form,
    /// `ready_to_submit` or `fix_first`.
    pub verdict: Verdict,
    /// How many findings are errors.
    pub errors: usize,
    /// How many findings are warnings.
    pub warnings: usize,
    /// What to fix, first things first.
    pub findings: Vec<Finding>,
}

/// `preflight_registration`: checks one form. Fails only when the input exceeds the
/// documented size limits; everything wrong with the form itself is a finding.
pub fn preflight_registration(args: &PreflightArgs) -> Result<PreflightResult, Error> {
    check_limits(args)?;
    let mut out = Findings::default();
    let form = check::FormView::new(args.form, &args.fields);
    check::generic(&form, &mut out);
    match args.form {
        Form::Campaign => campaign::check(&form, &args.context, args.now, &mut out),
        Form::Brand => brand::check(&form, &args.context, &mut out),
        Form::TollfreeVerification => tollfree::check(&form, &args.context, args.now, &mut out),
    }
    let mut findings = out.list;
    sort_findings(&mut findings);
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let warnings = findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    Ok(PreflightResult {
        form: args.form,
        verdict: if errors == 0 {
            Verdict::ReadyToSubmit
        } else {
            Verdict::FixFirst
        },
        errors,
        warnings,
        findings,
    })
}

fn too_big(path: String, what: &str) -> Error {
    Error::invalid_value(path, what)
}

fn check_limits(args: &PreflightArgs) -> Result<(), Error> {
    if args.fields.len() > MAX_FIELDS {
        return Err(too_big(
            "fields".into(),
            &format!(
                "fields has {} names; the pre-flight reads at most {MAX_FIELDS} (Twilio's largest form has under 40)",
                args.fields.len()
            ),
        ));
    }
    for (name, value) in &args.fields {
        if name.len() > MAX_NAME_BYTES {
            return Err(too_big(
                "fields".into(),
                &format!(
                    "a field name is {} bytes long; names of at most {MAX_NAME_BYTES} bytes are accepted",
                    name.len()
                ),
            ));
        }
        check_value(&format!("fields.{name}"), value)?;
    }
    let c = &args.context;
    for (path, text) in [
        ("context.brand_type", &c.brand_type),
        ("context.brand_name", &c.brand_name),
        ("context.website", &c.website),
        ("context.privacy_policy_text", &c.privacy_policy_text),
        ("context.terms_text", &c.terms_text),
    ] {
        if let Some(text) = text {
            check_text(path, text)?;
        }
    }
    if let Some(list) = &c.available_use_cases {
        if list.len() > MAX_LIST_ITEMS {
            return Err(too_many("context.available_use_cases", list.len()));
        }
        for (i, item) in list.iter().enumerate() {
            check_text(&format!("context.available_use_cases[{i}]"), item)?;
        }
    }
    Ok(())
}

fn too_many(path: &str, len: usize) -> Error {
    too_big(
        path.into(),
        &format!("{path} has {len} entries; the pre-flight reads at most {MAX_LIST_ITEMS}"),
    )
}

fn check_text(path: &str, text: &str) -> Result<(), Error> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(too_big(
            path.into(),
            &format!(
                "{path} is {} bytes; the pre-flight reads texts of at most {MAX_TEXT_BYTES} bytes (Twilio accepts at most 4096 characters in any field)",
                text.len()
            ),
        ));
    }
    Ok(())
}

// Nested objects are not part of any form: they are reported as a wrong type and never
// walked, so only strings and lists of strings are size-checked.
fn check_value(path: &str, value: &Value) -> Result<(), Error> {
    match value {
        Value::String(s) => check_text(path, s),
        Value::Array(items) => {
            if items.len() > MAX_LIST_ITEMS {
                return Err(too_many(path, items.len()));
            }
            for (i, item) in items.iter().enumerate() {
                if let Value::String(s) = item {
                    check_text(&format!("{path}[{i}]"), s)?;
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// The findings collected by one check, with placeholder filling.
#[derive(Debug, Default)]
pub(crate) struct Findings {
    list: Vec<Finding>,
}

impl Findings {
    /// Adds a finding of `rule` about `field`; `codes` replaces the rule's codes when the
    /// field's form predicts a narrower set.
    pub fn push(
        &mut self,
        rule: &Rule,
        field: Option<&str>,
        codes: Option<&[u32]>,
        params: &[(&str, &str)],
    ) {
        self.push_with(rule, rule.severity, field, codes, params);
    }

    /// [`Findings::push`] with another severity (a date not yet reached, a form where the
    /// same rule is advice).
    pub fn push_with(
        &mut self,
        rule: &Rule,
        severity: Severity,
        field: Option<&str>,
        codes: Option<&[u32]>,
        params: &[(&str, &str)],
    ) {
        let field_name = field.unwrap_or("the form");
        let fill = |template: &str| fill(template, field_name, params);
        self.list.push(Finding {
            rule: rule.id.to_owned(),
            field: field.map(str::to_owned),
            severity,
            message: fill(rule.message),
            fix: fill(rule.fix),
            codes: codes.unwrap_or(rule.codes).to_vec(),
        });
    }

    /// Whether a finding of `rule` about `field` was already made.
    pub fn has(&self, rule: &Rule, field: &str) -> bool {
        self.list
            .iter()
            .any(|f| f.rule == rule.id && f.field.as_deref() == Some(field))
    }
}

/// Fills `{field}` and the given placeholders; unknown placeholders stay as written.
fn fill(template: &str, field: &str, params: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(rest.get(..open).unwrap_or(""));
        let after = rest.get(open + 1..).unwrap_or("");
        let Some(close) = after.find('}') else {
            out.push('{');
            rest = after;
            continue;
        };
        let key = after.get(..close).unwrap_or("");
        let value = if key == "field" {
            Some(field)
        } else {
            params.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
        };
        match value {
            Some(v) => out.push_str(v),
            None if key == "hint" => {}
            None => {
                out.push('{');
                out.push_str(key);
                out.push('}');
            }
        }
        rest = after.get(close + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}
