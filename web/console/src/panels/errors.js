// Errors: a Twilio error code in plain words (explain_error), and the week's delivery
// outcomes as a chart with the actions that would save the most texts (deliverability).
import { explainError, deliverability } from 'telrules';
import { h, fill, field, select, badge, card, attempt, words, num } from '../ui.js';
import { WEEK_STATUSES, WEEK_ERRORS } from '../sample.js';

const CHANNELS = [['sms', 'SMS'], ['mms', 'MMS'], ['whatsapp', 'WhatsApp'], ['voice', 'Voice']];
const RETRY = { no: ['Do not retry until fixed', 'danger'], later: ['Retry later', 'warning'], yes: ['Safe to retry', 'success'] };
const SUGGESTED = [30034, 30007, 21610, 30003, 30005, 30006, 30032, 30445, 21408, 63016];
// The outcome buckets of the stacked bar, in order, with their legend words.
const BUCKETS = [['delivered', 'Delivered'], ['partially_delivered', 'Partly delivered'], ['failed', 'Failed'], ['awaiting_receipt', 'Sent, no receipt yet'], ['in_flight', 'In flight'], ['canceled', 'Canceled'], ['other', 'Other']];

function explainView(g) {
  const [retryText, retryTone] = RETRY[g.retry] ?? [words(g.retry), 'neutral'];
  return h('div', { class: 'explain', id: 'explain' },
    h('div', { class: 'decision-head' }, h('span', { class: 'code mono', text: String(g.code) }), h('strong', { id: 'error-title', text: g.title ?? 'Not in the catalogue' }), badge(words(g.category), 'info', { id: 'error-category' })),
    h('p', { class: 'decision-main', text: g.message }),
    h('div', { class: 'badges' }, badge(retryText, retryTone), g.suppress_recipient ? badge('Stop texting this recipient', 'danger') : badge('Recipient can still be texted', 'success')),
    h('p', { class: 'next-step' }, h('span', { class: 'eyebrow', text: 'What to do' }), h('span', { text: ` ${g.action.message}` })),
    h('p', {}, h('a', { href: g.docs_url, rel: 'noreferrer', target: '_blank', text: `Twilio's page for error ${g.code}` })));
}

/** A stacked bar of outcomes plus a bar per failure category. */
function chart(r) {
  const W = 1100;
  const total = Math.max(BUCKETS.reduce((s, [k]) => s + r[k], 0), 1);
  const bar = h('svg', { viewBox: `0 0 ${W} 44`, class: 'chart', role: 'img', 'aria-label': `Outcomes of ${r.total} messages: ${BUCKETS.filter(([k]) => r[k]).map(([k, t]) => `${t} ${r[k]}`).join(', ')}` });
  let xPos = 0;
  for (const [k, t] of BUCKETS) {
    if (!r[k]) continue;
    const w = (r[k] / total) * W;
    bar.append(h('rect', { x: xPos, y: 4, width: Math.max(w, 2), height: 36, class: `bucket-${k}` }, h('title', { text: `${t}: ${num(r[k])}` })));
    xPos += w;
  }
  const legend = h('ul', { class: 'legend-list' }, BUCKETS.filter(([k]) => r[k]).map(([k, t]) => h('li', {}, h('span', { class: `key bucket-${k}` }), `${t} ${num(r[k])}`)));

  const maxCat = Math.max(...r.categories.map((c) => c.messages), 1);
  const rowH = 30;
  const cats = h('svg', { viewBox: `0 0 ${W} ${Math.max(r.categories.length, 1) * rowH + 4}`, class: 'chart', role: 'img', 'aria-label': `Failures by kind: ${r.categories.map((c) => `${words(c.category)} ${c.messages}`).join(', ') || 'none'}` });
  r.categories.forEach((c, i) => {
    const y = i * rowH + 2;
    const w = (c.messages / maxCat) * (W - 400);
    cats.append(h('text', { x: 0, y: y + 18, class: 'row-label', text: words(c.category) }));
    cats.append(h('rect', { x: 230, y, width: Math.max(w, 2), height: 22, rx: 3, class: 'cat-bar' }, h('title', { text: `codes ${c.codes.map((k) => k.code ?? 'none').join(', ')}` })));
    cats.append(h('text', { x: 236 + w, y: y + 16, class: 'bar-value', text: `${num(c.messages)} (${(c.rate * 100).toFixed(1)}%)` }));
  });
  return [bar, legend, h('h4', { text: 'Failures by kind' }), r.categories.length ? cats : h('p', { class: 'muted', text: 'No failures.' })];
}

export default {
  id: 'errors',
  title: 'Errors',
  description: 'A delivery error in plain words, and how this week’s texts fared.',
  mount(root) {
    const code = h('input', { type: 'text', inputmode: 'numeric', value: '30034', autocomplete: 'off', list: 'error-codes', class: 'mono' });
    const channel = select(CHANNELS, 'sms');
    const explainOut = h('div', { 'aria-live': 'polite' });
    const renderExplain = () => attempt(explainOut, () => fill(explainOut, explainView(explainError({ code: code.value.trim(), channel: channel.value }))));
    code.addEventListener('input', renderExplain);
    channel.addEventListener('change', renderExplain);

    const statuses = structuredClone(WEEK_STATUSES);
    const errs = structuredClone(WEEK_ERRORS);
    const deliverOut = h('div', { 'aria-live': 'polite' });
    const countInput = (row, label) => {
      const input = h('input', { type: 'number', min: '0', step: '1', value: String(row.count), class: 'count' });
      input.addEventListener('input', () => { row.count = Math.max(0, Math.floor(Number(input.value) || 0)); renderDeliver(); });
      return field(label, input);
    };
    const renderDeliver = () => attempt(deliverOut, () => {
      const messages = [
        ...statuses.filter((s) => s.count > 0).map((s) => ({ status: s.status, count: s.count })),
        ...errs.filter((e) => e.count > 0).map((e) => ({ status: 'undelivered', error_code: e.code, count: e.count })),
      ];
      const r = deliverability({ messages, channel: 'sms' });
      fill(deliverOut,
        h('div', { class: 'stats' },
          h('div', { class: 'stat' }, h('span', { class: 'stat-n', id: 'delivery-rate', text: r.delivery_rate === null ? '—' : `${(r.delivery_rate * 100).toFixed(1)}%` }), h('span', { class: 'stat-l', text: 'delivered of settled' })),
          h('div', { class: 'stat' }, h('span', { class: 'stat-n', text: num(r.failed) }), h('span', { class: 'stat-l', text: 'failed' })),
          h('div', { class: 'stat' }, h('span', { class: 'stat-n', text: num(r.total) }), h('span', { class: 'stat-l', text: 'messages' }))),
        chart(r),
        h('h4', { text: 'Fix these first' }),
        r.top_actions.length
          ? h('ol', { class: 'actions', id: 'top-actions' }, r.top_actions.map((a) => h('li', {}, h('strong', { text: a.headline }), h('span', { class: 'muted', text: ` · ${num(a.messages)} texts · codes ${a.codes.join(', ')}` }))))
          : h('p', { class: 'muted', id: 'top-actions', text: 'Nothing to fix.' }));
    });

    fill(root,
      h('datalist', { id: 'error-codes' }, SUGGESTED.map((c) => h('option', { value: String(c) }))),
      h('div', { class: 'two-col' },
        card('Explain an error code', h('div', { class: 'grid-fields' }, field('Twilio error code', code, 'From a status callback or the Console'), field('Channel', channel)), explainOut),
        card('This week’s outcomes (editable)',
          h('div', { class: 'grid-fields compact' },
            statuses.map((s) => countInput(s, words(s.status))),
            errs.map((e) => countInput(e, `Error ${e.code}`))))),
      card('Deliverability', deliverOut));
    renderExplain();
    renderDeliver();
  },
};
