// The console shell: header, the "as of" clock every panel answers for, and one tab per
// panel. The rules run in this page: importing 'telrules' starts its WebAssembly module
// (top-level await), so by the time this code runs every operation answers synchronously.
import { operations, version, parsePhone, enableInternationalNumbers } from 'telrules';
import { PANELS } from './panels/index.js';
import { ORG, SAMPLE_NOW, NUMBERS, REGISTRATIONS } from './sample.js';
import { h, fill, field, formatInstant } from './ui.js';
import './styles.css';

// The module graph above resolved: the WebAssembly core is compiled and started.
performance.mark('telrules-ready');

/** State shared by the panels: the instant they answer for and the org's registrations
 * and numbers (the Numbers panel edits them; the Composer picks senders from them). */
function createContext() {
  const listeners = new Set();
  const ctx = {
    now: SAMPLE_NOW,
    org: ORG,
    registrations: structuredClone(REGISTRATIONS),
    numbers: structuredClone(NUMBERS),
    /** Calls `fn` now and after every change of the shared state; `topics` limits it to
     * changes of 'now' (the clock) or 'org' (registrations and numbers). */
    watch(fn, topics = ['now', 'org']) {
      listeners.add({ fn, topics });
      fn();
    },
    changed(topic = 'org') {
      for (const l of listeners) if (l.topics.includes(topic)) l.fn();
    },
  };
  return ctx;
}

function header(ctx) {
  const input = h('input', { type: 'text', value: ctx.now, spellcheck: 'false', autocomplete: 'off', class: 'mono' });
  const shown = h('span', { class: 'asof-local', 'aria-live': 'polite' });
  const show = () => {
    shown.textContent = `Seattle: ${formatInstant(ctx.now, 'America/Los_Angeles')}`;
  };
  input.addEventListener('change', () => {
    if (Number.isNaN(new Date(input.value).getTime()) || !/[zZ]|[+-]\d\d:\d\d$/.test(input.value)) {
      input.setAttribute('aria-invalid', 'true');
      shown.textContent = 'Give an instant with its offset, e.g. 2026-11-21T02:15:00Z';
      return;
    }
    input.removeAttribute('aria-invalid');
    ctx.now = input.value;
    show();
    ctx.changed('now');
  });
  const useClock = h('button', {
    type: 'button', class: 'secondary', text: 'Use my clock',
    onclick: () => {
      input.value = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
      input.dispatchEvent(new Event('change'));
    },
  });
  show();
  return h('header', { class: 'top' },
    h('div', { class: 'brand' },
      h('span', { class: 'logo', 'aria-hidden': 'true', text: 'tr' }),
      h('div', {}, h('h1', { text: 'telrules console' }),
        h('p', { class: 'org', text: `${ctx.org.name} · sample organisation` }))),
    h('div', { class: 'asof' },
      field('As of (the instant every answer is for)', input, null), shown, useClock));
}

function tabs(ctx, main) {
  const list = h('div', { role: 'tablist', 'aria-label': 'Console panels', class: 'tabs' });
  const entries = PANELS.map((panel) => {
    const tab = h('button', {
      role: 'tab', type: 'button', id: `tab-${panel.id}`, 'aria-controls': `panel-${panel.id}`,
      text: panel.title,
    });
    const section = h('section', {
      role: 'tabpanel', id: `panel-${panel.id}`, 'aria-labelledby': `tab-${panel.id}`, class: 'panel', tabindex: '-1',
    }, h('div', { class: 'panel-head' }, h('h2', { text: panel.title }), h('p', { text: panel.description })));
    const body = h('div', { class: 'panel-body' }, h('p', { class: 'muted', text: 'Working…' }));
    section.append(body);
    list.append(tab);
    main.append(section);
    return { panel, tab, section, body };
  });
  const activate = (id, focus) => {
    for (const e of entries) {
      const on = e.panel.id === id;
      e.tab.setAttribute('aria-selected', String(on));
      e.tab.tabIndex = on ? 0 : -1;
      e.section.hidden = !on;
      if (on && focus) e.tab.focus();
    }
    if (location.hash !== `#${id}`) history.replaceState(null, '', `#${id}`);
  };
  entries.forEach((e, i) => {
    e.tab.addEventListener('click', () => activate(e.panel.id, false));
    // Arrow keys move between tabs, Home/End jump (the WAI-ARIA tabs pattern).
    e.tab.addEventListener('keydown', (ev) => {
      const n = entries.length;
      const to = { ArrowRight: (i + 1) % n, ArrowLeft: (i + n - 1) % n, Home: 0, End: n - 1 }[ev.key];
      if (to === undefined) return;
      ev.preventDefault();
      activate(entries[to].panel.id, true);
    });
  });
  const fromHash = () => {
    const id = location.hash.slice(1);
    activate(entries.some((e) => e.panel.id === id) ? id : entries[0].panel.id, false);
  };
  window.addEventListener('hashchange', fromHash);
  fromHash();
  // Panels are filled after the shell is painted, the one shown first, each in its own
  // task: the first use of some rules builds large tables (the full phone parser for a
  // number outside North America takes a few hundred milliseconds), and the page should
  // not sit blank meanwhile.
  const shown = entries.find((e) => !e.section.hidden);
  const ordered = [shown, ...entries.filter((e) => e !== shown)];
  const mounted = (async () => {
    // The page starts with the light module (US and Canadian numbers). The sample org has
    // a London number, so the full module is fetched now, before the panels ask; a number
    // typed later that needs it loads it on demand (ui.js `attempt`).
    if (ctx.numbers.some((n) => needsInternational(n.facts.phone_number))) await enableInternationalNumbers();
    for (const e of ordered) {
      await new Promise((resolve) => { setTimeout(resolve, 0); });
      e.panel.mount(e.body, ctx);
      if (e === shown) performance.mark('first-panel-rendered');
    }
  })();
  return { list, mounted };
}

/** Whether only the full module (issue 17's on-demand international parser) reads `input`. */
function needsInternational(input) {
  try {
    parsePhone({ input });
    return false;
  } catch (e) {
    return e.kind === 'international_parser_not_loaded';
  }
}

const ctx = createContext();
const main = h('main', { id: 'main' });
const { list: nav, mounted } = tabs(ctx, main);
fill(document.getElementById('app'),
  h('a', { class: 'skip', href: '#main', text: 'Skip to the panel' }),
  header(ctx), h('nav', { 'aria-label': 'Panels' }, nav), main,
  h('footer', {}, `Every answer is computed in this page by the telrules ${version()} WebAssembly core `
    + `(${operations().length} operations); nothing you type leaves the browser.`));
await mounted;
performance.mark('console-rendered');
// Lets tests know the module loaded and every panel rendered.
window.consoleReady = true;
