//! The content scanner's data: shared URL-shortener hosts, forbidden-category terms, opt-out
//! wording and the top-level domains a bare `name.tld` link may end in. Each list carries
//! its source next to it; the code in `scan.rs` only reads them.
//!
//! Terms and keywords are written in folded form (upper case, no accents, words separated
//! by one space), the form `inbound::normalize::fold` produces, so matching is a string
//! comparison per word.

use super::scan::TermCategory;

/// One list of shared public URL-shortener hosts and where it comes from.
pub(crate) struct ShortenerList {
    /// Lower-case host names; a link whose host is one of these, or a subdomain of one,
    /// is on the shared shortener.
    pub hosts: &'static [&'static str],
    pub source: &'static str,
}

/// Tried in order: the first list naming a host gives its source, so Twilio's own wording
/// is cited before a vendor's, and a vendor's before a reseller's.
pub(crate) const SHORTENER_LISTS: &[ShortenerList] = &[
    ShortenerList {
        hosts: &["bit.ly", "tinyurl.com"],
        source: "Twilio: free TinyURL and Bitly links are not allowed \
                 (support.twilio.com/hc/en-us/articles/1260804572090; \
                 reference content-throughput-cost.md A2)",
    },
    ShortenerList {
        hosts: &[
            "bit.do",
            "goo.gl",
            "ht.ly",
            "is.gd",
            "ow.ly",
            "rebrand.ly",
            "t.co",
            "tiny.cc",
            "x.co",
        ],
        source: "Telnyx Custom URL Shortening default list of shortener domains that spam \
                 filters block (developers.telnyx.com/docs/messaging/messages/url-shortening; \
                 reference content-throughput-cost.md A2)",
    },
    ShortenerList {
        hosts: &[
            "9qr.de",
            "alturl.com",
            "app.link",
            "bc.vc",
            "bitly.com",
            "bitly.ws",
            "budurl.com",
            "clicky.me",
            "cutt.ly",
            "lc.chat",
            "linki.la",
            "lnkd.in",
            "minm.xyz",
            "rb.gy",
            "s2r.co",
            "serveirc.com",
            "shrtco.de",
            "soo.gd",
            "t.ly",
        ],
        source: "A Twilio reseller's list of shared public shorteners carriers currently block \
                 (upccell.zendesk.com/hc/en-us/articles/35150610082323; reference \
                 content-throughput-cost.md A2)",
    },
];

/// One forbidden-category term list and where the category's rule comes from.
pub(crate) struct TermSet {
    pub category: TermCategory,
    /// Folded terms (`SEX TOYS`, `E CIG`). A plural made by adding `S` also matches.
    pub terms: &'static [&'static str],
    pub source: &'static str,
}

/// The terms of each category. The lists are kept to words that, in a business text, almost
/// always mean the category: ambiguous words (`pot`, `weed`, `bet`, `spirit`, `sake`) are
/// left out on purpose, because a false alarm on every gardening or school text would teach
/// users to ignore the check. Hate has no list: telrules ships no slurs, and hateful content
/// is not recognisable from single words.
pub(crate) const TERM_SETS: &[TermSet] = &[
    TermSet {
        category: TermCategory::Sex,
        terms: &[
            "SEX",
            "PORN",
            "PORNO",
            "PORNOGRAPHY",
            "NUDE",
            "NUDES",
            "ESCORT SERVICE",
            "ONLYFANS",
            "SEX TOY",
            "ADULT ENTERTAINMENT",
            "ADULT CONTENT",
            "STRIP CLUB",
            "CAMGIRL",
        ],
        source: "Twilio error 30873 (sexual content, 10DLC) and 30441 (toll-free); age gate \
                 is no remedy (twilio.com/docs/api/errors/30873; reference \
                 content-throughput-cost.md A3)",
    },
    TermSet {
        category: TermCategory::Hate,
        terms: &[],
        source: "Twilio error 30874 (hate speech); no age gate helps \
                 (twilio.com/docs/api/errors/30874; reference content-throughput-cost.md A3)",
    },
    TermSet {
        category: TermCategory::Alcohol,
        terms: &[
            "ALCOHOL",
            "ALCOHOLIC",
            "BEER",
            "WINE",
            "WINERY",
            "BREWERY",
            "LIQUOR",
            "VODKA",
            "WHISKEY",
            "WHISKY",
            "BOURBON",
            "TEQUILA",
            "RUM",
            "GIN",
            "CHAMPAGNE",
            "PROSECCO",
            "COCKTAIL",
            "MARGARITA",
            "MIMOSA",
            "BOOZE",
            "HAPPY HOUR",
            "HARD SELTZER",
            "IPA",
        ],
        source:
            "Twilio error 30875: alcohol only with a robust 21+ age gate (full date of \
                 birth or third-party check); age-gated alcohol to Canada must be blocked \
                 (twilio.com/docs/api/errors/30875, 30529; reference content-throughput-cost.md A3)",
    },
    TermSet {
        category: TermCategory::Firearms,
        terms: &[
            "HANDGUN",
            "FIREARM",
            "RIFLE",
            "PISTOL",
            "SHOTGUN",
            "AMMO",
            "AMMUNITION",
            "AR 15",
            "GLOCK",
            "CONCEALED CARRY",
            "GUN SHOW",
            "GUN RANGE",
            "SHOOTING RANGE",
        ],
        source: "Older Twilio copy: firearms allowed on long and short codes with age gating, \
                 not on toll-free; Telnyx: not permitted on standard channels [conflict] \
                 (help.woosender.com/en/articles/7992929; support.telnyx.com/en/articles/14286763; \
                 reference content-throughput-cost.md A3)",
    },
    TermSet {
        category: TermCategory::Tobacco,
        terms: &[
            "TOBACCO",
            "CIGARETTE",
            "CIGAR",
            "CIGARILLO",
            "VAPE",
            "VAPING",
            "E CIG",
            "E CIGARETTE",
            "E LIQUID",
            "E JUICE",
            "JUUL",
            "NICOTINE",
            "HOOKAH",
            "SMOKE SHOP",
        ],
        source: "Twilio error 30878: tobacco and vape not allowed regardless of age gating; \
                 30458 on toll-free (twilio.com/docs/api/errors/30878; reference \
                 content-throughput-cost.md A3)",
    },
    TermSet {
        category: TermCategory::Cannabis,
        terms: &[
            "CANNABIS",
            "MARIJUANA",
            "CBD",
            "THC",
            "DISPENSARY",
            "EDIBLES",
            "PRE ROLL",
            "DELTA 8",
            "DELTA 9",
            "HEMP",
        ],
        source: "Twilio error 30860: cannabis and CBD forbidden regardless of message content \
                 or age gate (twilio.com/docs/api/errors/30860; reference \
                 content-throughput-cost.md A3)",
    },
    TermSet {
        category: TermCategory::HighRiskFinance,
        terms: &[
            "PAYDAY LOAN",
            "CASH ADVANCE",
            "TITLE LOAN",
            "NO CREDIT CHECK",
            "BAD CREDIT OK",
            "GUARANTEED APPROVAL",
            "CRYPTO",
            "CRYPTOCURRENCY",
            "BITCOIN",
            "FOREX",
            "BINARY OPTIONS",
        ],
        source: "Twilio errors 30867 and 30464: high-risk financial services (payday and \
                 third-party loans, crypto) are forbidden (twilio.com/docs/api/errors/30867; \
                 reference content-throughput-cost.md A3)",
    },
    TermSet {
        category: TermCategory::DebtCollection,
        terms: &[
            "DEBT RELIEF",
            "DEBT SETTLEMENT",
            "DEBT CONSOLIDATION",
            "DEBT FORGIVENESS",
            "LOAN FORGIVENESS",
            "CREDIT REPAIR",
            "COLLECTION AGENCY",
        ],
        source: "Twilio error 30863: third-party debt collection and debt relief are forbidden \
                 (twilio.com/docs/api/errors/30863; reference content-throughput-cost.md A3)",
    },
    TermSet {
        category: TermCategory::GetRichQuick,
        terms: &[
            "GET RICH",
            "MAKE MONEY FAST",
            "MAKE MONEY FROM HOME",
            "WORK FROM HOME OPPORTUNITY",
            "BE YOUR OWN BOSS",
            "PASSIVE INCOME",
            "FINANCIAL FREEDOM",
            "GUARANTEED INCOME",
            "MLM",
            "MULTI LEVEL MARKETING",
            "PYRAMID SCHEME",
        ],
        source: "\"Get rich quick\" and MLM schemes are a forbidden category \
                 (calltrackingmetrics.zendesk.com/hc/en-us/articles/24753057981581, a \
                 third-party summary of Twilio's forbidden categories; reference \
                 content-throughput-cost.md A3)",
    },
    TermSet {
        category: TermCategory::Gambling,
        terms: &[
            "CASINO",
            "POKER",
            "BLACKJACK",
            "ROULETTE",
            "SPORTSBOOK",
            "SPORTS BETTING",
            "BETTING",
            "FREE SPINS",
            "SLOT MACHINE",
            "PARLAY",
            "WAGER",
        ],
        source: "Gambling: listed as forbidden by a third-party summary \
                 (calltrackingmetrics.zendesk.com/hc/en-us/articles/24753057981581), while \
                 Twilio's Messaging Policy names gambling among the content that needs age \
                 gating [conflict] (reference content-throughput-cost.md A3)",
    },
    TermSet {
        category: TermCategory::PrescriptionDrugs,
        terms: &[
            "NO PRESCRIPTION",
            "WITHOUT A PRESCRIPTION",
            "WITHOUT PRESCRIPTION",
            "NO RX",
            "VIAGRA",
            "CIALIS",
            "OXYCODONE",
            "XANAX",
            "TRAMADOL",
            "ADDERALL",
            "VALIUM",
            "PERCOCET",
        ],
        source: "Prescription drugs offered without a prescription are a forbidden category \
                 (calltrackingmetrics.zendesk.com/hc/en-us/articles/24753057981581; reference \
                 content-throughput-cost.md A3)",
    },
    TermSet {
        category: TermCategory::Fireworks,
        terms: &["FIREWORK", "FIRECRACKER"],
        source: "Fireworks are a forbidden category \
                 (calltrackingmetrics.zendesk.com/hc/en-us/articles/24753057981581; reference \
                 content-throughput-cost.md A3)",
    },
];

/// Where the opt-out wording below comes from.
pub const OPT_OUT_SOURCE: &str =
    "Twilio Messaging Policy: the first message says \"Reply STOP to unsubscribe\" or the \
     equivalent with a standard keyword (STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT); Twilio: \
     \"Text 2 to opt out\" is not compliant and will be filtered \
     (support.twilio.com/hc/en-us/articles/1260803966670; reference content-throughput-cost.md \
     A5). OPTOUT, OPT OUT and REVOKE: Twilio's current default list and the FCC per se list; \
     ARRET: the Canadian (CWTA) French keyword (reference keywords-and-segments.md A1).";

/// Standard opt-out keywords: what a carrier, Twilio and the FCC all recognise.
pub(crate) const STANDARD_OPT_OUT: &[&str] = &[
    "STOP",
    "STOPALL",
    "UNSUBSCRIBE",
    "CANCEL",
    "END",
    "QUIT",
    "OPTOUT",
    "REVOKE",
    "ARRET",
];

/// Verbs that introduce what to send back (`Reply STOP`, `Text STOP to 12345`), in English,
/// French and Spanish (the product's own list, as in `lint_reply`).
pub(crate) const REPLY_VERBS: &[&str] = &[
    "REPLY", "REPLYING", "TEXT", "TEXTING", "TXT", "SEND", "RESPOND", "SMS", "MSG", "REPONDEZ",
    "REPONDRE", "REPONDS", "ENVOYEZ", "TEXTEZ", "RESPONDA", "RESPONDE", "ENVIE", "ENVIA",
    "ESCRIBA",
];

/// Words allowed between a reply verb and the keyword (`Reply with the word STOP`).
pub(crate) const REPLY_FILLERS: &[&str] = &[
    "WITH", "THE", "WORD", "KEYWORD", "BACK", "US", "AVEC", "LE", "MOT", "CON", "LA", "PALABRA",
];

/// Words after a keyword that keep it an instruction (`Reply STOP to cancel`, `Reply STOP
/// anytime`, `Reply STOP or HELP`); any other word means the keyword was ordinary prose
/// (`send end of month reports`). The end of a clause also keeps it.
pub(crate) const AFTER_KEYWORD: &[&str] = &[
    "TO", "FOR", "AT", "ANYTIME", "ANY", "OR", "AND", "IF", "IN", "NOW", "ON", "POUR", "PARA", "A",
    "SI", "OU", "O",
];

/// Words that say what the instruction is for (`... to opt out`, `... to stop`).
pub(crate) const OPT_OUT_PURPOSE: &[&str] = &[
    "STOP",
    "STOPALL",
    "UNSUBSCRIBE",
    "UNSUB",
    "CANCEL",
    "END",
    "QUIT",
    "OPT",
    "OPTOUT",
    "REMOVE",
    "REMOVED",
    "UNENROLL",
    "ARRETER",
    "DESABONNER",
    "BAJA",
    "CANCELAR",
];

/// Tokens that are not standard keywords but are plainly meant as opt-out replies when
/// sent back (`Reply REMOVE`, `Reply UNSUB`): flagged as non-standard wherever they follow
/// a reply verb, even without a stated purpose.
pub(crate) const NON_STANDARD_OPT_OUT: &[&str] = &["REMOVE", "UNSUB", "UNENROLL", "NOMORE"];

/// Top-level domains accepted for a link written without a scheme or `www.`
/// (`harbordental.com/book`). Every two-letter alphabetic TLD (the country codes) is also
/// accepted. Source: IANA Root Zone Database (iana.org/domains/root/db), a subset of
/// generic TLDs chosen as the ones businesses commonly use; sorted for binary search.
pub(crate) const GENERIC_TLDS: &[&str] = &[
    "academy",
    "agency",
    "app",
    "art",
    "auto",
    "bar",
    "beer",
    "bet",
    "biz",
    "blog",
    "care",
    "casino",
    "cat",
    "church",
    "click",
    "clinic",
    "cloud",
    "club",
    "com",
    "company",
    "coop",
    "credit",
    "dental",
    "design",
    "dev",
    "digital",
    "edu",
    "email",
    "events",
    "finance",
    "fitness",
    "fun",
    "gallery",
    "golf",
    "gov",
    "health",
    "homes",
    "host",
    "hotel",
    "info",
    "insurance",
    "int",
    "law",
    "legal",
    "life",
    "link",
    "live",
    "loan",
    "loans",
    "media",
    "menu",
    "mil",
    "mobi",
    "money",
    "name",
    "net",
    "network",
    "news",
    "one",
    "online",
    "org",
    "page",
    "photos",
    "pizza",
    "plus",
    "poker",
    "pro",
    "realty",
    "restaurant",
    "salon",
    "school",
    "services",
    "shop",
    "site",
    "social",
    "solutions",
    "space",
    "store",
    "studio",
    "support",
    "team",
    "tech",
    "today",
    "top",
    "tours",
    "travel",
    "vip",
    "website",
    "wine",
    "world",
    "xyz",
    "yoga",
    "zone",
];

/// Second-level labels under a country code that are public suffixes (`co.uk`, `com.au`),
/// so the registrable domain takes one more label. A small subset of the Public Suffix List
/// (publicsuffix.org, MPL-2.0; facts only) covering the common `co`/`com`/`org`/… pattern.
pub(crate) const SECOND_LEVEL_SUFFIXES: &[&str] = &[
    "ac", "co", "com", "edu", "gc", "gov", "ltd", "net", "nhs", "org", "plc", "sch",
];

/// Legal-form words dropped from the end of an organisation name before looking for it
/// in a text (`Harbor Dental LLC` is identified by `Harbor Dental`). The product's own list.
pub(crate) const LEGAL_SUFFIXES: &[&str] = &[
    "LLC",
    "L L C",
    "INC",
    "INCORPORATED",
    "LTD",
    "LIMITED",
    "CORP",
    "CORPORATION",
    "CO",
    "COMPANY",
    "LLP",
    "PLLC",
    "PC",
    "PA",
    "LP",
    "GMBH",
    "SA",
    "SARL",
    "ULC",
    "DBA",
];
