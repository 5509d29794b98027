// A consumer of the package's types, checked with `tsc --noEmit` (never run). Each op has
// a block that calls it with typed args and reads typed fields, so a mismatch between the
// declared types and how a user would write code against them fails the type check.
import * as telrules from 'telrules';
import type { Answer, SegmentsResult, ParsedPhone, BusinessHoursResult, SendWindowResult } from 'telrules';

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

// business_hours
const hours: BusinessHoursResult = telrules.businessHours({
  org: {
    timezone: 'America/Los_Angeles',
    weekly: { mon: [['08:00', '12:00'], ['13:00', '17:30']], fri: [['22:00', '02:00']] },
    exceptions: [{ date: '2026-12-25', closed: true, label: 'Christmas' }],
    voicemail_greeting: 'Thanks for calling',
    after_hours_message: 'We are closed',
  },
  number: { timezone: 'America/Vancouver', force: null },
  at: '2026-11-21T02:15:00Z',
});
const isOpen: boolean = hours.open;
const why: 'weekly' | 'exception' | 'forced' | 'no_schedule' = hours.reason;
const from: 'number' | 'org' = hours.source;
console.log(isOpen, why, from, hours.label, hours.timezone, hours.local_time, hours.greeting, hours.next_change);

// send_window
const quiet: SendWindowResult = telrules.sendWindow({
  to: '+13055550123',
  at: '2026-11-21T02:15:00Z',
  message_class: 'marketing',
  recipient_region: 'FL',
  policy: 'strictest',
  restricted_classes: ['marketing'],
});
const mayGo: boolean = quiet.allowed;
const when: string | null = quiet.next_allowed_at;
console.log(mayGo, when, quiet.reason, quiet.blocked_by, quiet.zones.join(','), quiet.regions, quiet.rules);
