// Compile once, ask many: per-question cost of a compiled telrules schedule through the npm
// package, side by side with opening_hours.js on a pre-parsed schedule, in one Node process.
// Run after scripts/build-wasm:  node bindings/bench/schedule-bench.mjs
//
// opening_hours.js evaluates in the process's local zone, so the process runs in the
// schedule's zone (TZ set before the first Date is made). Both libraries get the same
// schedule and the same instants, and the script checks they give the same answers before
// it times anything.
process.env.TZ = 'America/New_York';

const { default: OpeningHours } = await import('opening_hours');
const telrules = await import(new URL('../node.js', import.meta.url).href);

// A dental practice: weekdays with a lunch break, Saturday mornings, two holidays.
const hours = {
  timezone: 'America/New_York',
  weekly: {
    mon: [['08:00', '12:00'], ['13:00', '17:00']],
    tue: [['08:00', '12:00'], ['13:00', '17:00']],
    wed: [['08:00', '12:00'], ['13:00', '17:00']],
    thu: [['08:00', '12:00'], ['13:00', '19:00']],
    fri: [['08:00', '12:00'], ['13:00', '16:00']],
    sat: [['09:00', '13:00']],
  },
  exceptions: [
    { date: '2026-12-25', closed: true, label: 'Christmas' },
    { date: '2027-01-01', closed: true, label: 'New Year' },
  ],
};
const ohText =
  'Mo-We 08:00-12:00,13:00-17:00; Th 08:00-12:00,13:00-19:00; Fr 08:00-12:00,13:00-16:00; ' +
  'Sa 09:00-13:00; 2026 Dec 25 off; 2027 Jan 01 off';

const oh = new OpeningHours(ohText);
const compiled = telrules.compileSchedule({ org: hours });

// 10,000 instants over a year (deterministic), on whole seconds.
const start = Date.UTC(2026, 10, 1);
const instants = [];
let seed = 12345;
for (let i = 0; i < 10000; i++) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  instants.push(new Date(start + Math.floor((seed / 2147483648) * 365 * 86400) * 1000));
}

// Same answers first: a benchmark of two libraries that disagree would mean nothing.
let stateMismatch = 0;
let changeMismatch = 0;
for (const at of instants) {
  if (oh.getState(at) !== compiled.isOpen(at)) stateMismatch++;
  const a = oh.getNextChange(at);
  const b = compiled.nextChange(at);
  if ((a ? a.getTime() : null) !== (b ? b.getTime() : null)) changeMismatch++;
}
const weekFrom = new Date('2026-12-21T00:00:00-05:00');
const weekTo = new Date('2026-12-28T00:00:00-05:00');
const ohWeek = oh.getOpenIntervals(weekFrom, weekTo).map(([f, t]) => `${f.toISOString()}/${t.toISOString()}`);
const trWeek = compiled.openIntervals(weekFrom, weekTo).map((iv) => `${iv.from.toISOString()}/${iv.to.toISOString()}`);
const weekAgrees = JSON.stringify(ohWeek) === JSON.stringify(trWeek);

function perQuestion(fn, rounds = 3) {
  for (const at of instants.slice(0, 2000)) fn(at); // warm up
  const runs = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (const at of instants) fn(at);
    runs.push(Number(process.hrtime.bigint() - t0) / instants.length);
  }
  return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)];
}

function perCall(fn, n) {
  for (let i = 0; i < Math.min(n, 50); i++) fn();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  return Number(process.hrtime.bigint() - t0) / n;
}

let sink = 0;
const results = {
  'open at t?': {
    telrules: perQuestion((at) => { sink ^= compiled.isOpen(at) ? 1 : 0; }),
    opening_hours: perQuestion((at) => { sink ^= oh.getState(at) ? 1 : 0; }),
  },
  'next change after t': {
    telrules: perQuestion((at) => { sink ^= compiled.nextChange(at) ? 1 : 0; }),
    opening_hours: perQuestion((at) => { sink ^= oh.getNextChange(at) ? 1 : 0; }),
  },
  'open intervals over a week': {
    telrules: perCall(() => { sink ^= compiled.openIntervals(weekFrom, weekTo).length; }, 2000),
    opening_hours: perCall(() => { sink ^= oh.getOpenIntervals(weekFrom, weekTo).length; }, 2000),
  },
  'one-shot businessHours (parses the schedule every call)': {
    telrules: perQuestion((at) => { sink ^= telrules.businessHours({ org: hours, at: at.toISOString() }).open ? 1 : 0; }, 1),
  },
  'compile (once per schedule)': {
    telrules: perCall(() => telrules.compileSchedule({ org: hours }).free(), 2000),
    opening_hours: perCall(() => new OpeningHours(ohText), 2000),
  },
};

console.log(`Node ${process.version}; ${instants.length} instants over a year; schedule: ${ohText}`);
console.log(`agreement: getState vs isOpen mismatches ${stateMismatch}, getNextChange vs nextChange mismatches ${changeMismatch}, week intervals equal: ${weekAgrees}`);
console.log('| question | telrules (ns) | opening_hours.js (ns) | opening_hours ÷ telrules |');
console.log('|---|---:|---:|---:|');
for (const [name, r] of Object.entries(results)) {
  const ratio = r.opening_hours ? (r.opening_hours / r.telrules).toFixed(1) : '';
  console.log(`| ${name} | ${r.telrules.toFixed(0)} | ${r.opening_hours ? r.opening_hours.toFixed(0) : '-'} | ${ratio} |`);
}
compiled.free();
if (sink === 42) console.log('');
