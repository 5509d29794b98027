// TypeScript types for the telrules npm package. Field names and vocabularies follow the
// JSON contract (snake_case); each op function takes the op's args and returns its result.
//
// The contract's types (every op's Args and Result and all they use) are GENERATED from the
// Rust serde types into ./types.d.ts, field docs included (scripts/gen-types; scripts/test
// fails while that file is stale). This file is hand-written and short: the functions, the
// error class, the compiled schedule's JS wrapper, aliases that keep earlier names, and a
// few refinements where a generated type is looser than the contract (each says why).

import type * as Generated from './types.js';
import type {
  BusinessHoursResult,
  CheckMessageArgs,
  Classification,
  ClassifyInboundArgs,
  CompileScheduleArgs,
  CostEstimate,
  DeliverabilityArgs,
  DeliverabilityResult,
  ErrorGuidance,
  ErrorKind,
  EstimateCostArgs,
  ExplainErrorArgs,
  HandleInboundArgs,
  HandleInboundResult,
  InboundWebhook,
  LintReplyArgs,
  OrgReadinessArgs,
  OrgReadinessResult,
  ParsedPhone,
  ParsePhoneArgs,
  PlanSendArgs,
  PreflightRegistrationResult,
  ReadinessArgs,
  ReadinessResult,
  RenderTwimlArgs,
  SegmentsArgs,
  SegmentsResult,
  SelectSenderArgs,
  SendWindowArgs,
  SendWindowResult,
  SignatureVerdict,
  StatusCallback,
  TwimlReply,
  WebhookParamsArgs,
  BusinessHoursArgs,
} from './types.js';

export type * from './types.js';

// ---- the contract ---------------------------------------------------------------------

/** The `error` object of an answer. */
export interface ErrorBody {
  kind: ErrorKind;
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

// ---- one function per operation (Args and Result types are the generated ones) ---------

export declare function segments(args: SegmentsArgs): SegmentsResult;
export declare function parsePhone(args: ParsePhoneArgs): ParsedPhone;
export declare function readiness(args: ReadinessArgs): ReadinessResult;
export declare function orgReadiness(args: OrgReadinessArgs): OrgReadinessResult;
export declare function explainError(args: ExplainErrorArgs): ErrorGuidance;
export declare function deliverability(args: DeliverabilityArgs): DeliverabilityResult;
export declare function verifyWebhookSignature(args: VerifyWebhookSignatureArgs): SignatureVerdict;
export declare function parseInboundWebhook(args: WebhookParamsArgs): InboundWebhook;
export declare function parseStatusCallback(args: WebhookParamsArgs): StatusCallback;
export declare function renderTwimlReply(args: RenderTwimlArgs): TwimlReply;
export declare function businessHours(args: BusinessHoursArgs): BusinessHoursResult;
export declare function sendWindow(args: SendWindowArgs): SendWindowResult;
export declare function classifyInbound(args: ClassifyInboundArgs): Classification;
export declare function handleInbound(args: HandleInboundArgs): HandleInboundResult;
export declare function lintReply(args: LintReplyArgs): LintReplyResult;
export declare function selectSender(args: SelectSenderArgs): SelectSenderResult;
export declare function checkMessage(args: CheckMessageArgs): CheckMessageResult;
export declare function preflightRegistration(args: PreflightRegistrationArgs): PreflightRegistrationResult;
export declare function planSend(args: PlanSendArgs): SendPlan;
export declare function estimateCost(args: EstimateCostArgs): CostEstimate;

// ---- compiled schedule (compile once, ask many): a JS wrapper, not a Rust type ---------

/** An instant: a Date, epoch milliseconds, or an RFC 3339 string with an offset. */
export type Instant = Date | number | string;

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

// ---- earlier names, kept as aliases of the generated types ------------------------------

/** Form fields as received: a repeated name carries a list of its values. */
export type FormParams = Generated.FormParams;
/** A BrandRegistration `identity_status` (the generated `IdentityStatus`). */
export type BrandIdentityStatus = Generated.IdentityStatus;
/** A number's own carrier registration (the generated `NumberRegistration`). */
export type NumberRegistrationStatus = Generated.NumberRegistration;

// ---- HAND-WRITTEN REFINEMENTS -----------------------------------------------------------
// Declarations here are written by hand on purpose: either the generated type is looser
// than the contract (a local declaration shadows the generated one of the same name), or the
// declaration is not a Rust type at all. Add further hand-written declarations below.

/**
 * The secret the webhook was signed with, in exactly one of two fields: the account's Auth
 * Token, or the SharedKey secret when the request carries
 * `X-Twilio-Webhooks-Signature-Settings`. Never echoed in results or errors. (Rust holds two
 * optional fields and refuses both or neither at run time; this union refuses them when
 * type-checking.)
 */
export type WebhookSecret =
  | { /** Auth Token or SharedKey secret. */ auth_token: string; secret?: never }
  | { /** The same as `auth_token`, under its neutral name. */ secret: string; auth_token?: never };

/** The generated args with the secret as exactly one of its two fields. */
export type VerifyWebhookSignatureArgs = Omit<Generated.VerifyWebhookSignatureArgs, 'auth_token' | 'secret'> &
  WebhookSecret;

// Vocabularies the Rust types hold as plain strings (rule ids and codes written in the rule
// tables), so the generated field is `string`; these unions list today's values and are
// kept in step by hand (the fixtures and tests/consumer.ts exercise them).
/** The signature algorithms a `X-Twilio-Webhooks-Signature-Settings` header may name. */
export type SignatureAlgorithm = 'HMAC_SHA1' | 'HMAC_SHA256';

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

export type SenderWarningCode =
  | 'user_number_skipped'
  | 'sticky_sender_skipped'
  | 'area_code_number_skipped'
  | 'default_number_skipped'
  | 'user_has_no_number'
  | 'sticky_sender_not_found'
  | 'no_area_code_match'
  | 'mms_sent_as_sms';

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

/** A `lint_reply` problem, its `code` one of the LintCode values. */
export type LintProblem = Omit<Generated.LintProblem, 'code'> & { code: LintCode };
/** The `lint_reply` result with its problems typed by code. */
export type LintReplyResult = Omit<Generated.LintReplyResult, 'problems'> & { problems: LintProblem[] };

/** A `select_sender` warning, its `code` one of the SenderWarningCode values. */
export type SenderWarning = Omit<Generated.SenderWarning, 'code'> & { code: SenderWarningCode };
/** The `select_sender` result with its warnings typed by code and `reason` by decision. */
export type SelectSenderResult = Omit<Generated.SelectSenderResult, 'warnings' | 'reason'> & {
  warnings: SenderWarning[];
  /** Send: the SelectedBy rule; defer: "quiet_hours"; block: a SenderBlockReason. */
  reason: Generated.SelectedBy | 'quiet_hours' | SenderBlockReason;
};

/** A `check_message` finding, its `rule` one of the CheckMessageRule ids. */
export type CheckMessageFinding = Omit<Generated.Finding, 'rule'> & { rule: CheckMessageRule };
/** The `check_message` result with its findings typed by rule. */
export type CheckMessageResult = Omit<Generated.CheckMessageResult, 'findings'> & { findings: CheckMessageFinding[] };

/** What holds a send plan back: the rate, a daily cap, or quiet hours. */
export type Governing = Omit<Generated.Governing, 'by'> & { by: 'rate' | 'daily_cap' | 'quiet_hours' };
/** The `plan_send` result with `governing.by` as its three values. */
export type SendPlan = Omit<Generated.SendPlan, 'governing'> & { governing: Governing | null };

// preflight_registration: Rust reads `fields` as a JSON map by the names in its rule tables
// (core/src/preflight/data.rs), so the generated args say `{ [key]: JsonValue }`. The
// per-form field lists below give editors the names and their docs; kept by hand.
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


/** Limits: at most 100 field names of at most 64 bytes, texts of at most 16384 bytes,
 * lists of at most 50 entries; larger input is an `invalid_value` error. Unknown names
 * inside `fields` are `unknown_field` findings, not errors. */
export type PreflightRegistrationArgs =
  | (Omit<Generated.PreflightRegistrationArgs, 'form' | 'fields'> & { form: 'campaign'; fields: CampaignFields & Record<string, FormValue> })
  | (Omit<Generated.PreflightRegistrationArgs, 'form' | 'fields'> & { form: 'brand'; fields: BrandFields & Record<string, FormValue> })
  | (Omit<Generated.PreflightRegistrationArgs, 'form' | 'fields'> & { form: 'tollfree_verification'; fields: TollfreeVerificationFields & Record<string, FormValue> });

/** Why `select_sender` blocked (its `reason` when `decision` is "block"). */
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

/** Earlier helper for the status vocabularies (now generated as open unions). */
export type TwilioStatus<Known extends string> = Known | Lowercase<Known> | (string & {});
/** The `plan_send` sender (the generated `SenderSpec`). */
export type PlanSender = Generated.SenderSpec;
/** A `[from, to]` pair of local times, `"09:00"` to `"17:30"`. */
export type HoursSpan = [string, string];

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
