// Issue 17: the same module built at several profiles, timed side by side in ONE Node
// process, interleaved (each op: profile A, B, C, A, B, C, ... in short batches) and
// summarised by the fastest batch, so load from other processes on a shared machine skews
// every profile alike. Prints a JSON table of ns per call and the ratio to the first dir.
//   node bindings/bench/profiles-compare.mjs NAME DIR_Z DIR_S DIR_O2 ...
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [name, ...dirs] = process.argv.slice(2);
const modules = [];
for (const dir of dirs) {
  const m = await import(pathToFileURL(path.resolve(dir, `${name}.js`)).href);
  m.initSync({ module: readFileSync(path.resolve(dir, `${name}_bg.wasm`)) });
  modules.push(m);
}
const first = modules[0];
const light = !first.evaluateJson('{"op":"parse_phone","args":{"input":"+442079460018"}}').startsWith('{"ok"');
const fixtures = new URL('../../tests/fixtures/', import.meta.url);
const cases = readdirSync(fixtures).filter((f) => f.endsWith('.json')).sort()
  .flatMap((f) => JSON.parse(readFileSync(new URL(f, fixtures), 'utf8')).cases)
  .filter((c) => !c.held_back && typeof c.request === 'object' && c.expect.ok !== undefined);
const requests = {};
for (const op of first.opNames().split(',')) {
  const found = cases.find((c) => c.request.op === op
    && !first.evaluateJson(JSON.stringify(c.request)).includes('"international_parser_not_loaded"'));
  if (found) requests[op] = JSON.stringify(found.request);
}
if (!light) requests['parse_phone (international)'] = '{"op":"parse_phone","args":{"input":"020 7946 0018","default_region":"GB"}}';

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const out = {};
for (const [op, request] of Object.entries(requests)) {
  for (const m of modules) for (let i = 0; i < 100; i++) m.evaluateJson(request);
  // A batch of about 10 ms on the first module.
  let n = 1;
  for (;;) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) first.evaluateJson(request);
    if (Number(process.hrtime.bigint() - t0) > 10e6) break;
    n *= 2;
  }
  const best = modules.map(() => Infinity);
  for (let r = 0; r < ROUNDS; r++) {
    modules.forEach((m, k) => {
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < n; i++) m.evaluateJson(request);
      best[k] = Math.min(best[k], Number(process.hrtime.bigint() - t0) / n);
    });
  }
  out[op] = { ns: best.map(Math.round), ratio: best.map((b) => +(b / best[0]).toFixed(2)) };
}
console.log(JSON.stringify({ name, dirs, loadavg: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '), ops: out }));
