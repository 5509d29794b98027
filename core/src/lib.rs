//! telrules: the rules between a business's Twilio numbers and the carriers.
//!
//! Every capability is a pure function over plain serde types: facts in (registration
//! states, an inbound text, an error code, a schedule, the current instant as data),
//! decisions and plain-language guidance out. Nothing here performs IO or reads a clock,
//! so the same answer comes back natively, in WebAssembly and on the command line.
//!
//! Two ways in:
//! - typed: call the capability's function (`segments::segments`, `phone::parse_phone`, …);
//! - JSON: [`evaluate_json`] takes `{"op": "...", "args": {...}}` and returns
//!   `{"ok": ...}` or `{"error": {"kind", "message", "path"}}`, the contract shared with the
//!   CLI and the npm package.
//!
//! ```
//! let answer = telrules::evaluate_json(r#"{"op":"segments","args":{"text":"Hi {name}"}}"#);
//! assert!(answer.starts_with(r#"{"ok":{"encoding":"GSM-7","segments":1"#));
//! ```

#![deny(missing_docs)]

pub mod content;
pub mod contract;
mod date_text;
pub mod errors;
pub mod findings;
#[cfg(all(test, feature = "ts"))]
mod generated_types;
pub mod hours;
pub mod inbound;
mod ops;
pub mod phone;
pub mod plan;
pub mod preflight;
pub mod readiness;
pub mod segments;
pub mod sender;
mod small_sort;
#[cfg(feature = "ts")]
mod ts_support;
pub mod twilio;

pub use contract::{evaluate, evaluate_json, Error, ErrorKind};

/// The README's Rust examples, compiled and run as doctests so they stay true.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeExamples;
pub use ops::OPS;
