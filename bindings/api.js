// The telrules API over the WebAssembly module: the JSON contract plus one function per
// operation. node.js, browser.js and light.js initialise a module and install it in
// modules.js, then re-export this file. Every call goes to `active`, the installed module
// (the full one after enableInternationalNumbers()).
import {
  active,
  enableInternationalNumbers as enable,
  internationalNumbersEnabled as enabled,
} from './modules.js';

/** An answer of the form {"error": {...}}, thrown by the per-op functions. */
export class TelrulesError extends Error {
  constructor(error) {
    super(error.message);
    this.name = 'TelrulesError';
    this.kind = error.kind;
    this.path = error.path;
  }
}

/** Answers a request given as JSON text with JSON text, byte for byte as the native core. */
export function evaluateJson(request) {
  return active.evaluateJson(request);
}

/** Answers a request object with an answer object: {ok: result} or {error: {...}}. */
export function evaluate(request) {
  return JSON.parse(active.evaluateJson(JSON.stringify(request)));
}

/** The operation names this build answers. */
export function operations() {
  return active.opNames().split(',');
}

/** The version of the telrules core inside the module. */
export function version() {
  return active.version();
}

function call(op, args) {
  return OBJECT_PATH.has(op) ? callWithObjects(op, args) : callWithJson(op, args);
}

function callWithJson(op, args) {
  const answer = evaluate({ op, args });
  if (answer.error) throw new TelrulesError(answer.error);
  return answer.ok;
}

// Issue 17: the ops whose per-op function takes the object path: the args still cross as
// JSON.stringify's text (read by the same serde_json code as evaluateJson, so every refusal
// is word for word the same), but the result comes back as a plain object built in
// WebAssembly by serde-wasm-bindgen, with no JSON text and no JSON.parse. Chosen where it
// measured no slower than the JSON text path under Node (median of three runs; lint_reply,
// the one exception, keeps JSON text; BENCHMARKS.md, issue 17).
const OBJECT_PATH = new Set([
  'segments',
  'parse_phone',
  'classify_inbound',
  'handle_inbound',
  'readiness',
  'org_readiness',
  'explain_error',
  'deliverability',
  'business_hours',
  'send_window',
  'select_sender',
  'verify_webhook_signature',
  'parse_inbound_webhook',
  'parse_status_callback',
  'render_twiml_reply',
  'check_message',
  'preflight_registration',
  'plan_send',
  'estimate_cost',
]);

function callWithObjects(op, args) {
  // As evaluate({op, args}) serialises it: no args (or args JSON cannot express) is {}.
  const text = args === null ? undefined : JSON.stringify(args);
  try {
    return active.evaluateToObject(op, text === undefined ? '{}' : text);
  } catch (thrown) {
    if (thrown && typeof thrown === 'object' && typeof thrown.kind === 'string') throw new TelrulesError(thrown);
    throw thrown;
  }
}


// One function per operation, in the order of the contract. Each returns the `ok` result
// or throws TelrulesError.
export const segments = (args) => call('segments', args);
export const parsePhone = (args) => call('parse_phone', args);
export const readiness = (args) => call('readiness', args);
export const orgReadiness = (args) => call('org_readiness', args);
export const explainError = (args) => call('explain_error', args);
export const deliverability = (args) => call('deliverability', args);
export const verifyWebhookSignature = (args) => call('verify_webhook_signature', args);
export const parseInboundWebhook = (args) => call('parse_inbound_webhook', args);
export const parseStatusCallback = (args) => call('parse_status_callback', args);
export const renderTwimlReply = (args) => call('render_twiml_reply', args);
export const businessHours = (args) => call('business_hours', args);
export const sendWindow = (args) => call('send_window', args);
export const classifyInbound = (args) => call('classify_inbound', args);
export const handleInbound = (args) => call('handle_inbound', args);
export const lintReply = (args) => call('lint_reply', args);
export const selectSender = (args) => call('select_sender', args);
export const checkMessage = (args) => call('check_message', args);
export const preflightRegistration = (args) => call('preflight_registration', args);
export const planSend = (args) => call('plan_send', args);
export const estimateCost = (args) => call('estimate_cost', args);

// ---- compiled schedule: compile once, ask many ------------------------------------------

// The module throws the contract's {"error": ...} answer as text; surface it as TelrulesError.
function unwrap(fn) {
  try {
    return fn();
  } catch (thrown) {
    if (typeof thrown === 'string' && thrown.startsWith('{"error"')) {
      throw new TelrulesError(JSON.parse(thrown).error);
    }
    throw thrown;
  }
}

// A Date, epoch milliseconds, or an RFC 3339 string -> epoch milliseconds.
function millis(value, name) {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) {
    throw new TelrulesError({
      kind: 'invalid_value',
      message: `${name} must be a Date, epoch milliseconds or an RFC 3339 string with an offset`,
      path: name,
    });
  }
  return ms;
}

/**
 * Org hours plus a number's override, validated and merged once, then asked many
 * questions. Holds WebAssembly memory: call free() when done with it.
 */
class CompiledSchedule {
  #inner;
  constructor(inner) {
    this.#inner = inner;
  }
  /** Whether the business is open at `at`. */
  isOpen(at) {
    return unwrap(() => this.#inner.isOpen(millis(at, 'at')));
  }
  /** The first instant after `after` at which open/closed flips, or null within 366 days. */
  nextChange(after) {
    const ms = unwrap(() => this.#inner.nextChange(millis(after, 'after')));
    return Number.isNaN(ms) ? null : new Date(ms);
  }
  /** The open periods overlapping [from, to), clipped to it (a range of at most 366 days). */
  openIntervals(from, to) {
    const flat = unwrap(() => this.#inner.openIntervals(millis(from, 'from'), millis(to, 'to')));
    const out = [];
    for (let i = 0; i + 1 < flat.length; i += 2) out.push({ from: new Date(flat[i]), to: new Date(flat[i + 1]) });
    return out;
  }
  /** The full businessHours answer at `at`, as businessHours({org, number, at}) gives it. */
  businessHours(at) {
    return JSON.parse(unwrap(() => this.#inner.businessHours(millis(at, 'at')))).ok;
  }
  /** Releases the WebAssembly memory; the schedule must not be used afterwards. */
  free() {
    this.#inner.free();
  }
}

/** Compiles {org, number} once; throws TelrulesError (paths under `args`) when invalid. */
export function compileSchedule(args) {
  return new CompiledSchedule(unwrap(() => active.compileSchedule(JSON.stringify(args))));
}

// ---- issue 17: first-load size and the on-demand international parser -----------------

/**
 * Loads the full module (the international phone parser) if this entry started with the
 * light one, and switches every later call to it. Resolves once it answers; the browser
 * entry fetches it on the first call only (later calls share that fetch).
 */
export function enableInternationalNumbers() {
  return enable();
}

/** Whether calls are answered by the full module (numbers of every country). */
export function internationalNumbersEnabled() {
  return enabled();
}
