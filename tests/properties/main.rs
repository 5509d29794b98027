//! Property tests over the whole contract: invariants that must hold for every input.
//! One module per capability.

mod compiled_schedule;
mod content;
mod contract;
mod errors;
mod hours;
mod inbound;
mod phone;
mod plan;
mod preflight;
mod readiness;
mod segments;
mod sender;
mod twilio;
