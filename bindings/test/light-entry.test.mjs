// Issue 17: the light entry (`telrules/light`, the same switch as the browser entry) under
// Node: a number only the full parser reads throws TelrulesError
// `international_parser_not_loaded` until `await enableInternationalNumbers()`, after which
// every fixture answers byte for byte as the full entry. Its own file: the entry's module
// choice is process-wide.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as light from '../light.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixturesDir = path.join(root, 'tests/fixtures');
const requests = readdirSync(fixturesDir).filter((f) => f.endsWith('.json')).sort()
  .flatMap((f) => JSON.parse(readFileSync(path.join(fixturesDir, f), 'utf8')).cases)
  .map((c) => (typeof c.request === 'string' ? c.request : JSON.stringify(c.request)));

test('light entry: NANP answers at once, international waits for the loader, then answers', async () => {
  assert.equal(light.internationalNumbersEnabled(), false);
  assert.deepEqual(light.parsePhone({ input: '(415) 555-0123' }),
    { e164: '+14155550123', country: 'US', kind: 'fixed_or_mobile', valid: true });
  assert.throws(() => light.parsePhone({ input: '020 7946 0018', default_region: 'GB' }),
    (e) => e instanceof light.TelrulesError && e.kind === 'international_parser_not_loaded' && e.path === ''
      && e.message.includes('enableInternationalNumbers'));
  // A rule that reads a number (readiness) refuses as a whole rather than guessing.
  const ready = JSON.parse(requests.find((r) => r.startsWith('{"op":"readiness"'))).args;
  assert.doesNotThrow(() => light.readiness(ready), 'a US number answers in the light module');
  const london = { ...ready, number: { ...ready.number, phone_number: '+44 7400 123456' } };
  assert.throws(() => light.readiness(london), (e) => e.kind === 'international_parser_not_loaded');

  const first = light.enableInternationalNumbers();
  const second = light.enableInternationalNumbers();
  assert.equal(first, second, 'concurrent callers share one load');
  await first;
  assert.equal(light.internationalNumbersEnabled(), true);
  assert.deepEqual(light.parsePhone({ input: '020 7946 0018', default_region: 'GB' }),
    { e164: '+442079460018', country: 'GB', kind: 'local', valid: true });
  await light.enableInternationalNumbers();
});

test('light entry after the loader: every fixture as the full entry answers it', async () => {
  await light.enableInternationalNumbers();
  const full = await import('../pkg/telrules_wasm.js');
  // The loader initialised the full module; the API now answers with it.
  const mismatches = requests.filter((r) => light.evaluateJson(r) !== full.evaluateJson(r));
  assert.deepEqual(mismatches, []);
});
