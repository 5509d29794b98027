// Registration: the forms the assistant filled for the carriers (10DLC campaign, brand,
// toll-free verification), editable, checked by preflight_registration on every edit: the
// verdict and the findings in the order to fix them (errors, then warnings, then notes).
import { preflightRegistration } from 'telrules';
import { h, fill, field, checkbox, badge, card, attempt, words } from '../ui.js';
import { REGISTRATION_FORMS, PREFLIGHT_CONTEXT } from '../sample.js';

const FORMS = [['campaign', 'Campaign (10DLC)'], ['brand', 'Brand'], ['tollfree_verification', 'Toll-free verification']];
const TONE = { error: 'danger', warning: 'warning', info: 'info' };
const SEVERITY = { error: 'Must fix', warning: 'Should fix', info: 'Note' };
const LABELS = {
  us_app_to_person_usecase: 'Use case', message_flow: 'Message flow (how patients opt in)', message_samples: 'Sample messages',
  has_embedded_links: 'Messages contain links', has_embedded_phone: 'Messages contain phone numbers',
};
/** Fields over this many characters get a text area. */
const LONG = 60;

/** One control per form field, by the kind of value the assistant filled: text, flag or list. */
function control(name, value) {
  const label = LABELS[name] ?? words(name);
  if (typeof value === 'boolean') {
    const c = checkbox(label, value, { 'data-field': name });
    return { el: c.el, read: () => c.input.checked, input: c.input };
  }
  if (Array.isArray(value)) {
    const t = h('textarea', { rows: Math.max(2, value.length + 1), value: value.join('\n'), 'data-field': name });
    return { el: field(label, t, 'One per line'), read: () => t.value.split('\n').map((s) => s.trim()).filter(Boolean), input: t };
  }
  const long = String(value).length > LONG;
  const t = long ? h('textarea', { rows: 3, value: String(value), 'data-field': name }) : h('input', { type: 'text', value: String(value), 'data-field': name });
  return { el: field(label, t), read: () => t.value, input: t };
}

function resultView(r) {
  const ready = r.verdict === 'ready_to_submit';
  return h('div', { id: 'preflight-result' },
    h('div', { class: `callout ${ready ? 'tone-success' : 'fix-first'}`, id: 'preflight-verdict' },
      h('p', { class: 'callout-main', text: ready ? 'Ready to submit' : 'Fix these first' }),
      h('p', { class: 'muted', text: `${r.errors} error${r.errors === 1 ? '' : 's'} · ${r.warnings} warning${r.warnings === 1 ? '' : 's'}` })),
    r.findings.length
      ? h('ol', { class: 'findings', id: 'preflight-findings' }, r.findings.map((f) => h('li', { class: `finding sev-${f.severity}` },
        h('div', { class: 'finding-head' }, badge(SEVERITY[f.severity], TONE[f.severity]),
          f.field ? h('span', { class: 'mono muted', text: f.field }) : null,
          f.codes.length ? h('span', { class: 'muted', text: `Twilio ${f.codes.join(', ')}` }) : null),
        h('p', { class: 'finding-message', text: f.message }),
        h('p', { class: 'finding-fix' }, h('span', { class: 'eyebrow', text: 'Fix' }), ` ${f.fix}`))))
      : h('p', { class: 'ok-line', text: 'No findings.' }));
}

export default {
  id: 'registration',
  title: 'Registration',
  description: 'The registration forms the assistant filled, checked before the carriers see them.',
  mount(root, ctx) {
    const forms = structuredClone(REGISTRATION_FORMS);
    let current = 'campaign';
    let controls = [];
    const formBox = h('div', { class: 'reg-fields' });
    const out = h('div', { 'aria-live': 'polite' });
    const toggle = h('div', { role: 'radiogroup', 'aria-label': 'Form', class: 'chip-row' });

    const collect = () => Object.fromEntries(controls.map(([name, c]) => [name, c.read()]));
    const check = () => attempt(out, () => {
      forms[current] = collect();
      fill(out, resultView(preflightRegistration({ form: current, fields: forms[current], context: PREFLIGHT_CONTEXT, now: ctx.now })));
    });
    const showForm = () => {
      controls = Object.entries(forms[current]).map(([name, value]) => [name, control(name, value)]);
      for (const [, c] of controls) c.input.addEventListener(c.input.type === 'checkbox' ? 'change' : 'input', check);
      fill(formBox, controls.map(([, c]) => c.el));
      fill(toggle, FORMS.map(([id, label]) => h('button', {
        type: 'button', class: 'chip-button', role: 'radio', 'aria-checked': String(id === current), text: label,
        onclick: () => { current = id; showForm(); check(); },
      })));
    };
    showForm();
    fill(root, h('div', { class: 'two-col' },
      card('The form', toggle, formBox),
      card('Pre-flight', out)));
    ctx.watch(check, ['now']);
  },
};
