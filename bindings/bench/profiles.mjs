// Figures for BENCHMARKS.md (issue 17): one WebAssembly module of one build profile, under
// Node. Prints JSON: size raw and gzipped, cold start (fresh process: import + instantiate
// + first answer), and nanoseconds per call through evaluateJson for one request per op.
// scripts/bench-wasm-profiles runs it for every module x profile.
//   node bindings/bench/profiles.mjs <dir with NAME.js and NAME_bg.wasm> <NAME>
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [dir, name] = process.argv.slice(2);
const glue = pathToFileURL(path.resolve(dir, `${name}.js`)).href;
const wasmPath = path.resolve(dir, `${name}_bg.wasm`);
const bytes = readFileSync(wasmPath);

// The requests: per op, the first fixture answered `ok` that needs no international
// parser (so the light and the full module run the same request), plus one request that
// does, for the full module.
const fixtures = new URL('../../tests/fixtures/', import.meta.url);
const cases = readdirSync(fixtures).filter((f) => f.endsWith('.json')).sort()
  .flatMap((f) => JSON.parse(readFileSync(new URL(f, fixtures), 'utf8')).cases)
  .filter((c) => !c.held_back && typeof c.request === 'object' && c.expect.ok !== undefined);

const m = await import(glue);
m.initSync({ module: bytes });
const light = !m.evaluateJson('{"op":"parse_phone","args":{"input":"+442079460018"}}').startsWith('{"ok"');
const needsFull = (request) => m.evaluateJson(request).includes('"international_parser_not_loaded"');

const requests = {};
for (const op of m.opNames().split(',')) {
  const found = cases.find((c) => c.request.op === op && (!light || !needsFull(JSON.stringify(c.request))));
  if (found) requests[op] = JSON.stringify(found.request);
}
if (!light) requests['parse_phone (international)'] = '{"op":"parse_phone","args":{"input":"020 7946 0018","default_region":"GB"}}';

// Short runs: the machine is shared. Median of 5 batches of >= 20 ms each.
function nsPerCall(request) {
  for (let i = 0; i < 200; i++) m.evaluateJson(request);
  let n = 1;
  for (;;) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) m.evaluateJson(request);
    if (Number(process.hrtime.bigint() - t0) > 20e6) break;
    n *= 2;
  }
  const runs = [];
  for (let r = 0; r < 5; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) m.evaluateJson(request);
    runs.push(Number(process.hrtime.bigint() - t0) / n);
  }
  return Math.round(runs.sort((a, b) => a - b)[2]);
}

const perCallNs = {};
for (const [op, request] of Object.entries(requests)) perCallNs[op] = nsPerCall(request);

// Cold start in fresh processes: import the glue, compile + instantiate, first answer.
function cold(request) {
  const script = `import { readFileSync } from 'node:fs';
const t0 = process.hrtime.bigint();
const m = await import(${JSON.stringify(glue)});
m.initSync({ module: readFileSync(${JSON.stringify(wasmPath)}) });
const t1 = process.hrtime.bigint();
m.evaluateJson(${JSON.stringify(request)});
const t2 = process.hrtime.bigint();
console.log(JSON.stringify([Number(t1 - t0) / 1e6, Number(t2 - t1) / 1e6]));`;
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script]).toString()));
  const median = (xs) => xs.sort((a, b) => a - b)[2];
  return { instantiateMs: +median(runs.map((r) => r[0])).toFixed(1), firstAnswerMs: +median(runs.map((r) => r[1])).toFixed(2) };
}

console.log(JSON.stringify({
  name,
  rawBytes: bytes.length,
  gzipBytes: gzipSync(bytes, { level: 9 }).length,
  coldSegments: cold('{"op":"segments","args":{"text":"hello"}}'),
  coldParsePhoneUs: cold('{"op":"parse_phone","args":{"input":"(415) 555-0123"}}'),
  ...(light ? {} : { coldParsePhoneGb: cold('{"op":"parse_phone","args":{"input":"020 7946 0018","default_region":"GB"}}') }),
  perCallNs,
}));
