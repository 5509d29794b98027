// TypeScript types for the telrules npm package. Field names and vocabularies follow the
// JSON contract (snake_case); each op function takes the op's args and returns its result.

/** The `error` object of an answer. */
export interface ErrorBody {
  kind: 'invalid_json' | 'invalid_request' | 'unknown_op' | 'invalid_args' | 'invalid_value'
    /** The light module met a number only the full parser reads: `await enableInternationalNumbers()`. */
    | 'international_parser_not_loaded';
  /** What was wrong and what is accepted, for a person. */
  message: string;
  /** The offending field inside the request (`args.org.brand.status`), or "". */
  path: string;
}

/** Thrown by the per-op functions when the core answers with an error. */
export declare class TelrulesError extends Error {
  readonly kind: ErrorBody['kind'];
  readonly path: string;
}

/** The answer to any request. */
export type Answer<T = unknown> = { ok: T } | { error: ErrorBody };

export interface Request {
  op: string;
  args?: Record<string, unknown>;
}

export declare function evaluate(request: Request): Answer;
export declare function evaluateJson(request: string): string;
export declare function operations(): string[];
export declare function version(): string;

// ---- segments -------------------------------------------------------------------------

export interface SegmentsArgs {
  text: string;
  /** Apply Twilio's Smart Encoding look-alike replacement first. Default false. */
  smart_encoding?: boolean;
}

export interface SegmentsResult {
  encoding: 'GSM-7' | 'UCS-2';
  segments: number;
  /** Graphemes, with "\r\n" counted as two. */
  characters: number;
  /** Septets (GSM-7) or UTF-16 units (UCS-2). */
  code_units: number;
  /** Distinct characters that forced UCS-2, in order of appearance. */
  non_gsm: string[];
  /** The text as it would be sent. */
  text: string;
}

export declare function segments(args: SegmentsArgs): SegmentsResult;

// ---- parse_phone ----------------------------------------------------------------------

export type PhoneKind =
  | 'toll_free'
  | 'local'
  | 'mobile'
  | 'fixed_or_mobile'
  | 'short_code'
  | 'premium'
  | 'voip'
  | 'unknown';

export interface ParsePhoneArgs {
  input: string;
  /** ISO 3166 alpha-2; default "US". */
  default_region?: string;
}

export interface ParsedPhone {
  /** E.164, or null for a short code. */
  e164: string | null;
  country: string | null;
  kind: PhoneKind;
  valid: boolean;
}

export declare function parsePhone(args: ParsePhoneArgs): ParsedPhone;

// ---- readiness ------------------------------------------------------------------------

/**
 * A status string as Twilio spells it. Known values are listed (matched case-insensitively,
 * `-`/`_`/space alike); any other string is accepted and treated as "not ready".
 */
export type TwilioStatus<Known extends string> = Known | Lowercase<Known> | (string & {});

export type TrustHubStatus = TwilioStatus<
  'draft' | 'pending-review' | 'in-review' | 'twilio-rejected' | 'twilio-approved'
>;
export type BrandStatus = TwilioStatus<
  'PENDING' | 'APPROVED' | 'FAILED' | 'IN_REVIEW' | 'DELETION_PENDING' | 'DELETION_FAILED' | 'SUSPENDED'
>;
export type BrandIdentityStatus = TwilioStatus<'SELF_DECLARED' | 'UNVERIFIED' | 'VERIFIED' | 'VETTED_VERIFIED'>;
export type BrandType = TwilioStatus<'STANDARD' | 'SOLE_PROPRIETOR' | 'STARTER'>;
export type CampaignStatus = TwilioStatus<'PENDING' | 'IN_PROGRESS' | 'VERIFIED' | 'FAILED' | 'SUSPENDED' | 'EXPIRED'>;
export type NumberRegistrationStatus = TwilioStatus<'registered' | 'pending' | 'failed' | 'unregistered'>;
export type TollfreeStatus = TwilioStatus<'PENDING_REVIEW' | 'IN_REVIEW' | 'TWILIO_APPROVED' | 'TWILIO_REJECTED'>;
export type BundleStatus = TwilioStatus<
  'draft' | 'pending-review' | 'in-review' | 'twilio-rejected' | 'twilio-approved' | 'provisionally-approved'
>;

/** IncomingPhoneNumber `capabilities` (AvailablePhoneNumbers' `SMS`/`MMS` also accepted). */
export interface NumberCapabilities {
  sms?: boolean | null;
  mms?: boolean | null;
  voice?: boolean | null;
  /** A registered WhatsApp sender (set by the backend; used by select_sender only). */
  whatsapp?: boolean | null;
  SMS?: boolean | null;
  MMS?: boolean | null;
  [twilioField: string]: unknown;
}

/** A Twilio TollfreeVerification; unread fields are ignored. */
export interface TollfreeVerificationFacts {
  status?: TollfreeStatus | null;
  rejection_reason?: string | null;
  edit_allowed?: boolean | null;
  /** RFC 3339. */
  edit_expiration?: string | null;
  error_code?: number | string | null;
  [twilioField: string]: unknown;
}

/**
 * One phone number: IncomingPhoneNumber fields plus its registration facts. Fields not
 * listed (sid, url, links, ...) are ignored, so an API response can be passed through.
 */
export interface NumberFacts {
  /** E.164, as typed, or a short code. */
  phone_number: string;
  /** ISO 3166 alpha-2 region for typed numbers and short codes; default "US". */
  iso_country?: string | null;
  /** Missing = nothing known (the number is then not assumed to text or take calls). */
  capabilities?: NumberCapabilities | null;
  messaging_service_sid?: string | null;
  voice_url?: string | null;
  voice_application_sid?: string | null;
  /** When given, decides over voice_url / voice_application_sid. */
  voice_webhook_active?: boolean | null;
  /** The number's own carrier registration; null = unknown (counts as pending). */
  a2p_registration?: NumberRegistrationStatus | null;
  tollfree_verification?: TollfreeVerificationFacts | null;
  [twilioField: string]: unknown;
}

/** A Trust Hub CustomerProfile or TrustProduct. */
export interface TrustHubResourceFacts {
  status?: TrustHubStatus | null;
  errors?: unknown;
  [twilioField: string]: unknown;
}

/** A BrandRegistration. */
export interface BrandFacts {
  status?: BrandStatus | null;
  identity_status?: BrandIdentityStatus | null;
  brand_type?: BrandType | null;
  errors?: unknown;
  failure_reason?: string | null;
  [twilioField: string]: unknown;
}

/** A UsAppToPerson campaign (`status` is the pre-6.58 name of `campaign_status`). */
export interface CampaignFacts {
  campaign_status?: CampaignStatus | null;
  status?: CampaignStatus | null;
  errors?: unknown;
  [twilioField: string]: unknown;
}

export interface MessagingServiceFacts {
  sid: string;
  campaign?: CampaignFacts | null;
  [twilioField: string]: unknown;
}

/** The organisation's registrations; strict (unknown fields are rejected). */
export interface OrgFacts {
  customer_profile?: TrustHubResourceFacts | null;
  trust_product?: TrustHubResourceFacts | null;
  brand?: BrandFacts | null;
  messaging_services?: MessagingServiceFacts[];
  /** Accepted; bundles gate buying numbers abroad, not US/CA texting. */
  regulatory_bundle?: { status?: BundleStatus | null; [twilioField: string]: unknown } | null;
}

export interface ReadinessArgs {
  number: NumberFacts;
  org?: OrgFacts;
  /** RFC 3339 with offset. */
  now: string;
}

export type ReadinessState = 'ready' | 'pending' | 'action_required' | 'blocked' | 'unsupported';

export type StepStatus = 'done' | 'in_progress' | 'todo' | 'failed' | 'not_needed';

export type StepId =
  | 'sms_capability'
  | 'customer_profile'
  | 'trust_product'
  | 'brand'
  | 'brand_identity'
  | 'messaging_service'
  | 'campaign'
  | 'number_registration'
  | 'tollfree_verification'
  | 'short_code'
  | 'voice_capability'
  | 'voice_webhook';

export type NextActionCode =
  | 'enable_capability'
  | 'create_customer_profile'
  | 'complete_customer_profile'
  | 'wait_customer_profile_review'
  | 'fix_customer_profile'
  | 'register_brand'
  | 'wait_brand_review'
  | 'verify_brand_otp'
  | 'fix_brand'
  | 'contact_support'
  | 'create_messaging_service'
  | 'add_number_to_messaging_service'
  | 'create_campaign'
  | 'wait_campaign_review'
  | 'fix_campaign'
  | 'wait_number_registration'
  | 'retry_number_registration'
  | 'submit_tollfree_verification'
  | 'wait_tollfree_review'
  | 'edit_tollfree_verification'
  | 'resubmit_tollfree_verification'
  | 'configure_voice_webhook';

export interface NextAction {
  code: NextActionCode;
  /** Plain words for the owner. */
  message: string;
  /** The checklist step this action completes. */
  step: StepId;
  /** Twilio error codes behind a rejection; empty when none. */
  error_codes: number[];
  /** RFC 3339 instant after which this action is no longer possible, or null. */
  deadline: string | null;
}

export interface ReadinessStep {
  id: StepId;
  status: StepStatus;
  detail: string;
}

export interface ReadinessChannel {
  state: ReadinessState;
  next_action: NextAction | null;
  steps: ReadinessStep[];
  /** Stable machine codes (`brand_missing`, `campaign_status_unknown`, ...). */
  reasons: string[];
}

export interface ReadinessBadge {
  label: string;
  tone: 'success' | 'info' | 'warning' | 'danger' | 'neutral';
}

export interface ReadinessResult {
  /** E.164, or a short code's digits. */
  number: string;
  kind: PhoneKind;
  country: string | null;
  messaging: { us: ReadinessChannel; ca: ReadinessChannel };
  voice: ReadinessChannel;
  badge: ReadinessBadge;
}

export declare function readiness(args: ReadinessArgs): ReadinessResult;

// ---- org_readiness --------------------------------------------------------------------

export interface OrgReadinessArgs {
  org?: OrgFacts;
  numbers?: NumberFacts[];
  /** RFC 3339 with offset. */
  now: string;
}

export interface ReadinessStateCounts {
  ready: number;
  pending: number;
  action_required: number;
  blocked: number;
  unsupported: number;
}

export interface OrgNextAction {
  /** Never a wait_* code: something the owner can do. */
  code: NextActionCode;
  message: string;
  /** How many numbers it moves forward. */
  count: number;
  /** Those numbers (E.164 or short code), in input order. */
  numbers: string[];
}

export interface OrgReadinessResult {
  /** One result per input number, in order. */
  numbers: ReadinessResult[];
  summary: {
    total: number;
    us: ReadinessStateCounts;
    ca: ReadinessStateCounts;
    voice: ReadinessStateCounts;
    next_action: OrgNextAction | null;
  };
}

export declare function orgReadiness(args: OrgReadinessArgs): OrgReadinessResult;

// ---- explain_error --------------------------------------------------------------------

/** Failure categories (stable machine codes; the list may grow, names never change). */
export type ErrorCategory =
  | 'not_registered'
  | 'opted_out'
  | 'invalid_recipient'
  | 'landline_or_unreachable_carrier'
  | 'recipient_unreachable'
  | 'content_filtered'
  | 'carrier_limit'
  | 'rate_limit'
  | 'account_config'
  | 'sender_config'
  | 'media'
  | 'pricing'
  | 'whatsapp_window'
  | 'webhook'
  | 'platform_error'
  | 'unknown';

// An error's fix may point at a readiness step: see NextActionCode above.

export type ErrorChannel = 'sms' | 'mms' | 'whatsapp' | 'voice';

export interface ExplainErrorArgs {
  /** A Twilio error code: a whole number 0..4294967295, or a string of digits ("30034"). */
  code: number | string;
  /** The channel the message went out on; sharpens guidance for codes not in the catalogue. */
  channel?: ErrorChannel | null;
}

/** What to do next, with the readiness step that fixes it when there is one. */
export interface ErrorAction {
  message: string;
  next_action: NextActionCode | null;
}

export interface ErrorGuidance {
  code: number;
  /** In the catalogue; false means the guidance comes from the code's number range. */
  known: boolean;
  /** Twilio's short title; null when the code is not in the catalogue. */
  title: string | null;
  category: ErrorCategory;
  /** no: not until something is fixed; later: after a while; yes: now. */
  retry: 'no' | 'later' | 'yes';
  /** Stop sending to this recipient from this sender. */
  suppress_recipient: boolean;
  /** What happened, in plain words. */
  message: string;
  action: ErrorAction;
  /** https://www.twilio.com/docs/api/errors/<code> */
  docs_url: string;
  /** Registration rejections: the preflight_registration rule ids that catch this code
   * before submitting. Absent when there are none. */
  preflight_rules?: string[];
}

export declare function explainError(args: ExplainErrorArgs): ErrorGuidance;

// ---- deliverability -------------------------------------------------------------------

/** Twilio message statuses; any other string is accepted and counted under `other`. */
export type MessageStatus =
  | 'queued'
  | 'sending'
  | 'sent'
  | 'delivered'
  | 'undelivered'
  | 'failed'
  | 'read'
  | 'accepted'
  | 'scheduled'
  | 'canceled'
  | 'receiving'
  | 'received'
  | 'partially_delivered'
  | (string & {});

/** One status callback outcome, or an aggregate when `count` is given. A row needs a
 *  status or an error_code; a row with only an error_code counts as failed. */
export interface OutcomeRow {
  status?: MessageStatus | null;
  error_code?: number | string | null;
  /** Messages the row stands for; default 1. */
  count?: number | null;
}

export interface DeliverabilityArgs {
  messages: OutcomeRow[];
  channel?: ErrorChannel | null;
}

export interface CodeCount {
  /** null: failed without an error code. */
  code: number | null;
  messages: number;
}

export interface CategoryCount {
  category: ErrorCategory;
  messages: number;
  /** messages / settled, 4 decimal places. */
  rate: number;
  codes: CodeCount[];
}

export interface TopAction {
  /** "Register your business for US texting: 42 messages blocked" */
  summary: string;
  headline: string;
  category: ErrorCategory;
  next_action: NextActionCode | null;
  messages: number;
  /** Error codes behind it, ascending. */
  codes: number[];
}

export interface DeliverabilityResult {
  total: number;
  /** delivered + read */
  delivered: number;
  partially_delivered: number;
  /** undelivered + failed + rows with only an error_code */
  failed: number;
  /** sent: handed to the carrier, no receipt yet */
  awaiting_receipt: number;
  /** queued, accepted, scheduled, sending */
  in_flight: number;
  canceled: number;
  /** receiving, received */
  inbound: number;
  /** statuses telrules does not know (see unknown_statuses) */
  other: number;
  /** delivered + partially_delivered + failed: the rates' denominator */
  settled: number;
  /** delivered / settled, 4 decimal places; null when nothing settled */
  delivery_rate: number | null;
  categories: CategoryCount[];
  top_actions: TopAction[];
  unknown_statuses: { status: string; messages: number }[];
}

export declare function deliverability(args: DeliverabilityArgs): DeliverabilityResult;

// ---- verify_webhook_signature -----------------------------------------------------------

/** Form fields as received: a repeated name carries a list of its values. */
export type FormParams = Record<string, string | string[]>;

/**
 * The secret the webhook was signed with, in exactly one of two fields: the account's Auth
 * Token, or the SharedKey secret when the request carries
 * `X-Twilio-Webhooks-Signature-Settings`. Never echoed in results or errors.
 */
export type WebhookSecret =
  | { /** Auth Token or SharedKey secret. */ auth_token: string; secret?: never }
  | { /** The same as `auth_token`, under its neutral name. */ secret: string; auth_token?: never };

/** The signature algorithms a `X-Twilio-Webhooks-Signature-Settings` header may name. */
export type SignatureAlgorithm = 'HMAC_SHA1' | 'HMAC_SHA256';

export type VerifyWebhookSignatureArgs = WebhookSecret & {
  /** The full URL Twilio requested, with its query string, exactly as configured. */
  url?: string | null;
  /** The form fields of a form-encoded webhook; leave empty for a JSON webhook. */
  params?: FormParams;
  /** The raw body of a JSON webhook (its URL carries `bodySHA256`). */
  body?: string | null;
  /** The `X-Twilio-Signature` header; missing means not valid. */
  signature?: string | null;
  /**
   * The raw `X-Twilio-Webhooks-Signature-Settings` header, e.g.
   * `key=webhooks_sharedkey_…,algorithm=HMAC_SHA256`: it selects the algorithm. Missing,
   * null or empty means HMAC-SHA1 (an Auth Token signature); an algorithm telrules does not
   * know gives `valid: false` with `unsupported_signature_algorithm`.
   */
  signature_settings?: string | null;
};

export type SignatureProblem =
  | 'missing_signature'
  | 'missing_url'
  | 'malformed_url'
  | 'signature_mismatch'
  | 'body_hash_missing'
  | 'body_hash_mismatch'
  | 'body_not_checked'
  | 'unsupported_signature_algorithm';

export interface SignatureVerdict {
  valid: boolean;
  /** Why not, when `valid` is false; null when valid. */
  reason: SignatureProblem | null;
}

export declare function verifyWebhookSignature(args: VerifyWebhookSignatureArgs): SignatureVerdict;

// ---- parse_inbound_webhook --------------------------------------------------------------

export interface WebhookParamsArgs {
  /** The form fields of the request, by Twilio's names (`MessageSid`, `From`, ...). */
  params: FormParams;
}

/** Twilio's `OptOutType`, as Twilio spells it; a future value is passed through. */
export type OptOutType = 'STOP' | 'START' | 'HELP' | (string & {});

export interface WebhookMedia {
  url: string;
  content_type: string | null;
}

export interface InboundWebhook {
  message_sid: string;
  account_sid: string | null;
  messaging_service_sid: string | null;
  from: string;
  to: string;
  /** Exactly as sent; "" when empty or absent. */
  body: string;
  num_media: number;
  num_segments: number | null;
  media: WebhookMedia[];
  opt_out_type: OptOutType | null;
  from_country: string | null;
  from_state: string | null;
  from_city: string | null;
  from_zip: string | null;
  to_country: string | null;
  to_state: string | null;
  to_city: string | null;
  to_zip: string | null;
}

export declare function parseInboundWebhook(args: WebhookParamsArgs): InboundWebhook;

// ---- parse_status_callback --------------------------------------------------------------


export interface StatusCallback {
  message_sid: string;
  status: MessageStatus;
  error_code: number | null;
  account_sid: string | null;
  messaging_service_sid: string | null;
  from: string | null;
  to: string | null;
  /** explain_error's answer for a non-zero `error_code`, else null. */
  guidance: ErrorGuidance | null;
}

export declare function parseStatusCallback(args: WebhookParamsArgs): StatusCallback;

// ---- render_twiml_reply -----------------------------------------------------------------

export interface RenderTwimlArgs {
  /** The reply text; null or absent for no reply. An empty string is refused. */
  body?: string | null;
}

export interface TwimlReply {
  /** The response body, to serve as text/xml. */
  twiml: string;
}

export declare function renderTwimlReply(args: RenderTwimlArgs): TwimlReply;

// ---- business_hours --------------------------------------------------------------------

/** One interval, local wall clock: ["09:00", "17:00"], ["22:00", "02:00"], ["20:00", "26:00"]. */
export type HoursSpan = [string, string];

export interface WeeklyHours {
  mon?: HoursSpan[];
  tue?: HoursSpan[];
  wed?: HoursSpan[];
  thu?: HoursSpan[];
  fri?: HoursSpan[];
  sat?: HoursSpan[];
  sun?: HoursSpan[];
}

/** A date exception: closed all day, or replacement hours for intervals starting that date. */
export interface HoursException {
  /** YYYY-MM-DD, local date. */
  date: string;
  closed?: boolean;
  hours?: HoursSpan[];
  label?: string | null;
}

/** Org hours, or a per-number override (every field optional; null = not set). */
export interface Hours {
  /** IANA zone name, e.g. "America/Los_Angeles". */
  timezone?: string | null;
  weekly?: WeeklyHours | null;
  exceptions?: HoursException[] | null;
  force?: 'open' | 'closed' | null;
  voicemail_greeting?: string | null;
  after_hours_message?: string | null;
}

export interface BusinessHoursArgs {
  org: Hours;
  number?: Hours | null;
  /** RFC 3339 with offset. */
  at: string;
}

export interface BusinessHoursResult {
  open: boolean;
  reason: 'weekly' | 'exception' | 'forced' | 'no_schedule';
  /** The layer that supplied the deciding field (force, the exception, or the weekly hours). */
  source: 'number' | 'org';
  /** The deciding exception's label. */
  label: string | null;
  timezone: string;
  /** `at` on the business's wall clock, RFC 3339 with the local offset. */
  local_time: string;
  greeting: string | null;
  /** First instant after `at` at which `open` flips (RFC 3339, zone's offset); null within 366 days. */
  next_change: string | null;
}

export declare function businessHours(args: BusinessHoursArgs): BusinessHoursResult;

// ---- send_window -----------------------------------------------------------------------

export type MessageClass = 'marketing' | 'informational' | 'conversational';

export interface SendWindowArgs {
  /** Recipient number, E.164 or as typed (US assumed). */
  to: string;
  /** RFC 3339 with offset. */
  at: string;
  message_class: MessageClass;
  /** US state / Canadian province code of a known address: "FL", "US-FL", "BC". */
  recipient_region?: string | null;
  /** Default "strictest". "federal": only the recipient's national floor (US federal, or the CRTC rule for Canadian recipients). */
  policy?: 'federal' | 'strictest';
  /** Classes quiet hours apply to; default ["marketing"]. */
  restricted_classes?: MessageClass[] | null;
}

export interface SendWindowResult {
  allowed: boolean;
  /** "class_not_restricted", "within_window", "no_time_zone", or the first blocking rule id ("us_federal", "us_fl", "ca_crtc", ...). */
  reason: string;
  /** Every rule id blocking at `at`. */
  blocked_by: string[];
  /** Candidate IANA zones of the recipient. */
  zones: string[];
  /** Candidate state/province codes. */
  regions: string[];
  /** Rule ids applied. */
  rules: string[];
  /** Earliest instant (UTC, RFC 3339) at or after `at` when every candidate allows; equals `at` when allowed; null if none within 366 days. */
  next_allowed_at: string | null;
}

export declare function sendWindow(args: SendWindowArgs): SendWindowResult;

// ---- classify_inbound -----------------------------------------------------------------

export type InboundIntent = 'opt_out' | 'opt_in' | 'help' | 'none';
/** `exact`: the whole text is a keyword. `phrase`: a worded request to stop texting.
 * `possible`: may or may not revoke consent; a person decides (intent is `opt_out`, but
 * only `exact` and `phrase` revoke). `none`: nothing matched. */
export type InboundMatch = 'exact' | 'phrase' | 'possible' | 'none';

/** The rule that decided a classification (stable codes). */
export type InboundReason =
  | 'exact_keyword'
  | 'keyword_with_courtesy'
  | 'keyword_command'
  | 'stop_texting'
  | 'stop_receiving'
  | 'unsubscribe'
  | 'off_list'
  | 'no_more_texts'
  | 'do_not_contact'
  | 'do_not_send'
  | 'refuse_texts'
  | 'withdraw_consent'
  | 'why_texted'
  | 'never_signed_up'
  | 'not_interested'
  | 'wrong_number'
  | 'spam_or_blocked'
  | 'texting_complaint'
  | 'unknown_sender'
  | 'unsubscribe_elsewhere';

/** Extra keywords per intent, keyed by lower-case language code (`{"es": ["BASTA"]}`). */
export interface ExtraKeywords {
  opt_out?: Record<string, string[]>;
  opt_in?: Record<string, string[]>;
  help?: Record<string, string[]>;
}

export interface KeywordConfig {
  keywords?: ExtraKeywords;
  /** Languages whose default sets (and phrase rules) are on; absent = all. */
  default_sets?: Array<'en' | 'fr' | 'es'>;
  /** `strict`: whole-body keywords only (no `phrase`, no `possible`). Default `standard`. */
  mode?: 'standard' | 'strict';
}

export interface ClassifyInboundArgs {
  text: string;
  config?: KeywordConfig;
}

export interface Classification {
  intent: InboundIntent;
  match: InboundMatch;
  /** Canonical keyword, upper case, folded (`ARRET`, `OPT OUT`); null when none. */
  keyword: string | null;
  /** `en` | `fr` | `es` | an extra keyword's language; null for `none`. */
  language: string | null;
  /** The rule that decided it; null for `none`. */
  reason: InboundReason | null;
}

export declare function classifyInbound(args: ClassifyInboundArgs): Classification;

// ---- handle_inbound -------------------------------------------------------------------

export type ConsentState = 'subscribed' | 'opted_out' | 'unknown';
export type SenderKind = 'local' | 'toll_free' | 'short_code' | 'mobile' | 'other';

export interface InboundSender {
  kind: SenderKind;
  /** Twilio answers keywords on this number itself (Advanced Opt-Out). Default false. */
  advanced_opt_out?: boolean;
  /** ISO 3166 alpha-2; US/Canada assumed when absent. */
  country?: string | null;
}

export interface ReplyOrg {
  name: string;
  support_phone?: string | null;
  support_email?: string | null;
  website?: string | null;
}

/** An org's templates for one language; placeholders {business_name}, {support_phone},
 * {support_email}, {website}, {contact}. Missing ones use the built-in template. */
export interface ReplyTemplates {
  help?: string | null;
  stop?: string | null;
  start?: string | null;
}

export interface HandleInboundArgs {
  /** The inbound text; give this or `webhook`, not both. */
  text?: string;
  /** parse_inbound_webhook's result in place of `text`: its body is the text, and a set
   * `opt_out_type` means Twilio already answered the keyword. */
  webhook?: InboundWebhook;
  consent: ConsentState;
  sender: InboundSender;
  org: ReplyOrg;
  /** Keyed by lower-case language code. */
  templates?: Record<string, ReplyTemplates>;
  /** Reply language when the classified one has no template. Default `en`. */
  language?: string | null;
  config?: KeywordConfig;
}

export type ReplyReason =
  | 'opt_out_confirmation'
  | 'opt_in_confirmation'
  | 'help_reply'
  | 'already_opted_out'
  | 'answered_by_twilio'
  | 'answered_by_toll_free_network'
  | 'help_to_opted_out_on_toll_free'
  | 'opt_in_keyword_not_opted_out'
  | 'ordinary_message'
  | 'message_from_opted_out_contact'
  | 'possible_opt_out_needs_review';

export interface InboundReply {
  body: string;
  encoding: 'GSM-7' | 'UCS-2';
  segments: number;
  language: string;
}

export interface HandleInboundResult {
  classification: Classification;
  consent_change: 'opt_out' | 'opt_in' | null;
  reply: InboundReply | null;
  reply_reason: ReplyReason;
  /** Whether an automated agent may answer this message. */
  deliver_to_agent: boolean;
  /** A `possible` opt-out: a person decides whether it revokes consent (nothing was sent,
   * consent is unchanged). */
  needs_review: boolean;
  /** The classification's reason when `needs_review`; else null. */
  review_reason: InboundReason | null;
}

export declare function handleInbound(args: HandleInboundArgs): HandleInboundResult;

// ---- lint_reply -----------------------------------------------------------------------

export type LintCode =
  | 'empty_body'
  | 'unclosed_placeholder'
  | 'unknown_placeholder'
  | 'missing_business_name'
  | 'business_name_unchecked'
  | 'missing_contact'
  | 'missing_rates_notice'
  | 'missing_frequency'
  | 'missing_opt_out_instructions'
  | 'missing_opt_out_confirmation'
  | 'marketing_in_stop_reply'
  | 'ucs2_encoding'
  | 'longer_than_one_segment';

export interface LintReplyArgs {
  kind: 'help' | 'stop' | 'start';
  body: string;
  org?: ReplyOrg | null;
}

export interface LintProblem {
  code: LintCode;
  severity: 'error' | 'warning';
  message: string;
}

export interface LintReplyResult {
  /** Errors first, then warnings. */
  problems: LintProblem[];
  encoding: 'GSM-7' | 'UCS-2';
  segments: number;
}

export declare function lintReply(args: LintReplyArgs): LintReplyResult;
// ---- select_sender ---------------------------------------------------------------------

export type SendChannel = 'sms' | 'mms' | 'whatsapp';
export type Consent = 'subscribed' | 'opted_out' | 'unknown';

/** One of the org's numbers: readiness facts nested under `number`, plus who uses it. */
export interface SenderNumber {
  number: NumberFacts;
  /** The user whose line this is; a user's first listed number is their primary. */
  assigned_user?: string | null;
  /** The company default (the first marked wins). */
  is_default?: boolean | null;
}

export interface SenderPreference {
  /** A number the user picked: used as is, or the message is blocked (never swapped). */
  explicit_from?: string | null;
  /** Send as this user: their primary number first. */
  user_id?: string | null;
  /** The number this contact last talked to (sticky sender). */
  last_used_from?: string | null;
  /** Prefer a number with the recipient's area code. Default false. */
  area_code_match?: boolean;
}

export interface SenderRecipient {
  consent: Consent;
  /** RFC 3339: the recipient's last inbound message (WhatsApp's 24-hour window). */
  last_inbound_at?: string | null;
  /** US state / Canadian province code of the recipient's address (quiet hours). */
  recipient_region?: string | null;
}

export interface SelectSenderArgs {
  /** Recipient, E.164 or as typed (US assumed). */
  to: string;
  channel: SendChannel;
  message_class: MessageClass;
  /** Message text, for SMS segment counting. */
  body?: string | null;
  numbers?: SenderNumber[];
  preference?: SenderPreference;
  recipient: SenderRecipient;
  org?: OrgFacts;
  /** RFC 3339 with offset. */
  now: string;
  /** MMS outside the US/CA goes as SMS with a warning instead of being blocked. Default false. */
  allow_sms_fallback?: boolean;
  /** Quiet-hours policy for marketing; default "strictest". */
  policy?: 'federal' | 'strictest';
  /** Also run checkMessage on `body` and return its answer as `message_check` (opt-in). */
  check_message?: MessageCheckContext | null;
}

export type SelectedBy =
  | 'explicit_from'
  | 'user_primary'
  | 'sticky_sender'
  | 'area_code_match'
  | 'org_default'
  | 'any_ready_number';

export type SenderBlockReason =
  | 'recipient_opted_out'
  | 'marketing_requires_consent'
  | 'whatsapp_template_required'
  | 'mms_unsupported_destination'
  | 'destination_not_supported'
  | 'explicit_from_not_found'
  | 'explicit_from_not_ready'
  | 'explicit_from_missing_capability'
  | 'no_usable_sender'
  | 'no_send_window';

export type SenderWarningCode =
  | 'user_number_skipped'
  | 'sticky_sender_skipped'
  | 'area_code_number_skipped'
  | 'default_number_skipped'
  | 'user_has_no_number'
  | 'sticky_sender_not_found'
  | 'no_area_code_match'
  | 'mms_sent_as_sms';

export interface SenderWarning {
  code: SenderWarningCode;
  message: string;
}

export interface SelectSenderResult {
  decision: 'send' | 'defer' | 'block';
  /** send: the SelectedBy rule; defer: "quiet_hours"; block: a SenderBlockReason. */
  reason: SelectedBy | 'quiet_hours' | SenderBlockReason;
  /** The sender (E.164, or a short code's digits); null when blocked. */
  from: string | null;
  /** Send with this MessagingServiceSid plus `from`; null on the direct path. */
  messaging_service_sid: string | null;
  path: 'messaging_service' | 'direct' | null;
  /** The channel used ("sms" after an MMS fallback). */
  channel: SendChannel;
  selected_by: SelectedBy | null;
  /** defer: earliest instant the message may go (UTC, RFC 3339). */
  defer_until: string | null;
  /** block for lack of a usable sender: the readiness step that would fix it. */
  next_action: NextAction | null;
  /** The number `next_action` is for. */
  next_action_for: string | null;
  warnings: SenderWarning[];
  /** SMS segments of `body`, when given and sent as SMS. */
  segments: number | null;
  encoding: 'GSM-7' | 'UCS-2' | null;
  /** checkMessage's answer, present only when `check_message` was given (SMS and MMS). */
  message_check?: CheckMessageResult;
}

export declare function selectSender(args: SelectSenderArgs): SelectSenderResult;

// check_message ---------------------------------------------------------------------------

/** How much a finding matters: error (refused), warning (policy, guidance), info (folklore, cost). */
export type FindingSeverity = 'error' | 'warning' | 'info';

/** One thing a check found (the same shape as the registration pre-flight's findings). */
export interface Finding {
  /** Stable rule id, e.g. "public_url_shortener". */
  rule: string;
  /** "body", "media", "media[1]"; null for the whole input. */
  field: string | null;
  severity: FindingSeverity;
  message: string;
  fix: string;
  /** Twilio error codes the finding predicts. */
  codes: number[];
}

export type CheckMessageRule =
  | 'body_empty'
  | 'body_over_1600_characters'
  | 'public_url_shortener'
  | 'age_gated_content_to_canada'
  | 'mms_over_5_mb'
  | 'too_many_media'
  | 'media_type_not_accepted'
  | 'media_over_carrier_limit'
  | 'body_over_320_characters'
  | 'link_domain_mismatch'
  | 'link_not_declared'
  | 'phone_not_declared'
  | 'missing_sender_identification'
  | 'missing_opt_out'
  | 'non_standard_opt_out'
  | 'forbidden_content'
  | 'age_gate_required'
  | 'euro_sign_to_us'
  | 'media_over_600_kb'
  | 'sender_identification_unchecked'
  | 'ucs2_encoding'
  | 'multiple_segments'
  | 'media_not_transcoded'
  | 'all_caps'
  | 'repeated_punctuation'
  | 'payment_request';

export interface MessageMedia {
  /** The file's Content-Type, e.g. "image/jpeg". */
  content_type: string;
  /** Size in bytes. */
  bytes: number;
}

export interface MessageOrg {
  /** The brand or organisation name the texts carry. */
  name?: string | null;
  /** The organisation's own domain or website URL. */
  domain?: string | null;
}

/** What the US A2P campaign declared, spelled as Twilio's UsAppToPerson resource. */
export interface MessageCampaign {
  us_app_to_person_usecase?: string | null;
  has_embedded_links?: boolean | null;
  has_embedded_phone?: boolean | null;
  age_gated?: boolean | null;
}

export interface CheckMessageArgs {
  /** The message text (at most 65536 bytes of UTF-8). */
  body: string;
  /** Default "sms". */
  channel?: 'sms' | 'mms';
  /** MMS media (only with channel "mms"). */
  media?: MessageMedia[];
  /** The first text to this contact: must identify the sender and say how to opt out. */
  first_message?: boolean;
  message_class: MessageClass;
  org?: MessageOrg | null;
  campaign?: MessageCampaign | null;
  sender_type?: 'local' | 'toll_free' | 'short_code' | null;
  /** The recipient, E.164 or as typed (US assumed); decides the Canada and US rules. */
  to?: string | null;
}

export interface CheckMessageFinding extends Finding {
  rule: CheckMessageRule;
}

export interface CheckMessageResult {
  /** Most severe first; a clean message has nothing above "info". */
  findings: CheckMessageFinding[];
  /** SMS segments of the body as written (an MMS is billed per message). */
  segments: number;
  encoding: 'GSM-7' | 'UCS-2';
  /** Characters (graphemes; \r\n counts two). */
  characters: number;
  /** The distinct characters that force UCS-2. */
  non_gsm: string[];
  /** The same body through Twilio's Smart Encoding. */
  smart_encoding: {
    encoding: 'GSM-7' | 'UCS-2';
    segments: number;
    saves_segments: number;
    non_gsm: string[];
  };
}

/** select_sender's `check_message`: what checkMessage needs beyond select_sender's own args. */
export interface MessageCheckContext {
  first_message?: boolean;
  org?: MessageOrg | null;
  campaign?: MessageCampaign | null;
  media?: MessageMedia[];
}

export declare function checkMessage(args: CheckMessageArgs): CheckMessageResult;
// ---- preflight_registration ------------------------------------------------------------

// Findings use the shared `Finding` / `FindingSeverity` types declared with check_message.

export type RegistrationForm = 'brand' | 'campaign' | 'tollfree_verification';

/** A form value as the assistant fills it: text, a flag, or a list of texts. Any JSON is
 * accepted; a value of the wrong kind is a `wrong_type` finding. */
export type FormValue = string | boolean | number | null | string[] | unknown;

/** Campaign (UsAppToPerson) fields, Twilio's snake_case names. */
export interface CampaignFields {
  brand_registration_sid?: string;
  us_app_to_person_usecase?: string;
  description?: string;
  message_flow?: string;
  message_samples?: string[];
  has_embedded_links?: boolean;
  has_embedded_phone?: boolean;
  opt_in_keywords?: string[];
  opt_in_message?: string;
  opt_out_keywords?: string[];
  opt_out_message?: string;
  help_keywords?: string[];
  help_message?: string;
  subscriber_opt_in?: boolean;
  age_gated?: boolean;
  direct_lending?: boolean;
  privacy_policy_url?: string;
  terms_and_conditions_url?: string;
  messaging_service_sid?: string;
}

/** Brand fields: Trust Hub business information, authorised representative, address, A2P
 * messaging profile and BrandRegistration; the sole-proprietor variant by brand_type. */
export interface BrandFields {
  brand_type?: 'STANDARD' | 'SOLE_PROPRIETOR';
  business_name?: string;
  business_type?: string;
  business_industry?: string;
  business_registration_identifier?: string;
  business_registration_number?: string;
  business_regions_of_operation?: string;
  website_url?: string;
  social_media_profile_urls?: string;
  business_identity?: string;
  first_name?: string;
  last_name?: string;
  email?: string;
  phone_number?: string;
  business_title?: string;
  job_position?: string;
  customer_name?: string;
  street?: string;
  street_secondary?: string;
  city?: string;
  region?: string;
  postal_code?: string;
  iso_country?: string;
  company_type?: 'private' | 'public' | 'non_profit' | 'government';
  stock_exchange?: string;
  stock_ticker?: string;
  brand_contact_email?: string;
  brand_name?: string;
  mobile_phone_number?: string;
  vertical?: string;
  customer_profile_bundle_sid?: string;
  a2p_profile_bundle_sid?: string;
  skip_automatic_sec_vet?: boolean;
}

/** Toll-free verification fields. */
export interface TollfreeVerificationFields {
  tollfree_phone_number_sid?: string;
  business_name?: string;
  business_website?: string;
  notification_email?: string;
  use_case_categories?: string[];
  use_case_summary?: string;
  production_message_sample?: string;
  opt_in_image_urls?: string[];
  opt_in_type?: 'VERBAL' | 'WEB_FORM' | 'PAPER_FORM' | 'VIA_TEXT' | 'MOBILE_QR_CODE' | 'IMPORT' | 'IMPORT_PLEASE_REPLACE';
  message_volume?: string;
  customer_profile_sid?: string;
  doing_business_as?: string;
  business_type?: 'PRIVATE_PROFIT' | 'PUBLIC_PROFIT' | 'SOLE_PROPRIETOR' | 'NON_PROFIT' | 'GOVERNMENT';
  business_registration_number?: string;
  business_registration_authority?: string;
  business_registration_country?: string;
  business_registration_phone_number?: string;
  business_street_address?: string;
  business_street_address2?: string;
  business_city?: string;
  business_state_province_region?: string;
  business_postal_code?: string;
  business_country?: string;
  business_contact_first_name?: string;
  business_contact_last_name?: string;
  business_contact_email?: string;
  business_contact_phone?: string;
  opt_in_keywords?: string[];
  opt_in_confirmation_message?: string;
  help_message_sample?: string;
  privacy_policy_url?: string;
  terms_and_conditions_url?: string;
  age_gated_content?: boolean;
  additional_information?: string;
  external_reference_id?: string;
  vetting_provider?: 'CAMPAIGN_VERIFY';
  vetting_id?: string;
  edit_reason?: string;
}

/** What the checks need beyond the form. */
export interface PreflightContext {
  /** Campaign: the brand's type. */
  brand_type?: 'STANDARD' | 'SOLE_PROPRIETOR' | string | null;
  /** The name customers know the business by (samples must name it). */
  brand_name?: string | null;
  /** The brand's website (links should be on its domain). */
  website?: string | null;
  /** Campaign: who answers STOP and HELP; default twilio. */
  opt_out_handling?: 'twilio' | 'self';
  /** Campaign: the use cases Twilio's Usecases endpoint returned for the brand. */
  available_use_cases?: string[] | null;
  /** The privacy policy page's text, if fetched. */
  privacy_policy_text?: string | null;
  /** The texting terms page's text, if fetched. */
  terms_text?: string | null;
  /** Toll-free: how many toll-free numbers the business verifies in all. */
  tollfree_numbers_for_business?: number | null;
}

interface PreflightArgsBase {
  /** Some rules took effect on a date (RFC 3339). */
  now: string;
  context?: PreflightContext;
}

/** Limits: at most 100 field names of at most 64 bytes, texts of at most 16384 bytes,
 * lists of at most 50 entries; larger input is an `invalid_value` error. Unknown names
 * inside `fields` are `unknown_field` findings, not errors. */
export type PreflightRegistrationArgs =
  | (PreflightArgsBase & { form: 'campaign'; fields: CampaignFields & Record<string, FormValue> })
  | (PreflightArgsBase & { form: 'brand'; fields: BrandFields & Record<string, FormValue> })
  | (PreflightArgsBase & { form: 'tollfree_verification'; fields: TollfreeVerificationFields & Record<string, FormValue> });

export interface PreflightRegistrationResult {
  form: RegistrationForm;
  /** fix_first when any finding is an error. */
  verdict: 'ready_to_submit' | 'fix_first';
  errors: number;
  warnings: number;
  /** Errors first, then warnings, then info; within one severity in form order. */
  findings: Finding[];
}

export declare function preflightRegistration(args: PreflightRegistrationArgs): PreflightRegistrationResult;
// ---- plan_send / estimate_cost ------------------------------------------------------------

/** The number type messages go out from. */
export type PlanSenderType = 'us_10dlc' | 'toll_free' | 'short_code' | 'ca_long_code';
export type PlanBrandType = 'sole_proprietor' | 'low_volume_standard' | 'standard';
export type PlanChannel = 'sms' | 'mms';
export type Carrier =
  | 'att'
  | 'tmobile'
  | 'verizon'
  | 'us_cellular'
  | 'other_us'
  | 'freedom'
  | 'videotron'
  | 'other';

export interface PlanSender {
  type: PlanSenderType;
  /** Required for us_10dlc; not allowed otherwise. */
  brand?: PlanBrandType | null;
  /** Standard brands: 0-100 (0 = vetting skipped). Default 0. */
  trust_score?: number | null;
  /** Numbers in the service (default 1); raises throughput only for ca_long_code. */
  numbers?: number | null;
  /** toll_free / short_code: throughput bought from Twilio, 1-2000 segments per second. */
  mps?: number | null;
}

export interface PlanRecipient {
  /** E.164 or as typed (US assumed). */
  to: string;
  /** The carrier name if known ("T-Mobile USA, Inc.", "att", ...). */
  carrier?: string | null;
  /** State/province of the recipient's address (quiet hours). */
  region?: string | null;
}

export interface PlanSendArgs {
  sender: PlanSender;
  /** The recipients in submission order (at most 250,000); or give `count`. */
  recipients?: PlanRecipient[] | null;
  /** Messages, when the numbers are not given (quiet hours then not checked). */
  count?: number | null;
  /** Default "sms". */
  channel?: PlanChannel;
  /** The text (segments counted); or give `segments_per_message` (1-10). */
  body?: string | null;
  smart_encoding?: boolean;
  segments_per_message?: number | null;
  /** RFC 3339 with offset. */
  start: string;
  message_class: MessageClass;
  /** Default "strictest". */
  policy?: 'federal' | 'strictest';
  /** Classes quiet hours apply to; default ["marketing"]. */
  restricted_classes?: MessageClass[] | null;
  /** Twilio ValidityPeriod, 1-36000 seconds (default 36000). */
  validity_period?: number | null;
}

/** `units` per `per_seconds` (AT&T's 15 per minute is {units: 15, per_seconds: 60}). */
export interface Rate {
  units: number;
  per_seconds: number;
}

export type PlanLane = 'att' | 'tmobile' | 'verizon' | 'other' | 'sender';

export interface LanePlan {
  lane: PlanLane;
  messages: number;
  units: number;
  rate: Rate;
  rate_text: string;
  /** T-Mobile 10DLC: segments per brand per day. */
  daily_cap: number | null;
  first_out_at: string | null;
  last_out_at: string | null;
  pushed_to_later_days: number;
  /** Capped lanes: US Pacific days it sends on. */
  days: number | null;
}

export interface Governing {
  lane: PlanLane;
  by: 'rate' | 'daily_cap' | 'quiet_hours';
  rule: string;
  /** 30022 (rate), 30023 (daily cap), null otherwise. */
  error_code: number | null;
}

export interface DeferredGroup {
  /** The first blocking quiet-hours rule (us_federal, us_fl, ca_crtc, ...). */
  rule: string;
  zones: string[];
  messages: number;
  first_until: string;
  /** Indexes in `recipients` of the first few held. */
  examples: number[];
}

export interface SendPlan {
  table_version: string;
  messages: number;
  units_per_message: number;
  unit: 'segment' | 'message';
  encoding: 'GSM-7' | 'UCS-2' | null;
  total_units: number;
  start: string;
  first_out_at: string | null;
  last_out_at: string | null;
  duration_seconds: number | null;
  governing: Governing | null;
  lanes: LanePlan[];
  pushed_to_later_days: number;
  quiet_hours: { checked: boolean; deferred: number; groups: DeferredGroup[] };
  queue: {
    validity_period: number;
    over_validity: number;
    max_wait_seconds: number;
    batch_limit: number;
  };
  carriers: {
    known: number;
    unknown: number;
    assumption: string | null;
    earliest_last_out_at: string | null;
    latest_last_out_at: string | null;
  };
  not_sent: number;
  not_sent_examples: {
    index: number | null;
    reason: 'invalid_number' | 'no_time_zone' | 'no_send_window' | 'beyond_horizon' | 'exceeds_daily_cap';
  }[];
  /** 21611, 30023, 30036: met if everything is submitted at once instead of as planned. */
  errors_to_expect: number[];
  summary: string[];
}

export declare function planSend(args: PlanSendArgs): SendPlan;

/** Prices from the caller's own Twilio account, micro-dollars (1 USD = 1,000,000). */
export interface PriceOverrides {
  sms_segment_micro_usd?: number | null;
  mms_message_micro_usd?: number | null;
  failed_message_micro_usd?: number | null;
  carrier_fees_micro_usd?: Partial<Record<Carrier, number>> | null;
  number_month_micro_usd?: number | null;
  campaign_month_micro_usd?: number | null;
}

export interface EstimateCostArgs {
  sender: PlanSender;
  messages: number;
  /** Messages per carrier where known; the rest are unknown. */
  carriers?: Partial<Record<Carrier, number>> | null;
  channel?: PlanChannel;
  body?: string | null;
  smart_encoding?: boolean;
  segments_per_message?: number | null;
  /** YYYY-MM-DD (or an RFC 3339 instant): picks the prices in force. */
  date: string;
  /** Expected share ending "failed", basis points (250 = 2.5%). Default 0. */
  failed_share_bp?: number;
  /** Also list monthly and one-time fixed costs. Default false. */
  include_fixed?: boolean;
  prices?: PriceOverrides | null;
}

export interface CostLine {
  item:
    | 'twilio_sms'
    | 'twilio_mms'
    | 'carrier_fee'
    | 'failed_message_fee'
    | 'number_rental'
    | 'campaign_monthly_fee'
    | 'brand_registration'
    | 'campaign_vetting';
  carrier: Carrier | null;
  quantity: number;
  unit_micro_usd: number;
  amount_micro_usd: number;
  /** YYYY-MM-DD the amount took effect; null for the caller's prices. */
  effective_from: string | null;
  /** Where the amount comes from ("caller" for the caller's prices). */
  source: string;
}

export interface CostEstimate {
  table_version: string;
  currency: 'USD';
  date: string;
  messages: number;
  units_per_message: number;
  encoding: 'GSM-7' | 'UCS-2' | null;
  failed_messages: number;
  billed_units: number;
  lines: CostLine[];
  total_micro_usd: number;
  /** Dollars and cents, e.g. "$29.37". */
  total: string;
  range: { low_micro_usd: number; high_micro_usd: number; low: string; high: string } | null;
  fixed: {
    monthly: CostLine[];
    monthly_total_micro_usd: number;
    one_time: CostLine[];
    one_time_total_micro_usd: number;
  } | null;
  assumptions: string[];
  summary: string[];
}

export declare function estimateCost(args: EstimateCostArgs): CostEstimate;
// ---- compiled schedule (compile once, ask many) ----------------------------------------

/** An instant: a Date, epoch milliseconds, or an RFC 3339 string with an offset. */
export type Instant = Date | number | string;

export interface CompileScheduleArgs {
  org: Hours;
  number?: Hours | null;
}

/** One open period [from, to). */
export interface OpenInterval {
  from: Date;
  to: Date;
}

/** A schedule validated and merged once. Holds WebAssembly memory until free(). */
export interface CompiledSchedule {
  /** Whether the business is open at `at`. */
  isOpen(at: Instant): boolean;
  /** The first instant after `after` at which open/closed flips; null within 366 days. */
  nextChange(after: Instant): Date | null;
  /** The open periods overlapping [from, to), clipped to it; the range spans at most 366 days. */
  openIntervals(from: Instant, to: Instant): OpenInterval[];
  /** The full businessHours answer at `at`. */
  businessHours(at: Instant): BusinessHoursResult;
  /** Releases the WebAssembly memory; do not use the schedule afterwards. */
  free(): void;
}

/** Compiles org hours plus a number's override once; throws TelrulesError when invalid. */
export declare function compileSchedule(args: CompileScheduleArgs): CompiledSchedule;

// ---- issue 17: first-load size and the on-demand international parser -----------------

/**
 * Makes numbers of every country answerable. The browser entry (and `telrules/light` under
 * Node) starts with the light module: every operation, but a number outside the US/Canada
 * table answers `international_parser_not_loaded`. This fetches the full module once (later
 * calls share the same promise) and switches every later call to it. Resolves at once when
 * the full module is already in use (the Node entry `telrules`).
 */
export declare function enableInternationalNumbers(): Promise<void>;

/** Whether calls are answered by the full module (numbers of every country). */
export declare function internationalNumbersEnabled(): boolean;
