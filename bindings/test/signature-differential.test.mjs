// Differential test: telrules' verify_webhook_signature against Twilio's official Node SDK
// (npm `twilio` 6.3.x: validateRequest / validateRequestWithBody / getExpectedTwilioSignature,
// and getSignatureAlgorithm for the X-Twilio-Webhooks-Signature-Settings header).
//
// Thousands of cases per algorithm come from a seeded PRNG, so a failure is reproducible from
// its seed and index: URLs with and without ports (default, other scheme's default,
// non-default, empty), http/https in any case, user-info, IPv6 and IDN hosts, paths and query
// strings with reserved, encoded and non-ASCII characters, bodySHA256 for JSON webhooks, form
// params with unicode names and values, empty values and repeated names as arrays. Each case
// is "signed by Twilio" with HMAC-SHA1 (Auth Token) or HMAC-SHA256 (SharedKey) and carries a
// settings header in one of its variants: missing, null, empty, spaces (ASCII and the Unicode
// ones JavaScript's trim removes), key only, the algorithm in lower or mixed case or first,
// an empty algorithm= before the real one, an unknown algorithm, `Algorithm=` (a name the SDK
// does not match). Signatures are made with the SDK's own getExpectedTwilioSignature over the
// URL as given or a port variant, then tampered with, made with a wrong token, port or
// algorithm, or left out. The SDK reads the header with getSignatureAlgorithm and validates
// with that algorithm, as its webhook middleware does; telrules gets the raw header as
// `signature_settings`. Our `valid` must equal the SDK's answer on every case (an SDK
// exception counts as "not valid"), and an unknown algorithm must be reported as
// `unsupported_signature_algorithm`.
//
// One deliberate difference is measured separately below: when the URL as given fails, the
// SDK also tries the URL re-serialised by `new URL()` (percent-encoding, lower-case host,
// default port dropped) and a legacy-querystring form of it. telrules signs the URL verbatim
// (spec: "the rest of the URL is used verbatim"), so a signature over a re-encoded URL that
// differs from both verbatim variants is accepted by the SDK and not by telrules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import twilio from 'twilio';
import * as telrules from '../node.js';

const {
  validateRequest,
  validateRequestWithBody,
  getExpectedTwilioSignature,
  getSignatureAlgorithm,
  SIGNATURE_SETTINGS_HEADER,
  HMAC_SHA1,
  HMAC_SHA256,
} = twilio;

const SEED = 0x7e1e5;
// Per algorithm.
const FORM_CASES = 3000;
const JSON_CASES = 1500;
const NORMALISED_CASES = 300;
const ALGORITHMS = [HMAC_SHA1, HMAC_SHA256];

// mulberry32: small, seedable, good enough to spread cases.
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (items) => items[int(items.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

// Code points by family; no lone surrogates (they cannot cross into Rust strings).
const CHAR_FAMILIES = [
  () => 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  () => " -_.~!*'()+,;:@$&=/?%[]",
  () => 'éàüñßçÀÉ',
  () => '\u00a0\u2019\u201c\u201d\u20ac',
  () => '\uff21\uff42\ue000\ufffd\u4f60\u597d',
  () => '\u{1F600}\u{1F44D}\u{1F1FA}\u{1F1F8}\u{10000}',
];

function text(r, max, families = CHAR_FAMILIES) {
  const length = r.int(max + 1);
  let out = '';
  for (let i = 0; i < length; i++) {
    const chars = Array.from(r.pick(families)());
    out += r.pick(chars);
  }
  return out;
}

const TWILIO_NAMES = [
  'MessageSid', 'SmsSid', 'AccountSid', 'From', 'To', 'Body', 'NumMedia', 'MediaUrl0',
  'MediaContentType0', 'OptOutType', 'FromCountry', 'ToZip', 'MessagingServiceSid',
  'CallSid', 'Digits', 'ApiVersion',
];

function formParams(r) {
  const params = {};
  const count = r.int(13);
  for (let i = 0; i < count; i++) {
    let name = r.chance(0.6) ? r.pick(TWILIO_NAMES) : text(r, 8);
    if (name === '__proto__') name = 'proto';
    if (r.chance(0.2)) {
      const values = [];
      const n = r.int(5);
      for (let j = 0; j < n; j++) {
        values.push(values.length > 0 && r.chance(0.3) ? r.pick(values) : text(r, 12));
      }
      params[name] = values;
    } else {
      params[name] = r.chance(0.15) ? '' : text(r, 24);
    }
  }
  return params;
}

const SCHEMES = ['https', 'http', 'HTTPS', 'Http'];
const USERINFO = ['', '', '', 'user@', 'user:pa%20ss@'];
const HOSTS = [
  'hooks.example.com', 'Hooks.Example.COM', 'api.example.co.uk', '127.0.0.1', '[::1]',
  '[2001:db8::1]', 'bücher.example', 'xn--bcher-kva.example', 'localhost',
];
const PORTS = ['', '', '', ':443', ':80', ':8080', ':3000', ':0443', ':'];

function query(r, extra = []) {
  const pairs = [...extra];
  const count = r.int(4);
  for (let i = 0; i < count; i++) {
    const value = r.pick([
      () => text(r, 10),
      () => '%27a%20b',
      () => "it's",
      () => 'a+b',
      () => '',
    ])();
    const pair = `${text(r, 5, [CHAR_FAMILIES[0]]) || 'k'}=${value.replace(/[&#]/g, '')}`;
    pairs.splice(r.int(pairs.length + 1), 0, pair);
  }
  if (pairs.length === 0) return r.chance(0.2) ? '?' : '';
  return `?${pairs.join('&')}`;
}

/** A URL made of parts, so its port variants are known without parsing it. */
function url(r, queryExtra = []) {
  const scheme = `${r.pick(SCHEMES)}://`;
  const user = r.pick(USERINFO);
  const host = r.pick(HOSTS);
  const port = r.pick(PORTS);
  const segments = [];
  const n = r.int(4);
  for (let i = 0; i < n; i++) {
    segments.push(text(r, 8).replace(/[/?#\\%[\]@:]/g, ''));
  }
  const path = r.chance(0.1) ? '' : `/${segments.join('/')}`;
  const fragment = r.chance(0.05) ? '#frag' : '';
  const rest = path + query(r, queryExtra) + fragment;
  const defaultPort = scheme.toLowerCase() === 'https://' ? ':443' : ':80';
  return {
    url: scheme + user + host + port + rest,
    withoutPort: scheme + user + host + rest,
    withPort: scheme + user + host + (port || defaultPort) + rest,
    wrongPort: scheme + user + host + (port === ':8081' ? ':8082' : ':8081') + rest,
  };
}

function token(r) {
  return r.chance(0.8)
    ? Array.from({ length: 32 }, () => '0123456789abcdef'[r.int(16)]).join('')
    : text(r, 40) || 'x';
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';

function tamper(r, signature) {
  const chars = Array.from(signature);
  const i = r.int(chars.length);
  let c;
  do c = r.pick(Array.from(BASE64)); while (c === chars[i]);
  chars[i] = c;
  return chars.join('');
}

const OTHER = { [HMAC_SHA1]: HMAC_SHA256, [HMAC_SHA256]: HMAC_SHA1 };

/** A signature made with `algorithm`, from one of the ways a header can be right or wrong. */
function signature(r, tok, u, params, algorithm) {
  const mode = r.pick([
    'as_given', 'as_given', 'without_port', 'with_port', 'wrong_port', 'tampered',
    'wrong_token', 'params_changed', 'other_algorithm', 'missing', 'empty', 'garbage',
  ]);
  const sign = (t, target, p) => getExpectedTwilioSignature(t, target, p, algorithm);
  switch (mode) {
    case 'other_algorithm':
      return { mode, sig: getExpectedTwilioSignature(tok, u.url, params, OTHER[algorithm]) };
    case 'as_given': return { mode, sig: sign(tok, u.url, params) };
    case 'without_port': return { mode, sig: sign(tok, u.withoutPort, params) };
    case 'with_port': return { mode, sig: sign(tok, u.withPort, params) };
    case 'wrong_port': return { mode, sig: sign(tok, u.wrongPort, params) };
    case 'tampered': return { mode, sig: tamper(r, sign(tok, u.url, params)) };
    case 'wrong_token': return { mode, sig: sign(`${tok}0`, u.url, params) };
    case 'params_changed': {
      const changed = { ...params, [r.pick(TWILIO_NAMES)]: text(r, 6) || 'x' };
      return { mode, sig: sign(tok, u.url, changed) };
    }
    case 'missing': return { mode, sig: undefined };
    case 'empty': return { mode, sig: '' };
    default: {
      const length = algorithm === HMAC_SHA256 ? 44 : 28;
      return { mode, sig: Array.from({ length }, () => r.pick(Array.from(BASE64))).join('') };
    }
  }
}

// What JavaScript's trim removes besides ASCII spaces and tabs (U+0085 is not among them).
const UNICODE_SPACES = ['\u00a0', '\ufeff', '\u3000', '\u2009', '\u2028', '\n', '\r', '\v'];

function sharedKeyId(r) {
  return `webhooks_sharedkey_${Array.from({ length: 32 }, () => '0123456789abcdef'[r.int(16)]).join('')}`;
}

function spaces(r, ascii = true) {
  const chars = ascii ? [' ', ' ', '\t'] : [' ', ...UNICODE_SPACES];
  return Array.from({ length: r.int(3) }, () => r.pick(chars)).join('');
}

function mixedCase(r, name) {
  return Array.from(name, (c) => (r.chance(0.5) ? c.toLowerCase() : c)).join('');
}

/**
 * The X-Twilio-Webhooks-Signature-Settings header a request signed with `algorithm` might
 * carry (undefined: no header). Most variants name `algorithm` (or, for HMAC-SHA1, nothing);
 * about one in seven names something the SDK does not use for it.
 */
function settingsHeader(r, algorithm) {
  const key = `key=${sharedKeyId(r)}`;
  if (r.chance(0.15)) {
    const variant = r.pick(['unknown', 'unknown_hyphen', 'unknown_empty_key', 'name_case', 'nel', 'ALGORITHM']);
    switch (variant) {
      case 'unknown': return { variant, header: `${key},algorithm=${r.pick(['HMAC_SHA512', 'HMAC_MD5', 'ED25519', 'sha256'])}` };
      case 'unknown_hyphen': return { variant, header: `${key},algorithm=${algorithm.replace('_', '-')}` };
      case 'unknown_empty_key': return { variant, header: `=${algorithm},algorithm=HMAC_SHA3` };
      case 'name_case': return { variant, header: `${key},Algorithm=${algorithm}` };
      case 'nel': return { variant, header: `${key},algorithm=\u0085${algorithm}` };
      default: return { variant, header: `${key},ALGORITHM=${algorithm}` };
    }
  }
  const common = ['explicit', 'lower', 'mixed', 'spaces', 'unicode_spaces', 'first', 'empty_then_named'];
  const variants = algorithm === HMAC_SHA1
    ? ['missing', 'missing', 'null', 'empty', 'key_only', 'key_only_spaces', ...common]
    : [...common, 'explicit', 'explicit', 'long_s'];
  const variant = r.pick(variants);
  switch (variant) {
    case 'missing': return { variant, header: undefined };
    case 'null': return { variant, header: null };
    case 'empty': return { variant, header: '' };
    case 'key_only': return { variant, header: key };
    case 'key_only_spaces': return { variant, header: `${spaces(r)}${key}${spaces(r)},${spaces(r)}` };
    case 'lower': return { variant, header: `${key},algorithm=${algorithm.toLowerCase()}` };
    case 'mixed': return { variant, header: `${key},algorithm=${mixedCase(r, algorithm)}` };
    case 'spaces':
      return { variant, header: `${spaces(r)}${key}${spaces(r)},${spaces(r)}algorithm${spaces(r)}=${spaces(r)}${algorithm}${spaces(r)}` };
    case 'unicode_spaces':
      return { variant, header: `${key},${spaces(r, false)}algorithm${spaces(r, false)}=${spaces(r, false)}${algorithm}${spaces(r, false)}` };
    case 'first': return { variant, header: `algorithm=${algorithm},${key}` };
    case 'empty_then_named': return { variant, header: `${key},algorithm=${spaces(r)},algorithm=${algorithm}` };
    case 'long_s': return { variant, header: `${key},algorithm=hmac_\u017fha256` }; // toUpperCase: S
    default: return { variant, header: `${key},algorithm=${algorithm}` };
  }
}

/** telrules' args for the secret and header, alternating the secret's two field names. */
function secretArgs(r, tok, header) {
  const args = r.chance(0.5) ? { secret: tok } : { auth_token: tok };
  if (header !== undefined) args.signature_settings = header;
  return args;
}

/** Runs `fn` with the SDK's unsupported-algorithm warning counted instead of printed. */
function quietly(fn) {
  const warn = console.warn;
  let warnings = 0;
  console.warn = () => { warnings++; };
  try {
    return { result: fn(), warnings };
  } finally {
    console.warn = warn;
  }
}

function supported(sdkAlgorithm) {
  return [HMAC_SHA1, HMAC_SHA256].includes(sdkAlgorithm.toUpperCase());
}

function sdkAnswer(fn) {
  try {
    return fn() === true;
  } catch {
    return false; // the SDK throws on URLs `new URL()` refuses; that is "not valid"
  }
}

function report(mismatches, total) {
  return `${mismatches.length} of ${total} cases disagree; first ones:\n${mismatches
    .slice(0, 5)
    .map((m) => JSON.stringify(m))
    .join('\n')}`;
}

for (const [n, algorithm] of ALGORITHMS.entries()) {
  test(`form webhooks signed with ${algorithm}: telrules agrees with the Twilio SDK on every generated case`, () => {
    const r = prng(SEED + 10 * n);
    const mismatches = [];
    let sdkValid = 0;
    let unsupportedSeen = 0;
    const { warnings } = quietly(() => {
      for (let i = 0; i < FORM_CASES; i++) {
        const tok = token(r);
        const u = url(r);
        const params = formParams(r);
        const { variant, header } = settingsHeader(r, algorithm);
        const { mode, sig } = signature(r, tok, u, params, algorithm);
        const sdkAlgorithm = getSignatureAlgorithm(header);
        const sdk = sdkAnswer(() => validateRequest(tok, sig, u.url, params, sdkAlgorithm));
        const ours = telrules.verifyWebhookSignature({ ...secretArgs(r, tok, header), url: u.url, params, signature: sig });
        if (sdk) sdkValid++;
        const unsupported = !supported(sdkAlgorithm) && Boolean(sig);
        if (unsupported) unsupportedSeen++;
        const reasonOk = !unsupported || ours.reason === 'unsupported_signature_algorithm';
        if (ours.valid !== sdk || !reasonOk) mismatches.push({ i, mode, variant, header, url: u.url, params, sig, sdk, ours });
      }
    });
    assert.equal(mismatches.length, 0, report(mismatches, FORM_CASES));
    // Both answers must vary, or the test proves nothing.
    assert.ok(sdkValid > FORM_CASES * 0.2 && sdkValid < FORM_CASES * 0.75, `valid: ${sdkValid}`);
    assert.ok(unsupportedSeen > FORM_CASES * 0.02 && warnings >= unsupportedSeen, `unsupported: ${unsupportedSeen}, warnings: ${warnings}`);
  });

  test(`JSON webhooks (bodySHA256) signed with ${algorithm}: telrules agrees with the Twilio SDK on every generated case`, () => {
    const r = prng(SEED + 10 * n + 1);
    const mismatches = [];
    let sdkValid = 0;
    let checked = 0;
    quietly(() => {
      for (let i = 0; i < JSON_CASES; i++) {
        const tok = token(r);
        const body = JSON.stringify({ event: text(r, 10), n: r.int(1000), note: text(r, 30) });
        const other = `${body} `;
        const hash = createHash('sha256').update(body, 'utf8').digest('hex');
        const hashParam = r.pick([
          () => [`bodySHA256=${hash}`],
          () => [`bodySHA256=${hash}`],
          () => [`bodySHA256=${hash}`],
          () => [`bodySHA256=${hash.toUpperCase()}`],
          () => [`bodySHA256=${createHash('sha256').update(other).digest('hex')}`],
          () => [`bodySHA256=${hash}`, `bodySHA256=${'0'.repeat(64)}`],
          () => [`bodySHA256=${'0'.repeat(64)}`, `bodySHA256=${hash}`],
          () => [],
        ])();
        const u = url(r, hashParam);
        if (!URL.canParse(u.url)) continue; // validateRequestWithBody parses the URL first
        checked++;
        const { variant, header } = settingsHeader(r, algorithm);
        const { mode, sig } = signature(r, tok, u, {}, algorithm);
        const sdkAlgorithm = getSignatureAlgorithm(header);
        const sdk = sdkAnswer(() => validateRequestWithBody(tok, sig, u.url, body, sdkAlgorithm));
        const ours = telrules.verifyWebhookSignature({ ...secretArgs(r, tok, header), url: u.url, body, signature: sig });
        if (sdk) sdkValid++;
        const unsupported = !supported(sdkAlgorithm) && Boolean(sig);
        const reasonOk = !unsupported || ours.reason === 'unsupported_signature_algorithm';
        if (ours.valid !== sdk || !reasonOk) mismatches.push({ i, mode, variant, header, url: u.url, body, sig, sdk, ours });
      }
    });
    assert.ok(checked > JSON_CASES * 0.9, `only ${checked} parseable URLs`);
    assert.equal(mismatches.length, 0, report(mismatches, checked));
    assert.ok(sdkValid > checked * 0.1, `valid: ${sdkValid}`);
  });
}

test('every header variant is exercised and the SDK reads each as expected', () => {
  // The generator's variants mean what their names say, according to the SDK itself.
  const r = prng(SEED + 99);
  const seen = new Map();
  for (let i = 0; i < 4000; i++) {
    const algorithm = r.pick(ALGORITHMS);
    const { variant, header } = settingsHeader(r, algorithm);
    const read = getSignatureAlgorithm(header);
    const expected = supported(read) ? read.toUpperCase() : 'unsupported';
    const key = `${algorithm}:${variant}`;
    if (!seen.has(key)) seen.set(key, new Set());
    seen.get(key).add(expected);
  }
  const sha1Default = ['missing', 'null', 'empty', 'key_only', 'key_only_spaces'];
  for (const [key, answers] of seen) {
    const [algorithm, variant] = key.split(':');
    const want = variant.startsWith('unknown') || variant === 'nel'
      ? 'unsupported'
      : variant === 'name_case' || variant === 'ALGORITHM' || sha1Default.includes(variant)
        ? HMAC_SHA1
        : algorithm;
    assert.deepEqual([...answers], [want], key);
  }
  for (const variant of ['missing', 'null', 'empty', 'spaces', 'key_only', 'unknown', 'lower', 'mixed', 'unicode_spaces']) {
    assert.ok([...seen.keys()].some((k) => k.endsWith(`:${variant}`)), `variant ${variant} never generated`);
  }
  assert.equal(SIGNATURE_SETTINGS_HEADER, 'X-Twilio-Webhooks-Signature-Settings');
});

test('known difference: signatures over the URL as re-encoded by new URL()', () => {
  // The SDK accepts these as a fallback; telrules accepts them exactly when the re-encoded
  // URL is one of the two verbatim variants (nothing but the default port changed).
  const r = prng(SEED + 2);
  const mismatches = [];
  let differs = 0;
  for (let i = 0; i < NORMALISED_CASES * ALGORITHMS.length; i++) {
    const tok = token(r);
    const u = url(r);
    if (!URL.canParse(u.url)) continue;
    const params = formParams(r);
    const algorithm = ALGORITHMS[i % ALGORITHMS.length];
    const header = algorithm === HMAC_SHA1 ? undefined : `key=${sharedKeyId(r)},algorithm=${algorithm}`;
    const normalised = new URL(u.url).toString();
    const sig = getExpectedTwilioSignature(tok, normalised, params, algorithm);
    const sdk = sdkAnswer(() => validateRequest(tok, sig, u.url, params, getSignatureAlgorithm(header)));
    const ours = telrules.verifyWebhookSignature({ ...secretArgs(r, tok, header), url: u.url, params, signature: sig });
    const verbatim = normalised === u.withPort || normalised === u.withoutPort;
    if (!verbatim) differs++;
    if (sdk !== true || ours.valid !== verbatim) mismatches.push({ i, url: u.url, normalised, sdk, ours });
  }
  assert.equal(mismatches.length, 0, report(mismatches, NORMALISED_CASES));
  assert.ok(differs > 0);
});

test('fixed example from Twilio documentation verifies in both', () => {
  const params = {
    CallSid: 'CA1234567890ABCDE',
    Caller: '+12349013030',
    Digits: '1234',
    From: '+12349013030',
    To: '+18005551212',
  };
  const u = 'https://mycompany.com/myapp.php?foo=1&bar=2';
  const sig = '0/KCTR6DLpKmkAf8muzZqo1nDgQ=';
  assert.equal(validateRequest('12345', sig, u, params), true);
  assert.deepEqual(telrules.verifyWebhookSignature({ auth_token: '12345', url: u, params, signature: sig }), {
    valid: true,
    reason: null,
  });
  // The same request signed with HMAC-SHA256 (value computed with Python's hmac/hashlib).
  const sig256 = 'Rmm4Vzj+Ky7JGoWXMCsZDZuHDszLr9xvdbvitrDr4/M=';
  const header = 'key=webhooks_sharedkey_1,algorithm=HMAC_SHA256';
  assert.equal(getExpectedTwilioSignature('12345', u, params, HMAC_SHA256), sig256);
  assert.equal(validateRequest('12345', sig256, u, params, getSignatureAlgorithm(header)), true);
  assert.deepEqual(
    telrules.verifyWebhookSignature({ secret: '12345', url: u, params, signature: sig256, signature_settings: header }),
    { valid: true, reason: null },
  );
});
