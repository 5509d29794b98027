//! Outbound content: what carriers filter in a message, what it costs, and what the first
//! text to a contact must say.
//!
//! [`scan`] is the reusable text scanner (links and shared URL shorteners, phone numbers,
//! the opt-out instruction, name mentions, forbidden-category terms); its data lives in
//! `tables.rs`, each list with its source (reference `content-throughput-cost.md` part A).

pub mod scan;
mod tables;
