//! `org_readiness`: every number of an organisation, counts per channel and state, and the
//! single next action that unblocks the most numbers.
//!
//! Counts are kept per channel (`us`, `ca`, `voice`), each with one count per state, so a
//! dashboard can show "12 of 15 numbers can text US customers" and the same for calls.
//! The summary's next action counts, for each action code, the numbers having it as the
//! next action of any channel (a number counts once per code). Codes that only ask the
//! owner to wait are left out: the summary names something the owner can do, or null
//! when everything left is waiting or nothing is left. Ties go to the code met earlier in
//! the checklist (the vocabulary order), so texting setup comes before call forwarding.
//! Work is linear in the number of numbers: the organisation's links are judged once.

use std::borrow::Cow;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::facts::{NumberFacts, OrgFacts};
use super::types::{ActionCode, Channel, NumberReadiness, State};
use super::us_local::OrgView;
use crate::Error;

/// Arguments of `org_readiness`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct OrgReadinessArgs {
    #[serde(default)]
    /// The organisation's registrations, shared by all its numbers.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub org: OrgFacts,
    #[serde(default)]
    /// The numbers to assess (Twilio's IncomingPhoneNumber fields pass through).
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub numbers: Vec<NumberFacts>,
    /// The current instant (toll-free edit windows expire).
    pub now: DateTime<FixedOffset>,
}

/// How many numbers are in each state, for one channel.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "ReadinessStateCounts"))]
pub struct StateCounts {
    /// Numbers in state `ready`.
    pub ready: u32,
    /// Numbers in state `pending`.
    pub pending: u32,
    /// Numbers in state `action_required`.
    pub action_required: u32,
    /// Numbers in state `blocked`.
    pub blocked: u32,
    /// Numbers in state `unsupported`.
    pub unsupported: u32,
}

impl StateCounts {
    fn add(&mut self, state: State) {
        let slot = match state {
            State::Ready => &mut self.ready,
            State::Pending => &mut self.pending,
            State::ActionRequired => &mut self.action_required,
            State::Blocked => &mut self.blocked,
            State::Unsupported => &mut self.unsupported,
        };
        *slot = slot.saturating_add(1);
    }
}

/// The organisation's best next step.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OrgNextAction {
    /// The next-action code to take.
    pub code: ActionCode,
    /// The message of the first number with this action.
    pub message: Cow<'static, str>,
    /// How many numbers it moves forward.
    pub count: u32,
    /// Those numbers, in input order.
    pub numbers: Vec<String>,
}

/// Summary over all numbers.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OrgSummary {
    /// How many numbers were assessed.
    pub total: u32,
    /// Counts for texting to US recipients.
    pub us: StateCounts,
    /// Counts for texting to Canadian recipients.
    pub ca: StateCounts,
    /// Counts for calls.
    pub voice: StateCounts,
    /// The owner action (never a wait) that moves the most numbers forward; null when no
    /// number has one.
    pub next_action: Option<OrgNextAction>,
}

/// Result of `org_readiness`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OrgReadinessResult {
    /// One readiness per input number, in input order.
    pub numbers: Vec<NumberReadiness>,
    /// Counts and the best next step over all numbers.
    pub summary: OrgSummary,
}

#[derive(Default)]
struct Tally {
    message: Option<Cow<'static, str>>,
    numbers: Vec<String>,
}

/// `org_readiness`. A number that cannot be read fails the whole request, naming
/// `numbers[i].phone_number`.
pub fn org_readiness(args: &OrgReadinessArgs) -> Result<OrgReadinessResult, Error> {
    let view = OrgView::new(&args.org);
    let mut numbers = Vec::with_capacity(args.numbers.len());
    let mut summary = OrgSummary {
        total: 0,
        us: StateCounts::default(),
        ca: StateCounts::default(),
        voice: StateCounts::default(),
        next_action: None,
    };
    let mut tallies: Vec<Tally> = ActionCode::ALL.iter().map(|_| Tally::default()).collect();
    for (i, number) in args.numbers.iter().enumerate() {
        let result = super::evaluate(number, &view, args.now)
            .map_err(|e| e.under(&format!("numbers[{i}]")))?;
        summary.total = summary.total.saturating_add(1);
        summary.us.add(result.messaging.us.state);
        summary.ca.add(result.messaging.ca.state);
        summary.voice.add(result.voice.state);
        let mut seen: [bool; ActionCode::ALL.len()] = [false; ActionCode::ALL.len()];
        for channel in [&result.messaging.us, &result.messaging.ca, &result.voice] {
            tally(channel, &result.number, &mut seen, &mut tallies);
        }
        numbers.push(result);
    }
    summary.next_action = best(tallies);
    Ok(OrgReadinessResult { numbers, summary })
}

fn tally(channel: &Channel, number: &str, seen: &mut [bool], tallies: &mut [Tally]) {
    let Some(action) = &channel.next_action else {
        return;
    };
    if action.code.is_wait() {
        return;
    }
    let index = action.code as usize;
    if let (Some(seen), Some(tally)) = (seen.get_mut(index), tallies.get_mut(index)) {
        if !*seen {
            *seen = true;
            tally.numbers.push(number.to_owned());
            if tally.message.is_none() {
                tally.message = Some(action.message.clone());
            }
        }
    }
}

fn best(tallies: Vec<Tally>) -> Option<OrgNextAction> {
    let mut best: Option<(ActionCode, Tally)> = None;
    for (code, tally) in ActionCode::ALL.into_iter().zip(tallies) {
        let better = match &best {
            None => !tally.numbers.is_empty(),
            Some((_, b)) => tally.numbers.len() > b.numbers.len(),
        };
        if better {
            best = Some((code, tally));
        }
    }
    best.map(|(code, tally)| OrgNextAction {
        code,
        message: tally.message.unwrap_or(Cow::Borrowed(code.message())),
        count: u32::try_from(tally.numbers.len()).unwrap_or(u32::MAX),
        numbers: tally.numbers,
    })
}
