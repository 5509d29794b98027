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
