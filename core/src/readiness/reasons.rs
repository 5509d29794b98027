//! The concrete reason behind a rejection, for the next action's wording: when a brand,
//! campaign or toll-free verification comes back with error codes, the owner reads what the
//! first known code means and how to fix it (from the error catalogue,
//! [`crate::errors::lookup`]) instead of a generic "correct what was flagged".

use std::fmt::Write;

/// "What happened. What to do." for the first catalogued code, plus a note naming any
/// further codes; `None` when no code is in the catalogue (the generic wording stays).
pub(crate) fn rejection_reason(codes: &[i64]) -> Option<String> {
    let mut unique: Vec<i64> = Vec::with_capacity(codes.len());
    for &code in codes {
        if !unique.contains(&code) {
            unique.push(code);
        }
    }
    let (first, entry) = unique.iter().find_map(|&code| {
        u32::try_from(code)
            .ok()
            .and_then(crate::errors::lookup)
            .map(|entry| (code, entry))
    })?;
    let mut text = format!("{} {}", entry.message, entry.action);
    let others: Vec<String> = unique
        .iter()
        .filter(|&&c| c != first)
        .map(i64::to_string)
        .collect();
    match others.len() {
        0 => {}
        1 => {
            let _ = write!(
                text,
                " Twilio gave one more reason (error {}); fix it too.",
                others.join("")
            );
        }
        n => {
            let _ = write!(
                text,
                " Twilio gave {n} more reasons (errors {}); fix those too.",
                others.join(", ")
            );
        }
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::rejection_reason;

    #[test]
    fn names_the_first_known_code_and_counts_the_others() {
        let text = rejection_reason(&[99_999_999, 30_893, 30_909, 30_893]).unwrap_or_default();
        assert!(
            text.starts_with("Your texting campaign was turned down because the sample messages"),
            "{text}"
        );
        assert!(
            text.ends_with("Twilio gave 2 more reasons (errors 99999999, 30909); fix those too."),
            "{text}"
        );
    }

    #[test]
    fn no_known_code_keeps_the_generic_wording() {
        assert_eq!(rejection_reason(&[]), None);
        assert_eq!(rejection_reason(&[-1, 99_999_999]), None);
    }
}
