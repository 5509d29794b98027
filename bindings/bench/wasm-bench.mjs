// Figures for BENCHMARKS.md: per-call cost through the npm package under Node, and cold start.
// Run after scripts/build-wasm:  node bindings/bench/wasm-bench.mjs
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const entry = new URL('../node.js', import.meta.url).href;
const lightEntry = new URL('../light.js', import.meta.url).href;

// Cold start, each in a fresh Node process: import + first call, and the first parse that
// needs the full phone parser (its metadata is built on first use).
function cold(snippet, from = entry) {
  const script = `const t0 = process.hrtime.bigint();
const t = await import(${JSON.stringify(from)});
const t1 = process.hrtime.bigint();
${snippet}
const t2 = process.hrtime.bigint();
console.log(JSON.stringify({ importMs: Number(t1 - t0) / 1e6, firstCallMs: Number(t2 - t1) / 1e6 }));`;
  const runs = [];
  for (let i = 0; i < 5; i++) {
    runs.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script]).toString()));
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { importMs: median(runs.map((r) => r.importMs)), firstCallMs: median(runs.map((r) => r.firstCallMs)) };
}

async function perCall() {
  const t = await import(entry);
  const cases = {
    'segments gsm_reminder_126': () => t.segments({ text: 'Harbor Dental: reminder of your cleaning tomorrow at 9:30am. Reply C to confirm or call (206) 555-0142. Reply STOP to opt out.' }),
    'segments ucs2_emoji_58': () => t.segments({ text: 'Thanks for visiting Harbor Dental 😁 See you in six months!' }),
    'parse_phone e164_fast_path': () => t.parsePhone({ input: '+14155550123' }),
    'parse_phone typed_us_fast_path': () => t.parsePhone({ input: '(415) 555-0123' }),
    'parse_phone international_full_parser': () => t.parsePhone({ input: '020 7946 0018', default_region: 'GB' }),
    'evaluateJson segments (string in, string out)': () => t.evaluateJson('{"op":"segments","args":{"text":"Harbor Dental: reminder of your cleaning tomorrow at 9:30am."}}'),
    'check_message typical_160': () => t.checkMessage({ body: 'Harbor Dental: your cleaning is Tue 11/3 at 9:30am. Book or change it at harbordental.com/visit or call (415) 555-0142. See you soon, Al! Reply STOP to opt out.', first_message: true, message_class: 'marketing', org: { name: 'Harbor Dental', domain: 'harbordental.com' }, to: '+14155550100' }),
  };
  const out = {};
  for (const [name, fn] of Object.entries(cases)) {
    for (let i = 0; i < 2000; i++) fn();
    const n = 20000;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    out[name] = Number(process.hrtime.bigint() - t0) / n;
  }
  return out;
}

// The first successful fixture request of each op, as benches/contract.rs picks them.
async function perOpThroughJson() {
  const t = await import(entry);
  const dir = new URL('../../tests/fixtures/', import.meta.url);
  const cases = readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .flatMap((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')).cases);
  const out = {};
  for (const op of t.operations()) {
    const found = cases.find((c) => c.request?.op === op && c.expect.ok !== undefined);
    if (!found) continue;
    const request = JSON.stringify(found.request);
    for (let i = 0; i < 500; i++) t.evaluateJson(request);
    const n = 5000;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) t.evaluateJson(request);
    out[op] = Math.round(Number(process.hrtime.bigint() - t0) / n);
  }
  return out;
}

// Issue 17: per op, the JSON text path as a per-op function pays for it (JSON.stringify ->
// evaluateJson -> JSON.parse) against the object path (JSON.stringify of the args ->
// evaluateToObject, whose result object serde-wasm-bindgen builds: no JSON.parse), on the
// op's first successful fixture request. Best of five rounds of 2,000 calls.
async function objectVsText() {
  const t = await import(entry);
  const wasm = await import('../pkg/telrules_wasm.js');
  const dir = new URL('../../tests/fixtures/', import.meta.url);
  const cases = readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .flatMap((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')).cases);
  const time = (fn) => {
    for (let i = 0; i < 500; i++) fn();
    let best = Infinity;
    for (let round = 0; round < 5; round++) {
      const n = 2000;
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < n; i++) fn();
      best = Math.min(best, Number(process.hrtime.bigint() - t0) / n);
    }
    return Math.round(best);
  };
  const out = {};
  for (const op of t.operations()) {
    const found = cases.find((c) => c.request?.op === op && c.expect.ok !== undefined);
    if (!found) continue;
    const args = found.request.args ?? {};
    const textNs = time(() => JSON.parse(t.evaluateJson(JSON.stringify({ op, args }))));
    const objectNs = time(() => wasm.evaluateToObject(op, JSON.stringify(args)));
    out[op] = { textNs, objectNs, objectOverText: Math.round((objectNs / textNs) * 100) / 100 };
  }
  return out;
}

if (process.argv.includes('--objects')) {
  console.log(JSON.stringify(await objectVsText(), null, 2));
  process.exit(0);
}

const results = {
  objectVsTextNsPerOp: await objectVsText(),
  evaluateJsonNsPerOp: await perOpThroughJson(),
  perCallNs: await perCall(),
  coldImportAndFirstSegments: cold("t.segments({ text: 'hello' });"),
  coldImportAndFirstTypedParsePhone: cold("t.parsePhone({ input: '(415) 555-0123' });"),
  coldImportAndFirstFullParserParsePhone: cold("t.parsePhone({ input: '020 7946 0018', default_region: 'GB' });"),
  coldImportAndFirstE164ParsePhone: cold("t.parsePhone({ input: '+14155550123' });"),
  // issue 17: the light entry (telrules/light; the browser entry's module) and its loader.
  coldLightImportAndFirstSegments: cold("t.segments({ text: 'hello' });", lightEntry),
  coldLightImportAndFirstTypedParsePhone: cold("t.parsePhone({ input: '(415) 555-0123' });", lightEntry),
  coldLightImportThenLoaderAndFirstFullParserParsePhone:
    cold("await t.enableInternationalNumbers(); t.parsePhone({ input: '020 7946 0018', default_region: 'GB' });", lightEntry),
};
console.log(JSON.stringify(results, null, 2));
