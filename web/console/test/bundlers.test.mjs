// The package in the other bundlers people use: a one-line consumer (bundlers/consumer.js)
// bundled by esbuild and by webpack, each served on localhost and run in headless Chromium.
//
// webpack needs nothing: it turns the package's `new URL('./pkg/…wasm', import.meta.url)`
// into an emitted asset and supports its top-level await. esbuild bundles the code but
// leaves those URLs as they are, so the .wasm files (light and full) must be copied next to the bundle, under
// pkg/ (what the test does, and what the README tells esbuild users to do).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync, readFileSync, copyFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';
import * as esbuild from 'esbuild';
import webpack from 'webpack';
import { serve, launchChromium, guardOrigin } from './serve.mjs';

const consoleDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(consoleDir, 'bundlers', 'consumer.js');
const out = path.join(consoleDir, 'test-artifacts', 'bundlers');
// The package as the consumer resolves it (node_modules/telrules, a link to bindings/).
const pkgDir = path.join(consoleDir, 'node_modules', 'telrules', 'pkg');
// The light module a page loads first and the full one fetched on demand (issue 17).
const wasmFiles = ['telrules_light_bg.wasm', 'telrules_wasm_bg.wasm'];

let server;
let browser;

before(async () => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  server = await serve(out);
  browser = await launchChromium(chromium);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Loads `<dir>/index.html` and returns the consumer's answer. */
async function run(dir) {
  const context = await browser.newContext();
  const foreign = await guardOrigin(context, server.url);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/${dir}/index.html`);
  await page.waitForFunction(() => document.body.dataset.answer !== undefined, null, { timeout: 30000 })
    .catch(() => assert.fail(`no answer from the ${dir} bundle: ${errors.join('; ')}`));
  const answer = JSON.parse(await page.evaluate(() => document.body.dataset.answer));
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
  return answer;
}

function assertAnswer(answer) {
  assert.equal(answer.encoding, 'UCS-2');
  assert.equal(answer.segments, 1);
  assert.deepEqual(answer.non_gsm, ['😀']);
}

test('esbuild: bundles the consumer; with the .wasm copied next to it, it runs in Chromium', async () => {
  const dir = path.join(out, 'esbuild');
  await esbuild.build({
    entryPoints: [entry], bundle: true, format: 'esm', platform: 'browser', minify: true,
    outfile: path.join(dir, 'app.js'), logLevel: 'silent',
  });
  // esbuild keeps the URL relative to the bundle, so the module goes in <outdir>/pkg/.
  const bundled = readFileSync(path.join(dir, 'app.js'), 'utf8');
  for (const file of wasmFiles) assert.ok(bundled.includes(`new URL("./pkg/${file}",import.meta.url)`), file);
  mkdirSync(path.join(dir, 'pkg'));
  for (const file of wasmFiles) copyFileSync(path.join(pkgDir, file), path.join(dir, 'pkg', file));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><body><script type="module" src="app.js"></script>');
  assertAnswer(await run('esbuild'));
});

test('webpack: bundles the consumer and emits the .wasm itself; it runs in Chromium', async () => {
  const dir = path.join(out, 'webpack');
  const stats = await new Promise((resolve, reject) => {
    webpack({
      mode: 'production', entry, context: consoleDir, target: 'web',
      output: { path: dir, filename: 'app.js', publicPath: 'auto' },
      performance: { hints: false },
    }, (err, s) => (err ? reject(err) : resolve(s)));
  });
  assert.equal(stats.hasErrors(), false, stats.toString('errors-only'));
  const emitted = readdirSync(dir).filter((f) => f.endsWith('.wasm'));
  assert.equal(emitted.length, 2, 'webpack emitted both WebAssembly modules as assets');
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><body><script src="app.js"></script>');
  assertAnswer(await run('webpack'));
});
