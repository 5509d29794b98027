//! Property tests over the whole contract: invariants that must hold for every input.
//! One module per capability.

mod contract;
mod inbound;
mod phone;
mod segments;
