//! segments: total, and monotonic: appending text never lowers the segment count.

use proptest::prelude::*;
use telrules::segments::{segments, Encoding, SegmentsArgs};

fn count(text: &str, smart: bool) -> telrules::segments::SegmentsResult {
    segments(&SegmentsArgs {
        text: text.to_owned(),
        smart_encoding: smart,
    })
}

/// Text mixing GSM, extension characters, accents, CJK and emoji.
fn sms_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            "[ -~]{1,40}",
            Just("€".to_owned()),
            Just("{}[]~|^\\".to_owned()),
            Just("\r\n".to_owned()),
            Just("é".to_owned()),
            Just("e\u{301}".to_owned()),
            Just("你好".to_owned()),
            Just("😀".to_owned()),
            Just("👩\u{200d}💻".to_owned()),
            Just("🇺🇸".to_owned()),
            Just("“”…".to_owned()),
        ],
        0..30,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn appending_never_lowers_the_count(a in sms_text(), b in sms_text()) {
        let joined = format!("{a}{b}");
        prop_assert!(count(&joined, false).segments >= count(&a, false).segments);
    }

    #[test]
    fn gsm_result_has_no_non_gsm_characters(text in sms_text(), smart in any::<bool>()) {
        let result = count(&text, smart);
        prop_assert_eq!(result.encoding == Encoding::Gsm7, result.non_gsm.is_empty());
    }

    #[test]
    fn smart_encoded_text_costs_the_same_when_sent_as_is(text in sms_text()) {
        // `text` in the result is what Twilio sends; counting it again must agree.
        let smart = count(&text, true);
        let resent = count(&smart.text, false);
        prop_assert_eq!((resent.encoding, resent.segments), (smart.encoding, smart.segments));
    }

    #[test]
    fn segments_cover_the_code_units(text in sms_text()) {
        let result = count(&text, false);
        let (single, per_part) = match result.encoding {
            Encoding::Gsm7 => (160, 153),
            Encoding::Ucs2 => (70, 67),
        };
        if result.code_units <= single {
            prop_assert_eq!(result.segments, 1);
        } else {
            prop_assert!(result.segments >= result.code_units.div_ceil(per_part));
        }
    }
}
