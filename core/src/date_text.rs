//! Calendar dates and local times as text, written and read by hand where chrono would
//! interpret a strftime pattern at run time: the pattern interpreter is the bulk of chrono's
//! code in the WebAssembly module (about 5 KB gzipped). Each function gives exactly what the
//! chrono pattern named in its doc gives; the tests compare them with chrono over wide ranges.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Timelike};
use std::fmt::Write;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// chrono's `%Y`: four digits for years 0-9999, else a sign and at least four digits.
fn write_year(out: &mut String, year: i32) {
    let _ = if (0..=9999).contains(&year) {
        write!(out, "{year:04}")
    } else {
        write!(out, "{year:+05}")
    };
}

/// `date` as chrono's `%Y-%m-%d` writes it (`2026-12-01`).
pub(crate) fn calendar_date(date: NaiveDate) -> String {
    let mut out = String::with_capacity(10);
    write_year(&mut out, date.year());
    let _ = write!(out, "-{:02}-{:02}", date.month(), date.day());
    out
}

/// A date read as chrono's `NaiveDate::parse_from_str(text, "%Y-%m-%d")` reads it: the year
/// as 1-4 digits or signed digits, month and day as 1-2 digits, each number optionally
/// after whitespace, nothing after the day.
pub(crate) fn parse_calendar_date(text: &str) -> Option<NaiveDate> {
    let mut rest = text;
    let year = number(&mut rest, 4, true)?;
    rest = rest.strip_prefix('-')?;
    let month = number(&mut rest, 2, false)?;
    rest = rest.strip_prefix('-')?;
    let day = number(&mut rest, 2, false)?;
    if !rest.is_empty() {
        return None;
    }
    NaiveDate::from_ymd_opt(
        i32::try_from(year).ok()?,
        u32::try_from(month).ok()?,
        u32::try_from(day).ok()?,
    )
}

/// A number of 1 to `width` ASCII digits after optional whitespace; with `signed`, a `+` or
/// `-` sign lifts the width limit.
fn number(rest: &mut &str, width: usize, signed: bool) -> Option<i64> {
    let text = rest.trim_start();
    let (sign, digits, width) = match text.as_bytes().first() {
        Some(b'-') if signed => (-1, text.get(1..)?, usize::MAX),
        Some(b'+') if signed => (1, text.get(1..)?, usize::MAX),
        _ => (1, text, width),
    };
    let count = digits
        .bytes()
        .take(width)
        .take_while(u8::is_ascii_digit)
        .count();
    if count == 0 {
        return None;
    }
    let value = digits.get(..count)?.bytes().try_fold(0i64, |n, digit| {
        n.checked_mul(10)?.checked_add(i64::from(digit - b'0'))
    })?;
    *rest = digits.get(count..)?;
    value.checked_mul(sign)
}

/// `time` in its own offset as chrono's `%B %-d, %Y %H:%M (UTC%:z)` writes it
/// (`December 1, 2026 17:00 (UTC-05:00)`).
pub(crate) fn long_local_time(time: DateTime<FixedOffset>) -> String {
    let local = time.naive_local();
    let month = MONTHS
        .get(local.month0() as usize)
        .copied()
        .unwrap_or_default();
    let mut out = String::with_capacity(40);
    let _ = write!(out, "{month} {}, ", local.day());
    write_year(&mut out, local.year());
    let _ = write!(out, " {:02}:{:02} (UTC", local.hour(), local.minute());
    // chrono rounds an offset with seconds to the nearest minute.
    let offset = time.offset().local_minus_utc();
    let minutes = (offset.unsigned_abs() + 30) / 60;
    let sign = if offset < 0 { '-' } else { '+' };
    let _ = write!(out, "{sign}{:02}:{:02})", minutes / 60, minutes % 60);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn calendar_dates_are_written_as_chrono_writes_them() {
        for days in (-200_000..3_200_000).step_by(997) {
            let date = NaiveDate::from_num_days_from_ce_opt(days).unwrap();
            assert_eq!(calendar_date(date), date.format("%Y-%m-%d").to_string());
        }
        let far = NaiveDate::from_ymd_opt(-3, 1, 9).unwrap();
        assert_eq!(calendar_date(far), far.format("%Y-%m-%d").to_string());
    }

    #[test]
    fn calendar_dates_are_read_as_chrono_reads_them() {
        let mut texts: Vec<String> = [
            "2026-12-01",
            "2026-1-5",
            " 2026- 1- 5",
            "2026-02-30",
            "2026-13-01",
            "2026-00-10",
            "20261-01-01",
            "+20261-01-01",
            "-0001-01-01",
            "-1-1-1",
            "+2026-01-01",
            "2026-01-01 ",
            "2026-01-011",
            "2026/01/01",
            "",
            "-",
            "2026--01-01",
            "99999999999999999999-1-1",
            "+99999999999999999999-1-1",
            "0-1-1",
            "２０２６-01-01",
            "2026-01-0",
            "2026-1-",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        for year in [
            -262_145, -262_144, -1, 0, 1, 999, 2024, 9999, 10_000, 262_143, 262_144,
        ] {
            for (month, day) in [(1, 1), (2, 29), (2, 28), (12, 31), (4, 31)] {
                texts.push(format!("{year}-{month}-{day}"));
                texts.push(format!("{year:+}-{month:02}-{day:02}"));
            }
        }
        for text in texts {
            assert_eq!(
                parse_calendar_date(&text),
                NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn long_local_times_are_written_as_chrono_writes_them() {
        for offset in [
            -43_200, -18_000, -16_200, -59, 0, 29, 30, 19_800, 20_700, 50_400,
        ] {
            let zone = FixedOffset::east_opt(offset).unwrap();
            for seconds in (-62_000_000_000_i64..260_000_000_000).step_by(7_777_777_777) {
                let time = zone.timestamp_opt(seconds, 0).unwrap();
                assert_eq!(
                    long_local_time(time),
                    time.format("%B %-d, %Y %H:%M (UTC%:z)").to_string(),
                    "{offset} {seconds}"
                );
            }
        }
    }
}
