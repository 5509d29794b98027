// Composer: the live segment counter (encoding, the characters that forced UCS-2, what
// Smart Encoding would change) and which number would send the message, and when
// (segments, select_sender).
import { segments, selectSender, parsePhone } from 'telrules';
import { h, fill, field, select, checkbox, badge, card, attempt, formatInstant, words, num } from '../ui.js';
import { DRAFT, USERS } from '../sample.js';

const CHANNELS = [['sms', 'SMS'], ['mms', 'MMS (picture)'], ['whatsapp', 'WhatsApp']];
const CLASSES = [['informational', 'Informational'], ['conversational', 'Conversational'], ['marketing', 'Marketing']];
const CONSENT = [['subscribed', 'Subscribed'], ['unknown', 'Unknown'], ['opted_out', 'Opted out (texted STOP)']];
const SELECTED_BY = {
  explicit_from: 'the number you picked', user_primary: "the sender's own number", sticky_sender: 'the number this contact knows',
  area_code_match: 'a local number for this contact', org_default: 'your main number', any_ready_number: 'a number that can text them',
};
const BLOCKED = {
  recipient_opted_out: 'This contact texted STOP: nothing may be sent until they text START.',
  marketing_requires_consent: 'Marketing needs the contact’s consent on record.',
  whatsapp_template_required: 'The contact has not written on WhatsApp in the last 24 hours: only an approved template may be sent.',
  mms_unsupported_destination: 'Picture messages (MMS) do not reach this country.',
  destination_not_supported: 'None of your numbers can text this country.',
  explicit_from_not_found: 'The number you picked is not one of yours.',
  explicit_from_not_ready: 'The number you picked cannot text this contact yet.',
  explicit_from_missing_capability: 'The number you picked cannot send on this channel.',
  no_usable_sender: 'None of your numbers can send this message yet.',
  no_send_window: 'There is no time within a year when this message may go.',
};

/** The segment meter: how full the message is, segment by segment. */
function meter(r) {
  const single = r.encoding === 'GSM-7' ? 160 : 70;
  const multi = r.encoding === 'GSM-7' ? 153 : 67;
  const capacity = r.segments <= 1 ? single : r.segments * multi;
  const pct = Math.min(100, Math.round((r.code_units / Math.max(capacity, 1)) * 100));
  return h('div', { class: 'meter', role: 'img', 'aria-label': `${r.code_units} of ${capacity} ${r.encoding === 'GSM-7' ? 'septets' : 'UTF-16 units'} used` },
    h('div', { class: `meter-fill ${r.encoding === 'GSM-7' ? 'gsm' : 'ucs'}`, style: `width:${pct}%` }),
    Array.from({ length: Math.max(r.segments - 1, 0) }, (_, i) => h('span', { class: 'meter-cut', style: `left:${((i + 1) * 100) / r.segments}%` })));
}

function codepoint(ch) {
  return [...ch].map((c) => `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

function segmentView(plain, smart, smartOn) {
  const shown = smartOn ? smart : plain;
  const stats = h('div', { class: 'stats' },
    h('div', { class: 'stat', id: 'segment-count' }, h('span', { class: 'stat-n', text: String(shown.segments) }), h('span', { class: 'stat-l', text: shown.segments === 1 ? 'segment' : 'segments' })),
    h('div', { class: 'stat' }, h('span', { class: 'stat-n', id: 'encoding', text: shown.encoding }), h('span', { class: 'stat-l', text: 'encoding' })),
    h('div', { class: 'stat' }, h('span', { class: 'stat-n', text: num(shown.characters) }), h('span', { class: 'stat-l', text: 'characters' })));
  const forced = plain.non_gsm.length
    ? h('div', { class: 'forced' },
      h('p', { text: `${plain.non_gsm.length === 1 ? 'This character forces' : 'These characters force'} UCS-2 (70 characters a segment instead of 160):` }),
      h('ul', { class: 'chips', id: 'non-gsm' }, plain.non_gsm.map((c) => h('li', { class: 'chip', title: codepoint(c) }, h('span', { class: 'chip-char', text: c }), h('span', { class: 'chip-cp', text: codepoint(c) })))))
    : h('p', { class: 'ok-line', text: 'Every character fits GSM-7.' });
  let smartNote;
  if (plain.text === smart.text) smartNote = h('p', { class: 'muted', id: 'smart-note', text: 'Smart Encoding would change nothing in this message.' });
  else {
    smartNote = h('div', { id: 'smart-note' },
      smart.segments === plain.segments && smart.encoding === plain.encoding
        ? h('p', {}, 'Smart Encoding would replace look-alikes, but the message stays ', h('strong', { text: `${plain.segments} segment${plain.segments === 1 ? '' : 's'} (${plain.encoding})` }), ':')
        : h('p', {}, 'Smart Encoding would send ', h('strong', { text: `${smart.segments} segment${smart.segments === 1 ? '' : 's'} (${smart.encoding})` }),
          ` instead of ${plain.segments} (${plain.encoding}), with look-alikes replaced:`),
      h('blockquote', { class: 'smart-text', text: smart.text }),
      smart.non_gsm.length ? h('p', { class: 'muted', text: `Still UCS-2 because of: ${smart.non_gsm.join(' ')}` }) : null);
  }
  return [stats, meter(shown), forced, card('Smart Encoding', smartNote)];
}

function senderView(r, numbers) {
  const label = (from) => numbers.find((n) => n.e164 === from)?.label;
  const tone = { send: 'success', defer: 'warning', block: 'danger' }[r.decision];
  const title = { send: 'Sends now', defer: 'Held for quiet hours', block: 'Not sent' }[r.decision];
  return h('div', { class: 'decision', id: 'sender-decision' },
    h('div', { class: 'decision-head' }, badge(title, tone), r.segments !== null ? h('span', { class: 'muted', text: `${r.segments} segment${r.segments === 1 ? '' : 's'} · ${r.encoding}` }) : null),
    r.from ? h('p', { class: 'decision-main' }, 'From ', h('strong', { class: 'mono', text: r.from }),
      label(r.from) ? ` (${label(r.from)})` : '', r.selected_by ? `: ${SELECTED_BY[r.selected_by] ?? words(r.selected_by)}` : '',
      r.path === 'messaging_service' ? `, through Messaging Service ${r.messaging_service_sid}` : r.path === 'direct' ? ', directly' : '') : null,
    r.decision === 'defer' ? h('p', { text: `Goes at ${formatInstant(r.defer_until, 'America/Los_Angeles')} (the recipient's quiet hours end).` }) : null,
    r.decision === 'block' ? h('p', { text: BLOCKED[r.reason] ?? words(r.reason) }) : null,
    r.next_action ? h('p', { class: 'next-step' }, h('span', { class: 'eyebrow', text: `To fix${r.next_action_for ? ` (${r.next_action_for})` : ''}` }), h('span', { text: ` ${r.next_action.message}` })) : null,
    r.warnings.length ? h('ul', { class: 'warnings' }, r.warnings.map((w) => h('li', { text: w.message }))) : null);
}

export default {
  id: 'composer',
  title: 'Composer',
  description: 'What a message costs in segments, why, and which number would send it.',
  mount(root, ctx) {
    const text = h('textarea', { rows: 5, value: DRAFT, spellcheck: 'true' });
    const smart = checkbox('Smart Encoding (Twilio replaces look-alike characters)', false);
    const segOut = h('div', { 'aria-live': 'polite', class: 'seg-out' });

    const to = h('input', { type: 'tel', value: '+13055550123', autocomplete: 'off' });
    const channel = select(CHANNELS, 'sms');
    const klass = select(CLASSES, 'marketing');
    const consent = select(CONSENT, 'subscribed');
    const user = select(USERS.map((u) => [u.id, u.name]), '');
    const from = select([['', 'Choose for me']], '');
    const sendOut = h('div', { 'aria-live': 'polite' });

    const refreshFrom = () => {
      const keep = from.value;
      const numbers = ctx.numbers.map((n) => ({ label: n.label, typed: n.facts.phone_number }));
      fill(from, h('option', { value: '', text: 'Choose for me' }), numbers.map((n) => h('option', { value: n.typed, text: `${n.label} · ${n.typed}` })));
      from.value = numbers.some((n) => n.typed === keep) ? keep : '';
    };

    const renderSegments = () => attempt(segOut, () => {
      const plain = segments({ text: text.value, smart_encoding: false });
      const withSmart = segments({ text: text.value, smart_encoding: true });
      fill(segOut, segmentView(plain, withSmart, smart.input.checked));
    });
    const renderSender = () => attempt(sendOut, () => {
      const r = selectSender({
        to: to.value, channel: channel.value, message_class: klass.value, body: text.value,
        numbers: ctx.numbers.map((n) => ({ number: n.facts, assigned_user: n.assigned_user ?? null, is_default: n.is_default ?? null })),
        preference: { user_id: user.value || null, explicit_from: from.value || null },
        recipient: { consent: consent.value }, org: ctx.registrations, now: ctx.now,
      });
      fill(sendOut, senderView(r, ctx.numbers.map((n) => ({ label: n.label, e164: normalised(n.facts.phone_number) }))));
    });
    const renderAll = () => { renderSegments(); renderSender(); };

    text.addEventListener('input', renderAll);
    smart.input.addEventListener('change', renderSegments);
    to.addEventListener('input', renderSender);
    for (const el of [channel, klass, consent, user, from]) el.addEventListener('change', renderSender);

    fill(root, h('div', { class: 'two-col wide-left' },
      h('div', {}, card('Message', field('Message text', text, 'Counts update as you type'), smart.el), segOut),
      card('Send it',
        h('div', { class: 'grid-fields' }, field('To', to, 'E.164 or as typed; US assumed'), field('Channel', channel), field('Kind of message', klass, 'Marketing waits for quiet hours to end'),
          field('Recipient consent', consent), field('Send as', user), field('From number', from)),
        sendOut)));
    ctx.watch(() => { refreshFrom(); renderAll(); });
  },
};

/** A typed number as select_sender names senders: E.164, or a short code's digits. */
function normalised(typed) {
  try {
    const p = parsePhone({ input: typed });
    return p.e164 ?? typed.replace(/\D/g, '');
  } catch {
    return typed;
  }
}
