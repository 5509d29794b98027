//! `send_window`: may a message of this class go to this recipient now, and if not, when?

use super::tzdb::Tz;
use chrono::{DateTime, Datelike, Days, LocalResult, SecondsFormat, TimeZone, Timelike, Utc};
use serde::{Deserialize, Serialize};

use super::next_change::gap_transition;
use super::quiet_rules::{country_of_region, QuietRule, RULES};
use super::zones::{candidate_zones, regions_of_area_code, KNOWN_REGIONS};
use crate::Error;

/// What a message is, for quiet-hours purposes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum MessageClass {
    /// Promotions, offers: telephone solicitation. Restricted by default.
    Marketing,
    /// Reminders, notices, receipts.
    Informational,
    /// Replies within a conversation the recipient started.
    Conversational,
}

/// Which rules apply.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Policy {
    /// Only the national floor: the US federal 08:00-21:00, or the CRTC's windows for a
    /// Canadian recipient.
    Federal,
    /// The national floor plus every state/provincial row that matches a candidate region.
    #[default]
    Strictest,
}

/// Arguments of `send_window`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct SendWindowArgs {
    /// The recipient, as typed or E.164 (US assumed without a country code).
    pub to: String,
    /// The instant of sending, RFC 3339 with an offset.
    pub at: String,
    /// What kind of message it is; quiet hours apply only to the restricted classes.
    pub message_class: MessageClass,
    /// State/province code of the recipient's known address (`FL`, `BC`, `US-FL`); its
    /// rules apply on top of the area code's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient_region: Option<String>,
    #[serde(default)]
    /// Which rules apply: `federal` (national floor only) or `strictest` (default).
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub policy: Policy,
    /// The classes quiet hours apply to; default `["marketing"]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restricted_classes: Option<Vec<MessageClass>>,
}

/// Result of `send_window`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "SendWindowResult"))]
pub struct SendWindow {
    /// Whether the message may be sent at `at`.
    pub allowed: bool,
    /// `class_not_restricted`, `within_window`, `no_time_zone` (no zone known for the
    /// number: blocked), or the id of the first rule that blocks (`us_federal`, `us_fl`,
    /// `ca_crtc`, ...).
    pub reason: String,
    /// Every rule id that blocks at `at` (empty when allowed).
    pub blocked_by: Vec<String>,
    /// Candidate zones of the recipient (longest prefix in libphonenumber's map).
    pub zones: Vec<String>,
    /// Candidate state/province codes: the area code's plus `recipient_region`.
    pub regions: Vec<String>,
    /// Ids of the rules applied (empty when the class is not restricted).
    pub rules: Vec<String>,
    /// The earliest instant at or after `at` at which every candidate zone and rule allows
    /// the send, in UTC: equal to `at` when allowed now; null when no such instant exists
    /// within 366 days.
    pub next_allowed_at: Option<String>,
}

impl SendWindow {
    /// `next_allowed_at` as an instant.
    pub fn next_allowed_instant(&self) -> Option<DateTime<Utc>> {
        self.next_allowed_at
            .as_deref()
            .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
            .map(|t| t.with_timezone(&Utc))
    }
}

/// The default restricted classes.
pub const DEFAULT_RESTRICTED: &[MessageClass] = &[MessageClass::Marketing];

/// Checks quiet hours for `args` (the JSON-facing form of [`send_window_at`]).
pub fn send_window(args: &SendWindowArgs) -> Result<SendWindow, Error> {
    let at = super::parse_instant(&args.at, "at")?;
    send_window_at(
        &args.to,
        at,
        args.message_class,
        args.recipient_region.as_deref(),
        args.policy,
        args.restricted_classes
            .as_deref()
            .unwrap_or(DEFAULT_RESTRICTED),
    )
}

/// Typed entry point for Rust callers (sender selection): `to` as typed or E.164, `at` as
/// an instant. Errors: `to` not a valid number, `recipient_region` not a US state/territory
/// or Canadian province code (paths `to`, `recipient_region`).
///
/// A number whose prefix lists several zones is allowed only when every zone allows it;
/// windows are half-open (21:00:00 is outside 08:00-21:00). `next_allowed_at` is exact: a
/// window start in a spring-forward gap opens at the transition, and a start inside a
/// fall-back fold opens at its first pass.
///
/// ```
/// use telrules::hours::{send_window_at, MessageClass, Policy, DEFAULT_RESTRICTED};
/// // 20:30 in Miami (EDT): inside the federal window, outside Florida's 08:00-20:00.
/// let at = "2026-06-01T00:30:00Z".parse().unwrap();
/// let answer = send_window_at("+13055550123", at, MessageClass::Marketing, None,
///     Policy::Strictest, DEFAULT_RESTRICTED).unwrap();
/// assert!(!answer.allowed);
/// assert_eq!(answer.reason, "us_fl");
/// assert_eq!(answer.next_allowed_at.as_deref(), Some("2026-06-01T12:00:00Z"));
/// ```
pub fn send_window_at(
    to: &str,
    at: DateTime<Utc>,
    class: MessageClass,
    recipient_region: Option<&str>,
    policy: Policy,
    restricted_classes: &[MessageClass],
) -> Result<SendWindow, Error> {
    // Lenient: a well-formed number the metadata does not list still gets an answer
    // (usually `no_time_zone`); only text that is not a phone number is an error.
    let lenient = crate::phone::parse_lenient(to, "US")
        .map_err(|e| Error::invalid_value("to", format!("`{to}` is not a phone number: {e}")))?;
    let Some(e164) = lenient.e164.clone() else {
        return Err(Error::invalid_value(
            "to",
            format!("`{to}` is not a recipient number; expected a full number such as +14155550123 (short codes and numbers of a length no numbering plan allows have no quiet hours to check)"),
        ));
    };
    let parsed = &lenient.parsed;
    // The table names zones; their offsets come from the 2026f rules (`tzdb`).
    let zones: &[Tz] = candidate_zones(&e164);
    let mut regions: Vec<&'static str> = parsed
        .area_code()
        .and_then(|a| a.parse::<u16>().ok())
        .map_or(&[][..], regions_of_area_code)
        .to_vec();
    if let Some(region) = recipient_region {
        regions.push(known_region(region)?);
    }
    regions.sort_unstable();
    regions.dedup();
    let countries = recipient_countries(parsed, &e164, &regions);
    let restricted = restricted_classes.contains(&class);
    let rules: Vec<&'static QuietRule> = if restricted {
        RULES
            .iter()
            .filter(|r| {
                let floor = r.regions.is_empty() && countries.contains(&r.country);
                match policy {
                    Policy::Federal => floor,
                    Policy::Strictest => floor || r.regions.iter().any(|x| regions.contains(x)),
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    let stamp = |t: DateTime<Utc>| t.to_rfc3339_opts(SecondsFormat::AutoSi, true);
    let mut answer = SendWindow {
        allowed: true,
        reason: "class_not_restricted".to_owned(),
        blocked_by: Vec::new(),
        zones: zones.iter().map(|z| z.name().to_owned()).collect(),
        regions: regions.iter().map(|r| (*r).to_owned()).collect(),
        rules: rules.iter().map(|r| r.id.to_owned()).collect(),
        next_allowed_at: Some(stamp(at)),
    };
    if !restricted {
        return Ok(answer);
    }
    if zones.is_empty() {
        answer.allowed = false;
        answer.reason = "no_time_zone".to_owned();
        answer.next_allowed_at = None;
        return Ok(answer);
    }
    let blocked: Vec<&'static str> = rules
        .iter()
        .filter(|rule| zones.iter().any(|&tz| blocks(rule, tz, at)))
        .map(|rule| rule.id)
        .collect();
    match blocked.first() {
        None => answer.reason = "within_window".to_owned(),
        Some(first) => {
            answer.allowed = false;
            answer.reason = (*first).to_owned();
            answer.blocked_by = blocked.iter().map(|r| (*r).to_owned()).collect();
            answer.next_allowed_at = earliest_allowed(zones, &rules, at).map(stamp);
        }
    }
    Ok(answer)
}

/// Countries whose national floor applies: Canada for a Canadian number or province, the
/// US for a US number (territories included) or state. With neither known, the US floor
/// (the behaviour before Canada had its own rule), or both floors for a +1 number whose
/// area code the metadata does not list (it could be either country).
fn recipient_countries(
    parsed: &crate::phone::ParsedPhone,
    e164: &str,
    regions: &[&'static str],
) -> Vec<&'static str> {
    let mut countries: Vec<&'static str> = regions.iter().map(|r| country_of_region(r)).collect();
    match parsed.country.as_deref() {
        Some("CA") => countries.push("CA"),
        Some("US" | "PR" | "VI" | "GU" | "MP" | "AS") => countries.push("US"),
        _ => {}
    }
    if countries.is_empty() {
        countries.push("US");
        if !parsed.valid && e164.starts_with("+1") {
            countries.push("CA");
        }
    }
    countries.sort_unstable();
    countries.dedup();
    countries
}

fn known_region(region: &str) -> Result<&'static str, Error> {
    let upper = region.trim().to_ascii_uppercase();
    let code = upper
        .strip_prefix("US-")
        .or_else(|| upper.strip_prefix("CA-"))
        .unwrap_or(&upper);
    KNOWN_REGIONS
        .iter()
        .find(|k| **k == code)
        .copied()
        .ok_or_else(|| {
            Error::invalid_value(
                "recipient_region",
                format!("`{region}` is not a US state/territory or Canadian province code; expected a code such as FL, TX or BC"),
            )
        })
}

/// (weekday with Monday = 0, minute after local midnight) of `t` in `tz`.
fn local_slot(tz: Tz, t: DateTime<Utc>) -> (u32, u32) {
    let local = t.with_timezone(&tz);
    (
        local.weekday().num_days_from_monday(),
        local.hour() * 60 + local.minute(),
    )
}

fn blocks(rule: &QuietRule, tz: Tz, t: DateTime<Utc>) -> bool {
    let (day, minute) = local_slot(tz, t);
    !rule.allows(day, minute)
}

/// Upper bound on search steps; each step moves to a later window start.
const MAX_STEPS: usize = 20_000;

/// The earliest instant >= `from` allowed by every rule in every zone, within 366 days.
///
/// Any allowed instant at or after `t` is also allowed by the constraint that blocks `t`,
/// so jumping to that constraint's next window start never skips an answer; repeating
/// until nothing blocks gives the exact earliest instant.
fn earliest_allowed(
    zones: &[Tz],
    rules: &[&QuietRule],
    from: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let limit = from.checked_add_signed(chrono::Duration::days(super::HORIZON_DAYS))?;
    let mut t = from;
    for _ in 0..MAX_STEPS {
        if t > limit {
            return None;
        }
        let blocker = zones
            .iter()
            .find_map(|&tz| rules.iter().find(|r| blocks(r, tz, t)).map(|r| (tz, *r)));
        match blocker {
            None => return Some(t),
            Some((tz, rule)) => t = next_window_start(rule, tz, t)?,
        }
    }
    None
}

/// The first instant after `t` at which `rule`'s window opens in `tz`.
fn next_window_start(rule: &QuietRule, tz: Tz, t: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let local = t.with_timezone(&tz).naive_local();
    let minute = local.hour() * 60 + local.minute();
    for k in 0..=8u64 {
        let date = local.date().checked_add_days(Days::new(k))?;
        let Some((start, _)) = rule.window(date.weekday().num_days_from_monday()) else {
            continue;
        };
        if k == 0 && minute >= u32::from(start) {
            continue;
        }
        let wall = date.and_hms_opt(u32::from(start) / 60, u32::from(start) % 60, 0)?;
        let instant = match tz.from_local_datetime(&wall) {
            LocalResult::Single(x) => Some(x.with_timezone(&Utc)),
            LocalResult::Ambiguous(a, b) => [a, b]
                .into_iter()
                .map(|x| x.with_timezone(&Utc))
                .find(|x| *x > t),
            LocalResult::None => gap_transition(tz, wall),
        };
        if let Some(instant) = instant.filter(|x| *x > t) {
            return Some(instant);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(
        to: &str,
        at: &str,
        class: MessageClass,
        region: Option<&str>,
        policy: Policy,
    ) -> SendWindow {
        send_window_at(
            to,
            at.parse().unwrap(),
            class,
            region,
            policy,
            DEFAULT_RESTRICTED,
        )
        .unwrap()
    }

    fn marketing(to: &str, at: &str) -> SendWindow {
        check(to, at, MessageClass::Marketing, None, Policy::Strictest)
    }

    #[test]
    fn nine_pm_sharp_is_outside_the_federal_window() {
        // +1 212 New York; 2026-06-01 21:00:00 EDT = 2026-06-02T01:00:00Z.
        let answer = marketing("+12125550123", "2026-06-02T01:00:00Z");
        assert!(!answer.allowed);
        assert_eq!(answer.reason, "us_federal");
        assert_eq!(
            answer.next_allowed_at.as_deref(),
            Some("2026-06-02T12:00:00Z")
        );
        let answer = marketing("+12125550123", "2026-06-02T00:59:59Z");
        assert!(answer.allowed);
        assert_eq!(
            answer.next_allowed_at.as_deref(),
            Some("2026-06-02T00:59:59Z")
        );
    }

    #[test]
    fn informational_is_not_restricted_by_default() {
        let answer = check(
            "+12125550123",
            "2026-06-02T03:00:00Z",
            MessageClass::Informational,
            None,
            Policy::Strictest,
        );
        assert!(answer.allowed);
        assert_eq!(answer.reason, "class_not_restricted");
        assert!(answer.rules.is_empty());
    }

    #[test]
    fn restricted_classes_can_include_informational() {
        let answer = send_window_at(
            "+12125550123",
            "2026-06-02T03:00:00Z".parse().unwrap(),
            MessageClass::Informational,
            None,
            Policy::Federal,
            &[MessageClass::Marketing, MessageClass::Informational],
        )
        .unwrap();
        assert!(!answer.allowed);
        assert_eq!(answer.reason, "us_federal");
    }

    #[test]
    fn florida_closes_at_eight_under_strictest_only() {
        let at = "2026-06-02T00:30:00Z"; // 20:30 EDT in Miami
        assert_eq!(marketing("+13055550123", at).reason, "us_fl");
        assert!(
            check(
                "+13055550123",
                at,
                MessageClass::Marketing,
                None,
                Policy::Federal
            )
            .allowed
        );
    }

    #[test]
    fn recipient_region_adds_its_rules() {
        // A New York number whose owner lives in Washington: 20:30 Eastern is 17:30
        // Pacific, but the number's zone is Eastern, where WA's 20:00 end has passed.
        let answer = check(
            "+12125550123",
            "2026-06-02T00:30:00Z",
            MessageClass::Marketing,
            Some("wa"),
            Policy::Strictest,
        );
        assert_eq!(answer.regions, vec!["NY", "WA"]);
        assert_eq!(answer.reason, "us_wa");
    }

    #[test]
    fn unknown_region_names_the_field() {
        let err = send_window_at(
            "+12125550123",
            "2026-06-02T00:30:00Z".parse().unwrap(),
            MessageClass::Marketing,
            Some("ZZ"),
            Policy::Strictest,
            DEFAULT_RESTRICTED,
        )
        .unwrap_err();
        assert_eq!(err.path(), "recipient_region");
    }

    #[test]
    fn texas_sunday_opens_at_noon() {
        // Houston (713): Sunday 2026-06-07 10:00 CDT = 15:00Z.
        let answer = marketing("+17135550123", "2026-06-07T15:00:00Z");
        assert_eq!(answer.reason, "us_tx");
        assert_eq!(
            answer.next_allowed_at.as_deref(),
            Some("2026-06-07T17:00:00Z")
        );
    }

    #[test]
    fn rhode_island_sunday_waits_for_monday_nine() {
        // Providence (401): Sunday 2026-06-07 12:00 EDT = 16:00Z.
        let answer = marketing("+14015550123", "2026-06-07T16:00:00Z");
        assert_eq!(answer.reason, "us_ri");
        assert_eq!(
            answer.next_allowed_at.as_deref(),
            Some("2026-06-08T13:00:00Z")
        );
    }

    #[test]
    fn canada_weekend_window_applies() {
        // Vancouver (604): Saturday 2026-06-06 18:30 PDT = 01:30Z Sunday.
        let answer = marketing("+16045550123", "2026-06-07T01:30:00Z");
        assert_eq!(answer.reason, "ca_crtc");
        assert_eq!(answer.regions, vec!["BC"]);
        // Sunday 10:00 PDT.
        assert_eq!(
            answer.next_allowed_at.as_deref(),
            Some("2026-06-07T17:00:00Z")
        );
    }

    #[test]
    fn every_candidate_zone_must_allow() {
        // 12082 (Idaho) lists Boise and Los Angeles: 08:30 Mountain is 07:30 Pacific.
        let answer = marketing("+12082995555", "2026-06-01T14:30:00Z");
        assert_eq!(answer.zones, vec!["America/Boise", "America/Los_Angeles"]);
        assert!(!answer.allowed);
        assert_eq!(
            answer.next_allowed_at.as_deref(),
            Some("2026-06-01T15:00:00Z")
        );
    }

    #[test]
    fn window_start_on_spring_forward_day() {
        // New York 2026-03-08: 07:59 EDT = 11:59Z blocked; opens 08:00 EDT = 12:00Z.
        let answer = marketing("+12125550123", "2026-03-08T06:00:00Z");
        assert_eq!(
            answer.next_allowed_at.as_deref(),
            Some("2026-03-08T12:00:00Z")
        );
    }

    #[test]
    fn invalid_number_names_to() {
        let err = send_window_at(
            "hello",
            "2026-06-02T00:30:00Z".parse().unwrap(),
            MessageClass::Marketing,
            None,
            Policy::Strictest,
            DEFAULT_RESTRICTED,
        )
        .unwrap_err();
        assert_eq!(err.path(), "to");
    }

    // A non-NANP number: needs the full parser (core feature `international-phone`).
    #[cfg(feature = "international-phone")]
    #[test]
    fn uk_number_uses_its_own_zone_for_the_floor() {
        // London 2026-06-01 21:30 BST = 20:30Z.
        let answer = marketing("+447400123456", "2026-06-01T20:30:00Z");
        assert_eq!(
            answer.zones,
            vec!["Europe/Guernsey", "Europe/Isle_of_Man", "Europe/London"]
        );
        assert!(answer.regions.is_empty());
        assert_eq!(
            answer.next_allowed_at.as_deref(),
            Some("2026-06-02T07:00:00Z")
        );
    }

    #[test]
    fn toll_free_number_must_fit_every_nanp_zone() {
        // +1 800 has no location: the bare +1 row lists every NANP zone, Guam to Pago Pago.
        // In June the windows overlap only 22:00Z-23:30Z: Guam opens at 08:00 ChST = 22:00Z,
        // St John's closes at 21:00 NDT = 23:30Z.
        let answer = marketing("+18005550199", "2026-06-01T18:00:00Z");
        assert!(answer.zones.len() > 40);
        assert!(!answer.allowed);
        assert_eq!(
            answer.next_allowed_at.as_deref(),
            Some("2026-06-01T22:00:00Z")
        );
        assert!(marketing("+18005550199", "2026-06-01T23:29:00Z").allowed);
        assert!(!marketing("+18005550199", "2026-06-01T23:30:00Z").allowed);
    }
}
