// Figures for BENCHMARKS.md: the production build's size per file (raw and gzip -9), and in
// headless Chromium the time from navigation to every panel rendered (median of fresh
// browser contexts, so the .wasm is fetched and compiled each time) and the time one edit
// takes to re-render the heaviest panels. Run after `npx vite build`:
//   node bench/measure.mjs
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve, launchChromium } from '../test/serve.mjs';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const files = [];
const walk = (dir) => {
  for (const f of readdirSync(dir)) {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
};
walk(dist);
let rawTotal = 0;
let gzTotal = 0;
console.log('| file | raw bytes | gzip -9 bytes |\n|---|---:|---:|');
for (const f of files.sort()) {
  const body = readFileSync(f);
  const gz = gzipSync(body, { level: 9 }).length;
  rawTotal += body.length;
  gzTotal += gz;
  console.log(`| \`${path.relative(dist, f).replace(/-[\w-]{8}\./, '-*.')}\` | ${body.length.toLocaleString('en-US')} | ${gz.toLocaleString('en-US')} |`);
}
console.log(`| total | ${rawTotal.toLocaleString('en-US')} | ${gzTotal.toLocaleString('en-US')} |`);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const server = await serve(dist);
const browser = await launchChromium(chromium);
const loads = [];
const edits = { composer: [], hours: [], numbers: [], campaign: [], registration: [] };
for (let i = 0; i < 7; i += 1) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/#numbers`);
  await page.waitForFunction(() => window.consoleReady === true, null, { timeout: 60000 });
  loads.push(await page.evaluate(() => ['telrules-ready', 'first-panel-rendered', 'console-rendered']
    .map((name) => performance.getEntriesByName(name)[0].startTime)));
  // One edit each, timed in the page around the synchronous re-render it triggers.
  const time = (selector, value, event) => page.evaluate(([s, v, e]) => {
    const el = document.querySelector(s);
    el.value = v;
    const t0 = performance.now();
    el.dispatchEvent(new Event(e, { bubbles: true }));
    return performance.now() - t0;
  }, [selector, value, event]);
  edits.composer.push(await time('#panel-composer textarea', `Hi Sam, see you at 10 😀 ${i}`, 'input'));
  edits.hours.push(await time('#panel-hours input[id="org-fri"]', `08:00-12:00, 13:00-${18 + (i % 2)}:00`, 'input'));
  edits.numbers.push(await time('#panel-numbers select[name="brand"]', i % 2 ? 'APPROVED' : 'PENDING', 'change'));
  edits.campaign.push(await time('#panel-campaign textarea', `Harbor Dental: 20% off whitening ${i}. Reply STOP to opt out.`, 'input'));
  edits.registration.push(await time('#panel-registration textarea[data-field="description"]', `Harbor Dental sends appointment reminders ${i}.`, 'input'));
  await context.close();
}
await browser.close();
await server.close();
const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`\nnavigation to the core started (module fetched, compiled, instantiated): median ${ms(median(loads.map((l) => l[0])))}`);
console.log(`navigation to the first panel (Numbers) rendered: median ${ms(median(loads.map((l) => l[1])))}`);
console.log(`navigation to every panel rendered: median ${ms(median(loads.map((l) => l[2])))}`);
console.log(`Composer, one keystroke (segments x2 + select_sender): median ${ms(median(edits.composer))}`);
console.log(`Hours, one schedule edit (business_hours walks + 97 send_window calls): median ${ms(median(edits.hours))}`);
console.log(`Numbers, one registration change (org_readiness of 9 numbers; Composer re-renders too): median ${ms(median(edits.numbers))}`);
console.log(`Campaign, one keystroke (check_message + plan_send of 2,400 recipients + estimate_cost): median ${ms(median(edits.campaign))}`);
console.log(`Registration, one keystroke (preflight_registration of the campaign form): median ${ms(median(edits.registration))}`);
