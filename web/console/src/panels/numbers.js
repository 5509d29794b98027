// Numbers: every phone number as a card with its readiness badge, checklist and the one
// next step; the org's counts and the step that unblocks the most numbers (org_readiness).
import { orgReadiness } from 'telrules';
import { h, fill, field, select, badge, card, attempt, formatLocal, words } from '../ui.js';

const CHANNELS = [['us', 'US texting'], ['ca', 'Canada texting'], ['voice', 'Calls']];
const STATES = [
  ['ready', 'Ready', 'success'], ['pending', 'Pending', 'info'], ['action_required', 'Action needed', 'warning'],
  ['blocked', 'Blocked', 'danger'], ['unsupported', 'Unsupported', 'neutral'],
];
const TONE = Object.fromEntries(STATES.map(([s, , t]) => [s, t]));
const STATE_TEXT = Object.fromEntries(STATES.map(([s, t]) => [s, t]));
const STEP_MARK = { done: '✓', in_progress: '…', todo: '○', failed: '✕', not_needed: '–' };

// Registration statuses the owner can switch between, as Twilio spells them.
const PROFILE = [['twilio-approved', 'Approved'], ['in-review', 'In review'], ['draft', 'Draft'], ['twilio-rejected', 'Rejected'], ['', 'Not created']];
const BRAND = [['APPROVED', 'Approved'], ['PENDING', 'Pending'], ['IN_REVIEW', 'In review'], ['FAILED', 'Failed'], ['SUSPENDED', 'Suspended'], ['', 'Not registered']];
const CAMPAIGN = [['VERIFIED', 'Verified'], ['IN_PROGRESS', 'In review'], ['PENDING', 'Pending'], ['FAILED', 'Failed'], ['SUSPENDED', 'Suspended'], ['', 'No campaign']];

function registrationsForm(ctx) {
  const reg = ctx.registrations;
  const profile = select(PROFILE, reg.customer_profile?.status ?? '', { name: 'customer_profile' });
  const brand = select(BRAND, reg.brand?.status ?? '', { name: 'brand' });
  // The brand's other facts (type, identity) stay as Twilio reported them across edits.
  const brandFacts = { ...reg.brand };
  profile.addEventListener('change', () => {
    reg.customer_profile = profile.value ? { sid: 'BU0001', status: profile.value } : null;
    // The texting profile (trust product) follows the business profile in this sample.
    reg.trust_product = profile.value ? { sid: 'BU0002', status: profile.value } : null;
    ctx.changed();
  });
  brand.addEventListener('change', () => {
    reg.brand = brand.value ? { ...brandFacts, status: brand.value } : null;
    ctx.changed();
  });
  const campaigns = reg.messaging_services.map((ms) => {
    const s = select(CAMPAIGN, ms.campaign?.campaign_status ?? '', { name: `campaign-${ms.sid}` });
    s.addEventListener('change', () => {
      ms.campaign = s.value ? { campaign_status: s.value } : null;
      ctx.changed();
    });
    return field(`${ms.friendly_name} campaign (${ms.sid})`, s);
  });
  return card('Registrations',
    h('p', { class: 'muted', text: 'As Twilio reports them. Change one to see which numbers it unblocks.' }),
    h('div', { class: 'grid-fields' }, field('Business profile', profile), field('Brand', brand), campaigns));
}

function addNumberForm(ctx) {
  const label = h('input', { type: 'text', value: 'New front desk line', autocomplete: 'off' });
  const phone = h('input', { type: 'tel', placeholder: '(206) 555-0123', autocomplete: 'off', required: true });
  const service = select([['', 'None'], ...ctx.registrations.messaging_services.map((m) => [m.sid, m.friendly_name])], '');
  const form = h('form', { class: 'inline-form', 'aria-label': 'Add a number' },
    field('Label', label), field('Phone number', phone, 'As typed: any US, Canadian or international format'),
    field('Messaging Service', service),
    h('button', { type: 'submit', text: 'Add number' }));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (!phone.value.trim()) return;
    ctx.numbers.push({
      label: label.value.trim() || phone.value.trim(),
      facts: { phone_number: phone.value.trim(), capabilities: { sms: true, voice: true },
        ...(service.value ? { messaging_service_sid: service.value, a2p_registration: 'pending' } : {}) },
    });
    phone.value = '';
    ctx.changed();
  });
  return card('Add a number', form);
}

function summaryView(result, channel) {
  const counts = result.summary[channel];
  const tiles = STATES.map(([state, text, tone]) => h('div', { class: `tile tone-${tone}` },
    h('span', { class: 'tile-n', text: String(counts[state]) }), h('span', { class: 'tile-l', text })));
  const next = result.summary.next_action;
  return h('div', { class: 'summary' },
    h('div', { class: 'tiles', role: 'group', 'aria-label': `${result.summary.total} numbers by state` }, tiles),
    next
      ? h('div', { class: 'callout', id: 'org-next-step' },
        h('p', { class: 'eyebrow', text: `Do this first: it moves ${next.count} number${next.count === 1 ? '' : 's'} forward` }),
        h('p', { class: 'callout-main', text: next.message }),
        h('p', { class: 'muted mono', text: next.numbers.join(' · ') }))
      : h('div', { class: 'callout tone-success', id: 'org-next-step' },
        h('p', { class: 'callout-main', text: 'Nothing to do: every number is ready or waiting on a review.' })));
}

function numberCard(entry, r, channel) {
  const ch = channel === 'voice' ? r.voice : r.messaging[channel];
  const done = ch.steps.filter((s) => s.status === 'done' || s.status === 'not_needed').length;
  const next = ch.next_action;
  return h('article', { class: 'phone-card', 'aria-label': `${entry.label} ${r.number}` },
    h('div', { class: 'phone-head' },
      h('div', {}, h('h4', { text: entry.label }), h('p', { class: 'mono muted', text: `${r.number} · ${words(r.kind)}${r.country ? ` · ${r.country}` : ''}` })),
      h('div', { class: 'badges' },
        badge(r.badge.label, r.badge.tone, { title: 'The badge the phone card shows' }),
        badge(STATE_TEXT[ch.state], TONE[ch.state], { class: `badge tone-${TONE[ch.state]} state` }))),
    next
      ? h('div', { class: 'next-step' },
        h('span', { class: 'eyebrow', text: 'Next step' }), h('p', { text: next.message }),
        next.deadline ? h('p', { class: 'deadline', text: `Before ${formatLocal(next.deadline)}` }) : null,
        next.error_codes.length ? h('p', { class: 'muted', text: `Twilio error ${next.error_codes.join(', ')}` }) : null)
      : h('p', { class: 'muted next-step', text: ch.state === 'ready' ? 'Nothing to do.' : 'Nothing to do for now.' }),
    ch.steps.length === 0 ? null : h('details', {},
      h('summary', { text: `Checklist: ${done} of ${ch.steps.length} done` }),
      h('ul', { class: 'checklist' }, ch.steps.map((s) => h('li', { class: `step step-${s.status}` },
        h('span', { class: 'mark', 'aria-hidden': 'true', text: STEP_MARK[s.status] ?? '•' }),
        h('span', {}, h('strong', { text: words(s.id) }), ` — ${words(s.status)}. ${s.detail}`))))));
}

export default {
  id: 'numbers',
  title: 'Numbers',
  description: 'Can each number text and take calls, and what is the one thing to do next.',
  mount(root, ctx) {
    const channel = select(CHANNELS, 'us', { name: 'channel' });
    const out = h('div', { 'aria-live': 'polite' });
    const grid = h('div', { class: 'cards' });
    const render = () => attempt(out, () => {
      const result = orgReadiness({ org: ctx.registrations, numbers: ctx.numbers.map((n) => n.facts), now: ctx.now });
      fill(out, summaryView(result, channel.value));
      fill(grid, result.numbers.map((r, i) => numberCard(ctx.numbers[i], r, channel.value)));
    });
    channel.addEventListener('change', render);
    fill(root,
      h('div', { class: 'toolbar' }, field('Show readiness for', channel)),
      out, grid,
      h('div', { class: 'two-col' }, registrationsForm(ctx), addNumberForm(ctx)));
    ctx.watch(render);
  },
};
