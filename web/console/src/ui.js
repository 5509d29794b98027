// Small DOM helpers shared by the panels: no framework, just elements, labels and the
// formatting of instants in a given time zone.

import { enableInternationalNumbers } from 'telrules';

let nextId = 0;
/** A unique element id, for label/control pairs. */
export function uid(prefix = 'f') {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/**
 * Creates an element. `props`: `class`, `text`, `on<event>` handlers, anything else as an
 * attribute (`false`/`null` skip it). Children: nodes, strings, arrays, null.
 */
export function h(tag, props = {}, ...children) {
  const el = tag === 'svg' || SVG_TAGS.has(tag)
    ? document.createElementNS('http://www.w3.org/2000/svg', tag)
    : document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    if (key === 'class') el.setAttribute('class', value);
    else if (key === 'text') el.textContent = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'value' && 'value' in el) el.value = value;
    else if (key === 'checked') el.checked = Boolean(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

const SVG_TAGS = new Set(['rect', 'line', 'text', 'g', 'title', 'path', 'circle']);

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces an element's children. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A labelled control: the label names it for screen readers and clicking it focuses it. */
export function field(label, control, hint) {
  const id = control.id || uid('f');
  control.id = id;
  const hintEl = hint ? h('span', { class: 'hint', id: `${id}-hint`, text: hint }) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: id, text: label }), control, hintEl);
}

/** A <select> over [value, text] pairs. */
export function select(options, value, props = {}) {
  return h('select', props, options.map(([v, t]) => h('option', { value: v, selected: v === value, text: t })));
}

/** A checkbox with its label to the right. */
export function checkbox(label, checked, props = {}) {
  const input = h('input', { type: 'checkbox', checked, ...props });
  input.id = input.id || uid('c');
  return { input, el: h('div', { class: 'check' }, input, h('label', { for: input.id, text: label })) };
}

/** A badge coloured by tone: success, info, warning, danger, neutral. */
export function badge(text, tone = 'neutral', props = {}) {
  return h('span', { class: `badge tone-${tone}`, ...props, text });
}

/** A card with a heading. */
export function card(title, ...children) {
  return h('section', { class: 'card' }, title ? h('h3', { text: title }) : null, ...children);
}

/** Shows what the core refused (a TelrulesError: its message names the field). */
export function problem(error) {
  return h('p', { class: 'problem', role: 'alert' }, h('strong', { text: 'Cannot answer: ' }), error.message ?? String(error));
}

/**
 * Runs `fn`; on an error from the core, shows it in `el` instead of the answer. A number
 * only the full module reads (the page starts with the light one, issue 17) loads it on
 * demand: `el` says so while it loads, then `fn` runs again.
 */
export function attempt(el, fn) {
  try {
    return fn();
  } catch (e) {
    if (e?.kind === 'international_parser_not_loaded') {
      fill(el, h('p', { class: 'loading', role: 'status', text: 'Loading the international number parser…' }));
      enableInternationalNumbers().then(() => attempt(el, fn), (failed) => fill(el, problem(failed)));
      return undefined;
    }
    fill(el, problem(e));
    return undefined;
  }
}

// Building an Intl.DateTimeFormat costs far more than using one: keep one per shape.
const formatters = new Map();
/** A cached en-US Intl.DateTimeFormat for these options. */
export function dateFormat(options) {
  const key = JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', options);
    formatters.set(key, f);
  }
  return f;
}

/** "Fri, Nov 20, 6:15 PM PST" on the wall clock of `zone`. */
export function formatInstant(iso, zone, opts = {}) {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat({
    timeZone: zone, weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit',
    timeZoneName: 'short', ...opts,
  }).format(date);
}

/**
 * An RFC 3339 instant shown on its own wall clock: "Fri, Nov 20, 7:00 PM (UTC-8)". For the
 * core's local answers (business_hours' local_time and next_change, deadlines), which carry
 * the offset of the zone they were computed in: shown as given, not re-derived from the
 * browser's own time zone data.
 */
export function formatLocal(rfc3339) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(rfc3339 ?? '');
  if (!m) return rfc3339 ?? '—';
  const [, y, mo, d, hh, mi, off] = m;
  const wall = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(hh), Number(mi)));
  const text = dateFormat({
    timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit',
  }).format(wall);
  let zone = 'UTC';
  if (off !== 'Z') {
    const [oh, om] = off.slice(1).split(':').map(Number);
    zone = `UTC${off[0]}${oh}${om ? `:${String(om).padStart(2, '0')}` : ''}`;
  }
  return `${text} (${zone})`;
}

/** "6:15 PM" on the wall clock of `zone`. */
export function formatTime(iso, zone) {
  return dateFormat({ timeZone: zone, hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}

/** Whole numbers with thousands separators. */
export const num = (n) => new Intl.NumberFormat('en-US').format(n);

/** Turns a machine code into words: `action_required` -> "Action required". */
export function words(code) {
  if (!code) return '';
  const s = String(code).replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}
