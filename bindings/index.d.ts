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
  /** Default "strictest". */
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
