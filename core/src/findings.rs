//! Findings: what a check found in something a business is about to submit or send.
//!
//! One shape serves every checker (the registration pre-flight, the outbound message check),
//! so a frontend renders them with one component and a backend stores them in one table.

use serde::{Deserialize, Serialize};

/// How much a finding matters. Ordered from most to least urgent, so sorting by severity
/// puts what to fix first at the top.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "FindingSeverity"))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Twilio's API or the carriers refuse it, or reviewers reject it: fix before going on.
    Error,
    /// Policy or documented guidance that commonly leads to a rejection or filtering.
    Warning,
    /// Folklore or advice: worth knowing, never a reason to stop.
    Info,
}

/// One thing a check found, with what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Finding {
    /// Stable rule id (`sample_missing_brand_name`, `public_url_shortener`, …): safe to key
    /// translations, analytics and suppressions on. Never renamed once released.
    pub rule: String,
    /// The field the finding concerns, named as the checked input names it (Twilio's
    /// snake_case field name for a form, `body` or `media[1]` for a message); `null` when it
    /// concerns the whole input.
    pub field: Option<String>,
    /// How much it matters.
    pub severity: Severity,
    /// What is wrong, in plain words for a business owner.
    pub message: String,
    /// What to change so the finding goes away.
    pub fix: String,
    /// The Twilio error or rejection codes this finding predicts, if any.
    pub codes: Vec<u32>,
}

/// Orders findings by what to fix first: most severe first, then in the order the checks
/// produced them (a stable sort keeps field order within one severity).
pub fn sort_findings(findings: &mut [Finding]) {
    crate::small_sort::sort_short_by_key(findings, |f| f.severity);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(rule: &str, severity: Severity) -> Finding {
        Finding {
            rule: rule.into(),
            field: None,
            severity,
            message: String::new(),
            fix: String::new(),
            codes: vec![],
        }
    }

    #[test]
    fn errors_sort_before_warnings_before_info_and_ties_keep_their_order() {
        let mut list = vec![
            finding("a", Severity::Info),
            finding("b", Severity::Warning),
            finding("c", Severity::Error),
            finding("d", Severity::Warning),
        ];
        sort_findings(&mut list);
        let rules: Vec<&str> = list.iter().map(|f| f.rule.as_str()).collect();
        assert_eq!(rules, ["c", "b", "d", "a"]);
    }

    #[test]
    fn severity_serialises_in_snake_case() {
        let json = serde_json::to_string(&finding("x", Severity::Warning)).unwrap_or_default();
        assert!(json.contains(r#""severity":"warning""#), "{json}");
        assert!(json.contains(r#""field":null"#), "{json}");
    }
}
