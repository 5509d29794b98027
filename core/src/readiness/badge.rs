//! The phone-card badge: one jargon-free phrase for the number's texting status.
//!
//! It shows the better of the two texting channels (US, Canada), in the order ready >
//! pending > action required > blocked > unsupported, so a Canadian short code reads
//! "Ready to text (Canada only)" rather than "Texting not available".

use std::borrow::Cow;

use super::types::{Badge, Messaging, State, Tone};

fn display_rank(state: State) -> u8 {
    match state {
        State::Ready => 4,
        State::Pending => 3,
        State::ActionRequired => 2,
        State::Blocked => 1,
        State::Unsupported => 0,
    }
}

pub(crate) fn badge(messaging: &Messaging) -> Badge {
    let (us, ca) = (messaging.us.state, messaging.ca.state);
    let best = if display_rank(us) >= display_rank(ca) {
        us
    } else {
        ca
    };
    let (label, tone) = match best {
        State::Ready => match (us == State::Ready, ca == State::Ready) {
            (true, true) => ("Ready to text", Tone::Success),
            (true, false) => ("Ready to text (US only)", Tone::Success),
            _ => ("Ready to text (Canada only)", Tone::Success),
        },
        State::Pending => ("Texting in review", Tone::Info),
        State::ActionRequired => ("Action needed to text", Tone::Warning),
        State::Blocked => ("Texting on hold: contact support", Tone::Danger),
        State::Unsupported => ("Texting not available", Tone::Neutral),
    };
    Badge {
        label: Cow::Borrowed(label),
        tone,
    }
}
