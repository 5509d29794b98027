// Differential test: telrules' `parse_phone` (native CLI and WebAssembly) against
// google-libphonenumber 3.2.46, the JavaScript port of Google's libphonenumber, whose
// metadata is the release closest to the one `phonenumber` 0.3.10 ships (9.0.33): of the
// 2,794 pattern/example fields of the 254 territories, 24 differ, against 67 for 3.2.47
// and 118 for 3.2.44.
//
// Inputs: every region's example number for every number type, written as E.164, in
// international format with spaces, with an international dialling prefix (as dialled
// from the US, `011 …`, and from the UK, `00 …`), and in national format; each parsed with
// the number's own region as default and again with US, CA and GB. Then NANP numbers typed
// every way people type them, with random (seeded) area codes and exchanges, and a few
// shapes that are not numbers. Compared: `e164`, `country`, `valid` and the kind mapping.
//
// telrules' contract (spec: parse_phone) reports `e164` and `country` only for valid
// numbers, and `kind` `unknown` for invalid ones, so for an invalid number the expectation
// is `{e164: null, country: null, kind: "unknown", valid: false}`; a libphonenumber parse
// error must be a telrules `invalid_value` error at `args.input`. Everything else must agree,
// apart from the differences listed in DIFFERENCES, each with its reason; each listed
// difference must also still occur, so the list cannot outlive its cause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import libphonenumber from 'google-libphonenumber';
import * as telrules from '../node.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const nativeBin = process.env.TELRULES_BIN ?? path.join(root, 'target/debug/telrules');

const util = libphonenumber.PhoneNumberUtil.getInstance();
const { PhoneNumberType: T, PhoneNumberFormat: F } = libphonenumber;

const KIND = new Map([
  [T.FIXED_LINE, 'local'],
  [T.MOBILE, 'mobile'],
  [T.FIXED_LINE_OR_MOBILE, 'fixed_or_mobile'],
  [T.TOLL_FREE, 'toll_free'],
  [T.PREMIUM_RATE, 'premium'],
  [T.VOIP, 'voip'],
]);
const TYPES = [
  T.FIXED_LINE, T.MOBILE, T.TOLL_FREE, T.PREMIUM_RATE, T.SHARED_COST, T.VOIP,
  T.PERSONAL_NUMBER, T.PAGER, T.UAN, T.VOICEMAIL,
];

// mulberry32: a small seeded PRNG, so every run tests the same numbers.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What libphonenumber answers, in telrules' contract shape. */
function reference(input, region) {
  let number;
  try {
    number = util.parse(input, region);
  } catch (e) {
    return { error: String(e.message ?? e) };
  }
  if (!util.isValidNumber(number)) {
    return { ok: { e164: null, country: null, kind: 'unknown', valid: false } };
  }
  const country = util.getRegionCodeForNumber(number);
  return {
    ok: {
      e164: util.format(number, F.E164),
      // The non-geographic entity (+800, +882…) is "001", not a country.
      country: country === '001' ? null : country,
      kind: KIND.get(util.getNumberType(number)) ?? 'unknown',
      valid: true,
    },
  };
}

/**
 * Documented differences: `applies(case, ours, theirs)` says whether a disagreement is
 * this one; `reason` says why it is accepted.
 */
const DIFFERENCES = [
  {
    id: 'short_code_product_choice',
    reason:
      'product choice (issue 11, decision 3): with default region US or CA, 5-6 bare digits starting 2-9 are a US/Canadian short code; libphonenumber reads them as an invalid national number',
    applies: (c, ours, theirs) =>
      ['US', 'CA'].includes(c.region) && /^[2-9]\d{4,5}$/.test(c.input.trim()) &&
      ours.ok?.kind === 'short_code' && (theirs.ok?.valid === false || theirs.error !== undefined),
  },
  {
    id: 'metadata_version_nanp_274',
    reason:
      'metadata version: libphonenumber 9.0.33 (phonenumber 0.3.10) lists only exchanges 2 and 7 of US area code 274 (pattern `274[27]`); the port 3.2.46 lists the whole area code',
    applies: (c, ours, theirs) =>
      ours.ok?.valid === false && theirs.ok?.valid === true && theirs.ok.e164.startsWith('+1274') &&
      !/^\+1274[27]/.test(theirs.ok.e164),
  },
];

function exampleCases() {
  const cases = [];
  const add = (input, region, example) => cases.push({ input, region, example, section: 'examples' });
  const examples = [];
  for (const region of util.getSupportedRegions().sort()) {
    for (const type of TYPES) {
      const number = util.getExampleNumberForType(region, type);
      if (number) examples.push({ number, home: region });
    }
  }
  for (const cc of util.getSupportedGlobalNetworkCallingCodes().sort((a, b) => a - b)) {
    const number = util.getExampleNumberForNonGeoEntity(cc);
    if (number) examples.push({ number, home: 'US' });
  }
  for (const { number, home } of examples) {
    const e164 = util.format(number, F.E164);
    const forms = [
      e164,
      util.format(number, F.INTERNATIONAL),
      util.formatOutOfCountryCallingNumber(number, 'US'),
      util.formatOutOfCountryCallingNumber(number, 'GB'),
    ];
    for (const form of forms) {
      for (const region of new Set([home, 'US', 'CA', 'GB'])) add(form, region, e164);
    }
    // National format only means something with a default region of the same code.
    const national = util.format(number, F.NATIONAL);
    for (const region of new Set([home, 'US', 'CA', 'GB'])) add(national, region, e164);
  }
  return cases;
}

function nanpCases(rand) {
  const cases = [];
  const digits = (n) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
  const shapes = [
    (a, b, c) => `(${a}) ${b}-${c}`,
    (a, b, c) => `(${a})${b}-${c}`,
    (a, b, c) => `${a}.${b}.${c}`,
    (a, b, c) => `${a}-${b}-${c}`,
    (a, b, c) => `${a} ${b} ${c}`,
    (a, b, c) => `${a}${b}${c}`,
    (a, b, c) => `${a}/${b}-${c}`,
    (a, b, c) => `1-${a}-${b}-${c}`,
    (a, b, c) => `1 (${a}) ${b}-${c}`,
    (a, b, c) => `1${a}${b}${c}`,
    (a, b, c) => `+1 ${a} ${b} ${c}`,
    (a, b, c) => `+1 (${a}) ${b}-${c}`,
    (a, b, c) => `+1-${a}-${b}-${c}`,
    (a, b, c) => `+1.${a}.${b}.${c}`,
    (a, b, c) => `+1${a}${b}${c}`,
    (a, b, c) => `+${a}${b}${c}`,
    (a, b, c) => `011 1 ${a} ${b} ${c}`,
    (a, b, c) => `001 ${a} ${b} ${c}`,
    (a, b, c) => `${a}-${b}-${c} ext. ${digits(3)}`,
    (a, b, c) => `${a}-${b}-${c} x${digits(2)}`,
    (a, b, c) => `(${a}) ${b}-${c} #${digits(4)}`,
    (a, b, c) => `tel:+1-${a}-${b}-${c}`,
    (a, b, c) => ` ${a}  ${b}  ${c} `,
    (a, b, c) => `${a}－${b}－${c}`,
    (a, b, c) => `Phone: ${a}-${b}-${c}.`,
    (a, b, c) => `${a}-${b}`,
    (a, b, c) => `${b}-${c}`,
    (a, b, c) => `${a}-${b}-${c.slice(0, 3)}`,
  ];
  for (let i = 0; i < 1400; i += 1) {
    // Mostly real-looking area codes and exchanges, sometimes 0xx/1xx ones (never valid).
    const a = rand() < 0.9 ? String(200 + Math.floor(rand() * 800)) : digits(3);
    const b = rand() < 0.9 ? String(200 + Math.floor(rand() * 800)) : digits(3);
    const c = digits(4);
    const shape = shapes[Math.floor(rand() * shapes.length)];
    const region = ['US', 'CA', 'GB'][Math.floor(rand() * 3)];
    cases.push({ input: shape(a, b, c), region, section: 'nanp' });
  }
  for (const input of ['1-800-FLOWERS', '1-800-GOT-JUNK', '+1 800 FLOWERS', '800-CALL-NOW']) {
    for (const region of ['US', 'CA', 'GB']) cases.push({ input, region, section: 'nanp' });
  }
  // Not numbers, and numbers cut short: errors or invalid on both sides.
  for (const input of ['call me', '+', '00', '+999 1234 5678', '415-555', '898 211', '23456', '02345', '12', '+1', '011', 'x12', '+44 (0) 20 7946 0018', '0044 20 7946 0018']) {
    for (const region of ['US', 'CA', 'GB']) cases.push({ input, region, section: 'shapes' });
  }
  return cases;
}

const rand = prng(0x11_2026);
const cases = [...exampleCases(), ...nanpCases(rand)];
const requests = cases.map((c) => JSON.stringify({ op: 'parse_phone', args: { input: c.input, default_region: c.region } }));

function nativeAnswers() {
  assert.ok(existsSync(nativeBin), `native CLI not built at ${nativeBin} (cargo build -p telrules-cli)`);
  const out = execFileSync(nativeBin, ['batch'], { input: requests.join('\n') + '\n', maxBuffer: 256 * 1024 * 1024 })
    .toString('utf8')
    .split('\n');
  assert.equal(out.pop(), '', 'batch output ends with a newline');
  assert.equal(out.length, cases.length, 'one native answer per request');
  return out;
}

function agrees(ours, theirs) {
  if (theirs.error !== undefined) {
    return ours.error?.kind === 'invalid_value' && ours.error?.path === 'args.input';
  }
  try {
    assert.deepStrictEqual(ours.ok, theirs.ok);
    return true;
  } catch {
    return false;
  }
}

test('phone differential: several thousand seeded comparisons', () => {
  assert.ok(cases.length > 5000, `only ${cases.length} cases`);
  assert.ok(cases.filter((c) => c.section === 'examples').length > 4000);
});

test('phone differential: native and WebAssembly agree with libphonenumber, apart from documented differences', () => {
  const native = nativeAnswers();
  const failures = [];
  const seen = new Map(DIFFERENCES.map((d) => [d.id, 0]));
  const byteMismatches = [];
  cases.forEach((c, i) => {
    const wasmText = telrules.evaluateJson(requests[i]);
    if (wasmText !== native[i]) byteMismatches.push(`${JSON.stringify(c.input)} (${c.region})\n  wasm:   ${wasmText}\n  native: ${native[i]}`);
    const ours = JSON.parse(wasmText);
    const theirs = reference(c.input, c.region);
    if (agrees(ours, theirs)) return;
    const difference = DIFFERENCES.find((d) => d.applies(c, ours, theirs));
    if (difference) {
      seen.set(difference.id, seen.get(difference.id) + 1);
      return;
    }
    failures.push(`${JSON.stringify(c.input)} region ${c.region} [${c.section}${c.example ? ` ${c.example}` : ''}]\n  telrules:       ${JSON.stringify(ours)}\n  libphonenumber: ${JSON.stringify(theirs)}`);
  });
  assert.equal(byteMismatches.length, 0, `native and WASM differ:\n${byteMismatches.slice(0, 20).join('\n')}`);
  assert.equal(failures.length, 0, `${failures.length} of ${cases.length} disagree:\n${failures.slice(0, 60).join('\n')}`);
  for (const [id, count] of seen) {
    assert.ok(count > 0, `documented difference ${id} no longer occurs: remove it from DIFFERENCES`);
  }
});

// ---- issue 17: first-load size and the on-demand international parser -----------------
// Every input above on the light module (no international parser): the full module's exact
// answer, or `international_parser_not_loaded` naming the input, never a third answer. And
// it must answer (not refuse) plainly typed US and Canadian numbers.
import * as lightModule from '../pkg/telrules_light.js';
import { readFileSync } from 'node:fs';

lightModule.initSync({ module: readFileSync(new URL('../pkg/telrules_light_bg.wasm', import.meta.url)) });

test('phone differential: the light module answers as the full one or refuses, never differently', () => {
  const different = [];
  let answered = 0;
  let refused = 0;
  cases.forEach((c, i) => {
    const full = telrules.evaluateJson(requests[i]);
    const light = lightModule.evaluateJson(requests[i]);
    if (light === full) {
      answered += 1;
      return;
    }
    const error = JSON.parse(light).error;
    if (error?.kind === 'international_parser_not_loaded' && error.path === ''
      && error.message.startsWith(`\`${c.input.trim()}\` needs the international phone parser`)) {
      refused += 1;
      return;
    }
    different.push(`${JSON.stringify(c.input)} (${c.region})\n  light: ${light}\n  full:  ${full}`);
  });
  assert.deepEqual(different, []);
  const plainNanp = cases.filter((c, i) => c.section === 'nanp' && ['US', 'CA'].includes(c.region)
    && /^\(?[2-9]\d\d\)?[ .-]?[2-9]\d\d[ .-]?\d{4}$/.test(c.input)
    && ['US', 'CA'].includes(JSON.parse(telrules.evaluateJson(requests[i])).ok?.country));
  const refusedPlain = plainNanp.filter((c) => lightModule.evaluateJson(JSON.stringify({ op: 'parse_phone', args: { input: c.input, default_region: c.region } }))
    .includes('international_parser_not_loaded'));
  // Only the five US area codes the table leaves out (exchanges listed one by one) may refuse.
  assert.deepEqual(refusedPlain.filter((c) => !/^\(?(274|472|523|524|983)/.test(c.input)).map((c) => c.input), []);
  // Most inputs above are other countries' examples: refusals outnumber answers.
  assert.ok(plainNanp.length > 50 && answered > 1000 && refused > 1000, `answered ${answered}, refused ${refused}, plain NANP ${plainNanp.length}`);
});
