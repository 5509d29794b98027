// Hours: the org's schedule with per-number overrides, open or closed now and the next
// change (business_hours), and a recipient's quiet-hours window on a timeline (send_window).
import { businessHours, sendWindow } from 'telrules';
import { h, fill, field, select, badge, card, attempt, dateFormat, formatInstant, formatLocal, formatTime, words } from '../ui.js';
import { ORG_HOURS, LOCATIONS, RECIPIENTS } from '../sample.js';

const DAYS = [['mon', 'Monday'], ['tue', 'Tuesday'], ['wed', 'Wednesday'], ['thu', 'Thursday'], ['fri', 'Friday'], ['sat', 'Saturday'], ['sun', 'Sunday']];
const ZONES = ['America/Los_Angeles', 'America/Vancouver', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/New_York', 'America/Toronto', 'America/Halifax', 'Europe/London'];
const FORCE = [['', 'Follow the schedule'], ['open', 'Force open'], ['closed', 'Force closed']];
const CLASSES = [['marketing', 'Marketing'], ['informational', 'Informational'], ['conversational', 'Conversational']];
const REGIONS = [['', 'Unknown (from the number)'], ['FL', 'Florida'], ['TX', 'Texas'], ['WA', 'Washington'], ['CA', 'California'], ['NY', 'New York'], ['OK', 'Oklahoma'], ['ON', 'Ontario'], ['BC', 'British Columbia'], ['QC', 'Quebec']];
const HOUR = 3600 * 1000;

/** "08:00-12:00, 13:00-17:30" <-> [["08:00","12:00"],["13:00","17:30"]]; empty = closed. */
function parseSpans(text) {
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  return parts.map((p) => {
    const m = p.match(/^(\d{1,2}:\d{2})\s*[-–—to]+\s*(\d{1,2}:\d{2})$/);
    if (!m) throw new Error(`"${p}" is not a span like 09:00-17:00`);
    return [m[1].padStart(5, '0'), m[2].padStart(5, '0')];
  });
}
const showSpans = (spans) => (spans ?? []).map(([a, b]) => `${a}–${b}`).join(', ');

/** A weekly-hours editor writing into `hours` (an Hours object) on every valid edit. */
function weeklyEditor(hours, onChange, idPrefix) {
  const zone = select(ZONES.map((z) => [z, z.replace('America/', '').replace('_', ' ')]), hours.timezone ?? 'America/Los_Angeles');
  zone.addEventListener('change', () => { hours.timezone = zone.value; onChange(); });
  const rows = DAYS.map(([key, name]) => {
    const input = h('input', { type: 'text', value: showSpans(hours.weekly?.[key]), placeholder: 'Closed', autocomplete: 'off', id: `${idPrefix}-${key}`, class: 'mono' });
    input.addEventListener('input', () => {
      try {
        const spans = parseSpans(input.value);
        hours.weekly = { ...hours.weekly, [key]: spans };
        input.removeAttribute('aria-invalid');
        input.title = '';
        onChange();
      } catch (e) {
        input.setAttribute('aria-invalid', 'true');
        input.title = e.message;
      }
    });
    return field(name, input);
  });
  return h('div', { class: 'week-editor' }, field('Time zone', zone), h('div', { class: 'days' }, rows));
}

/** Open intervals from `start` for `days` days, walking business_hours' next_change. */
function openIntervals(args, start, days) {
  const end = start + days * 24 * HOUR;
  const out = [];
  let t = start;
  let r = businessHours({ ...args, at: new Date(t).toISOString() });
  for (let guard = 0; guard < 64 && t < end; guard += 1) {
    const next = r.next_change ? Math.min(Date.parse(r.next_change), end) : end;
    if (r.open) out.push([t, next]);
    if (!r.next_change) break;
    t = Date.parse(r.next_change);
    r = businessHours({ ...args, at: r.next_change });
  }
  return out;
}

/** Local-midnight ticks (and every `step` hours) of `zone` between start and end. */
function ticks(start, end, zone, stepHours) {
  const fmt = dateFormat({ timeZone: zone, hour: 'numeric', hourCycle: 'h23' });
  const out = [];
  for (let t = Math.ceil(start / HOUR) * HOUR; t <= end; t += HOUR) {
    const hour = Number(fmt.format(new Date(t)));
    if (hour % stepHours === 0) out.push([t, hour]);
  }
  return out;
}

// Drawn at about the size it is shown, so its text matches the page's.
const W = 1100;
const LEFT = 170;
const x = (t, start, end) => LEFT + ((t - start) / (end - start)) * (W - LEFT - 10);

/** A timeline picture: one row per [label, intervals, colour class], ticks and a now line. */
function timeline({ title, rows, start, end, topZone, bottomZone, stepHours, dayLabels }) {
  const height = 34 + rows.length * 34 + (bottomZone ? 22 : 0);
  const svg = h('svg', { viewBox: `0 0 ${W} ${height}`, class: 'timeline', role: 'img', 'aria-label': title });
  svg.append(h('title', { text: title }));
  const tickFmt = (zone) => (t, hour) => (dayLabels && hour === 0
    ? dateFormat({ timeZone: zone, weekday: 'short' }).format(new Date(t))
    : formatTime(new Date(t).toISOString(), zone).replace(':00', ''));
  for (const [t, hour] of ticks(start, end, topZone, stepHours)) {
    const xt = x(t, start, end);
    svg.append(h('line', { x1: xt, x2: xt, y1: 22, y2: height - (bottomZone ? 20 : 0), class: hour === 0 ? 'grid day' : 'grid' }));
    svg.append(h('text', { x: xt, y: 15, class: 'tick', 'text-anchor': 'middle', text: tickFmt(topZone)(t, hour) }));
  }
  if (bottomZone) {
    for (const [t, hour] of ticks(start, end, bottomZone, stepHours)) {
      svg.append(h('text', { x: x(t, start, end), y: height - 4, class: 'tick', 'text-anchor': 'middle', text: tickFmt(bottomZone)(t, hour) }));
    }
  }
  rows.forEach(([label, intervals, cls, offCls], i) => {
    const y = 28 + i * 34;
    svg.append(h('text', { x: 0, y: y + 17, class: 'row-label', text: label }));
    svg.append(h('rect', { x: LEFT, y, width: W - LEFT - 10, height: 24, rx: 4, class: offCls ?? 'off' }));
    for (const [a, b] of intervals) {
      svg.append(h('rect', { x: x(a, start, end), y, width: Math.max(x(b, start, end) - x(a, start, end), 1), height: 24, class: cls },
        h('title', { text: `${formatInstant(new Date(a).toISOString(), topZone)} – ${formatInstant(new Date(b).toISOString(), topZone)}` })));
    }
  });
  svg.append(h('line', { x1: x(start, start, end), x2: x(start, start, end), y1: 22, y2: 28 + rows.length * 34, class: 'now-line' }));
  return svg;
}

export default {
  id: 'hours',
  title: 'Hours',
  description: 'Open or closed now, when that changes, and when a marketing text may reach a recipient.',
  mount(root, ctx) {
    const org = structuredClone(ORG_HOURS);
    const locations = LOCATIONS.map((l) => ({ ...l, override: structuredClone(l.override) ?? {} }));
    const statusOut = h('div', { class: 'cards', 'aria-live': 'polite' });
    const weekOut = h('div', {});
    const quietOut = h('div', { 'aria-live': 'polite' });

    const renderStatus = () => attempt(statusOut, () => {
      const now = Date.parse(ctx.now);
      const answers = locations.map((l) => businessHours({ org, number: l.override, at: ctx.now }));
      fill(statusOut, locations.map((l, i) => {
        const r = answers[i];
        return h('article', { class: 'phone-card hours-card', 'aria-label': l.label, id: `hours-${i}` },
          h('div', { class: 'phone-head' }, h('div', {}, h('h4', { text: l.label }), h('p', { class: 'muted mono', text: l.number })),
            badge(r.open ? 'Open now' : 'Closed now', r.open ? 'success' : 'neutral', { class: `badge tone-${r.open ? 'success' : 'neutral'} open-state` })),
          h('p', {}, `Local time ${formatLocal(r.local_time)} · ${r.timezone}`),
          h('p', { class: 'next-change' }, h('strong', { text: r.open ? 'Closes ' : 'Opens ' }), r.next_change ? formatLocal(r.next_change) : 'not within a year'),
          h('p', { class: 'muted', text: `Decided by the ${r.source === 'number' ? "number's own" : "org's"} ${r.reason === 'exception' ? `exception${r.label ? ` (${r.label})` : ''}` : r.reason === 'forced' ? 'override' : words(r.reason).toLowerCase()} hours` }),
          r.greeting ? h('p', { class: 'greeting' }, h('span', { class: 'eyebrow', text: r.open ? 'Callers hear' : 'After hours' }), ` ${r.greeting}`) : null);
      }));
      const start = now;
      const end = now + 7 * 24 * HOUR;
      fill(weekOut, timeline({
        title: 'Open hours over the next seven days, per location',
        rows: locations.map((l) => [l.label, openIntervals({ org, number: l.override }, start, 7), 'open']),
        start, end, topZone: org.timezone ?? 'America/Los_Angeles', stepHours: 12, dayLabels: true,
      }));
    });

    // Quiet hours for one recipient.
    const recipient = select([...RECIPIENTS.map((r) => [r.number, `${r.label} · ${r.number}`])], RECIPIENTS[0].number);
    const to = h('input', { type: 'tel', value: RECIPIENTS[0].number, autocomplete: 'off' });
    const region = select(REGIONS, '');
    const klass = select(CLASSES, 'marketing');
    recipient.addEventListener('change', () => { to.value = recipient.value; renderQuiet(); });
    to.addEventListener('input', () => renderQuiet());
    region.addEventListener('change', () => renderQuiet());
    klass.addEventListener('change', () => renderQuiet());

    function renderQuiet() {
      attempt(quietOut, () => {
        const args = { to: to.value, message_class: klass.value, recipient_region: region.value || null };
        const now = Date.parse(ctx.now);
        const r = sendWindow({ ...args, at: ctx.now });
        const zone = r.zones[0] ?? 'America/New_York';
        // Sample the next 24 hours every 15 minutes: quiet hours start and end on the hour
        // or half hour in every rule the core knows.
        const start = now;
        const end = now + 24 * HOUR;
        const allowed = [];
        let runStart = null;
        for (let t = start; t <= end; t += HOUR / 4) {
          const ok = sendWindow({ ...args, at: new Date(t).toISOString() }).allowed;
          if (ok && runStart === null) runStart = t;
          if ((!ok || t + HOUR / 4 > end) && runStart !== null) { allowed.push([runStart, ok ? end : t]); runStart = null; }
        }
        const front = openIntervals({ org, number: locations[0].override }, start, 1);
        fill(quietOut,
          h('div', { class: 'decision', id: 'quiet-decision' },
            h('div', { class: 'decision-head' }, badge(r.allowed ? 'May send now' : 'Quiet hours: hold it', r.allowed ? 'success' : 'warning')),
            h('p', { class: 'decision-main' }, r.allowed
              ? `Allowed (${words(r.reason).toLowerCase()}).`
              : ['Blocked by ', h('strong', { text: r.blocked_by.map(ruleName).join(', ') }), '. ',
                r.next_allowed_at ? ['Next allowed ', h('strong', { id: 'next-allowed', text: formatInstant(r.next_allowed_at, zone) }), ` (${formatInstant(r.next_allowed_at, 'America/Los_Angeles', { weekday: undefined, month: undefined, day: undefined })} in Seattle).`] : 'No allowed time within a year.']),
            h('p', { class: 'muted', text: `Recipient's time zone${r.zones.length > 1 ? 's' : ''}: ${r.zones.join(', ') || 'unknown'}${r.regions.length ? ` · region ${r.regions.join(', ')}` : ''} · rules applied: ${r.rules.map(ruleName).join(', ') || 'none'}` })),
          timeline({
            title: `Next 24 hours: when a ${klass.value} text may reach ${to.value}, and when the front desk is open`,
            rows: [[`May reach ${shortLabel(to.value)}`, allowed, 'allowed', 'blocked'], ['Front desk open', front, 'open']],
            start, end, topZone: zone, bottomZone: 'America/Los_Angeles', stepHours: 3,
          }),
          h('p', { class: 'legend' },
            h('span', { class: 'key allowed' }), ' may send ', h('span', { class: 'key blocked' }), ' quiet hours ', h('span', { class: 'key open' }), ' open ',
            h('span', { class: 'muted', text: ` · top axis: recipient's time (${zone}); bottom: Seattle` })));
      });
    }

    const forceCards = locations.map((l) => {
      const force = select(FORCE, '');
      force.addEventListener('change', () => { l.override.force = force.value || null; renderStatus(); renderQuiet(); });
      const own = l.override.weekly ? h('details', {}, h('summary', { text: 'Its own hours' }), weeklyEditor(l.override, () => { renderStatus(); renderQuiet(); }, `loc${l.number}`)) : h('p', { class: 'muted', text: 'Follows the practice hours.' });
      return h('div', { class: 'override' }, h('h4', { text: l.label }), field(`Override for ${l.label}`, force), own);
    });

    fill(root,
      statusOut,
      card('This week', weekOut),
      card('Quiet hours for a recipient',
        h('div', { class: 'grid-fields' }, field('Sample recipient', recipient), field('Recipient number', to), field('Recipient state or province', region), field('Kind of message', klass)),
        quietOut),
      h('div', { class: 'two-col' },
        card('Practice hours', weeklyEditor(org, () => { renderStatus(); renderQuiet(); }, 'org')),
        card('Per-number overrides', forceCards)));
    ctx.watch(() => { renderStatus(); renderQuiet(); }, ['now']);
  },
};

const RULE_NAMES = { us_federal: 'the US federal rule (texts 8am–9pm only)', ca_crtc: 'the Canadian CRTC rule' };
function ruleName(id) {
  if (RULE_NAMES[id]) return RULE_NAMES[id];
  const m = id.match(/^(us|ca)_([a-z]{2})$/);
  return m ? `the ${m[2].toUpperCase()} ${m[1] === 'ca' ? 'provincial' : 'state'} rule` : words(id);
}
function shortLabel(number) {
  return RECIPIENTS.find((r) => r.number === number)?.label.replace('Patient in ', '') ?? number;
}
