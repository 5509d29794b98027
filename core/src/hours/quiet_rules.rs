//! Quiet-hours rules as data: one row per jurisdiction, each with its source.
//!
//! Windows are recipient-local wall-clock `[start, end)` in minutes after midnight, Monday
//! first; `None` means no restricted message may go that day. The rows are the ones the
//! product spec lists (US federal; Florida, Washington, Oklahoma, Maryland; Rhode Island,
//! Texas, Alabama, Louisiana, Utah; Canada's CRTC windows, the national floor for Canadian
//! recipients in place of the US federal one), with the facts from the research
//! notes on US and Canadian quiet hours (sources quoted per row). Not legal
//! advice: every row needs counsel's review before launch.
//!
//! Not modelled:
//! - state legal holidays (Rhode Island, Alabama, Louisiana, Utah ban them): the sources give
//!   no concrete holiday calendar or observed-date data for each state, so a holiday is
//!   treated as the weekday it falls on;
//! - the other stricter states in the notes (Connecticut, Kentucky, Massachusetts,
//!   Michigan, Minnesota, Mississippi, Nevada, New Jersey, New Mexico, Pennsylvania, ...):
//!   the spec's list is the contract; add rows here when counsel confirms them;
//! - provincial rules stricter than the CRTC's.

/// One jurisdiction's window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuietRule {
    /// Stable code, reported as `reason` when this rule blocks (`us_federal`, `us_fl`).
    pub id: &'static str,
    /// Country whose law the row is (`US`, `CA`).
    pub country: &'static str,
    /// Region codes (US state / Canadian province) the rule applies to; empty = the
    /// national floor, applied to every recipient in `country`.
    pub regions: &'static [&'static str],
    /// Windows Monday..Sunday as `[start, end)` minutes; `None` = no sends that day.
    pub windows: [Option<(u16, u16)>; 7],
    /// Where the row comes from.
    pub source: &'static str,
}

impl QuietRule {
    /// Whether the rule allows a send at local `minute` on weekday `monday0` (Monday = 0).
    pub fn allows(&self, monday0: u32, minute: u32) -> bool {
        self.window(monday0)
            .is_some_and(|(s, e)| u32::from(s) <= minute && minute < u32::from(e))
    }

    /// The window on weekday `monday0` (Monday = 0).
    pub fn window(&self, monday0: u32) -> Option<(u16, u16)> {
        self.windows.get(monday0 as usize).copied().flatten()
    }
}

const fn hm(h: u16, m: u16) -> u16 {
    h * 60 + m
}

const fn every_day(start: u16, end: u16) -> [Option<(u16, u16)>; 7] {
    [Some((start, end)); 7]
}

/// Canadian provinces and territories: a recipient there is a Canadian recipient.
pub const CANADA: &[&str] = &[
    "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
];

/// The country whose rules apply to a recipient in `region` (a state, territory or
/// province code): `CA` for Canadian provinces and territories, otherwise `US`.
pub fn country_of_region(region: &str) -> &'static str {
    if CANADA.contains(&region) {
        "CA"
    } else {
        "US"
    }
}

/// The US federal floor first, then states alphabetically, then Canada's national rule:
/// `reason` names the first blocking row in this order.
///
/// Each country's floor applies only to its own recipients: a Canadian recipient gets
/// the CRTC's windows, and not the US federal 08:00-21:00, because no source in the
/// research notes says 47 CFR 64.1200(c)(1) reaches a called party in Canada (the notes
/// on Canada, section 3.3 of hours-and-quiet-hours.md, name only the CRTC rules, CASL and
/// provincial rules). A recipient whose country is unknown gets both floors.
pub static RULES: &[QuietRule] = &[
    QuietRule {
        id: "us_federal",
        country: "US",
        regions: &[],
        windows: every_day(hm(8, 0), hm(21, 0)),
        source: "47 CFR 64.1200(c)(1) (TCPA): no telephone solicitation before 8 a.m. or after 9 p.m. at the called party's location; FTC TSR 16 CFR 310.4(c)",
    },
    QuietRule {
        id: "us_al",
        country: "US",
        regions: &["AL"],
        windows: [
            Some((hm(8, 0), hm(20, 0))),
            Some((hm(8, 0), hm(20, 0))),
            Some((hm(8, 0), hm(20, 0))),
            Some((hm(8, 0), hm(20, 0))),
            Some((hm(8, 0), hm(20, 0))),
            Some((hm(8, 0), hm(20, 0))),
            None,
        ],
        source: "Alabama 08:00-20:00 Mon-Sat, no Sunday (Drop Cowboy state table 2025-11-01; ClickPoint 2025-07); state holidays per Ala. Code 1-3-8(a) not modelled",
    },
    QuietRule {
        id: "us_fl",
        country: "US",
        regions: &["FL"],
        windows: every_day(hm(8, 0), hm(20, 0)),
        source: "Fla. Stat. 501.616(6)(a): not before 8 a.m. or after 8 p.m. in the called person's time zone; FTSA 501.059 presumes a Florida area code is a Florida resident",
    },
    QuietRule {
        id: "us_la",
        country: "US",
        regions: &["LA"],
        windows: [
            Some((hm(8, 0), hm(20, 0))),
            Some((hm(8, 0), hm(20, 0))),
            Some((hm(8, 0), hm(20, 0))),
            Some((hm(8, 0), hm(20, 0))),
            Some((hm(8, 0), hm(20, 0))),
            Some((hm(8, 0), hm(20, 0))),
            None,
        ],
        source: "Louisiana 08:00-20:00 Mon-Sat, no Sunday (Drop Cowboy 2025-11-01; ClickPoint 2025-07); Louisiana PSC holidays not modelled",
    },
    QuietRule {
        id: "us_md",
        country: "US",
        regions: &["MD"],
        windows: every_day(hm(8, 0), hm(20, 0)),
        source: "Maryland Stop the Spam Calls Act (2023): 08:00-20:00 (Drop Cowboy 2025-11-01; Referrizer)",
    },
    QuietRule {
        id: "us_ok",
        country: "US",
        regions: &["OK"],
        windows: every_day(hm(8, 0), hm(20, 0)),
        source: "Oklahoma Telephone Solicitation Act (2022), Okla. Stat. tit. 15 775C: 08:00-20:00 (ClickPoint 2025-07; Drop Cowboy)",
    },
    QuietRule {
        id: "us_ri",
        country: "US",
        regions: &["RI"],
        windows: [
            Some((hm(9, 0), hm(18, 0))),
            Some((hm(9, 0), hm(18, 0))),
            Some((hm(9, 0), hm(18, 0))),
            Some((hm(9, 0), hm(18, 0))),
            Some((hm(9, 0), hm(18, 0))),
            Some((hm(10, 0), hm(17, 0))),
            None,
        ],
        source: "R.I. Gen. Laws 5-61-3.6 (hours in 5-61-2(9)): 09:00-18:00 Mon-Fri, 10:00-17:00 Sat, no Sunday (windows per Referrizer/ClickPoint); state holidays not modelled",
    },
    QuietRule {
        id: "us_tx",
        country: "US",
        regions: &["TX"],
        windows: [
            Some((hm(9, 0), hm(21, 0))),
            Some((hm(9, 0), hm(21, 0))),
            Some((hm(9, 0), hm(21, 0))),
            Some((hm(9, 0), hm(21, 0))),
            Some((hm(9, 0), hm(21, 0))),
            Some((hm(9, 0), hm(21, 0))),
            Some((hm(12, 0), hm(21, 0))),
        ],
        source: "Tex. Bus. & Com. Code 301.051: 09:00-21:00 Mon-Sat, 12:00-21:00 Sunday (Referrizer text-campaign table)",
    },
    QuietRule {
        id: "us_ut",
        country: "US",
        regions: &["UT"],
        windows: [
            Some((hm(8, 0), hm(21, 0))),
            Some((hm(8, 0), hm(21, 0))),
            Some((hm(8, 0), hm(21, 0))),
            Some((hm(8, 0), hm(21, 0))),
            Some((hm(8, 0), hm(21, 0))),
            Some((hm(8, 0), hm(21, 0))),
            None,
        ],
        source: "Utah 08:00-21:00 Mon-Sat, no Sunday (research notes, from memory; dnc.dreamhosters restricted-date alerts); state holidays not modelled",
    },
    QuietRule {
        id: "us_wa",
        country: "US",
        regions: &["WA"],
        windows: every_day(hm(8, 0), hm(20, 0)),
        source: "RCW 19.158.040(2): commercial telephone solicitation only 08:00-20:00 recipient's local time; RCW 80.36.390",
    },
    QuietRule {
        id: "ca_crtc",
        country: "CA",
        regions: &[],
        windows: [
            Some((hm(9, 0), hm(21, 30))),
            Some((hm(9, 0), hm(21, 30))),
            Some((hm(9, 0), hm(21, 30))),
            Some((hm(9, 0), hm(21, 30))),
            Some((hm(9, 0), hm(21, 30))),
            Some((hm(10, 0), hm(18, 0))),
            Some((hm(10, 0), hm(18, 0))),
        ],
        source: "CRTC Unsolicited Telecommunications Rules (https://crtc.gc.ca/eng/phone/telemarketing/tobligations/rules-regles.htm): 09:00-21:30 weekdays, 10:00-18:00 weekends, recipient's time; applied to texts as the conservative choice (hours-and-quiet-hours.md 3.3: whether the curfew reaches SMS is unclear)",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_are_unique_and_every_rule_has_a_source() {
        let mut ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), RULES.len());
        assert!(RULES.iter().all(|r| !r.source.is_empty()));
    }

    #[test]
    fn each_country_has_exactly_one_national_floor() {
        for country in ["US", "CA"] {
            let floors: Vec<&str> = RULES
                .iter()
                .filter(|r| r.regions.is_empty() && r.country == country)
                .map(|r| r.id)
                .collect();
            assert_eq!(floors.len(), 1, "{country}: {floors:?}");
        }
        assert_eq!(country_of_region("QC"), "CA");
        assert_eq!(country_of_region("TX"), "US");
    }

    #[test]
    fn crtc_weekday_window_runs_to_half_past_nine() {
        let crtc = RULES.iter().find(|r| r.id == "ca_crtc").unwrap();
        assert!(crtc.allows(0, 21 * 60 + 15));
        assert!(!crtc.allows(0, 21 * 60 + 30));
        assert!(!crtc.allows(5, 9 * 60 + 30));
        assert!(crtc.allows(6, 17 * 60 + 59));
    }

    #[test]
    fn windows_are_half_open() {
        let federal = &RULES[0];
        assert!(federal.allows(0, 8 * 60));
        assert!(federal.allows(0, 21 * 60 - 1));
        assert!(!federal.allows(0, 21 * 60));
        assert!(!federal.allows(0, 8 * 60 - 1));
    }

    #[test]
    fn every_window_is_non_empty_and_within_a_day() {
        for rule in RULES {
            for (s, e) in rule.windows.iter().flatten() {
                assert!(s < e && *e <= 1440, "{}", rule.id);
            }
        }
    }
}
