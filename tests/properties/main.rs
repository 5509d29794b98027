//! Property tests over the whole contract: invariants that must hold for every input.
//! One module per capability.

mod contract;
mod errors;
mod hours;
mod inbound;
mod phone;
mod plan;
mod readiness;
mod segments;
mod sender;
mod twilio;
