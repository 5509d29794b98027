// Campaign: a text to many patients, checked as the user types (check_message: findings with
// severity, message and fix), then planned (plan_send: when the last one goes out and which
// carrier's rate governs) and priced (estimate_cost) for the sample's 2,400 patients.
import { checkMessage, planSend, estimateCost } from 'telrules';
import { h, fill, field, select, checkbox, badge, card, attempt, formatInstant, words, num } from '../ui.js';
import { ORG, PROMOTION_BODY, PROMOTION_START, PROMOTION_PATIENTS, SENDERS, promotionRecipients } from '../sample.js';

const CLASSES = [['marketing', 'Marketing'], ['informational', 'Informational'], ['conversational', 'Conversational']];
const TONE = { error: 'danger', warning: 'warning', info: 'info' };
const SEVERITY = { error: 'Will be refused', warning: 'Fix before sending', info: 'Good to know' };
const LANE = { att: 'AT&T', tmobile: 'T-Mobile', verizon: 'Verizon', other: 'Other carriers', sender: 'Your sender' };
const CARRIER = (name) => {
  const n = name.toLowerCase();
  if (n.includes('t-mobile')) return 'tmobile';
  if (n.includes('at&t')) return 'att';
  if (n.includes('verizon')) return 'verizon';
  if (n.includes('freedom')) return 'freedom';
  return null;
};

/** The check's findings, most severe first (the order check_message answers in). */
function findingsView(r) {
  const counts = ['error', 'warning', 'info'].map((s) => [s, r.findings.filter((f) => f.severity === s).length]);
  return h('div', { id: 'check-findings' },
    h('div', { class: 'badges' },
      counts.every(([s, n]) => s === 'info' || n === 0) ? badge('Ready to send', 'success') : null,
      counts.filter(([, n]) => n > 0).map(([s, n]) => badge(`${n} ${s === 'info' ? 'note' : s}${n === 1 ? '' : 's'}`, TONE[s])),
      h('span', { class: 'muted', text: `${r.segments} segment${r.segments === 1 ? '' : 's'} · ${r.encoding}` })),
    r.findings.length
      ? h('ol', { class: 'findings' }, r.findings.map((f) => h('li', { class: `finding sev-${f.severity}` },
        h('div', { class: 'finding-head' }, badge(SEVERITY[f.severity], TONE[f.severity]), h('span', { class: 'mono muted', text: f.rule }),
          f.codes.length ? h('span', { class: 'muted', text: `Twilio ${f.codes.join(', ')}` }) : null),
        h('p', { class: 'finding-message', text: f.message }),
        h('p', { class: 'finding-fix' }, h('span', { class: 'eyebrow', text: 'Fix' }), ` ${f.fix}`))))
      : h('p', { class: 'ok-line', text: 'Nothing to fix in this message.' }));
}

function planView(plan, cost) {
  const gov = plan.governing;
  const lane = gov ? plan.lanes.find((l) => l.lane === gov.lane) : null;
  return h('div', { id: 'send-plan' },
    h('div', { class: 'plan-tiles' },
      h('div', { class: 'tile', id: 'plan-messages' }, h('span', { class: 'tile-n', text: num(plan.messages) }), h('span', { class: 'tile-l', text: 'messages' })),
      h('div', { class: 'tile', id: 'plan-last' }, h('span', { class: 'tile-n', text: plan.last_out_at ? formatInstant(plan.last_out_at, 'America/Los_Angeles') : '—' }), h('span', { class: 'tile-l', text: 'last one out (Seattle)' })),
      h('div', { class: 'tile', id: 'cost-total' }, h('span', { class: 'tile-n', text: cost.total }), h('span', { class: 'tile-l', text: 'estimated cost' }))),
    gov ? h('p', { class: 'callout', id: 'plan-governing' },
      h('span', { class: 'eyebrow', text: 'What sets the pace' }),
      ` ${LANE[gov.lane] ?? words(gov.lane)}: ${gov.by === 'daily_cap' ? `a cap of ${num(lane?.daily_cap ?? 0)} segments a day` : gov.by === 'quiet_hours' ? 'quiet hours' : lane?.rate_text ?? ''}`,
      gov.error_code ? ` (sending faster is error ${gov.error_code})` : '') : null,
    h('table', { class: 'lanes' },
      h('caption', { text: 'By carrier' }),
      h('thead', {}, h('tr', {}, ['Carrier', 'Messages', 'Rate', 'Last out'].map((t) => h('th', { scope: 'col', text: t })))),
      h('tbody', {}, plan.lanes.map((l) => h('tr', {},
        h('th', { scope: 'row', text: LANE[l.lane] ?? words(l.lane) }), h('td', { text: num(l.messages) }),
        h('td', { text: l.rate_text + (l.daily_cap ? `, ${num(l.daily_cap)} a day` : '') }),
        h('td', { text: l.last_out_at ? formatInstant(l.last_out_at, 'America/Los_Angeles') : '—' }))))),
    h('h4', { text: 'The plan' }),
    h('ul', { class: 'summary-lines', id: 'plan-summary' }, plan.summary.map((s) => h('li', { text: s }))),
    h('h4', { text: 'The cost' }),
    h('ul', { class: 'summary-lines', id: 'cost-summary' }, cost.summary.filter((s) => !s.includes('pass your own')).map((s) => h('li', { text: s }))));
}

export default {
  id: 'campaign',
  title: 'Campaign',
  description: 'A text to many patients: what to fix before it goes, when the last one arrives, and what it costs.',
  mount(root) {
    const recipients = promotionRecipients();
    const carriers = {};
    for (const r of recipients) {
      const c = r.carrier ? (r.to.startsWith('+1604') ? (CARRIER(r.carrier) === 'freedom' ? 'freedom' : 'other') : CARRIER(r.carrier) ?? 'other_us') : null;
      if (c) carriers[c] = (carriers[c] ?? 0) + 1;
    }
    const text = h('textarea', { rows: 4, value: PROMOTION_BODY, spellcheck: 'true' });
    const klass = select(CLASSES, 'marketing');
    const first = checkbox('First text to these patients (must name the practice and say how to opt out)', true);
    const sender = select(SENDERS.map((s) => [s.id, s.label]), 'now');
    const start = h('input', { type: 'text', value: PROMOTION_START, class: 'mono', spellcheck: 'false', autocomplete: 'off' });
    const checkOut = h('div', { 'aria-live': 'polite' });
    const planOut = h('div', { 'aria-live': 'polite' });

    const senderSpec = () => SENDERS.find((s) => s.id === sender.value).sender;
    const renderCheck = () => attempt(checkOut, () => {
      const spec = senderSpec();
      const r = checkMessage({
        body: text.value, message_class: klass.value, first_message: first.input.checked,
        org: { name: ORG.name, domain: ORG.website },
        campaign: spec.type === 'us_10dlc' ? { us_app_to_person_usecase: 'MIXED', has_embedded_links: true, has_embedded_phone: true, age_gated: false } : null,
        sender_type: spec.type === 'toll_free' ? 'toll_free' : 'local',
      });
      fill(checkOut, findingsView(r));
    });
    const renderPlan = () => attempt(planOut, () => {
      const spec = senderSpec();
      const plan = planSend({ sender: spec, recipients, body: text.value, start: start.value, message_class: klass.value });
      const cost = estimateCost({
        sender: spec, messages: recipients.length, carriers: spec.type === 'us_10dlc' ? carriers : null, body: text.value,
        date: start.value, failed_share_bp: 100,
      });
      fill(planOut, planView(plan, cost));
    });

    text.addEventListener('input', () => { renderCheck(); renderPlan(); });
    first.input.addEventListener('change', renderCheck);
    klass.addEventListener('change', () => { renderCheck(); renderPlan(); });
    sender.addEventListener('change', () => { renderCheck(); renderPlan(); });
    start.addEventListener('change', renderPlan);

    fill(root, h('div', { class: 'two-col wide-left' },
      h('div', {},
        card('Message', field('Campaign text', text, 'Checked as you type'), h('div', { class: 'grid-fields' }, field('Kind of message', klass)), first.el),
        card('Before you send', checkOut)),
      card(`Send to ${num(PROMOTION_PATIENTS)} patients`,
        h('div', { class: 'grid-fields' }, field('Sender', sender), field('Start', start, 'RFC 3339 with offset')),
        planOut)));
    renderCheck();
    renderPlan();
  },
};
