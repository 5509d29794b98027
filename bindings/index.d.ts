// TypeScript types for the telrules npm package. Field names and vocabularies follow the
// JSON contract (snake_case); each op function takes the op's args and returns its result.

/** The `error` object of an answer. */
export interface ErrorBody {
  kind: 'invalid_json' | 'invalid_request' | 'unknown_op' | 'invalid_args' | 'invalid_value';
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

/** Readiness next_action codes an error's fix may point at. */
export type NextActionCode =
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
  | 'configure_voice_webhook'
  | 'enable_capability';

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
