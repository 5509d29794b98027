//! Lookups in the generated libphonenumber tables: number -> candidate zones (longest
//! prefix), NANP area code -> US state / Canadian province codes.

use super::tzdb::Tz;
use chrono::{DateTime, Offset, TimeZone, Utc};

use super::regions_table::NPA_REGIONS;
use super::zones_table::{PREFIXES, ZONE_SETS};

/// The longest prefix in the table.
const MAX_PREFIX_DIGITS: usize = 9;

/// Candidate zones for an E.164 number (`+14155550123`): the zone list of the longest
/// matching prefix in libphonenumber's time-zone map. Several zones mean the prefix spans
/// them (area code 208 in Idaho: Boise and Los Angeles). Empty when nothing matches.
///
/// ```
/// use telrules::hours::candidate_zones;
/// let los_angeles: telrules::hours::Tz = "America/Los_Angeles".parse().unwrap();
/// assert_eq!(candidate_zones("+12065550142"), &[los_angeles]);
/// ```
pub fn candidate_zones(e164: &str) -> &'static [Tz] {
    let digits = e164.strip_prefix('+').unwrap_or(e164);
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return &[];
    }
    for len in (1..=digits.len().min(MAX_PREFIX_DIGITS)).rev() {
        let Some(value) = digits.get(..len).and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        let key = (len as u8, value);
        if let Ok(at) = PREFIXES.binary_search_by(|&(v, l, _)| (l, v).cmp(&key)) {
            if let Some(&(_, _, set)) = PREFIXES.get(at) {
                return ZONE_SETS.get(usize::from(set)).copied().unwrap_or(&[]);
            }
        }
    }
    &[]
}

/// The candidate zones every number of NANP area code `npa` (`+1NPA…`) shares: `Some`
/// when the table has no exchange-level row under the area code (so the longest matching
/// prefix is the same for all its numbers), `None` when the zones depend on the exchange
/// (`208`: `12082` and `1208201` rows). Lets a caller look the zones up once per area code.
pub(crate) fn area_code_zones(npa: u16) -> Option<&'static [Tz]> {
    if !(200..=999).contains(&npa) {
        return None;
    }
    let area = 1_000 + u32::from(npa); // the digits `1NPA`
    let mut scale = 1u32;
    for len in 5..=MAX_PREFIX_DIGITS as u8 {
        scale *= 10;
        // Rows are sorted by (length, value): find the first row of this length at or
        // above `1NPA000…` and see whether it still starts with `1NPA`.
        let (low, high) = (area * scale, (area + 1) * scale);
        let at = PREFIXES.partition_point(|&(v, l, _)| (l, v) < (len, low));
        if PREFIXES
            .get(at)
            .is_some_and(|&(v, l, _)| l == len && v < high)
        {
            return None;
        }
    }
    Some(candidate_zones(&format!("+1{npa}5550100")))
}

/// The UTC offset, in seconds east of UTC, that the core uses for the IANA zone `zone` at
/// the instant `at`; `None` when the core does not know the zone name. Exposed so the zone
/// data can be checked against an independent reader of the tz database.
///
/// ```
/// use telrules::hours::utc_offset_seconds;
/// let at = "2026-07-01T12:00:00Z".parse().unwrap();
/// assert_eq!(utc_offset_seconds("America/New_York", at), Some(-4 * 3600));
/// assert_eq!(utc_offset_seconds("Mars/Olympus_Mons", at), None);
/// ```
pub fn utc_offset_seconds(zone: &str, at: DateTime<Utc>) -> Option<i32> {
    let tz = zone.trim().parse::<super::tzdb::Tz>().ok()?;
    Some(
        tz.offset_from_utc_datetime(&at.naive_utc())
            .fix()
            .local_minus_utc(),
    )
}

/// US state / Canadian province codes for a NANP area code (`206` -> `["WA"]`, `902` ->
/// `["NS", "PE"]`); empty for area codes outside the US and Canada or not geographic.
pub fn regions_of_area_code(npa: u16) -> &'static [&'static str] {
    NPA_REGIONS
        .binary_search_by_key(&npa, |&(n, _)| n)
        .ok()
        .and_then(|at| NPA_REGIONS.get(at))
        .map_or(&[], |&(_, regions)| regions)
}

/// Every region code the regions table or the rules know, for validating
/// `recipient_region`.
pub(crate) const KNOWN_REGIONS: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY", "PR", "VI", "GU", "MP", "AS", "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU",
    "ON", "PE", "QC", "SK", "YT",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn zone(name: &str) -> Tz {
        name.parse().unwrap()
    }

    #[test]
    fn every_table_zone_is_canonical() {
        for set in ZONE_SETS.iter() {
            assert!(!set.is_empty());
            for tz in *set {
                assert_eq!(tz.name().parse::<Tz>().unwrap(), *tz);
            }
        }
    }

    #[test]
    fn prefixes_are_sorted_for_binary_search() {
        assert!(PREFIXES
            .windows(2)
            .all(|w| (w[0].1, w[0].0) < (w[1].1, w[1].0)));
        assert!(NPA_REGIONS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn exchange_level_prefix_beats_area_code() {
        // 1208 Idaho: 12082 lists Boise and Los Angeles; 1208201 is Denver only.
        assert_eq!(candidate_zones("+12082015555"), &[zone("America/Denver")]);
        assert_eq!(
            candidate_zones("+12082995555"),
            &[zone("America/Boise"), zone("America/Los_Angeles")]
        );
    }

    #[test]
    fn pruned_rows_still_answer_like_the_source() {
        // Every source row, looked up with its own prefix padded to a full number, must give
        // its own zone list.
        let source = include_str!("../../data/libphonenumber/timezones-map_data.txt");
        let rows: Vec<(&str, &str)> = source
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .map(|l| l.split_once('|').unwrap())
            .collect();
        let prefixes: std::collections::HashSet<&str> = rows.iter().map(|r| r.0).collect();
        for (prefix, zones) in &rows {
            let mut want: Vec<&str> = zones.split('&').collect();
            want.sort_unstable();
            let digits = format!("{prefix}{}", "0".repeat(12 - prefix.len().min(12)));
            // A longer source row may own the zero-padded number; only check when none does.
            let owned_by_longer = (prefix.len() + 1..=digits.len())
                .any(|n| digits.get(..n).is_some_and(|p| prefixes.contains(p)));
            if owned_by_longer {
                continue;
            }
            let mut got: Vec<&str> = candidate_zones(&format!("+{digits}"))
                .iter()
                .map(|t| t.name())
                .collect();
            got.sort_unstable();
            assert_eq!(got, want, "{prefix}");
        }
    }

    #[test]
    fn area_code_zones_agree_with_every_exchange() {
        // Idaho's 208 has exchange-level rows; most area codes have none.
        assert_eq!(area_code_zones(208), None);
        assert_eq!(
            area_code_zones(206),
            Some(&[zone("America/Los_Angeles")][..])
        );
        for npa in 200..=999u16 {
            let Some(shared) = area_code_zones(npa) else {
                continue;
            };
            for exchange in 200..1000 {
                let number = format!("+1{npa}{exchange}0123");
                assert_eq!(candidate_zones(&number), shared, "{number}");
            }
        }
    }

    #[test]
    fn area_codes_map_to_regions() {
        assert_eq!(regions_of_area_code(206), &["WA"]);
        assert_eq!(regions_of_area_code(604), &["BC"]);
        assert_eq!(regions_of_area_code(305), &["FL"]);
        assert_eq!(regions_of_area_code(902), &["NS", "PE"]);
        assert_eq!(regions_of_area_code(203), &["CT"]);
        assert!(regions_of_area_code(800).is_empty());
        for (_, regions) in NPA_REGIONS.iter() {
            for r in *regions {
                assert!(KNOWN_REGIONS.contains(r), "{r}");
            }
        }
    }
}
