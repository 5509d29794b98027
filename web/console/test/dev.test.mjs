// The console under Vite's dev server (what `web/console/start` runs): the package's
// browser entry is served unbundled, its top-level await starts the WebAssembly module
// from the linked package folder, and every panel renders.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { launchChromium, guardOrigin } from './serve.mjs';

const consoleDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let vite;
let browser;

before(async () => {
  vite = await createServer({ root: consoleDir, configFile: path.join(consoleDir, 'vite.config.js'), logLevel: 'silent', server: { port: 0, host: '127.0.0.1', strictPort: false } });
  await vite.listen();
  browser = await launchChromium(chromium);
});

after(async () => {
  await browser?.close();
  await vite?.close();
});

test('the dev server serves the console with the package linked from bindings/', async () => {
  const url = vite.resolvedUrls.local[0].replace(/\/$/, '');
  const context = await browser.newContext();
  const foreign = await guardOrigin(context, new URL(url).origin);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const wasm = [];
  const names = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.wasm')) {
      wasm.push([r.status(), r.headers()['content-type']]);
      names.push(path.basename(new URL(r.url()).pathname));
    }
  });
  await page.goto(`${url}/#composer`);
  await page.waitForFunction(() => window.consoleReady === true, null, { timeout: 60000 });
  assert.equal(await page.textContent('#encoding'), 'UCS-2');
  // The light module, then the full one (the sample org has a London number; issue 17).
  assert.deepEqual(wasm, [[200, 'application/wasm'], [200, 'application/wasm']]);
  assert.deepEqual(names, ['telrules_light_bg.wasm', 'telrules_wasm_bg.wasm']);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});
