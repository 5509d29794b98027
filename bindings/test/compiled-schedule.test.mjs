// compileSchedule through the npm package: every business_hours fixture asked again of a
// schedule compiled once must give the one-shot answer, and the JS object surfaces errors
// and instants as the types promise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as telrules from '../node.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/business_hours.json'), 'utf8')).cases;

test('a compiled schedule answers every business_hours fixture as the one-shot op does', () => {
  let asked = 0;
  for (const { request, expect } of fixtures) {
    if (typeof request !== 'object' || !expect.ok) continue;
    const { org, number, at } = request.args;
    const schedule = telrules.compileSchedule({ org, number });
    try {
      assert.deepEqual(schedule.businessHours(at), expect.ok, JSON.stringify(request));
      assert.equal(schedule.isOpen(new Date(at)), expect.ok.open);
      const next = schedule.nextChange(Date.parse(at));
      assert.equal(next === null ? null : next.getTime(), expect.ok.next_change === null ? null : Date.parse(expect.ok.next_change));
      asked++;
    } finally {
      schedule.free();
    }
  }
  assert.ok(asked >= 10, `only ${asked} fixtures asked`);
});

test('open intervals over a week of weekday hours, clipped to the range', () => {
  const schedule = telrules.compileSchedule({
    org: { timezone: 'America/New_York', weekly: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] } },
    number: { exceptions: [{ date: '2026-12-01', closed: true }] },
  });
  // Monday 2026-11-30 12:00 EST to the next Monday 12:00: Monday afternoon, Tuesday is closed,
  // next Monday morning.
  const intervals = schedule.openIntervals('2026-11-30T17:00:00Z', new Date('2026-12-07T17:00:00Z'));
  assert.deepEqual(
    intervals.map((iv) => [iv.from.toISOString(), iv.to.toISOString()]),
    [
      ['2026-11-30T17:00:00.000Z', '2026-11-30T22:00:00.000Z'],
      ['2026-12-07T14:00:00.000Z', '2026-12-07T17:00:00.000Z'],
    ],
  );
  assert.equal(schedule.nextChange('2026-12-08T22:00:00Z').toISOString(), '2026-12-14T14:00:00.000Z');
  schedule.free();
});

test('invalid hours throw TelrulesError with the path under args; bad instants name the argument', () => {
  assert.throws(
    () => telrules.compileSchedule({ org: { timezone: 'UTC', weekly: { mon: [['09:00', '25:00'], ['08:00', '10:00']] } } }),
    (e) => e instanceof telrules.TelrulesError && e.kind === 'invalid_value' && e.path === 'args.org.weekly.mon[1]',
  );
  assert.throws(
    () => telrules.compileSchedule({ org: { timezone: 'UTC' }, extra: 1 }),
    (e) => e instanceof telrules.TelrulesError && e.kind === 'invalid_args',
  );
  const schedule = telrules.compileSchedule({ org: { timezone: 'UTC', force: 'open' } });
  assert.equal(schedule.isOpen(0), true);
  assert.equal(schedule.nextChange(0), null);
  assert.throws(() => schedule.isOpen('not a date'), (e) => e instanceof telrules.TelrulesError && e.path === 'at');
  assert.throws(
    () => schedule.openIntervals('2026-01-01T00:00:00Z', '2027-06-01T00:00:00Z'),
    (e) => e instanceof telrules.TelrulesError && e.path === 'to',
  );
  schedule.free();
});
