//! Fuzz target `mutate_request`: its check and invariants live in telrules_tests::invariants, which
//! the stable corpus replay (tests/corpus.rs) runs too.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(message) = telrules_tests::invariants::check_mutate_request(data) {
        panic!("invariant failed: {message}");
    }
});
