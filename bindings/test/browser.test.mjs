// Loads the package in headless Chromium from a static page served on localhost and checks
// a segments answer rendered by the demo page and one computed in the page's own context.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };

let server;
let baseUrl;
let browser;

before(async () => {
  server = createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const file = path.join(packageDir, path.normalize(urlPath));
    if (!file.startsWith(packageDir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${server.address().port}`;
  assert.ok(existsSync(chromiumPath), `Chromium not found at ${chromiumPath}`);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test('the demo page loads the package in Chromium and shows a correct segments answer', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseUrl}/demo/index.html`);
  await page.waitForFunction(() => window.telrulesReady === true, null, { timeout: 30000 });
  const shown = await page.textContent('#segments');
  assert.match(shown, /^2 segment\(s\), UCS-2, 86 characters/);
  await page.check('#smart');
  assert.match(await page.textContent('#segments'), /^1 segment\(s\), GSM-7/);

  const inPage = await page.evaluate(async () => {
    const t = await import('/browser.js');
    return t.segments({ text: '€'.repeat(80) + '1' });
  });
  assert.equal(inPage.encoding, 'GSM-7');
  assert.equal(inPage.segments, 2, '81 escape pairs = 162 septets: two segments');
  assert.deepEqual(errors, []);
  await page.close();
});

// ---- issue 17: first-load size and the on-demand international parser -----------------

test('browser entry: the light module first, the full one fetched only when enableInternationalNumbers() is awaited', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const fetched = [];
  page.on('request', (r) => {
    const { pathname } = new URL(r.url());
    if (pathname.endsWith('.wasm')) fetched.push(pathname);
  });
  await page.route(`${baseUrl}/blank.html`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>telrules</title>' }));
  await page.goto(`${baseUrl}/blank.html`);

  const before = await page.evaluate(async () => {
    const t = await import('/browser.js');
    let refused = null;
    try {
      t.parsePhone({ input: '020 7946 0018', default_region: 'GB' });
    } catch (e) {
      refused = { name: e.name, kind: e.kind, path: e.path, message: e.message };
    }
    return { us: t.parsePhone({ input: '(415) 555-0123' }), refused, enabled: t.internationalNumbersEnabled() };
  });
  assert.deepEqual(before.us, { e164: '+14155550123', country: 'US', kind: 'fixed_or_mobile', valid: true });
  assert.equal(before.enabled, false);
  assert.equal(before.refused?.name, 'TelrulesError');
  assert.equal(before.refused.kind, 'international_parser_not_loaded');
  assert.equal(before.refused.path, '');
  assert.match(before.refused.message, /^`020 7946 0018` needs the international phone parser/);
  assert.deepEqual(fetched, ['/pkg/telrules_light_bg.wasm'], 'only the light module is fetched on load');

  const after = await page.evaluate(async () => {
    const t = await import('/browser.js');
    await t.enableInternationalNumbers();
    await t.enableInternationalNumbers();
    return { gb: t.parsePhone({ input: '020 7946 0018', default_region: 'GB' }), enabled: t.internationalNumbersEnabled() };
  });
  assert.deepEqual(after.gb, { e164: '+442079460018', country: 'GB', kind: 'local', valid: true });
  assert.equal(after.enabled, true);
  assert.deepEqual(fetched, ['/pkg/telrules_light_bg.wasm', '/pkg/telrules_wasm_bg.wasm'], 'the full module is fetched once, on demand');
  assert.deepEqual(errors, []);
  await context.close();
});
