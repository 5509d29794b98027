// The telrules API over the WebAssembly module: the JSON contract plus one function per
// operation. node.js and browser.js initialise the module, then re-export this file.
import { evaluateJson as wasmEvaluateJson, opNames, version as wasmVersion } from './pkg/telrules_wasm.js';

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
  return wasmEvaluateJson(request);
}

/** Answers a request object with an answer object: {ok: result} or {error: {...}}. */
export function evaluate(request) {
  return JSON.parse(wasmEvaluateJson(JSON.stringify(request)));
}

/** The operation names this build answers. */
export function operations() {
  return opNames().split(',');
}

/** The version of the telrules core inside the module. */
export function version() {
  return wasmVersion();
}

function call(op, args) {
  const answer = evaluate({ op, args });
  if (answer.error) throw new TelrulesError(answer.error);
  return answer.ok;
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
