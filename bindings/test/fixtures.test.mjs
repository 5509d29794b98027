// Runs every shared JSON fixture in tests/fixtures through the npm package (WebAssembly)
// and through the native CLI (`telrules batch`), and requires the same answer bytes from
// both, plus the expected answer from the fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as telrules from '../node.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixturesDir = path.join(root, 'tests/fixtures');
const nativeBin = process.env.TELRULES_BIN ?? path.join(root, 'target/debug/telrules');

const cases = readdirSync(fixturesDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((file) =>
    JSON.parse(readFileSync(path.join(fixturesDir, file), 'utf8')).cases.map((c) => ({ file, ...c })),
  );

// A string request is sent verbatim (text that is not JSON); anything else is serialised.
const requestText = (request) => (typeof request === 'string' ? request : JSON.stringify(request));

// An expected error without a message is matched on kind and path only.
function meetsExpectation(expect, answer) {
  if (expect.error && answer.error && expect.error.message === undefined) {
    return expect.error.kind === answer.error.kind && expect.error.path === answer.error.path;
  }
  try {
    assert.deepStrictEqual(answer, expect);
    return true;
  } catch {
    return false;
  }
}

test('fixtures exist', () => {
  assert.ok(cases.length > 0, 'no fixture cases found');
});

// Held-back corpus cases carry a label, not a full answer: they are scored together below.
test('every fixture answers as expected through WebAssembly', () => {
  const failures = [];
  for (const c of cases.filter((c) => !c.held_back)) {
    const answer = JSON.parse(telrules.evaluateJson(requestText(c.request)));
    if (!meetsExpectation(c.expect, answer)) {
      failures.push(`${c.file} / ${c.name}\n  why: ${c.why}\n  expected: ${JSON.stringify(c.expect)}\n  got:      ${JSON.stringify(answer)}`);
    }
  }
  assert.equal(failures.length, 0, `${failures.length} of ${cases.length} failed:\n${failures.join('\n')}`);
});

test('WebAssembly and native answer every fixture with the same bytes', () => {
  assert.ok(existsSync(nativeBin), `native CLI not built at ${nativeBin} (cargo build -p telrules-cli)`);
  const input = cases.map((c) => requestText(c.request)).join('\n') + '\n';
  const native = execFileSync(nativeBin, ['batch'], { input, maxBuffer: 256 * 1024 * 1024 })
    .toString('utf8')
    .split('\n');
  assert.equal(native.pop(), '', 'batch output ends with a newline');
  assert.equal(native.length, cases.length, 'one native answer per request');
  const mismatches = [];
  cases.forEach((c, i) => {
    const wasm = telrules.evaluateJson(requestText(c.request));
    if (wasm !== native[i]) mismatches.push(`${c.file} / ${c.name}\n  wasm:   ${wasm}\n  native: ${native[i]}`);
  });
  assert.equal(mismatches.length, 0, mismatches.join('\n'));
});

test('per-op functions return the ok result and throw TelrulesError on errors', () => {
  const byOp = new Map(cases.filter((c) => typeof c.request === 'object' && c.request.op).map((c) => [c.request.op, c]));
  const camel = (op) => op.replace(/_([a-z])/g, (_, ch) => ch.toUpperCase());
  for (const op of telrules.operations()) {
    assert.equal(typeof telrules[camel(op)], 'function', `missing JS function for ${op}`);
  }
  for (const c of cases.filter((c) => !c.held_back)) {
    const isPlainRequest = typeof c.request === 'object' && Object.keys(c.request).every((k) => k === 'op' || k === 'args');
    if (!isPlainRequest || !telrules.operations().includes(c.request.op)) continue;
    const fn = telrules[camel(c.request.op)];
    if (c.expect.ok !== undefined) {
      assert.deepStrictEqual(fn(c.request.args), c.expect.ok, `${c.file} / ${c.name}`);
    } else if (c.request.args && typeof c.request.args === 'object' && !Array.isArray(c.request.args)) {
      assert.throws(() => fn(c.request.args), (e) => e instanceof telrules.TelrulesError && e.kind === c.expect.error.kind && e.path === c.expect.error.path, `${c.file} / ${c.name}`);
    }
  }
  assert.ok(byOp.size > 0);
});

test('evaluate takes and returns objects', () => {
  const answer = telrules.evaluate({ op: 'segments', args: { text: 'Hi' } });
  assert.equal(answer.ok.encoding, 'GSM-7');
  assert.equal(telrules.evaluate({ op: 'nope', args: {} }).error.kind, 'unknown_op');
});

// The held-back part of the inbound corpus through WebAssembly: the same targets as the
// native scoring test (tests/fixtures.rs).
test('held-back inbound corpus meets the targets through WebAssembly', () => {
  const held = cases.filter((c) => c.held_back);
  assert.ok(held.length >= 250, `only ${held.length} held-back texts`);
  const revokes = (a) => a.intent === 'opt_out' && (a.match === 'exact' || a.match === 'phrase');
  let worded = 0;
  let recalled = 0;
  let ordinary = 0;
  let readAsOptOut = 0;
  for (const c of held) {
    const label = c.expect.ok;
    const answer = JSON.parse(telrules.evaluateJson(requestText(c.request))).ok;
    if (label.intent === 'opt_out' && label.match === 'phrase') {
      worded += 1;
      if (revokes(answer)) recalled += 1;
    }
    if (label.intent === 'none') {
      ordinary += 1;
      if (revokes(answer)) readAsOptOut += 1;
    }
  }
  assert.ok(recalled * 100 >= worded * 98, `worded opt-outs recalled ${recalled}/${worded}`);
  assert.ok(readAsOptOut * 100 <= ordinary, `ordinary texts read as opt-out ${readAsOptOut}/${ordinary}`);
});

// ---- issue 17: first-load size and the on-demand international parser -----------------
// The light module (core feature `international-phone` off) on every fixture: the same
// bytes as the full module, except a request with a number only the full parser reads,
// which answers exactly `international_parser_not_loaded` naming that number. Which
// numbers those are is checked against google-libphonenumber, not against the module: a
// plainly typed number that libphonenumber places in the US or Canada must be answered.
import * as lightModule from '../pkg/telrules_light.js';
import libphonenumber from 'google-libphonenumber';

lightModule.initSync({ module: readFileSync(new URL('../pkg/telrules_light_bg.wasm', import.meta.url)) });

const NOT_LOADED = (input) => JSON.stringify({
  error: {
    kind: 'international_parser_not_loaded',
    message: `\`${input}\` needs the international phone parser, which this build does not include (it answers US and Canadian numbers only); load it and ask again: in the npm package, \`await enableInternationalNumbers()\``,
    path: '',
  },
});

/** Whether libphonenumber reads `input` as a valid US or Canadian number typed plainly
 * (digits, `+`, spaces, `.`, `-`, parentheses): the light module's promise. */
function plainUsOrCanadian(input, region) {
  if (!/^[+\d\s.()-]+$/.test(input.trim())) return false;
  const util = libphonenumber.PhoneNumberUtil.getInstance();
  try {
    const n = util.parseAndKeepRawInput(input, region);
    return util.isValidNumber(n) && ['US', 'CA'].includes(util.getRegionCodeForNumber(n));
  } catch {
    return false;
  }
}

test('the light module answers every fixture as the full one, or not-loaded for an international number', () => {
  assert.match(lightModule.evaluateJson('{"op":"parse_phone","args":{"input":"+442079460018"}}'), /international_parser_not_loaded/);
  const problems = [];
  const refused = [];
  for (const c of cases) {
    const request = requestText(c.request);
    const full = telrules.evaluateJson(request);
    const light = lightModule.evaluateJson(request);
    if (light === full) continue;
    const input = JSON.parse(light).error?.message?.match(/^`(.*)` needs the international phone parser/s)?.[1];
    const region = c.request?.args?.default_region ?? 'US';
    if (input === undefined || light !== NOT_LOADED(input)) {
      problems.push(`${c.file} / ${c.name}: light answered ${light}\n  full: ${full}`);
    } else if (!request.includes(JSON.stringify(input).slice(1, -1))) {
      problems.push(`${c.file} / ${c.name}: not-loaded names \`${input}\`, which the request does not contain`);
    } else if (plainUsOrCanadian(input, region)) {
      problems.push(`${c.file} / ${c.name}: refused \`${input}\`, a plainly typed US/Canadian number`);
    } else {
      refused.push(input);
    }
  }
  assert.deepEqual(problems, []);
  // Fixtures do use international numbers: the refusal path is exercised, not vacuous.
  assert.ok(refused.length > 0);
});

// ---- issue 17: objects across the boundary ---------------------------------------------
// The object path (args as JSON text, the result as a plain object built in WebAssembly by
// serde-wasm-bindgen, no JSON.parse) must answer every fixture as the JSON text path does:
// the same result, deep-equal and serialising to the same JSON text, and for a refusal the
// same kind, path and message.
import * as wasm from '../pkg/telrules_wasm.js';

const plainCases = cases.filter(
  (c) => typeof c.request === 'object' && c.request !== null && !Array.isArray(c.request) && typeof c.request.op === 'string'
    && Object.keys(c.request).every((k) => k === 'op' || k === 'args') && telrules.operations().includes(c.request.op),
);

function objectAnswer(op, argsText) {
  try {
    return { ok: wasm.evaluateToObject(op, argsText) };
  } catch (thrown) {
    return { error: thrown };
  }
}

test('the object path answers every fixture as the JSON text path does', () => {
  assert.ok(plainCases.length > 500, `only ${plainCases.length} plain fixture requests`);
  const mismatches = [];
  let errors = 0;
  for (const c of plainCases) {
    const text = JSON.parse(telrules.evaluateJson(requestText(c.request)));
    const object = objectAnswer(c.request.op, JSON.stringify(c.request.args ?? {}));
    if (text.ok !== undefined) {
      if (object.ok === undefined || JSON.stringify(object.ok) !== JSON.stringify(text.ok)) {
        mismatches.push(`${c.file} / ${c.name}\n  text:   ${JSON.stringify(text)}\n  object: ${JSON.stringify(object)}`);
        continue;
      }
      assert.deepStrictEqual(object.ok, text.ok, `${c.file} / ${c.name}`);
    } else {
      errors += 1;
      if (JSON.stringify(object) !== JSON.stringify(text)) {
        mismatches.push(`${c.file} / ${c.name}\n  text:   ${JSON.stringify(text)}\n  object: ${JSON.stringify(object)}`);
      }
    }
  }
  assert.ok(errors > 20, `only ${errors} error fixtures reached the object path`);
  assert.equal(mismatches.length, 0, `${mismatches.length} differ:\n${mismatches.join('\n')}`);
});

test('the light module\'s object path answers every fixture as its JSON text path does', () => {
  // The object export runs the same op table, so a number only the full parser reads must
  // refuse there too (never a result computed without the parser).
  const mismatches = [];
  let notLoaded = 0;
  for (const c of plainCases) {
    const text = JSON.parse(lightModule.evaluateJson(requestText(c.request)));
    let object;
    try {
      object = { ok: lightModule.evaluateToObject(c.request.op, JSON.stringify(c.request.args ?? {})) };
    } catch (thrown) {
      object = { error: thrown };
    }
    if (text.error?.kind === 'international_parser_not_loaded') notLoaded += 1;
    if (JSON.stringify(object) !== JSON.stringify(text)) mismatches.push(`${c.file} / ${c.name}`);
  }
  assert.ok(notLoaded > 0, 'no fixture reached the not-loaded refusal on the object path');
  assert.deepEqual(mismatches, []);
});

test('per-op functions answer every fixture word for word as evaluateJson does', () => {
  const camel = (op) => op.replace(/_([a-z])/g, (_, ch) => ch.toUpperCase());
  const mismatches = [];
  for (const c of plainCases) {
    const text = JSON.parse(telrules.evaluateJson(requestText(c.request)));
    let got;
    try {
      got = { ok: telrules[camel(c.request.op)](c.request.args) };
    } catch (e) {
      if (!(e instanceof telrules.TelrulesError)) throw e;
      got = { error: { kind: e.kind, message: e.message, path: e.path } };
    }
    if (JSON.stringify(got) !== JSON.stringify(text)) {
      mismatches.push(`${c.file} / ${c.name}\n  text: ${JSON.stringify(text)}\n  got:  ${JSON.stringify(got)}`);
    }
  }
  assert.equal(mismatches.length, 0, `${mismatches.length} differ:\n${mismatches.join('\n')}`);
});

test('the object path builds its result in WebAssembly and refuses args that are not an object', () => {
  // No JSON text comes back: the answer is already an object, with null for a missing value.
  const guidance = wasm.evaluateToObject('explain_error', '{"code":1}');
  assert.equal(typeof guidance, 'object');
  assert.equal(guidance.known, false);
  assert.equal(guidance.title, null);
  for (const args of ['[]', '"text"', '3', '']) {
    const e = objectAnswer('segments', args).error;
    assert.deepEqual([e.kind, e.path], ['invalid_args', 'args'], args);
  }
  assert.equal(objectAnswer('segmentz', '{}').error.kind, 'unknown_op');
  assert.equal(objectAnswer('segments', '{"text":').error.kind, 'invalid_args');
});

test('per-op functions read args as JSON.stringify gives them (a Date, an undefined field, no args)', () => {
  const org = { timezone: 'America/Los_Angeles', weekly: { mon: [['09:00', '17:00']] } };
  const at = '2026-11-30T18:00:00.000Z';
  const withDate = telrules.businessHours({ org, at: new Date(at) });
  assert.deepStrictEqual(withDate, telrules.businessHours({ org, at }));
  assert.equal(withDate.open, true);
  assert.deepStrictEqual(telrules.segments({ text: 'Hi', smart_encoding: undefined }), telrules.segments({ text: 'Hi' }));
  for (const args of [undefined, null]) {
    assert.throws(() => telrules.segments(args), (e) => e instanceof telrules.TelrulesError && e.kind === 'invalid_args' && e.path === 'args' && /missing field `text`/.test(e.message));
  }
});
