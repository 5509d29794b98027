// GENERATED from the Rust types of the telrules core by ts-rs; do not edit by hand.
// Regenerate with scripts/gen-types after changing a serde type in core/src; the test
// `generated_types` (run by scripts/test) fails while this file is stale.
// Doc comments are the Rust doc comments. Hand-written refinements live in index.d.ts.

/**
 * The secret a webhook was signed with: the account's Auth Token, or a SharedKey secret.
 * Deserialised from a JSON string only, with an error message that never repeats what was
 * given; `Debug` does not print it.
 */
export type AuthToken = string;

/**
 * A BrandRegistration.
 */
export type BrandFacts = {
  /**
   * Registration status with the carriers; null when not reported.
   */
  status?: BrandStatus | null,
  /**
   * Identity verification status (sole proprietors must reach `VERIFIED`); null when not
   * reported.
   */
  identity_status?: IdentityStatus | null,
  /**
   * `STANDARD` or `SOLE_PROPRIETOR` (`STARTER`); null when not reported.
   */
  brand_type?: BrandType | null,
  /**
   * `[{"error_code": 30701, "description", "fields", "url"}]`; kept as JSON.
   */
  errors?: JsonValue | null,
  /**
   * Deprecated by Twilio in favour of `errors`; accepted, not shown (carrier wording).
   */
  failure_reason?: string | null,
  /** Any other field of the Twilio resource (ignored). */
  [twilioField: string]: unknown, };

/**
 * BrandRegistration `status` (OAI-MSG; the last three were added 2025-03).
 *
 * Known values are listed (matched ignoring case, `-`/`_`/space alike); any other string is accepted and read as "not ready".
 */
export type BrandStatus = "PENDING" | "APPROVED" | "FAILED" | "IN_REVIEW" | "DELETION_PENDING" | "DELETION_FAILED" | "SUSPENDED" | (string & {});

/**
 * BrandRegistration `brand_type` (a free string in the spec). A Low-Volume Standard
 * brand is `STANDARD`; `STARTER` is the legacy name of sole proprietor.
 *
 * Known values are listed (matched ignoring case, `-`/`_`/space alike); any other string is accepted and read as "not ready".
 */
export type BrandType = "STANDARD" | "SOLE_PROPRIETOR" | "STARTER" | (string & {});

/**
 * Regulatory bundle status (Numbers v2). Bundles gate buying numbers abroad, never
 * US/CA texting; accepted so a backend can pass its data through.
 *
 * Known values are listed (matched ignoring case, `-`/`_`/space alike); any other string is accepted and read as "not ready".
 */
export type BundleStatus = "draft" | "pending-review" | "in-review" | "twilio-rejected" | "twilio-approved" | "provisionally-approved" | (string & {});

/**
 * Arguments of `business_hours`.
 */
export type BusinessHoursArgs = {
  /**
   * The organisation's hours (the defaults).
   */
  org: Hours,
  /**
   * The number's override: any field it sets replaces the org's; exceptions merge by date.
   */
  number?: Hours | null,
  /**
   * The instant to decide for, RFC 3339 with an offset.
   */
  at: string, };

/**
 * Result of `business_hours`.
 */
export type BusinessHoursResult = {
  /**
   * Whether the business is open at `at`.
   */
  open: boolean,
  /**
   * What decided it: `weekly`, `exception`, `forced` or `no_schedule`.
   */
  reason: HoursReason,
  /**
   * The layer that supplied the deciding field: `force`, the deciding exception, or the
   * weekly hours (`org` when no schedule is set).
   */
  source: Source,
  /**
   * The deciding exception's label, when an exception decided and has one.
   */
  label: string | null,
  /**
   * The IANA zone the hours are in (after the number's override).
   */
  timezone: string,
  /**
   * `at` on the business's wall clock, RFC 3339 with the local offset.
   */
  local_time: string,
  /**
   * Open: the voicemail greeting. Closed: the after-hours message, else the greeting.
   */
  greeting: string | null,
  /**
   * The first instant after `at` at which `open` flips, RFC 3339 with the zone's offset
   * at that instant; null when it does not change within 366 days.
   */
  next_change: string | null, };

/**
 * A UsAppToPerson campaign.
 */
export type CampaignFacts = {
  /**
   * `status` is the field's name before twilio-python 6.58; both are accepted.
   */
  campaign_status?: CampaignStatus | null,
  /**
   * Error objects behind a rejection (`[{"error_code": 30896}]`); kept as JSON.
   */
  errors?: JsonValue | null,
  /** Any other field of the Twilio resource (ignored). */
  [twilioField: string]: unknown, };

/**
 * UsAppToPerson `campaign_status`: a free string in Twilio's spec. Only `VERIFIED`
 * allows traffic. `EXPIRED` is a Campaign Registry state Twilio does not confirm.
 *
 * Known values are listed (matched ignoring case, `-`/`_`/space alike); any other string is accepted and read as "not ready".
 */
export type CampaignStatus = "PENDING" | "IN_PROGRESS" | "VERIFIED" | "FAILED" | "SUSPENDED" | "EXPIRED" | (string & {});

/**
 * A destination carrier, as far as fees and limits tell them apart.
 */
export type Carrier = "att" | "tmobile" | "verizon" | "us_cellular" | "other_us" | "freedom" | "videotron" | "other";

/**
 * What was assumed about carriers.
 */
export type CarrierAssumption = {
  /**
   * Recipients whose carrier was given.
   */
  known: number,
  /**
   * US recipients of a 10DLC send without a carrier.
   */
  unknown: number,
  /**
   * The assumption, in words (null when nothing was assumed).
   */
  assumption: string | null,
  /**
   * Earliest last-out instant over the scenarios (assumed split, all on AT&T, all on
   * T-Mobile); null when nothing was assumed.
   */
  earliest_last_out_at: string | null,
  /**
   * Latest last-out instant over the same scenarios.
   */
  latest_last_out_at: string | null, };

/**
 * Failures in one category.
 */
export type CategoryCount = {
  /**
   * The failure category (a failure without a code counts as `unknown`).
   */
  category: ErrorCategory,
  /**
   * Number of failed messages in this category.
   */
  messages: number,
  /**
   * messages / settled, 4 decimal places.
   */
  rate: number,
  /**
   * The codes behind it, most messages first.
   */
  codes: Array<CodeCount>, };

/**
 * Arguments of `check_message`.
 */
export type CheckMessageArgs = {
  /**
   * The message text (at most [`MAX_BODY_BYTES`] bytes of UTF-8).
   */
  body: string,
  /**
   * `sms` (default) or `mms`.
   */
  channel?: MessageChannel,
  /**
   * The media of an MMS (only with `channel: mms`).
   */
  media?: Array<MessageMedia>,
  /**
   * The first text to this contact: it must identify the sender and say how to opt out.
   */
  first_message?: boolean,
  /**
   * `marketing`, `informational` or `conversational`.
   */
  message_class: MessageClass,
  /**
   * The sending organisation (name and domain).
   */
  org?: MessageOrg | null,
  /**
   * What the A2P campaign declared.
   */
  campaign?: MessageCampaign | null,
  /**
   * `local`, `toll_free` or `short_code`.
   */
  sender_type?: ContentSenderType | null,
  /**
   * The recipient (E.164 or typed, US assumed without a country code); its country
   * decides the Canada and US-only rules.
   */
  to?: string | null, };

/**
 * Result of `check_message`.
 */
export type CheckMessageResult = {
  /**
   * Most severe first; a clean message has nothing above `info`.
   */
  findings: Array<Finding>,
  /**
   * SMS segments of the body as written (an MMS is billed per message, not per
   * segment; this is what the text would cost as SMS).
   */
  segments: number,
  /**
   * The encoding the body needs as written.
   */
  encoding: Encoding,
  /**
   * Characters (graphemes; `\r\n` counts two, as Twilio counts it).
   */
  characters: number,
  /**
   * The distinct characters that force UCS-2, in order of first appearance.
   */
  non_gsm: Array<string>,
  /**
   * The same body through Twilio's Smart Encoding.
   */
  smart_encoding: SmartEncodingEffect, };

/**
 * Result of `classify_inbound`.
 */
export type Classification = {
  /**
   * What the sender asks for.
   */
  intent: InboundIntent,
  /**
   * How the intent was recognised (serialised as `match`).
   */
  match: InboundMatch,
  /**
   * The canonical keyword (upper case, folded): the keyword matched, or the keyword a
   * phrase contains (`STOP` for `please stop texting me`); null when there is none
   * (`no more texts`).
   */
  keyword: string | null,
  /**
   * Language of the keyword set or phrase rule that matched; null for `none`.
   */
  language: string | null,
  /**
   * The rule that decided it; null for `none`.
   */
  reason: InboundReason | null, };

/**
 * Arguments of `classify_inbound`.
 */
export type ClassifyInboundArgs = {
  /**
   * The inbound message body.
   */
  text: string,
  /**
   * Extra keywords and matching options; default: the built-in keyword sets only.
   */
  config?: KeywordConfig, };

/**
 * Failures with one error code (`null`: failed without a code).
 */
export type CodeCount = {
  /**
   * The Twilio error code, or null for failures reported without a code.
   */
  code: number | null,
  /**
   * Number of failed messages with this code.
   */
  messages: number, };

/**
 * A Twilio error code: a whole number, or a string of its digits (`"30034"`).
 */
export type CodeInput = number | string;

/**
 * Arguments of [`CompiledSchedule::compile`]: `business_hours` without the instant.
 */
export type CompileScheduleArgs = {
  /**
   * The organisation's hours (the defaults).
   */
  org: Hours,
  /**
   * The number's override: any field it sets replaces the org's; exceptions merge by date.
   */
  number?: Hours | null, };

/**
 * The recipient's messaging consent.
 */
export type Consent = "subscribed" | "opted_out" | "unknown";

/**
 * How this message changes the contact's consent.
 */
export type ConsentChange = "opt_out" | "opt_in";

/**
 * The contact's consent before this message.
 */
export type ConsentState = "subscribed" | "opted_out" | "unknown";

/**
 * The kind of number sending the message.
 */
export type ContentSenderType = "local" | "toll_free" | "short_code";

/**
 * Result of `estimate_cost`.
 */
export type CostEstimate = {
  /**
   * Price table used.
   */
  table_version: string,
  /**
   * Always `USD`; amounts are micro-dollars.
   */
  currency: string,
  /**
   * The date whose prices apply.
   */
  date: string,
  /**
   * Messages.
   */
  messages: number,
  /**
   * Segments per message (1 for MMS).
   */
  units_per_message: number,
  /**
   * The body's encoding, when a body was given.
   */
  encoding: Encoding | null,
  /**
   * Messages expected to end `failed`.
   */
  failed_messages: number,
  /**
   * Units billed as delivery attempts.
   */
  billed_units: number,
  /**
   * The message costs, line by line.
   */
  lines: Array<CostLine>,
  /**
   * Sum of `lines`.
   */
  total_micro_usd: number,
  /**
   * `total_micro_usd` in dollars and cents.
   */
  total: string,
  /**
   * When carriers are unknown: the total if all unknown were on the cheapest or the
   * dearest big carrier.
   */
  range: CostRange | null,
  /**
   * Fixed costs, when asked.
   */
  fixed: FixedCosts | null,
  /**
   * What was assumed.
   */
  assumptions: Array<string>,
  /**
   * The estimate in plain sentences.
   */
  summary: Array<string>, };

/**
 * One line of an estimate.
 */
export type CostLine = {
  /**
   * `twilio_sms`, `twilio_mms`, `carrier_fee`, `failed_message_fee`, `number_rental`,
   * `campaign_monthly_fee`, `brand_registration`, `campaign_vetting`.
   */
  item: string,
  /**
   * The carrier, for carrier fees.
   */
  carrier: Carrier | null,
  /**
   * Units, messages, numbers or fees.
   */
  quantity: number,
  /**
   * Price per quantity, micro-dollars.
   */
  unit_micro_usd: number,
  /**
   * quantity × unit.
   */
  amount_micro_usd: number,
  /**
   * The date the amount took effect (null for the caller's prices).
   */
  effective_from: string | null,
  /**
   * Where the amount comes from (`caller` for the caller's prices).
   */
  source: string, };

/**
 * Low and high totals when carriers are unknown.
 */
export type CostRange = {
  /**
   * All unknown recipients on the cheapest of the three big carriers.
   */
  low_micro_usd: number,
  /**
   * All on the dearest.
   */
  high_micro_usd: number,
  /**
   * `low_micro_usd` in dollars and cents.
   */
  low: string,
  /**
   * `high_micro_usd` in dollars and cents.
   */
  high: string, };

/**
 * The three outcomes.
 */
export type DecisionKind = "send" | "defer" | "block";

/**
 * Recipients held for quiet hours, grouped by the rule that held them.
 */
export type DeferredGroup = {
  /**
   * The first blocking rule (`us_federal`, `us_fl`, `ca_crtc`, ...).
   */
  rule: string,
  /**
   * Candidate zones of these recipients.
   */
  zones: Array<string>,
  /**
   * Messages held.
   */
  messages: number,
  /**
   * The earliest reopening among them.
   */
  first_until: string,
  /**
   * Indexes (in `recipients`) of the first few held.
   */
  examples: Array<number>, };

/**
 * Arguments of `deliverability`.
 */
export type DeliverabilityArgs = {
  /**
   * The message outcomes to sum: single status callbacks or aggregate rows, in any mix.
   */
  messages: Array<OutcomeRow>,
  /**
   * The channel the messages went out on, for codes not in the catalogue.
   */
  channel?: ErrorChannel | null, };

/**
 * Result of `deliverability`. `total` = delivered + partially_delivered + failed +
 * awaiting_receipt + in_flight + canceled + inbound + other, and the categories' messages
 * add up to `failed`.
 */
export type DeliverabilityResult = {
  /**
   * All messages counted (the sum of every outcome count below).
   */
  total: number,
  /**
   * Messages delivered (`delivered`, `read`).
   */
  delivered: number,
  /**
   * Messages partly delivered (`partially_delivered`).
   */
  partially_delivered: number,
  /**
   * Messages that failed (`undelivered`, `failed`, or only an error code given).
   */
  failed: number,
  /**
   * Messages handed to the carrier without a receipt yet (`sent`).
   */
  awaiting_receipt: number,
  /**
   * Messages not yet handed to the carrier (`queued`, `accepted`, `scheduled`, `sending`).
   */
  in_flight: number,
  /**
   * Messages canceled before sending.
   */
  canceled: number,
  /**
   * Inbound messages (`receiving`, `received`); not part of any rate.
   */
  inbound: number,
  /**
   * Messages with a status telrules does not know (see `unknown_statuses`).
   */
  other: number,
  /**
   * delivered + partially_delivered + failed: the rates' denominator.
   */
  settled: number,
  /**
   * delivered / settled, 4 decimal places; `null` when nothing has settled.
   */
  delivery_rate: number | null,
  /**
   * Failed messages per category, most first.
   */
  categories: Array<CategoryCount>,
  /**
   * Actions ranked by the failed messages they address.
   */
  top_actions: Array<TopAction>,
  /**
   * Statuses counted under `other`, alphabetically.
   */
  unknown_statuses: Array<StatusCount>, };

/**
 * The SMS data coding a message needs.
 */
export type Encoding = "GSM-7" | "UCS-2";

/**
 * What to do next: `message` for the business owner and, when a registration step fixes
 * the problem, the readiness `next_action` code (`register_brand`,
 * `submit_tollfree_verification`, ...) so the UI can open that step.
 */
export type ErrorAction = {
  /**
   * What the business owner should do, in plain words.
   */
  message: string,
  /**
   * The readiness `next_action` code of the step that fixes it, or null when no
   * registration step does.
   */
  next_action: NextActionCode | null, };

/**
 * What kind of problem an error code is. Serialised as the spec spells it; the vocabulary
 * may grow, names never change. `platform_error` (Twilio or an upstream provider failed
 * internally; resending usually works) extends the spec's list.
 */
export type ErrorCategory = "not_registered" | "opted_out" | "invalid_recipient" | "landline_or_unreachable_carrier" | "recipient_unreachable" | "content_filtered" | "carrier_limit" | "rate_limit" | "account_config" | "sender_config" | "media" | "pricing" | "whatsapp_window" | "webhook" | "platform_error" | "unknown";

/**
 * The channel a message or call went out on.
 */
export type ErrorChannel = "sms" | "mms" | "whatsapp" | "voice";

/**
 * The guidance for one error code: the result of `explain_error` and of [`explain`].
 */
export type ErrorGuidance = {
  /**
   * The Twilio error code explained.
   */
  code: number,
  /**
   * Whether the code is in the catalogue; `false` means the guidance comes from its family.
   */
  known: boolean,
  /**
   * Twilio's short title; `null` for codes not in the catalogue.
   */
  title: string | null,
  /**
   * What kind of failure this is.
   */
  category: ErrorCategory,
  /**
   * Whether sending the same message again can succeed (`no`, `later`, `yes`).
   */
  retry: Retry,
  /**
   * Stop sending to this recipient from this sender (opt-outs, invalid or landline numbers).
   */
  suppress_recipient: boolean,
  /**
   * What happened, in plain words.
   */
  message: string,
  /**
   * What to do next.
   */
  action: ErrorAction,
  /**
   * `https://www.twilio.com/docs/api/errors/<code>`.
   */
  docs_url: string,
  /**
   * The registration pre-flight rules (`preflight_registration`) that catch this
   * rejection before submitting; left out of the JSON when there are none.
   */
  preflight_rules?: Array<string>, };

/**
 * What kind of failure an [`Error`] is. Serialised in snake_case; never renamed.
 */
export type ErrorKind = "invalid_json" | "invalid_request" | "unknown_op" | "invalid_args" | "invalid_value" | "international_parser_not_loaded";

/**
 * Arguments of `estimate_cost`.
 */
export type EstimateCostArgs = {
  /**
   * Who sends.
   */
  sender: SenderSpec,
  /**
   * How many messages.
   */
  messages: number,
  /**
   * Messages per carrier, where known (`{"tmobile": 800, "att": 700}`); the rest are
   * unknown. Keys: att, tmobile, verizon, us_cellular, other_us, freedom, videotron,
   * other.
   */
  carriers?: { [key in Carrier]?: number } | null,
  /**
   * `sms` (default) or `mms`.
   */
  channel?: PlanChannel,
  /**
   * The message text (its segments are counted); or give `segments_per_message`.
   */
  body?: string | null,
  /**
   * Apply Twilio's Smart Encoding to `body` before counting.
   */
  smart_encoding?: boolean,
  /**
   * Segments per message, when the body is not given.
   */
  segments_per_message?: number | null,
  /**
   * The day of the send, `YYYY-MM-DD` (or an RFC 3339 instant: its UTC date): picks the
   * prices and fees in force.
   */
  date: string,
  /**
   * Expected share of messages ending `failed`, in basis points (250 = 2.5%).
   */
  failed_share_bp?: number,
  /**
   * Also list the monthly and one-time fixed costs.
   */
  include_fixed?: boolean,
  /**
   * The caller's own prices.
   */
  prices?: PriceOverrides | null, };

/**
 * Arguments of `explain_error`.
 */
export type ExplainErrorArgs = {
  /**
   * The Twilio error code: an integer, or a string of digits as some payloads carry it.
   */
  code: CodeInput,
  /**
   * The channel the message went out on, when known.
   */
  channel?: ErrorChannel | null, };

/**
 * An org's extra keywords, per intent, keyed by language (`{"es": ["BASTA"]}`).
 */
export type ExtraKeywords = {
  /**
   * Extra opt-out keywords, by language.
   */
  opt_out?: { [key in string]: Array<string> },
  /**
   * Extra opt-in keywords, by language.
   */
  opt_in?: { [key in string]: Array<string> },
  /**
   * Extra help keywords, by language.
   */
  help?: { [key in string]: Array<string> }, };

/**
 * One thing a check found, with what to do about it.
 */
export type Finding = {
  /**
   * Stable rule id (`sample_missing_brand_name`, `public_url_shortener`, …): safe to key
   * translations, analytics and suppressions on. Never renamed once released.
   */
  rule: string,
  /**
   * The field the finding concerns, named as the checked input names it (Twilio's
   * snake_case field name for a form, `body` or `media[1]` for a message); `null` when it
   * concerns the whole input.
   */
  field: string | null,
  /**
   * How much it matters.
   */
  severity: FindingSeverity,
  /**
   * What is wrong, in plain words for a business owner.
   */
  message: string,
  /**
   * What to change so the finding goes away.
   */
  fix: string,
  /**
   * The Twilio error or rejection codes this finding predicts, if any.
   */
  codes: Array<number>, };

/**
 * How much a finding matters. Ordered from most to least urgent, so sorting by severity
 * puts what to fix first at the top.
 */
export type FindingSeverity = "error" | "warning" | "info";

/**
 * Fixed costs (only with `include_fixed`).
 */
export type FixedCosts = {
  /**
   * Every month.
   */
  monthly: Array<CostLine>,
  /**
   * Sum of `monthly`.
   */
  monthly_total_micro_usd: number,
  /**
   * Once (already paid if the registration exists).
   */
  one_time: Array<CostLine>,
  /**
   * Sum of `one_time`.
   */
  one_time_total_micro_usd: number, };

/**
 * A forced state.
 */
export type Force = "open" | "closed";

/**
 * Form fields by name. A repeated name is one entry holding a list. Lookups are by exact
 * name; iteration is in byte order of the names (no rule here depends on the order).
 */
export type FormParams = { [key in string]: ParamValue };

/**
 * The limit that decides when the send ends.
 */
export type Governing = {
  /**
   * The lane that finishes last.
   */
  lane: PlanLane,
  /**
   * `rate`, `daily_cap` or `quiet_hours` (what held its last message back most).
   */
  by: string,
  /**
   * The rule in words: "T-Mobile's daily cap of 2,000 segments per brand".
   */
  rule: string,
  /**
   * Error the carrier returns when the limit is exceeded (30022 rate, 30023 daily cap;
   * null for quiet hours and Twilio queue pacing).
   */
  error_code: number | null, };

/**
 * Arguments of `handle_inbound`.
 */
export type HandleInboundArgs = {
  /**
   * The inbound message body. Give this or `webhook`, not both.
   */
  text?: string | null,
  /**
   * The inbound webhook as `parse_inbound_webhook` returns it, in place of `text`, so an
   * adapter is: verify, parse, decide, render. Its `body` is the text. When its
   * `opt_out_type` is set, Twilio's Advanced Opt-Out has already handled the keyword and
   * replied: Twilio's verdict wins (its keyword list is what blocks the contact at
   * Twilio's end), the consent change is still returned, and no reply is built.
   */
  webhook?: InboundWebhook | null,
  /**
   * The contact's consent before this message.
   */
  consent: ConsentState,
  /**
   * The business number the text was sent to.
   */
  sender: InboundSender,
  /**
   * The business, named in replies.
   */
  org: ReplyOrg,
  /**
   * The org's templates by language (`{"en": {"help": "..."}}`).
   */
  templates?: { [key in string]: ReplyTemplates },
  /**
   * Reply language when the classified language has no template (default `en`).
   */
  language?: string | null,
  /**
   * Extra keywords and matching options; default: the built-in keyword sets only.
   */
  config?: KeywordConfig, };

/**
 * Result of `handle_inbound`.
 */
export type HandleInboundResult = {
  /**
   * What the text is (intent, match kind, language, reason).
   */
  classification: Classification,
  /**
   * The consent change to record, or null when consent is unchanged.
   */
  consent_change: ConsentChange | null,
  /**
   * The reply to send, or null when none should be sent by telrules.
   */
  reply: InboundReply | null,
  /**
   * Why this reply, or why none.
   */
  reply_reason: ReplyReason,
  /**
   * Whether an automated agent may answer this message.
   */
  deliver_to_agent: boolean,
  /**
   * Whether a person must decide whether this text revokes consent (a `possible`
   * opt-out). Until then nothing is sent to the contact.
   */
  needs_review: boolean,
  /**
   * Why review is needed: the classification's reason code (`why_texted`,
   * `never_signed_up`, ...); null when `needs_review` is false.
   */
  review_reason: InboundReason | null, };

/**
 * An hours schedule: the org's defaults, or a number's override (every field optional).
 */
export type Hours = {
  /**
   * IANA zone name (`America/Los_Angeles`) the wall-clock hours are in.
   */
  timezone?: string | null,
  /**
   * Opening hours per weekday, in `timezone`'s wall-clock time; null means not set.
   */
  weekly?: WeeklyHours | null,
  /**
   * Date exceptions: closed all day, or replacement hours for that date.
   */
  exceptions?: Array<HoursException> | null,
  /**
   * `open` / `closed` overrides everything; null (or absent) means no override.
   */
  force?: Force | null,
  /**
   * What callers hear when the business is closed; null means not set.
   */
  voicemail_greeting?: string | null,
  /**
   * The auto-reply texted when the business is closed; null means not set.
   */
  after_hours_message?: string | null, };

/**
 * A date exception: `{"date": "2026-12-25", "closed": true, "label": "Christmas"}` or
 * `{"date": "2026-12-24", "hours": [["09:00", "13:00"]]}`.
 */
export type HoursException = {
  /**
   * Local calendar date, `YYYY-MM-DD`.
   */
  date: string,
  /**
   * Closed all day on this date.
   */
  closed?: boolean,
  /**
   * Replacement open spans for this date (in place of the weekly hours).
   */
  hours?: Array<[string, string]> | null,
  /**
   * A name for the exception (`Christmas`), returned when it decides.
   */
  label?: string | null, };

/**
 * Why the business is open or closed.
 */
export type HoursReason = "weekly" | "exception" | "forced" | "no_schedule";

/**
 * BrandRegistration `identity_status`: a sole proprietor is verified once the
 * one-time code sent to its mobile number is answered.
 *
 * Known values are listed (matched ignoring case, `-`/`_`/space alike); any other string is accepted and read as "not ready".
 */
export type IdentityStatus = "SELF_DECLARED" | "UNVERIFIED" | "VERIFIED" | "VETTED_VERIFIED" | (string & {});

/**
 * What the sender asks for.
 */
export type InboundIntent = "opt_out" | "opt_in" | "help" | "none";

/**
 * How the intent was recognised.
 */
export type InboundMatch = "exact" | "phrase" | "possible" | "none";

/**
 * Which rule decided a classification: a stable code, so every opt-out can be explained
 * (and audited) later. See the module docs for each rule.
 */
export type InboundReason = "exact_keyword" | "keyword_with_courtesy" | "keyword_command" | "stop_texting" | "stop_receiving" | "unsubscribe" | "off_list" | "no_more_texts" | "do_not_contact" | "do_not_send" | "refuse_texts" | "withdraw_consent" | "why_texted" | "never_signed_up" | "not_interested" | "wrong_number" | "spam_or_blocked" | "texting_complaint" | "unknown_sender" | "unsubscribe_elsewhere";

/**
 * The reply to send, rendered.
 */
export type InboundReply = {
  /**
   * The reply text, placeholders filled in.
   */
  body: string,
  /**
   * The encoding the reply will be sent in (`GSM-7` or `UCS-2`).
   */
  encoding: Encoding,
  /**
   * How many SMS segments the reply takes (each is billed).
   */
  segments: number,
  /**
   * The language of the template used (e.g. `en`).
   */
  language: string, };

/**
 * The business number the text was sent to.
 */
export type InboundSender = {
  /**
   * What kind of number it is; decides who answers keywords.
   */
  kind: SenderKind,
  /**
   * True when Twilio answers keywords on this number itself: a Messaging Service with
   * Advanced Opt-Out (or Twilio's default keyword replies left on). telrules then stays
   * silent for every exact keyword, and answers only phrase opt-outs.
   */
  advanced_opt_out?: boolean,
  /**
   * ISO 3166 alpha-2 country of the number; the toll-free network rule applies to US
   * and Canadian toll-free numbers (assumed when absent).
   */
  country?: string | null, };

/**
 * Result of `parse_inbound_webhook`.
 */
export type InboundWebhook = {
  /**
   * `MessageSid` (or the legacy `SmsMessageSid` / `SmsSid`).
   */
  message_sid: string,
  /**
   * `AccountSid`: the (sub)account the number belongs to; it picks the auth token.
   */
  account_sid: string | null,
  /**
   * `MessagingServiceSid`, when the number is in a Messaging Service.
   */
  messaging_service_sid: string | null,
  /**
   * `From`: the sender, as Twilio sent it (E.164, or `whatsapp:+...` on WhatsApp).
   */
  from: string,
  /**
   * `To`: the business's number that received the message.
   */
  to: string,
  /**
   * `Body`, exactly as sent: no trimming, `""` when empty or absent (an MMS with no text).
   */
  body: string,
  /**
   * `NumMedia`, 0 when absent.
   */
  num_media: number,
  /**
   * `NumSegments`, null when absent.
   */
  num_segments: number | null,
  /**
   * `MediaUrl0..` with `MediaContentType0..`, one per `NumMedia`.
   */
  media: Array<WebhookMedia>,
  /**
   * `OptOutType`: STOP/START/HELP when Advanced Opt-Out handled a keyword, else null.
   */
  opt_out_type: OptOutType | null,
  /**
   * `FromCountry`, `FromState`, `FromCity`, `FromZip`: Twilio's geographic lookup of the
   * sender's number, when it has one.
   */
  from_country: string | null,
  /**
   * `FromState`: the sender's state or province, when known.
   */
  from_state: string | null,
  /**
   * `FromCity`: the sender's city, when known.
   */
  from_city: string | null,
  /**
   * `FromZip`: the sender's postal code, when known.
   */
  from_zip: string | null,
  /**
   * `ToCountry`, `ToState`, `ToCity`, `ToZip`, for the receiving number.
   */
  to_country: string | null,
  /**
   * `ToState`: the receiving number's state or province, when known.
   */
  to_state: string | null,
  /**
   * `ToCity`: the receiving number's city, when known.
   */
  to_city: string | null,
  /**
   * `ToZip`: the receiving number's postal code, when known.
   */
  to_zip: string | null, };

/**
 * Keyword settings.
 */
export type KeywordConfig = {
  /**
   * Extra keywords (matched exactly, after the same folding). A keyword may not belong
   * to two intents, nor to a different intent than a default keyword.
   */
  keywords?: ExtraKeywords,
  /**
   * Languages whose default sets (and phrase rules) are on; absent = all
   * (`en`, `fr`, `es`).
   */
  default_sets?: Array<string> | null,
  /**
   * `standard` (default: keywords and phrases) or `strict` (exact keywords only).
   */
  mode?: Mode, };

/**
 * What limits the pace of one lane.
 */
export type LanePlan = {
  /**
   * The lane.
   */
  lane: PlanLane,
  /**
   * Messages in it.
   */
  messages: number,
  /**
   * Segments (SMS) or messages (MMS) in it.
   */
  units: number,
  /**
   * Its rate limit.
   */
  rate: Rate,
  /**
   * The rate in words.
   */
  rate_text: string,
  /**
   * T-Mobile 10DLC: segments per brand per day.
   */
  daily_cap: number | null,
  /**
   * When its first message goes out.
   */
  first_out_at: string | null,
  /**
   * When its last segment goes out.
   */
  last_out_at: string | null,
  /**
   * Messages the daily cap moved to a later day.
   */
  pushed_to_later_days: number,
  /**
   * Capped lanes: calendar days (US Pacific) the lane sends on.
   */
  days: number | null, };

/**
 * One problem found in a reply.
 */
export type LintProblem = {
  /**
   * Stable machine code (`missing_contact`, `ucs2_encoding`, … see the module docs).
   */
  code: string,
  /**
   * `error` or `warning`.
   */
  severity: Severity,
  /**
   * The problem in plain words.
   */
  message: string, };

/**
 * Arguments of `lint_reply`.
 */
export type LintReplyArgs = {
  /**
   * Which reply it is: `help`, `stop` or `start`.
   */
  kind: ReplyKind,
  /**
   * The reply text, with or without placeholders.
   */
  body: string,
  /**
   * The org whose name and contacts fill the placeholders and are looked for.
   */
  org?: ReplyOrg | null, };

/**
 * Result of `lint_reply`.
 */
export type LintReplyResult = {
  /**
   * Errors first, then warnings, each in the order of the table above.
   */
  problems: Array<LintProblem>,
  /**
   * Encoding and segments of the rendered reply.
   */
  encoding: Encoding,
  /**
   * How many SMS segments the rendered reply takes (each is billed).
   */
  segments: number, };

/**
 * What the US A2P campaign declared, spelled as Twilio's `UsAppToPerson` resource does.
 */
export type MessageCampaign = {
  /**
   * The campaign's use case (`MARKETING`, `ACCOUNT_NOTIFICATION`, …); informative.
   */
  us_app_to_person_usecase?: string | null,
  /**
   * Whether the campaign's messages contain links.
   */
  has_embedded_links?: boolean | null,
  /**
   * Whether the campaign's messages contain phone numbers.
   */
  has_embedded_phone?: boolean | null,
  /**
   * Whether the campaign is declared age-gated (a real date-of-birth gate).
   */
  age_gated?: boolean | null, };

/**
 * The channel a checked message goes on.
 */
export type MessageChannel = "sms" | "mms";

/**
 * What `check_message` needs beyond what `select_sender` already has (`body`, `to`,
 * `message_class`, the channel and the chosen number's type).
 */
export type MessageCheckContext = {
  /**
   * The first text to this contact (must identify the sender and say how to opt out).
   */
  first_message?: boolean,
  /**
   * The organisation's name and domain, for sender identification and link branding.
   */
  org?: MessageOrg | null,
  /**
   * What the A2P campaign declared.
   */
  campaign?: MessageCampaign | null,
  /**
   * The MMS media (checked when the message goes as MMS).
   */
  media?: Array<MessageMedia>, };

/**
 * What a message is, for quiet-hours purposes.
 */
export type MessageClass = "marketing" | "informational" | "conversational";

/**
 * One media file of an MMS.
 */
export type MessageMedia = {
  /**
   * The file's `Content-Type` (`image/jpeg`).
   */
  content_type: string,
  /**
   * The file's size in bytes.
   */
  bytes: number, };

/**
 * The organisation sending the message.
 */
export type MessageOrg = {
  /**
   * The brand or organisation name the text should carry (sender identification).
   */
  name?: string | null,
  /**
   * The organisation's own web domain (or website URL); links should be on it.
   */
  domain?: string | null, };

/**
 * A Twilio message status as status callbacks carry it (case-insensitive). Any other
 * string, one Twilio may add later, is accepted and kept as given.
 */
export type MessageStatus = "delivered" | "undelivered" | "failed" | "sent" | "queued" | "sending" | "read" | "accepted" | "scheduled" | "canceled" | "receiving" | "received" | "partially_delivered" | (string & {});

/**
 * Texting readiness per destination country.
 */
export type Messaging = {
  /**
   * Texting to recipients in the United States.
   */
  us: ReadinessChannel,
  /**
   * Texting to recipients in Canada.
   */
  ca: ReadinessChannel, };

/**
 * A Messaging Service and its US A2P campaign.
 */
export type MessagingServiceFacts = {
  /**
   * The Messaging Service SID (`MG...`).
   */
  sid?: string,
  /**
   * The service's UsAppToPerson campaign, or null when none was created.
   */
  campaign?: CampaignFacts | null,
  /** Any other field of the Twilio resource (ignored). */
  [twilioField: string]: unknown, };

/**
 * `standard` (default): exact keywords and phrase opt-outs. `strict`: exact only.
 */
export type Mode = "standard" | "strict";

/**
 * What the owner should do next for a channel.
 */
export type NextAction = {
  /**
   * The machine code of the advice (stable; extend, never rename).
   */
  code: NextActionCode,
  /**
   * The same advice in plain words.
   */
  message: string,
  /**
   * The checklist step this action completes.
   */
  step: StepId,
  /**
   * Twilio error codes behind a rejection (for `explain_error`); empty when none.
   */
  error_codes: Array<number>,
  /**
   * When the action stops being possible (a toll-free edit window), RFC 3339; or null.
   */
  deadline: string | null, };

/**
 * The next-action vocabulary (extend, never rename), in the order the steps are met;
 * that order breaks ties in `org_readiness`.
 */
export type NextActionCode = "enable_capability" | "create_customer_profile" | "complete_customer_profile" | "wait_customer_profile_review" | "fix_customer_profile" | "register_brand" | "wait_brand_review" | "verify_brand_otp" | "fix_brand" | "contact_support" | "create_messaging_service" | "add_number_to_messaging_service" | "create_campaign" | "wait_campaign_review" | "fix_campaign" | "wait_number_registration" | "retry_number_registration" | "submit_tollfree_verification" | "wait_tollfree_review" | "edit_tollfree_verification" | "resubmit_tollfree_verification" | "configure_voice_webhook";

/**
 * A recipient that is not in the plan.
 */
export type NotSent = {
  /**
   * Index in `recipients` (null for `count` plans).
   */
  index: number | null,
  /**
   * `invalid_number`, `no_time_zone` (quiet hours cannot be checked),
   * `no_send_window` (none within the horizon), `beyond_horizon`,
   * `exceeds_daily_cap` (one message has more segments than the cap).
   */
  reason: string, };

/**
 * IncomingPhoneNumber `capabilities`. AvailablePhoneNumber spells the keys `SMS`/`MMS`;
 * both spellings are accepted.
 */
export type NumberCapabilities = {
  /**
   * The number can send and receive SMS; null when not reported.
   */
  sms?: boolean | null,
  /**
   * The number can send and receive MMS; null when not reported.
   */
  mms?: boolean | null,
  /**
   * The number can make and receive calls; null when not reported.
   */
  voice?: boolean | null,
  /**
   * A registered WhatsApp sender (not a Twilio IncomingPhoneNumber field: the backend
   * sets it for numbers registered through the Senders API). Readiness does not read
   * it; sender selection requires it for the `whatsapp` channel.
   */
  whatsapp?: boolean | null,
  /** Any other field of the Twilio resource (ignored). */
  [twilioField: string]: unknown, };

/**
 * One phone number: Twilio's IncomingPhoneNumber fields plus its registration facts.
 */
export type NumberFacts = {
  /**
   * E.164 (`+14155550123`), typed (`(415) 555-0123`) or a short code (`89821`).
   */
  phone_number: string,
  /**
   * ISO 3166 alpha-2 country the number was bought in: the region assumed for typed
   * numbers and short codes (which carry no country code). Default `US`.
   */
  iso_country?: string | null,
  /**
   * What the line can do. Missing = nothing known, so nothing assumed (short codes
   * excepted: they are text senders by definition).
   */
  capabilities?: NumberCapabilities | null,
  /**
   * The Messaging Service whose sender pool holds the number, or null.
   */
  messaging_service_sid?: string | null,
  /**
   * The number's voice webhook URL.
   */
  voice_url?: string | null,
  /**
   * A TwiML App handling the number's calls instead of `voice_url`.
   */
  voice_application_sid?: string | null,
  /**
   * Whether the app's voice webhook is active on the number; when given, it decides
   * (over `voice_url` / `voice_application_sid`).
   */
  voice_webhook_active?: boolean | null,
  /**
   * The number's own carrier registration under its campaign; null = unknown.
   */
  a2p_registration?: NumberRegistration | null,
  /**
   * The number's TollfreeVerification, or null when none was submitted.
   */
  tollfree_verification?: TollfreeVerificationFacts | null,
  /** Any other field of the Twilio resource (ignored). */
  [twilioField: string]: unknown, };

/**
 * The number's own carrier registration under its campaign (the spec's vocabulary;
 * Twilio reports it through number-registration events and the Console export).
 *
 * Known values are listed (matched ignoring case, `-`/`_`/space alike); any other string is accepted and read as "not ready".
 */
export type NumberRegistration = "registered" | "pending" | "failed" | "unregistered" | (string & {});

/**
 * Who answers STOP and HELP.
 */
export type OptOutHandling = "twilio" | "self";

/**
 * `OptOutType` of an inbound webhook (Advanced Opt-Out): `STOP`, `START`, `HELP`, or
 * any other value Twilio may send, kept as given.
 */
export type OptOutType = "STOP" | "START" | "HELP" | (string & {});

/**
 * The organisation's registrations, shared by all its numbers. Every part may be missing
 * (= not created yet).
 */
export type OrgFacts = {
  /**
   * Trust Hub (secondary) Customer Profile: the business identity.
   */
  customer_profile?: TrustHubResourceFacts | null,
  /**
   * Trust Hub A2P Trust Product (the messaging profile bundle).
   */
  trust_product?: TrustHubResourceFacts | null,
  /**
   * The A2P BrandRegistration.
   */
  brand?: BrandFacts | null,
  /**
   * Messaging Services, each with its US A2P campaign (or null).
   */
  messaging_services?: Array<MessagingServiceFacts>,
  /**
   * Regulatory bundle: gates buying numbers abroad, never US/CA texting; accepted and
   * not used by the rules.
   */
  regulatory_bundle?: RegulatoryBundle | null, };

/**
 * The organisation's best next step.
 */
export type OrgNextAction = {
  /**
   * The next-action code to take.
   */
  code: NextActionCode,
  /**
   * The message of the first number with this action.
   */
  message: string,
  /**
   * How many numbers it moves forward.
   */
  count: number,
  /**
   * Those numbers, in input order.
   */
  numbers: Array<string>, };

/**
 * Arguments of `org_readiness`.
 */
export type OrgReadinessArgs = {
  /**
   * The organisation's registrations, shared by all its numbers.
   */
  org?: OrgFacts,
  /**
   * The numbers to assess (Twilio's IncomingPhoneNumber fields pass through).
   */
  numbers?: Array<NumberFacts>,
  /**
   * The current instant (toll-free edit windows expire).
   */
  now: string, };

/**
 * Result of `org_readiness`.
 */
export type OrgReadinessResult = {
  /**
   * One readiness per input number, in input order.
   */
  numbers: Array<ReadinessResult>,
  /**
   * Counts and the best next step over all numbers.
   */
  summary: OrgSummary, };

/**
 * Summary over all numbers.
 */
export type OrgSummary = {
  /**
   * How many numbers were assessed.
   */
  total: number,
  /**
   * Counts for texting to US recipients.
   */
  us: ReadinessStateCounts,
  /**
   * Counts for texting to Canadian recipients.
   */
  ca: ReadinessStateCounts,
  /**
   * Counts for calls.
   */
  voice: ReadinessStateCounts,
  /**
   * The owner action (never a wait) that moves the most numbers forward; null when no
   * number has one.
   */
  next_action: OrgNextAction | null, };

/**
 * One input row: a single outcome, or an aggregate when `count` is given.
 */
export type OutcomeRow = {
  /**
   * Twilio's message status; absent on aggregated failure rows.
   */
  status?: MessageStatus | null,
  /**
   * The error code the message failed with, if any.
   */
  error_code?: CodeInput | null,
  /**
   * How many messages the row stands for; default 1.
   */
  count?: number | null, };

/**
 * A form field's value: a string, or the list of values of a repeated name.
 */
export type ParamValue = string | Array<string>;

/**
 * Arguments of `parse_phone`.
 */
export type ParsePhoneArgs = {
  /**
   * The number as typed: `(415) 555-0123`, `415.555.0123`, `+1 415 555 0123`, `12345`.
   */
  input: string,
  /**
   * ISO 3166 alpha-2 region assumed for numbers typed without a country code.
   */
  default_region?: string, };

/**
 * Result of `parse_phone`.
 */
export type ParsedPhone = {
  /**
   * E.164 form (`+14155550123`); null for short codes, which have none, and for
   * numbers that are not valid (a normalised form of a mistyped number would mislead).
   */
  e164: string | null,
  /**
   * ISO 3166 alpha-2 country, when the number belongs to one.
   */
  country: string | null,
  /**
   * What kind of line the number is.
   */
  kind: PhoneKind,
  /**
   * Whether the number is assigned under its country's numbering plan.
   */
  valid: boolean, };

/**
 * What kind of line a number is.
 */
export type PhoneKind = "toll_free" | "local" | "mobile" | "fixed_or_mobile" | "short_code" | "premium" | "voip" | "unknown";

/**
 * The 10DLC brand registration.
 */
export type PlanBrandType = "sole_proprietor" | "low_volume_standard" | "standard";

/**
 * SMS (billed and paced per segment) or MMS (per message).
 */
export type PlanChannel = "sms" | "mms";

/**
 * A lane of the plan: one carrier group of a 10DLC send, or the whole sender.
 */
export type PlanLane = "att" | "tmobile" | "verizon" | "other" | "sender";

/**
 * One recipient of a planned send.
 */
export type PlanRecipient = {
  /**
   * The number, E.164 or as typed (US assumed without a country code).
   */
  to: string,
  /**
   * The carrier, when the backend knows it (`"T-Mobile USA, Inc."`, `"att"`, ...).
   */
  carrier?: string | null,
  /**
   * State/province of the recipient's address (`FL`, `BC`); its quiet hours apply too.
   */
  region?: string | null, };

/**
 * Arguments of `plan_send`.
 */
export type PlanSendArgs = {
  /**
   * Who sends.
   */
  sender: SenderSpec,
  /**
   * The recipients, in the order they are submitted; or give `count`.
   */
  recipients?: Array<PlanRecipient> | null,
  /**
   * How many messages, when the numbers are not given (quiet hours are then not
   * checked and every carrier is unknown).
   */
  count?: number | null,
  /**
   * `sms` (default) or `mms`.
   */
  channel?: PlanChannel,
  /**
   * The message text (its segments are counted); or give `segments_per_message`.
   */
  body?: string | null,
  /**
   * Apply Twilio's Smart Encoding to `body` before counting.
   */
  smart_encoding?: boolean,
  /**
   * Segments per message, when the body is not given.
   */
  segments_per_message?: number | null,
  /**
   * When the send starts, RFC 3339 with an offset.
   */
  start: string,
  /**
   * The message class, for quiet hours.
   */
  message_class: MessageClass,
  /**
   * Quiet-hours policy (default `strictest`).
   */
  policy?: Policy,
  /**
   * Classes quiet hours apply to; default `["marketing"]`.
   */
  restricted_classes?: Array<MessageClass> | null,
  /**
   * Twilio `ValidityPeriod` in seconds, 1-36,000 (default 36,000).
   */
  validity_period?: number | null, };

/**
 * The kind of number the messages go out from.
 */
export type PlanSenderType = "us_10dlc" | "toll_free" | "short_code" | "ca_long_code";

/**
 * Which rules apply.
 */
export type Policy = "federal" | "strictest";

/**
 * What the checks need beyond the form.
 */
export type PreflightContext = {
  /**
   * Campaign: the brand's `brand_type` (`STANDARD` | `SOLE_PROPRIETOR`, any case).
   */
  brand_type?: string | null,
  /**
   * The name customers know the business by (samples and descriptions must name it).
   * Defaults to the form's own name fields where it has them.
   */
  brand_name?: string | null,
  /**
   * The brand's website (campaign links should be on its domain).
   */
  website?: string | null,
  /**
   * Campaign: who answers STOP and HELP; default `twilio`.
   */
  opt_out_handling?: OptOutHandling,
  /**
   * Campaign: the use cases Twilio's Usecases endpoint returned for the brand.
   */
  available_use_cases?: Array<string> | null,
  /**
   * The privacy policy page's text, when the caller fetched it.
   */
  privacy_policy_text?: string | null,
  /**
   * The texting terms page's text, when the caller fetched it.
   */
  terms_text?: string | null,
  /**
   * Toll-free: how many toll-free numbers this business verifies in all.
   */
  tollfree_numbers_for_business?: number | null, };

/**
 * Arguments of `preflight_registration`.
 */
export type PreflightRegistrationArgs = {
  /**
   * Which form.
   */
  form: RegistrationForm,
  /**
   * The form's fields, by Twilio's snake_case names.
   */
  fields: { [key in string]: JsonValue },
  /**
   * What the checks need beyond the form.
   */
  context?: PreflightContext,
  /**
   * The current instant (rules that took effect on a date).
   */
  now: string, };

/**
 * The answer of `preflight_registration`.
 */
export type PreflightRegistrationResult = {
  /**
   * The form checked.
   */
  form: RegistrationForm,
  /**
   * `ready_to_submit` or `fix_first`.
   */
  verdict: Verdict,
  /**
   * How many findings are errors.
   */
  errors: number,
  /**
   * How many findings are warnings.
   */
  warnings: number,
  /**
   * What to fix, first things first.
   */
  findings: Array<Finding>, };

/**
 * Prices the caller has from its own Twilio account, in micro-dollars (1 USD =
 * 1,000,000). Each one given replaces the table's.
 */
export type PriceOverrides = {
  /**
   * Twilio's price per outbound SMS segment.
   */
  sms_segment_micro_usd?: number | null,
  /**
   * Twilio's price per outbound MMS.
   */
  mms_message_micro_usd?: number | null,
  /**
   * The failed-message processing fee.
   */
  failed_message_micro_usd?: number | null,
  /**
   * Carrier pass-through fees per unit, for this sender type and channel.
   */
  carrier_fees_micro_usd?: { [key in Carrier]?: number } | null,
  /**
   * Monthly rental per number.
   */
  number_month_micro_usd?: number | null,
  /**
   * Monthly 10DLC campaign fee.
   */
  campaign_month_micro_usd?: number | null, };

/**
 * Twilio's queue.
 */
export type QueuePlan = {
  /**
   * The validity period applied, seconds.
   */
  validity_period: number,
  /**
   * Messages that would wait longer than that if submitted as planned (30036).
   */
  over_validity: number,
  /**
   * The longest wait between submission and release, seconds.
   */
  max_wait_seconds: number,
  /**
   * Messages the slowest lane releases within the validity period: submit at most this
   * many at a time to it.
   */
  batch_limit: number, };

/**
 * Quiet hours in the plan.
 */
export type QuietHoursPlan = {
  /**
   * False for `count` plans (no numbers, so no zones).
   */
  checked: boolean,
  /**
   * Messages held at least once.
   */
  deferred: number,
  /**
   * By rule and zones, in order of first appearance.
   */
  groups: Array<DeferredGroup>, };

/**
 * A send rate: `units` per `per_seconds` (15 per 60 is AT&T's 15 TPM).
 */
export type Rate = {
  /**
   * Segments (or MMS messages) released per period.
   */
  units: number,
  /**
   * The period in seconds.
   */
  per_seconds: number, };

/**
 * Arguments of `readiness`.
 */
export type ReadinessArgs = {
  /**
   * The number's facts (Twilio's IncomingPhoneNumber fields pass through).
   */
  number: NumberFacts,
  /**
   * The organisation's registrations; absent parts mean not created yet.
   */
  org?: OrgFacts,
  /**
   * The current instant (toll-free edit windows expire).
   */
  now: string, };

/**
 * The phrase on the phone card.
 */
export type ReadinessBadge = {
  /**
   * The jargon-free phrase, e.g. "Ready to text" or "Action needed to text".
   */
  label: string,
  /**
   * Colour family to show the label in.
   */
  tone: Tone, };

/**
 * Readiness of one channel (texting to one country, or calls).
 */
export type ReadinessChannel = {
  /**
   * Where the channel stands.
   */
  state: ReadinessState,
  /**
   * Null when ready, and when nothing the owner does can change the answer.
   */
  next_action: NextAction | null,
  /**
   * The ordered checklist; empty when the channel is unsupported outright.
   */
  steps: Array<ReadinessStep>,
  /**
   * Stable machine codes for why the channel is in its state.
   */
  reasons: Array<string>, };

/**
 * Result of `readiness`: where one number stands.
 */
export type ReadinessResult = {
  /**
   * E.164; a short code's digits (short codes have no E.164 form).
   */
  number: string,
  /**
   * What kind of number this is (local, toll-free, mobile, short code, …).
   */
  kind: PhoneKind,
  /**
   * ISO 3166 alpha-2 country of the number (`US`, `CA`, …), or null when unknown.
   */
  country: string | null,
  /**
   * Texting readiness, per destination country.
   */
  messaging: Messaging,
  /**
   * Calling readiness.
   */
  voice: ReadinessChannel,
  /**
   * The one phrase and colour for the phone card.
   */
  badge: ReadinessBadge, };

/**
 * Where a channel stands.
 */
export type ReadinessState = "ready" | "pending" | "action_required" | "blocked" | "unsupported";

/**
 * How many numbers are in each state, for one channel.
 */
export type ReadinessStateCounts = {
  /**
   * Numbers in state `ready`.
   */
  ready: number,
  /**
   * Numbers in state `pending`.
   */
  pending: number,
  /**
   * Numbers in state `action_required`.
   */
  action_required: number,
  /**
   * Numbers in state `blocked`.
   */
  blocked: number,
  /**
   * Numbers in state `unsupported`.
   */
  unsupported: number, };

/**
 * One checklist entry.
 */
export type ReadinessStep = {
  /**
   * Which checklist step this is.
   */
  id: StepId,
  /**
   * Where the step stands.
   */
  status: StepStatus,
  /**
   * One plain sentence for the owner.
   */
  detail: string, };

/**
 * Which form is checked.
 */
export type RegistrationForm = "brand" | "campaign" | "tollfree_verification";

/**
 * A regulatory Bundle.
 */
export type RegulatoryBundle = {
  /**
   * Review status of the bundle; null when not reported.
   */
  status?: BundleStatus | null,
  /** Any other field of the Twilio resource (ignored). */
  [twilioField: string]: unknown, };

/**
 * Arguments of `render_twiml_reply`.
 */
export type RenderTwimlArgs = {
  /**
   * The reply text, or null for no reply.
   */
  body?: string | null, };

/**
 * Which reply is linted.
 */
export type ReplyKind = "help" | "stop" | "start";

/**
 * The business: its name and the contacts HELP replies give.
 */
export type ReplyOrg = {
  /**
   * The business name replies give (1 to `MAX_ORG_NAME_CHARS` characters).
   */
  name: string,
  /**
   * Support phone number HELP replies give; null to leave it out.
   */
  support_phone?: string | null,
  /**
   * Support email address HELP replies give; null to leave it out.
   */
  support_email?: string | null,
  /**
   * Website HELP replies give; null to leave it out.
   */
  website?: string | null, };

/**
 * Why this reply, or why none (see the module docs).
 */
export type ReplyReason = "opt_out_confirmation" | "opt_in_confirmation" | "help_reply" | "already_opted_out" | "answered_by_twilio" | "answered_by_toll_free_network" | "help_to_opted_out_on_toll_free" | "opt_in_keyword_not_opted_out" | "ordinary_message" | "message_from_opted_out_contact" | "possible_opt_out_needs_review";

/**
 * An org's own reply templates for one language; missing ones use the built-in.
 */
export type ReplyTemplates = {
  /**
   * Reply to HELP; null uses the built-in template.
   */
  help?: string | null,
  /**
   * Confirmation of an opt-out (STOP); null uses the built-in template.
   */
  stop?: string | null,
  /**
   * Confirmation of an opt-in (START); null uses the built-in template.
   */
  start?: string | null, };

/**
 * Whether sending the same message again can succeed.
 */
export type Retry = "no" | "later" | "yes";

/**
 * Arguments of `segments`.
 */
export type SegmentsArgs = {
  /**
   * The message body.
   */
  text: string,
  /**
   * Apply Twilio's Smart Encoding look-alike replacement before counting.
   */
  smart_encoding?: boolean, };

/**
 * Result of `segments`.
 */
export type SegmentsResult = {
  /**
   * The encoding the text needs (`GSM-7` or `UCS-2`).
   */
  encoding: Encoding,
  /**
   * Segments billed (an empty text still costs one).
   */
  segments: number,
  /**
   * User-perceived characters (graphemes), counting `\r\n` as two as Twilio does.
   */
  characters: number,
  /**
   * Septets for GSM-7 (extension characters count two), UTF-16 units for UCS-2.
   */
  code_units: number,
  /**
   * The distinct characters (graphemes) that forced UCS-2, in order of first appearance.
   */
  non_gsm: Array<string>,
  /**
   * The text as it would be sent (after smart encoding when asked).
   */
  text: string, };

/**
 * Arguments of `select_sender`.
 */
export type SelectSenderArgs = {
  /**
   * The recipient, E.164 or typed (US assumed without a country code).
   */
  to: string,
  /**
   * The channel to send on.
   */
  channel: SendChannel,
  /**
   * What kind of message it is; `marketing` needs consent and respects quiet hours.
   */
  message_class: MessageClass,
  /**
   * The message text, for segment counting.
   */
  body?: string | null,
  /**
   * The organisation's numbers, in the order to fall back on.
   */
  numbers?: Array<SenderNumber>,
  /**
   * The caller's preferences (explicit pick, user, sticky sender, area code).
   */
  preference?: SenderPreference,
  /**
   * What is known about the recipient.
   */
  recipient: SenderRecipient,
  /**
   * The organisation's registrations (business profile, brand, Messaging Services), as
   * `readiness` takes them.
   */
  org?: OrgFacts,
  /**
   * The current instant (RFC 3339 with offset); decides quiet hours and the WhatsApp window.
   */
  now: string,
  /**
   * MMS to a recipient outside the US/CA goes as SMS (with a warning) instead of being
   * blocked.
   */
  allow_sms_fallback?: boolean,
  /**
   * Quiet-hours policy for marketing (`strictest` by default).
   */
  policy?: Policy,
  /**
   * Also check `body` with `check_message` and return its answer as `message_check`
   * (opt-in; `{}` checks with no extra context).
   */
  check_message?: MessageCheckContext | null, };

/**
 * Result of `select_sender` (the flat contract shape of a [`Selection`]).
 */
export type SelectSenderResult = {
  /**
   * Whether the message is sent now, deferred or blocked.
   */
  decision: DecisionKind,
  /**
   * Send: the rule that picked the sender (as `selected_by`). Defer: `quiet_hours`.
   * Block: the [`BlockReason`] code.
   */
  reason: string,
  /**
   * The sender's number (E.164, a short code's digits); null when blocked.
   */
  from: string | null,
  /**
   * The Messaging Service to send through with `from`; null on the direct path.
   */
  messaging_service_sid: string | null,
  /**
   * Null when blocked.
   */
  path: SendPath | null,
  /**
   * The channel the message goes on (`sms` after an MMS fallback).
   */
  channel: SendChannel,
  /**
   * The candidate rule that chose `from`; null when blocked.
   */
  selected_by: SelectedBy | null,
  /**
   * Defer: the earliest instant the message may go (UTC, RFC 3339).
   */
  defer_until: string | null,
  /**
   * Block for lack of a usable sender: the readiness step that would fix it.
   */
  next_action: NextAction | null,
  /**
   * The number `next_action` is for.
   */
  next_action_for: string | null,
  /**
   * Things the caller should know (skipped preferred numbers, MMS sent as SMS); empty when none.
   */
  warnings: Array<SenderWarning>,
  /**
   * SMS segments of `body` (null without a body or when not sent as SMS).
   */
  segments: number | null,
  /**
   * Encoding of `body` (`GSM-7` or `UCS-2`); null when `segments` is.
   */
  encoding: Encoding | null,
  /**
   * `check_message`'s answer for `body` when `check_message` was asked for and the
   * message goes as SMS or MMS (absent otherwise). Its findings never change the
   * decision: the caller decides whether an `error` finding stops the send.
   */
  message_check?: CheckMessageResult, };

/**
 * Which candidate rule picked the sender.
 */
export type SelectedBy = "explicit_from" | "user_primary" | "sticky_sender" | "area_code_match" | "org_default" | "any_ready_number";

/**
 * The channel a message goes out on.
 */
export type SendChannel = "sms" | "mms" | "whatsapp";

/**
 * How the message reaches Twilio.
 */
export type SendPath = "messaging_service" | "direct";

/**
 * Result of `plan_send`.
 */
export type SendPlan = {
  /**
   * Throughput table used.
   */
  table_version: string,
  /**
   * Messages in the plan (recipients or `count`).
   */
  messages: number,
  /**
   * Segments per message (1 for MMS).
   */
  units_per_message: number,
  /**
   * `segment` (SMS) or `message` (MMS): what rates and caps count.
   */
  unit: string,
  /**
   * The body's encoding, when a body was given.
   */
  encoding: Encoding | null,
  /**
   * All units of the messages that go out.
   */
  total_units: number,
  /**
   * The start, normalised to UTC.
   */
  start: string,
  /**
   * When the first message goes out.
   */
  first_out_at: string | null,
  /**
   * When the last segment goes out.
   */
  last_out_at: string | null,
  /**
   * From `start` to `last_out_at`, whole seconds rounded up.
   */
  duration_seconds: number | null,
  /**
   * What decides the end.
   */
  governing: Governing | null,
  /**
   * Each lane.
   */
  lanes: Array<LanePlan>,
  /**
   * Messages the daily cap moves to later days (all lanes).
   */
  pushed_to_later_days: number,
  /**
   * Quiet hours.
   */
  quiet_hours: QuietHoursPlan,
  /**
   * Twilio's queue.
   */
  queue: QueuePlan,
  /**
   * Carrier assumption and the range it implies.
   */
  carriers: CarrierAssumption,
  /**
   * Messages that do not go out: how many.
   */
  not_sent: number,
  /**
   * The first few of them, with why.
   */
  not_sent_examples: Array<NotSent>,
  /**
   * Error codes this send meets if submitted all at once instead of as planned: 30023
   * (daily cap), 30036 (waited past the validity period) and 21611 (a single From
   * number's queue is full).
   */
  errors_to_expect: Array<number>,
  /**
   * The plan in plain sentences.
   */
  summary: Array<string>, };

/**
 * Arguments of `send_window`.
 */
export type SendWindowArgs = {
  /**
   * The recipient, as typed or E.164 (US assumed without a country code).
   */
  to: string,
  /**
   * The instant of sending, RFC 3339 with an offset.
   */
  at: string,
  /**
   * What kind of message it is; quiet hours apply only to the restricted classes.
   */
  message_class: MessageClass,
  /**
   * State/province code of the recipient's known address (`FL`, `BC`, `US-FL`); its
   * rules apply on top of the area code's.
   */
  recipient_region?: string | null,
  /**
   * Which rules apply: `federal` (national floor only) or `strictest` (default).
   */
  policy?: Policy,
  /**
   * The classes quiet hours apply to; default `["marketing"]`.
   */
  restricted_classes?: Array<MessageClass> | null, };

/**
 * Result of `send_window`.
 */
export type SendWindowResult = {
  /**
   * Whether the message may be sent at `at`.
   */
  allowed: boolean,
  /**
   * `class_not_restricted`, `within_window`, `no_time_zone` (no zone known for the
   * number: blocked), or the id of the first rule that blocks (`us_federal`, `us_fl`,
   * `ca_crtc`, ...).
   */
  reason: string,
  /**
   * Every rule id that blocks at `at` (empty when allowed).
   */
  blocked_by: Array<string>,
  /**
   * Candidate zones of the recipient (longest prefix in libphonenumber's map).
   */
  zones: Array<string>,
  /**
   * Candidate state/province codes: the area code's plus `recipient_region`.
   */
  regions: Array<string>,
  /**
   * Ids of the rules applied (empty when the class is not restricted).
   */
  rules: Array<string>,
  /**
   * The earliest instant at or after `at` at which every candidate zone and rule allows
   * the send, in UTC: equal to `at` when allowed now; null when no such instant exists
   * within 366 days.
   */
  next_allowed_at: string | null, };

/**
 * What kind of number received the text.
 */
export type SenderKind = "local" | "toll_free" | "short_code" | "mobile" | "other";

/**
 * One of the organisation's numbers: its readiness facts plus who uses it.
 *
 * Shape: `{"number": {readiness number facts}, "assigned_user": "u1", "is_default": true}`.
 * The facts are nested (not merged into the same object) so that this wrapper can reject
 * unknown fields while the number object, like `readiness`'s, passes Twilio's
 * IncomingPhoneNumber fields through.
 */
export type SenderNumber = {
  /**
   * The number's readiness facts, as `readiness` takes them (Twilio's
   * IncomingPhoneNumber fields pass through).
   */
  number: NumberFacts,
  /**
   * The user whose own line this is; the first number listed for a user is their
   * primary number.
   */
  assigned_user?: string | null,
  /**
   * The company default number (the first one marked wins).
   */
  is_default?: boolean | null, };

/**
 * What the caller would like, most binding first.
 */
export type SenderPreference = {
  /**
   * A number the user picked: used as is or the message is blocked, never swapped.
   */
  explicit_from?: string | null,
  /**
   * Send as this user: their primary number comes first.
   */
  user_id?: string | null,
  /**
   * The number this contact last talked to (sticky sender).
   */
  last_used_from?: string | null,
  /**
   * Prefer a number with the recipient's area code.
   */
  area_code_match?: boolean, };

/**
 * What is known about the recipient.
 */
export type SenderRecipient = {
  /**
   * The recipient's consent to receive messages.
   */
  consent: Consent,
  /**
   * When the recipient last wrote in (WhatsApp's 24-hour customer-service window).
   */
  last_inbound_at?: string | null,
  /**
   * State/province code of the recipient's address, for quiet hours.
   */
  recipient_region?: string | null, };

/**
 * The sender: type, 10DLC brand and trust score, numbers in the service.
 */
export type SenderSpec = {
  /**
   * Number type.
   */
  type: PlanSenderType,
  /**
   * 10DLC only: the brand registration (required for `us_10dlc`).
   */
  brand?: PlanBrandType | null,
  /**
   * 10DLC standard brands: the trust score, 0-100 (0 = vetting skipped). Default 0.
   */
  trust_score?: number | null,
  /**
   * Numbers in the Messaging Service (default 1). Raises throughput only for Canadian
   * long codes; for 10DLC the campaign's limits apply however many numbers it has.
   */
  numbers?: number | null,
  /**
   * Toll-free and short codes: throughput bought from Twilio (segments per second), in
   * place of the default 3 (toll-free) or 100 (short code).
   */
  mps?: number | null, };

/**
 * Something the caller should know even though the decision stands.
 */
export type SenderWarning = {
  /**
   * Stable machine code (`user_number_skipped`, `sticky_sender_skipped`,
   * `area_code_number_skipped`, `default_number_skipped`, `user_has_no_number`,
   * `sticky_sender_not_found`, `no_area_code_match`, `mms_sent_as_sms`).
   */
  code: string,
  /**
   * The same in plain words.
   */
  message: string, };

/**
 * How serious a lint problem is.
 */
export type Severity = "error" | "warning";

/**
 * Why a signature was not accepted. Stable codes.
 */
export type SignatureProblem = "missing_signature" | "missing_url" | "malformed_url" | "signature_mismatch" | "body_hash_missing" | "body_hash_mismatch" | "body_not_checked" | "unsupported_signature_algorithm";

/**
 * Result of `verify_webhook_signature`.
 */
export type SignatureVerdict = {
  /**
   * True only when the request is proven to come from Twilio for this secret.
   */
  valid: boolean,
  /**
   * Why not, when `valid` is false; null when valid.
   */
  reason: SignatureProblem | null, };

/**
 * What Twilio's Smart Encoding would make of the body.
 */
export type SmartEncodingEffect = {
  /**
   * The encoding after look-alike replacement.
   */
  encoding: Encoding,
  /**
   * Segments after look-alike replacement.
   */
  segments: number,
  /**
   * Segments saved (0 when Smart Encoding changes nothing that matters).
   */
  saves_segments: number,
  /**
   * Characters still outside GSM-7 after replacement (emoji, most accented letters).
   */
  non_gsm: Array<string>, };

/**
 * Which layer a decision came from.
 */
export type Source = "number" | "org";

/**
 * Result of `parse_status_callback`.
 */
export type StatusCallback = {
  /**
   * `MessageSid` (or the legacy `SmsSid`).
   */
  message_sid: string,
  /**
   * `MessageStatus` (or the legacy `SmsStatus`), as Twilio spells it.
   */
  status: MessageStatus,
  /**
   * `ErrorCode`, null when absent or empty.
   */
  error_code: number | null,
  /**
   * `AccountSid`, `MessagingServiceSid`, `From`, `To` when sent.
   */
  account_sid: string | null,
  /**
   * `MessagingServiceSid`, when the message went through a Messaging Service.
   */
  messaging_service_sid: string | null,
  /**
   * `From`: the sending number, when sent.
   */
  from: string | null,
  /**
   * `To`: the recipient's number, when sent.
   */
  to: string | null,
  /**
   * `explain_error`'s answer for `error_code`, null when there is no (non-zero) code.
   */
  guidance: ErrorGuidance | null, };

/**
 * Messages whose status telrules does not know.
 */
export type StatusCount = {
  /**
   * The status string as given.
   */
  status: string,
  /**
   * Number of messages reported with this status.
   */
  messages: number, };

/**
 * The checklist entries, in the order they are met.
 */
export type StepId = "sms_capability" | "customer_profile" | "trust_product" | "brand" | "brand_identity" | "messaging_service" | "campaign" | "number_registration" | "tollfree_verification" | "short_code" | "voice_capability" | "voice_webhook";

/**
 * A checklist entry's status.
 */
export type StepStatus = "done" | "in_progress" | "todo" | "failed" | "not_needed";

/**
 * TollfreeVerification `status` (OAI-MSG).
 *
 * Known values are listed (matched ignoring case, `-`/`_`/space alike); any other string is accepted and read as "not ready".
 */
export type TollfreeStatus = "PENDING_REVIEW" | "IN_REVIEW" | "TWILIO_APPROVED" | "TWILIO_REJECTED" | (string & {});

/**
 * A TollfreeVerification.
 */
export type TollfreeVerificationFacts = {
  /**
   * Review status of the verification; null when not reported.
   */
  status?: TollfreeStatus | null,
  /**
   * Accepted, not shown (reviewer wording).
   */
  rejection_reason?: string | null,
  /**
   * Whether this rejection may be fixed by editing the request.
   */
  edit_allowed?: boolean | null,
  /**
   * When the edit window closes (RFC 3339).
   */
  edit_expiration?: string | null,
  /**
   * Twilio's error code for the rejection (an integer; kept as JSON).
   */
  error_code?: JsonValue | null,
  /** Any other field of the Twilio resource (ignored). */
  [twilioField: string]: unknown, };

/**
 * Colour family of the badge.
 */
export type Tone = "success" | "info" | "warning" | "danger" | "neutral";

/**
 * One thing to do, with the failed messages it would have saved.
 */
export type TopAction = {
  /**
   * "Register your business for US texting: 42 messages blocked".
   */
  summary: string,
  /**
   * The action on its own: "Register your business for US texting".
   */
  headline: string,
  /**
   * The failure category the action addresses.
   */
  category: ErrorCategory,
  /**
   * The readiness step that fixes it, if one does.
   */
  next_action: string | null,
  /**
   * Number of failed messages the action addresses.
   */
  messages: number,
  /**
   * The error codes behind it, ascending.
   */
  codes: Array<number>, };

/**
 * A Trust Hub CustomerProfile or TrustProduct.
 */
export type TrustHubResourceFacts = {
  /**
   * Review status; null when not reported.
   */
  status?: TrustHubStatus | null,
  /**
   * Error objects behind a rejection (`[{"code": 18601}]`); kept as JSON.
   */
  errors?: JsonValue | null,
  /** Any other field of the Twilio resource (ignored). */
  [twilioField: string]: unknown, };

/**
 * Trust Hub status of a Customer Profile or a Trust Product (the A2P messaging
 * profile); both use the same enum (OAI-TH).
 *
 * Known values are listed (matched ignoring case, `-`/`_`/space alike); any other string is accepted and read as "not ready".
 */
export type TrustHubStatus = "draft" | "pending-review" | "in-review" | "twilio-rejected" | "twilio-approved" | (string & {});

/**
 * Result of `render_twiml_reply`.
 */
export type TwimlReply = {
  /**
   * The HTTP response body, served as `text/xml`.
   */
  twiml: string, };

/**
 * Whether the form can go.
 */
export type Verdict = "ready_to_submit" | "fix_first";

/**
 * Arguments of `verify_webhook_signature`. Give the secret in exactly one of `auth_token`
 * and `secret` (the same thing under a name that fits a SharedKey secret too).
 */
export type VerifyWebhookSignatureArgs = {
  /**
   * The secret the webhook was signed with: the account's (or subaccount's) Auth Token,
   * or the SharedKey secret when the request carries `X-Twilio-Webhooks-Signature-Settings`.
   */
  auth_token?: AuthToken | null,
  /**
   * The same secret as `auth_token`, under its neutral name; give one of the two.
   */
  secret?: AuthToken | null,
  /**
   * The full URL Twilio requested, with its query string, exactly as configured.
   */
  url?: string | null,
  /**
   * The form fields of a form-encoded webhook (empty for a JSON webhook).
   */
  params?: FormParams,
  /**
   * The raw body of a JSON webhook (one whose URL carries `bodySHA256`).
   */
  body?: string | null,
  /**
   * The `X-Twilio-Signature` header.
   */
  signature?: string | null,
  /**
   * The raw `X-Twilio-Webhooks-Signature-Settings` header, which names the algorithm of
   * a SharedKey-signed webhook. Absent, null or empty means HMAC-SHA1. A string or null:
   * a header value is text, so anything else is a mistake in the adapter.
   */
  signature_settings?: string | null, };

/**
 * One media attachment of an inbound MMS.
 */
export type WebhookMedia = {
  /**
   * `MediaUrl<N>`: where Twilio stores the file (fetching it needs the account's
   * credentials when HTTP basic auth on media is enabled).
   */
  url: string,
  /**
   * `MediaContentType<N>` (`image/jpeg`, ...), null when Twilio did not send it.
   */
  content_type: string | null, };

/**
 * Arguments of `parse_inbound_webhook` and `parse_status_callback`.
 */
export type WebhookParamsArgs = {
  /**
   * The form fields of the request.
   */
  params: FormParams, };

/**
 * Weekly hours; a missing day is closed.
 */
export type WeeklyHours = {
  /**
   * Monday's open spans (`[["09:00", "17:00"]]`); empty means closed.
   */
  mon?: Array<[string, string]>,
  /**
   * Tuesday's open spans; empty means closed.
   */
  tue?: Array<[string, string]>,
  /**
   * Wednesday's open spans; empty means closed.
   */
  wed?: Array<[string, string]>,
  /**
   * Thursday's open spans; empty means closed.
   */
  thu?: Array<[string, string]>,
  /**
   * Friday's open spans; empty means closed.
   */
  fri?: Array<[string, string]>,
  /**
   * Saturday's open spans; empty means closed.
   */
  sat?: Array<[string, string]>,
  /**
   * Sunday's open spans; empty means closed.
   */
  sun?: Array<[string, string]>, };

export type JsonValue = number | string | boolean | Array<JsonValue> | { [key in string]: JsonValue } | null;
