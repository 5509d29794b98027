// A consumer of the package's types, checked with `tsc --noEmit` (never run). Each op has
// a block that calls it with typed args and reads typed fields, so a mismatch between the
// declared types and how a user would write code against them fails the type check.
import * as telrules from 'telrules';
import type {
  Answer,
  SegmentsResult,
  ParsedPhone,
  SignatureVerdict,
  SignatureProblem,
  SignatureAlgorithm,
  InboundWebhook,
  OptOutType,
  TwimlReply,
  StatusCallback,
  BusinessHoursResult,
  SendWindowResult,
  SelectSenderResult,
  SenderWarningCode,
  SendPlan,
  PlanLane,
  CostEstimate,
  CostLine,
} from 'telrules';

const answer: Answer = telrules.evaluate({ op: 'segments', args: { text: 'hi' } });
if ('error' in answer) {
  const kind: 'invalid_json' | 'invalid_request' | 'unknown_op' | 'invalid_args' | 'invalid_value'
    | 'international_parser_not_loaded' = answer.error.kind;
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

// readiness
const ready: telrules.ReadinessResult = telrules.readiness({
  number: {
    phone_number: '+14155550123',
    sid: 'PN123',
    capabilities: { sms: true, mms: true, voice: true, fax: false },
    messaging_service_sid: 'MG123',
    a2p_registration: 'registered',
    voice_webhook_active: true,
  },
  org: {
    customer_profile: { status: 'twilio-approved' },
    trust_product: { status: 'TWILIO_APPROVED' },
    brand: { status: 'APPROVED', brand_type: 'SOLE_PROPRIETOR', identity_status: 'VERIFIED', sid: 'BN1' },
    messaging_services: [{ sid: 'MG123', campaign: { campaign_status: 'VERIFIED' } }],
  },
  now: '2026-11-21T12:00:00Z',
});
const usState: telrules.ReadinessState = ready.messaging.us.state;
const nextCode: telrules.NextActionCode | undefined = ready.messaging.ca.next_action?.code;
const tone: 'success' | 'info' | 'warning' | 'danger' | 'neutral' = ready.badge.tone;
const firstStep: telrules.StepStatus | undefined = ready.messaging.us.steps[0]?.status;
console.log(ready.number, ready.kind, ready.country, usState, nextCode, tone, ready.badge.label, firstStep, ready.voice.reasons.join(','));

// org_readiness
const org: telrules.OrgReadinessResult = telrules.orgReadiness({
  org: { brand: { status: 'in_review' } },
  numbers: [{ phone_number: '+18335550199', tollfree_verification: { status: 'TWILIO_REJECTED', edit_allowed: true, edit_expiration: '2026-11-25T00:00:00Z' } }],
  now: '2026-11-21T12:00:00Z',
});
const pendingUs: number = org.summary.us.pending;
const best: telrules.NextActionCode | undefined = org.summary.next_action?.code;
const deadline: string | null | undefined = org.numbers[0]?.messaging.us.next_action?.deadline;
console.log(org.summary.total, pendingUs, best, org.summary.next_action?.numbers.length, deadline);

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

// verify_webhook_signature, parse_inbound_webhook, render_twiml_reply: the adapter's steps
const verdict: SignatureVerdict = telrules.verifyWebhookSignature({
  auth_token: 'f00dfeedf00dfeedf00dfeedf00dfeed',
  url: 'https://hooks.example.com/twilio/sms',
  params: { From: '+14155550123', Body: 'STOP', MediaUrl: ['https://a', 'https://b'] },
  signature: 'bm90IGEgc2lnbmF0dXJl',
});
const why: SignatureProblem | null = verdict.reason;
// A SharedKey-signed webhook: its settings header is passed as received, with the SharedKey secret.
const settingsHeader: string | undefined = 'key=webhooks_sharedkey_1,algorithm=HMAC_SHA256';
const sharedKeyVerdict: SignatureVerdict = telrules.verifyWebhookSignature({
  secret: 'c0ffee00c0ffee00c0ffee00c0ffee00',
  url: 'https://hooks.example.com/twilio/events?bodySHA256=44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
  body: '{}',
  signature: 'bm90IGEgc2lnbmF0dXJl',
  signature_settings: settingsHeader ?? null,
});
const algorithmName: SignatureAlgorithm = 'HMAC_SHA256';
if (sharedKeyVerdict.reason === 'unsupported_signature_algorithm') console.log(algorithmName);
// @ts-expect-error the secret goes in one field, not both
telrules.verifyWebhookSignature({ auth_token: 'a', secret: 'b', url: 'https://h/' });
if (verdict.valid) {
  const inbound: InboundWebhook = telrules.parseInboundWebhook({
    params: { MessageSid: 'SM1', From: '+14155550123', To: '+18335550199', Body: 'STOP' },
  });
  const optOut: OptOutType | null = inbound.opt_out_type;
  const firstMedia: string | undefined = inbound.media[0]?.url;
  console.log(inbound.body, inbound.num_media, optOut, firstMedia, inbound.from_country);
  const reply: TwimlReply = telrules.renderTwimlReply({ body: inbound.body === 'STOP' ? null : 'Thanks!' });
  console.log(reply.twiml);
}
console.log(why);

// parse_status_callback
const cb: StatusCallback = telrules.parseStatusCallback({
  params: { MessageSid: 'SM1', MessageStatus: 'undelivered', ErrorCode: '30007' },
});
const failed: boolean = cb.status === 'failed' || cb.status === 'undelivered';
const code: number | null = cb.error_code;
console.log(failed, code, cb.guidance);
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
const hoursReason: 'weekly' | 'exception' | 'forced' | 'no_schedule' = hours.reason;
const from: 'number' | 'org' = hours.source;
console.log(isOpen, hoursReason, from, hours.label, hours.timezone, hours.local_time, hours.greeting, hours.next_change);

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

// classify_inbound
const cls: telrules.Classification = telrules.classifyInbound({
  text: 'Stop. Thank you',
  config: { mode: 'standard', default_sets: ['en', 'fr'], keywords: { opt_out: { es: ['BASTA'] } } },
});
const intent: telrules.InboundIntent = cls.intent;
const how: 'exact' | 'phrase' | 'possible' | 'none' = cls.match;
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

// handle_inbound straight from a parsed webhook: verify, parse, decide, render
{
  const parsed: InboundWebhook = telrules.parseInboundWebhook({ params: { MessageSid: 'SM1', From: '+12065550178', To: '+12065550142', Body: 'STOP' } });
  const decided: telrules.HandleInboundResult = telrules.handleInbound({
    webhook: parsed,
    consent: 'subscribed',
    sender: { kind: 'local' },
    org: { name: 'Harbor Dental' },
  });
  const reply: TwimlReply = telrules.renderTwimlReply({ body: decided.reply?.body ?? null });
  console.log(reply.twiml);
}

// select_sender
{
  const choice: SelectSenderResult = telrules.selectSender({
    to: '+13055550123',
    channel: 'sms',
    message_class: 'marketing',
    body: 'Winter whitening: 20% off this month',
    numbers: [
      {
        number: {
          phone_number: '+13055550104',
          capabilities: { sms: true, mms: true, whatsapp: true },
          messaging_service_sid: 'MG1',
          a2p_registration: 'registered',
        },
        assigned_user: 'ana',
        is_default: true,
      },
    ],
    preference: { explicit_from: null, user_id: 'ana', last_used_from: '+13055550104', area_code_match: true },
    recipient: { consent: 'subscribed', last_inbound_at: null, recipient_region: 'FL' },
    org: { messaging_services: [{ sid: 'MG1', campaign: { campaign_status: 'VERIFIED' } }] },
    now: '2026-11-22T02:00:00Z',
    allow_sms_fallback: false,
    policy: 'strictest',
  });
  const decision: 'send' | 'defer' | 'block' = choice.decision;
  const from: string | null = choice.from;
  const path: 'messaging_service' | 'direct' | null = choice.path;
  const fix: string | undefined = choice.next_action?.message;
  const warnings: SenderWarningCode[] = choice.warnings.map((w) => w.code);
  console.log(decision, choice.reason, from, choice.messaging_service_sid, path, choice.channel, choice.selected_by);
  console.log(choice.defer_until, fix, choice.next_action_for, warnings, choice.segments, choice.encoding);
}

// check_message, alone and with select_sender
{
  const checked: telrules.CheckMessageResult = telrules.checkMessage({
    body: 'Big sale this weekend \u2014 30% off! bit.ly/sale30',
    channel: 'mms',
    media: [{ content_type: 'image/jpeg', bytes: 250000 }],
    first_message: true,
    message_class: 'marketing',
    org: { name: 'Harbor Dental', domain: 'harbordental.com' },
    campaign: { us_app_to_person_usecase: 'MARKETING', has_embedded_links: true, has_embedded_phone: false, age_gated: false },
    sender_type: 'local',
    to: '+14155550100',
  });
  const rules: telrules.CheckMessageRule[] = checked.findings.map((f) => f.rule);
  const worst: telrules.FindingSeverity | undefined = checked.findings[0]?.severity;
  const field: string | null | undefined = checked.findings[0]?.field;
  const codes: number[] | undefined = checked.findings[0]?.codes;
  console.log(rules, worst, field, codes, checked.segments, checked.encoding, checked.characters, checked.non_gsm);
  console.log(checked.smart_encoding.segments, checked.smart_encoding.saves_segments, checked.smart_encoding.encoding);

  const withCheck: SelectSenderResult = telrules.selectSender({
    to: '+13055550123',
    channel: 'sms',
    message_class: 'informational',
    body: 'Harbor Dental: see you Tuesday. Reply STOP to opt out.',
    recipient: { consent: 'subscribed' },
    now: '2026-11-22T02:00:00Z',
    check_message: { first_message: true, org: { name: 'Harbor Dental' }, campaign: null, media: [] },
  });
  const findings: telrules.Finding[] = withCheck.message_check?.findings ?? [];
  console.log(withCheck.decision, findings.length);
}

// classify_inbound / handle_inbound: the possible level and reason codes
{
  const maybe: telrules.Classification = telrules.classifyInbound({ text: 'why do you keep texting me?' });
  const level: telrules.InboundMatch = maybe.match;
  const rule: telrules.InboundReason | null = maybe.reason;
  const flagged: telrules.HandleInboundResult = telrules.handleInbound({
    text: 'why do you keep texting me?',
    consent: 'subscribed',
    sender: { kind: 'local' },
    org: { name: 'Harbor Dental' },
  });
  const review: boolean = flagged.needs_review;
  const why: telrules.InboundReason | null = flagged.review_reason;
  console.log(level, rule, review, why, flagged.reply_reason);
}

// preflight_registration
import type { PreflightRegistrationResult, Finding, FindingSeverity, ErrorGuidance } from 'telrules';
{
  const check: PreflightRegistrationResult = telrules.preflightRegistration({
    form: 'campaign',
    fields: {
      us_app_to_person_usecase: 'ACCOUNT_NOTIFICATION',
      description: 'Harbor Dental sends appointment reminders to patients who opted in.',
      message_flow: 'Patients opt in on our booking form at https://www.harbordental.com/book.',
      message_samples: ['Harbor Dental: see you Tue at 9am. Book: bit.ly/hd. Reply STOP to opt out.'],
      has_embedded_links: true,
      has_embedded_phone: false,
      MessageFlow: 'a typo is a finding, not a type error',
    },
    context: { brand_name: 'Harbor Dental', website: 'https://www.harbordental.com', opt_out_handling: 'twilio' },
    now: '2026-11-28T09:00:00Z',
  });
  const verdict: 'ready_to_submit' | 'fix_first' = check.verdict;
  const first: Finding | undefined = check.findings[0];
  const severity: FindingSeverity | undefined = first?.severity;
  const codes: number[] = first?.codes ?? [];
  const field: string | null | undefined = first?.field;
  console.log(verdict, check.errors, check.warnings, severity, codes, field, first?.rule, first?.message, first?.fix);
  const tfv = telrules.preflightRegistration({
    form: 'tollfree_verification',
    fields: { business_name: 'Harbor Dental PLLC', opt_in_type: 'WEB_FORM', use_case_categories: ['ACCOUNT_NOTIFICATIONS'] },
    now: '2026-11-28T09:00:00Z',
  });
  const guidance: ErrorGuidance = telrules.explainError({ code: 30892 });
  const rules: string[] = guidance.preflight_rules ?? [];
  console.log(tfv.form, rules);
}

// plan_send / estimate_cost
{
  const plan: SendPlan = telrules.planSend({
    sender: { type: 'us_10dlc', brand: 'low_volume_standard', numbers: 2 },
    recipients: [{ to: '+12065550101', carrier: 'T-Mobile USA, Inc.', region: 'WA' }, { to: '+13055550102' }],
    body: 'Winter whitening: 20% off this month. Reply STOP to opt out.',
    start: '2026-12-01T17:00:00Z',
    message_class: 'marketing',
    policy: 'strictest',
    validity_period: 36000,
  });
  const lanes: PlanLane[] = plan.lanes.map((l) => l.lane);
  const by: 'rate' | 'daily_cap' | 'quiet_hours' | undefined = plan.governing?.by;
  console.log(plan.last_out_at, lanes, by, plan.quiet_hours.deferred, plan.queue.batch_limit, plan.carriers.assumption);
  const estimate: CostEstimate = telrules.estimateCost({
    sender: { type: 'us_10dlc', brand: 'standard', trust_score: 80 },
    messages: 2400,
    carriers: { tmobile: 800 },
    segments_per_message: 2,
    date: '2026-12-01',
    failed_share_bp: 200,
    include_fixed: true,
    prices: { sms_segment_micro_usd: 7900, carrier_fees_micro_usd: { att: 3000 } },
  });
  const items: CostLine['item'][] = estimate.lines.map((l) => l.item);
  console.log(estimate.total, estimate.total_micro_usd, items, estimate.range?.high, estimate.fixed?.monthly_total_micro_usd);
}

// compileSchedule: compile once, ask many
{
  const schedule: telrules.CompiledSchedule = telrules.compileSchedule({
    org: { timezone: 'America/New_York', weekly: { mon: [['09:00', '17:00']] } },
    number: { exceptions: [{ date: '2026-12-25', closed: true, label: 'Christmas' }] },
  });
  const open: boolean = schedule.isOpen(new Date('2026-11-30T17:00:00Z'));
  const next: Date | null = schedule.nextChange('2026-11-30T17:00:00Z');
  const week: telrules.OpenInterval[] = schedule.openIntervals(Date.UTC(2026, 10, 30), new Date('2026-12-07T00:00:00Z'));
  const full: BusinessHoursResult = schedule.businessHours(new Date());
  console.log(open, next?.toISOString(), week.map((iv) => [iv.from.getTime(), iv.to.getTime()]), full.next_change);
  schedule.free();
}

// issue 17: the on-demand international parser
{
  const ready: boolean = telrules.internationalNumbersEnabled();
  try {
    telrules.parsePhone({ input: '020 7946 0018', default_region: 'GB' });
  } catch (e) {
    if (e instanceof telrules.TelrulesError && e.kind === 'international_parser_not_loaded') {
      const loading: Promise<void> = telrules.enableInternationalNumbers();
      void loading.then(() => telrules.parsePhone({ input: '020 7946 0018', default_region: 'GB' }));
    }
  }
  console.log(ready);
}

// ---- issue 17: the README's typed example, and the generated types' precision ----------
{
  const args: telrules.ReadinessArgs = {
    number: { phone_number: '+14155550123', capabilities: { sms: true }, a2p_registration: 'registered' },
    org: { brand: { status: 'APPROVED' } },
    now: '2026-11-28T12:00:00Z',
  };
  const ready: telrules.ReadinessResult = telrules.readiness(args);
  const state: telrules.ReadinessState = ready.messaging.us.state;
  console.log(ready.badge.label, state);
  // Generated unions stay closed where Rust's enums are: a misspelt vocabulary is refused.
  // @ts-expect-error 'GSM7' is not an Encoding
  const badEncoding: telrules.SegmentsResult['encoding'] = 'GSM7';
  // Open Twilio vocabularies accept any string (a status Twilio adds later).
  const futureStatus: telrules.BrandStatus = 'SOME_FUTURE_STATUS';
  // Args types refuse a misspelt field of a type that denies unknown fields.
  // @ts-expect-error smartEncoding is not a field of SegmentsArgs
  telrules.segments({ text: 'hi', smartEncoding: true });
  // The error kind is the generated ErrorKind union.
  const kind: telrules.ErrorKind = 'invalid_args';
  console.log(badEncoding, futureStatus, kind);
}
