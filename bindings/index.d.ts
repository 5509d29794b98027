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

// ---- classify_inbound -----------------------------------------------------------------

export type InboundIntent = 'opt_out' | 'opt_in' | 'help' | 'none';
export type InboundMatch = 'exact' | 'phrase' | 'none';

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
  /** `strict`: whole-body keywords only (no phrase opt-outs). Default `standard`. */
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
  text: string;
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
  | 'message_from_opted_out_contact';

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
