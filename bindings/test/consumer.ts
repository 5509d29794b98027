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

// explain_error
const guidance: telrules.ErrorGuidance = telrules.explainError({ code: '30034', channel: 'sms' });
const step: telrules.NextActionCode | null = guidance.action.next_action;
const category: telrules.ErrorCategory = guidance.category;
const retry: 'no' | 'later' | 'yes' = guidance.retry;
const title: string | null = guidance.title;
console.log(guidance.code, guidance.known, title, category, retry, guidance.suppress_recipient);
console.log(guidance.message, guidance.action.message, step, guidance.docs_url);
console.log(telrules.explainError({ code: 63016 }).category === 'whatsapp_window');

// deliverability
const snapshot: telrules.DeliverabilityResult = telrules.deliverability({
  messages: [
    { status: 'delivered', count: 900 },
    { status: 'undelivered', error_code: 30003 },
    { error_code: 30034, count: 42 },
    { status: 'some_future_status' },
  ],
  channel: 'sms',
});
const rate: number | null = snapshot.delivery_rate;
console.log(snapshot.total, snapshot.settled, snapshot.failed, rate, snapshot.other);
for (const c of snapshot.categories) console.log(c.category, c.messages, c.rate, c.codes.map((k) => k.code));
for (const a of snapshot.top_actions) console.log(a.summary, a.headline, a.next_action, a.messages, a.codes);
for (const u of snapshot.unknown_statuses) console.log(u.status, u.messages);
