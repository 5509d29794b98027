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

// ---- verify_webhook_signature -----------------------------------------------------------

/** Form fields as received: a repeated name carries a list of its values. */
export type FormParams = Record<string, string | string[]>;

export interface VerifyWebhookSignatureArgs {
  /** The auth token of the account the webhook is for. Never echoed in results or errors. */
  auth_token: string;
  /** The full URL Twilio requested, with its query string, exactly as configured. */
  url?: string | null;
  /** The form fields of a form-encoded webhook; leave empty for a JSON webhook. */
  params?: FormParams;
  /** The raw body of a JSON webhook (its URL carries `bodySHA256`). */
  body?: string | null;
  /** The `X-Twilio-Signature` header; missing means not valid. */
  signature?: string | null;
}

export type SignatureProblem =
  | 'missing_signature'
  | 'missing_url'
  | 'malformed_url'
  | 'signature_mismatch'
  | 'body_hash_missing'
  | 'body_hash_mismatch'
  | 'body_not_checked';

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

/** Twilio's `MessageStatus`, as Twilio spells it; a future value is passed through. */
export type MessageStatus =
  | 'accepted'
  | 'scheduled'
  | 'canceled'
  | 'queued'
  | 'sending'
  | 'sent'
  | 'failed'
  | 'delivered'
  | 'undelivered'
  | 'receiving'
  | 'received'
  | 'read'
  | 'partially_delivered'
  | (string & {});

export interface StatusCallback {
  message_sid: string;
  status: MessageStatus;
  error_code: number | null;
  account_sid: string | null;
  messaging_service_sid: string | null;
  from: string | null;
  to: string | null;
  /** explain_error's answer for a non-zero `error_code`, else null. */
  guidance: Record<string, unknown> | null;
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
