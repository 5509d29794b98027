// A consumer of the package's types, checked with `tsc --noEmit` (never run). Each op has
// a block that calls it with typed args and reads typed fields, so a mismatch between the
// declared types and how a user would write code against them fails the type check.
import * as telrules from 'telrules';
import type { Answer, SegmentsResult, ParsedPhone } from 'telrules';

const answer: Answer = telrules.evaluate({ op: 'segments', args: { text: 'hi' } });
if ('error' in answer) {
  const kind: 'invalid_json' | 'invalid_request' | 'unknown_op' | 'invalid_args' | 'invalid_value' = answer.error.kind;
  console.log(kind, answer.error.path);
}
const raw: string = telrules.evaluateJson('{"op":"segments","args":{"text":"hi"}}');
const ops: string[] = telrules.operations();
console.log(raw, ops, telrules.version());

try {
  telrules.parsePhone({ input: 'not a number' });
} catch (e) {
  if (e instanceof telrules.TelrulesError) console.log(e.kind, e.path, e.message);
}

// segments
const seg: SegmentsResult = telrules.segments({ text: 'Hello 😀', smart_encoding: true });
const parts: number = seg.segments;
const enc: 'GSM-7' | 'UCS-2' = seg.encoding;
console.log(parts, enc, seg.non_gsm.join(''), seg.code_units, seg.characters, seg.text);

// parse_phone
const phone: ParsedPhone = telrules.parsePhone({ input: '(415) 555-0123', default_region: 'US' });
const e164: string | null = phone.e164;
console.log(e164, phone.country, phone.kind === 'toll_free', phone.valid);

// classify_inbound
const cls: telrules.Classification = telrules.classifyInbound({
  text: 'Stop. Thank you',
  config: { mode: 'standard', default_sets: ['en', 'fr'], keywords: { opt_out: { es: ['BASTA'] } } },
});
const intent: telrules.InboundIntent = cls.intent;
const how: 'exact' | 'phrase' | 'none' = cls.match;
console.log(intent, how, cls.keyword ?? '-', cls.language ?? '-');

// handle_inbound
const handled: telrules.HandleInboundResult = telrules.handleInbound({
  text: 'STOP',
  consent: 'subscribed',
  sender: { kind: 'toll_free', advanced_opt_out: false, country: 'US' },
  org: { name: 'Harbor Dental', support_phone: '+12065550142' },
  templates: { en: { stop: '{business_name}: unsubscribed, no more messages.' } },
  language: 'en',
});
const change: 'opt_out' | 'opt_in' | null = handled.consent_change;
const reason: telrules.ReplyReason = handled.reply_reason;
if (handled.reply) console.log(handled.reply.body, handled.reply.segments, handled.reply.encoding);
console.log(change, reason, handled.deliver_to_agent, handled.classification.intent);

// lint_reply
const lint: telrules.LintReplyResult = telrules.lintReply({
  kind: 'help',
  body: '{business_name}: Help at {contact}. Msg&data rates may apply. Reply STOP to opt out.',
  org: { name: 'Harbor Dental', website: 'harbordental.example' },
});
for (const p of lint.problems) {
  const sev: 'error' | 'warning' = p.severity;
  const code: telrules.LintCode = p.code;
  console.log(sev, code, p.message);
}
console.log(lint.segments, lint.encoding);
