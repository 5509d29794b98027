// Figures for BENCHMARKS.md (issue 17): cold start in headless Chromium, per entry, each in
// a fresh browser context (empty cache) on a localhost server: the browser entry (light
// module) from import to first answer, the same with a UK number's full-module load
// (enableInternationalNumbers + first international answer), and the full module
// imported eagerly (what the page paid before issue 17). Median of 5. Run after
// scripts/build-wasm:  node bindings/bench/cold-browser.mjs
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm' };
const server = createServer(async (req, res) => {
  const urlPath = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  if (urlPath === '/blank.html') return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>cold</title>');
  const file = path.join(packageDir, path.normalize(urlPath));
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

const SCENARIOS = {
  // The browser entry: light module, first answer for a US number.
  'browser.js: import + first segments': async () => {
    const t0 = performance.now();
    const t = await import('/browser.js');
    t.segments({ text: 'hello' });
    return performance.now() - t0;
  },
  'browser.js: import + first US parse_phone': async () => {
    const t0 = performance.now();
    const t = await import('/browser.js');
    t.parsePhone({ input: '(415) 555-0123' });
    return performance.now() - t0;
  },
  // The on-demand path: after the light module answers, load the full one and parse a UK number.
  'browser.js: enableInternationalNumbers() + first UK parse_phone (after load)': async () => {
    const t = await import('/browser.js');
    t.segments({ text: 'hello' });
    const t0 = performance.now();
    await t.enableInternationalNumbers();
    t.parsePhone({ input: '020 7946 0018', default_region: 'GB' });
    return performance.now() - t0;
  },
  // Before issue 17 a page loaded the full module eagerly: the same glue, initialised directly.
  'full module eagerly: import + first segments': async () => {
    const t0 = performance.now();
    const m = await import('/pkg/telrules_wasm.js');
    await m.default({ module_or_path: '/pkg/telrules_wasm_bg.wasm' });
    m.evaluateJson('{"op":"segments","args":{"text":"hello"}}');
    return performance.now() - t0;
  },
};

const out = { loadavg: (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ') };
for (const [name, fn] of Object.entries(SCENARIOS)) {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/blank.html`);
    runs.push(await page.evaluate(fn));
    await context.close();
  }
  out[name] = +runs.sort((a, b) => a - b)[2].toFixed(1);
}
console.log(JSON.stringify(out, null, 2));
await browser.close();
server.close();
