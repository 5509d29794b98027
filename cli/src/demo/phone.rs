//! Demo section: typed numbers normalised to E.164, with country and kind.

use std::fmt::Write;

use super::{heading, sample};

pub fn section(out: &mut String) {
    heading(out, "Phone numbers");
    for (label, typed) in sample::TYPED_NUMBERS {
        let line = match telrules::phone::parse(typed, "US") {
            Ok(parsed) => format!(
                "{:<16} {:<12} {:<15} {}{}",
                parsed.e164.as_deref().unwrap_or("(short code)"),
                parsed.country.as_deref().unwrap_or("-"),
                parsed.kind.as_str(),
                typed,
                if parsed.valid {
                    ""
                } else {
                    "  (not a valid number)"
                }
            ),
            Err(e) => format!("{typed}: {e}"),
        };
        let _ = writeln!(out, "  {label:<28} {line}");
    }
}
