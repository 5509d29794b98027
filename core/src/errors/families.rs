//! Guidance for error codes that are not in the catalogue, by number range.
//!
//! Twilio allocates error codes in ranges per product area, so a code's range says what
//! kind of problem it is even when the code itself is new. The ranges (first..=last):
//!
//! | range | family | category | retry |
//! |---|---|---|---|
//! | 10000-10999 | account state | account_config | no |
//! | 11000-11999 | fetching the business's webhook over HTTP | webhook | later |
//! | 12000-12999 | the TwiML the webhook returned | webhook | no |
//! | 13000-13999 | call instructions (voice TwiML verbs) | sender_config | no |
//! | 14000-14999 | reply instructions (messaging TwiML verbs) | webhook | no |
//! | 18000-18999 | Trust Hub business profiles | not_registered (`fix_customer_profile`) | no |
//! | 20000-20999 | the REST API and account access | account_config | no |
//! | 21000-21999 | creating a message or call (request fields, numbers, services) | sender_config | no |
//! | 30000-30099 | delivery by the carrier | unknown | later |
//! | 30100-30199 | links in messages | content_filtered | no |
//! | 30400-30499 | toll-free verification and sending holds | not_registered | no |
//! | 30500-30599 | Twilio messaging internals | platform_error | later |
//! | 30700-30799 | US A2P brand registration | not_registered (`fix_brand`) | no |
//! | 30800-30999 | US A2P campaign registration | not_registered (`fix_campaign`) | no |
//! | 35000-35999 | scheduled messages | sender_config | no |
//! | 63000-63999 | WhatsApp, RCS and other channels | unknown | no |
//! | anything else | - | unknown | no |
//!
//! Family guidance never sets `suppress_recipient`: stopping texts to a person is only
//! done on a code known to mean it. `channel` picks channel-specific wording where a range
//! is shared (21xxx on a call; 63xxx on WhatsApp).

use super::{Category, Channel, Retry, StaticGuidance};

pub(super) struct Family {
    pub first: u32,
    pub last: u32,
    pub category: Category,
    pub retry: Retry,
    pub next_action: Option<&'static str>,
    pub message: &'static str,
    pub action: &'static str,
    /// Wording for one channel, where the range covers several.
    pub on_channel: Option<(Channel, &'static str, &'static str)>,
}

pub(super) const FAMILIES: [Family; 16] = [
    Family {
        first: 10000,
        last: 10999,
        category: Category::AccountConfig,
        retry: Retry::No,
        next_action: None,
        message: "Twilio reported a problem with the state of your account.",
        action: "Check the account's status and billing in the Twilio console.",
        on_channel: None,
    },
    Family {
        first: 11000,
        last: 11999,
        category: Category::Webhook,
        retry: Retry::Later,
        next_action: None,
        message: "Twilio could not fetch your app's web address (webhook) properly.",
        action: "Check that the webhook address is right, online and answering quickly with status 200.",
        on_channel: None,
    },
    Family {
        first: 12000,
        last: 12999,
        category: Category::Webhook,
        retry: Retry::No,
        next_action: None,
        message: "Your app's webhook answered Twilio with instructions it could not use.",
        action: "Have your developer check the TwiML the webhook returns.",
        on_channel: None,
    },
    Family {
        first: 13000,
        last: 13999,
        category: Category::SenderConfig,
        retry: Retry::No,
        next_action: None,
        message: "Twilio could not carry out the instructions for this call.",
        action: "Have your developer check the call instructions (TwiML) and the numbers they use.",
        on_channel: None,
    },
    Family {
        first: 14000,
        last: 14999,
        category: Category::Webhook,
        retry: Retry::No,
        next_action: None,
        message: "Your app's reply instructions to Twilio had a problem.",
        action: "Have your developer check the TwiML reply the webhook returns.",
        on_channel: None,
    },
    Family {
        first: 18000,
        last: 18999,
        category: Category::NotRegistered,
        retry: Retry::No,
        next_action: Some("fix_customer_profile"),
        message: "Twilio found a problem with your business profile.",
        action: "Open the business profile in the Twilio console, correct what it flags and resubmit.",
        on_channel: None,
    },
    Family {
        first: 20000,
        last: 20999,
        category: Category::AccountConfig,
        retry: Retry::No,
        next_action: None,
        message: "Twilio refused the request at the account or API level.",
        action: "Check the credentials and account settings your system uses with Twilio.",
        on_channel: None,
    },
    Family {
        first: 21000,
        last: 21999,
        category: Category::SenderConfig,
        retry: Retry::No,
        next_action: None,
        message: "Twilio refused to send this message because something in the request was not acceptable.",
        action: "Check the sender, the recipient's number and the message settings your system used.",
        on_channel: Some((
            Channel::Voice,
            "Twilio refused to place this call because something in the request was not acceptable.",
            "Check the numbers and call settings your system used.",
        )),
    },
    Family {
        first: 30000,
        last: 30099,
        category: Category::Unknown,
        retry: Retry::Later,
        next_action: None,
        message: "The message was not delivered; the carrier's reason is not one telrules knows yet.",
        action: "Try again later; if the same code keeps appearing, look it up on the linked page.",
        on_channel: None,
    },
    Family {
        first: 30100,
        last: 30199,
        category: Category::ContentFiltered,
        retry: Retry::No,
        next_action: None,
        message: "A link in the message was not allowed.",
        action: "Remove or replace the link, or verify its domain with Twilio.",
        on_channel: None,
    },
    Family {
        first: 30400,
        last: 30499,
        category: Category::NotRegistered,
        retry: Retry::No,
        next_action: None,
        message: "Twilio reported a problem with toll-free verification or a hold on sending.",
        action: "Check the toll-free verification status in the Twilio console and follow what it asks.",
        on_channel: None,
    },
    Family {
        first: 30500,
        last: 30599,
        category: Category::PlatformError,
        retry: Retry::Later,
        next_action: None,
        message: "Twilio had an internal problem with this message.",
        action: "Send it again later; contact Twilio support if it keeps happening.",
        on_channel: None,
    },
    Family {
        first: 30700,
        last: 30799,
        category: Category::NotRegistered,
        retry: Retry::No,
        next_action: Some("fix_brand"),
        message: "Your business's US texting registration (the brand) had a problem.",
        action: "Correct the business details the registration flags and resubmit it.",
        on_channel: None,
    },
    Family {
        first: 30800,
        last: 30999,
        category: Category::NotRegistered,
        retry: Retry::No,
        next_action: Some("fix_campaign"),
        message: "Your US texting campaign registration had a problem.",
        action: "Read the campaign's rejection details, correct the campaign and resubmit.",
        on_channel: None,
    },
    Family {
        first: 35000,
        last: 35999,
        category: Category::SenderConfig,
        retry: Retry::No,
        next_action: None,
        message: "Twilio could not schedule this message as requested.",
        action: "Check the scheduling settings: send time, and a Messaging Service as sender.",
        on_channel: None,
    },
    Family {
        first: 63000,
        last: 63999,
        category: Category::Unknown,
        retry: Retry::No,
        next_action: None,
        message: "A messaging channel such as WhatsApp or RCS refused or could not deliver this message.",
        action: "Check the sender's status and the message's format for that channel.",
        on_channel: Some((
            Channel::Whatsapp,
            "WhatsApp refused or could not deliver this message.",
            "Check the WhatsApp sender's status and whether the message needed an approved template.",
        )),
    },
];

const FALLBACK_MESSAGE: &str =
    "Twilio reported an error code telrules does not know, so its cause is not clear.";
const FALLBACK_ACTION: &str =
    "Look the code up on the linked page before retrying, and contact Twilio support if it repeats.";

pub(super) fn guidance(code: u32, channel: Option<Channel>) -> StaticGuidance {
    match FAMILIES.iter().find(|f| f.first <= code && code <= f.last) {
        Some(family) => {
            let (message, action) = match family.on_channel {
                Some((on, message, action)) if Some(on) == channel => (message, action),
                _ => (family.message, family.action),
            };
            StaticGuidance {
                known: false,
                title: None,
                category: family.category,
                retry: family.retry,
                suppress_recipient: false,
                message,
                action,
                next_action: family.next_action,
            }
        }
        None => StaticGuidance {
            known: false,
            title: None,
            category: Category::Unknown,
            retry: Retry::No,
            suppress_recipient: false,
            message: FALLBACK_MESSAGE,
            action: FALLBACK_ACTION,
            next_action: None,
        },
    }
}
