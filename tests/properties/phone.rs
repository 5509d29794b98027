//! parse_phone: total on any text, and the E.164 fast path agrees with the full parser.

use proptest::prelude::*;
use telrules::phone::{parse, parse_with_full_parser};

proptest! {
    #[test]
    fn any_text_parses_or_errors_without_panic(input in any::<String>(), region in "[A-Z]{2}") {
        let _ = parse(&input, &region);
    }

    #[test]
    fn phone_like_text_never_panics(input in "[+]?[0-9 ()./#*-]{0,24}", region in prop::sample::select(vec!["US", "CA", "GB", "DE", "IN", "BR", "ZZ"])) {
        let _ = parse(&input, region);
    }

    #[test]
    fn e164_fast_path_agrees_with_the_full_parser(npa in 200u16..1000, rest in 2_000_000u32..10_000_000) {
        let e164 = format!("+1{npa}{rest}");
        prop_assert_eq!(parse(&e164, "US").ok(), parse_with_full_parser(&e164, "US").ok());
    }

    #[test]
    fn typed_nanp_input_agrees_with_the_full_parser(
        npa in 200u16..1000,
        exchange in 200u16..1000,
        line in 0u16..10_000,
        region in prop::sample::select(vec!["US", "CA"]),
    ) {
        let typed = format!("({npa}) {exchange}-{line:04}");
        prop_assert_eq!(parse(&typed, region).ok(), parse_with_full_parser(&typed, region).ok());
    }

    #[test]
    fn valid_numbers_round_trip_through_e164(npa in 200u16..1000, rest in 2_000_000u32..10_000_000) {
        if let Ok(first) = parse(&format!("({npa}) {rest}"), "US") {
            if let Some(e164) = &first.e164 {
                prop_assert_eq!(parse(e164, "US").ok(), Some(first.clone()));
            }
        }
    }
}
