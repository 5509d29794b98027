// Inbox: an inbound text as the conversation view shows it: what it is (STOP, START, HELP
// or an ordinary message), the consent change, the one reply the business sends, and
// whether the assistant may answer (classify_inbound, handle_inbound).
import { handleInbound } from 'telrules';
import { h, fill, field, select, checkbox, badge, card, attempt, words } from '../ui.js';
import { INBOUND_SAMPLES, ORG } from '../sample.js';

const CONSENT = [['subscribed', 'Subscribed'], ['unknown', 'Unknown'], ['opted_out', 'Opted out']];
const KINDS = [['local', 'Local number (10DLC)'], ['toll_free', 'Toll-free number'], ['short_code', 'Short code'], ['mobile', 'Mobile number (outside US/CA)']];
const REASONS = {
  opt_out_confirmation: 'The contact opted out: send the one confirmation, then nothing more.',
  opt_in_confirmation: 'The contact opted back in: confirm it.',
  help_reply: 'A request for help: answer with who you are and how to reach you.',
  already_opted_out: 'Already opted out: no second confirmation.',
  answered_by_twilio: 'Twilio answers this keyword on this number (Advanced Opt-Out): do not reply too.',
  answered_by_toll_free_network: 'The toll-free network answers this keyword itself: do not reply too.',
  help_to_opted_out_on_toll_free: 'HELP from an opted-out contact on toll-free: the network answers.',
  opt_in_keyword_not_opted_out: 'An opt-in word from someone who was not opted out: an ordinary message.',
  ordinary_message: 'An ordinary message: no automatic reply.',
  message_from_opted_out_contact: 'From an opted-out contact: you may read it, but do not text back.',
};
const CONSENT_TONE = { subscribed: 'success', unknown: 'neutral', opted_out: 'danger' };

export default {
  id: 'inbox',
  title: 'Inbox',
  description: 'An inbound text: is it STOP, START or HELP, what changes, what to reply, and may the assistant answer.',
  mount(root) {
    const text = h('input', { type: 'text', value: 'Stop. Thank you', autocomplete: 'off' });
    const consent = select(CONSENT, 'subscribed');
    const kind = select(KINDS, 'local');
    const aoo = checkbox('Twilio Advanced Opt-Out is on for this number', false);
    const preview = h('div', { 'aria-live': 'polite', class: 'preview' });
    const thread = h('ol', { class: 'thread', 'aria-label': 'Conversation' });
    const consentShown = h('span', {});

    const ask = () => handleInbound({
      text: text.value, consent: consent.value,
      sender: { kind: kind.value, advanced_opt_out: aoo.input.checked, country: kind.value === 'mobile' ? 'GB' : 'US' },
      org: ORG,
    });
    const showConsent = () => fill(consentShown, badge(`Consent: ${words(consent.value)}`, CONSENT_TONE[consent.value]));

    const renderPreview = () => attempt(preview, () => {
      const r = ask();
      const c = r.classification;
      fill(preview,
        h('dl', { class: 'facts', id: 'classification' },
          h('div', {}, h('dt', { text: 'Intent' }), h('dd', {}, badge(c.intent === 'none' ? 'Ordinary message' : words(c.intent), c.intent === 'opt_out' ? 'danger' : c.intent === 'none' ? 'neutral' : 'info'))),
          h('div', {}, h('dt', { text: 'Matched' }), h('dd', { text: c.match === 'none' ? '—' : `${c.keyword} (${c.match === 'exact' ? 'keyword' : 'worded request'}${c.language ? `, ${c.language}` : ''})` })),
          h('div', {}, h('dt', { text: 'Consent change' }), h('dd', { id: 'consent-change', text: r.consent_change ? words(r.consent_change) : 'None' })),
          h('div', {}, h('dt', { text: 'Assistant may answer' }), h('dd', {}, badge(r.deliver_to_agent ? 'Yes' : 'No', r.deliver_to_agent ? 'success' : 'warning', { id: 'agent' })))),
        h('p', { class: 'muted', id: 'reply-reason', text: REASONS[r.reply_reason] ?? words(r.reply_reason) }),
        r.reply ? h('div', { class: 'bubble out preview-reply' }, h('p', { id: 'reply-body', text: r.reply.body }),
          h('span', { class: 'meta', text: `Reply · ${r.reply.segments} segment${r.reply.segments === 1 ? '' : 's'} · ${r.reply.encoding}` }))
          : h('p', { class: 'no-reply', id: 'reply-body', text: 'No automatic reply.' }));
    });

    const receive = (ev) => {
      ev.preventDefault();
      if (!text.value) return;
      attempt(preview, () => {
        const r = ask();
        thread.append(h('li', { class: 'bubble in' }, h('p', { text: text.value }), h('span', { class: 'meta', text: r.classification.intent === 'none' ? 'Patient' : `Patient · ${words(r.classification.intent)}` })));
        if (r.consent_change) {
          consent.value = r.consent_change === 'opt_out' ? 'opted_out' : 'subscribed';
          thread.append(h('li', { class: 'system', text: r.consent_change === 'opt_out' ? 'Opted out: no more texts to this contact' : 'Opted back in' }));
        }
        if (r.reply) thread.append(h('li', { class: 'bubble out' }, h('p', { text: r.reply.body }), h('span', { class: 'meta', text: `${ORG.name} · automatic` })));
        if (r.deliver_to_agent) thread.append(h('li', { class: 'system', text: 'Handed to the assistant' }));
        thread.lastElementChild?.scrollIntoView?.({ block: 'nearest' });
        showConsent();
        renderPreview();
      });
    };

    const chips = h('div', { class: 'chip-row', role: 'group', 'aria-label': 'Sample texts' },
      INBOUND_SAMPLES.map((s) => h('button', { type: 'button', class: 'chip-button', text: s, onclick: () => { text.value = s; renderPreview(); text.focus(); } })));
    const form = h('form', { class: 'compose-row', 'aria-label': 'Receive a text' }, field('Inbound text', text), h('button', { type: 'submit', text: 'Receive' }));
    form.addEventListener('submit', receive);
    text.addEventListener('input', renderPreview);
    for (const el of [consent, kind, aoo.input]) el.addEventListener('change', () => { showConsent(); renderPreview(); });

    fill(root, h('div', { class: 'two-col' },
      card('Conversation with +1 206 555 0178',
        h('div', { class: 'thread-head' }, consentShown),
        thread, chips, form),
      card('What the rules decide', h('div', { class: 'grid-fields' }, field('Contact consent before this text', consent), field('Texted number', kind)), aoo.el, preview)));
    showConsent();
    renderPreview();
  },
};
