// extension/tooltip.js, finding the flagged sentence under the pointer alone
// (no browser): a binary search over each unit's flagged ranges, in the unit
// that holds the point, none when its categories are turned off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { runInNewContext } from 'node:vm';

const src = await readFile(new URL('../../extension/tooltip.js', import.meta.url), 'utf8');
const sandbox = { Sourcelight: { paint: {} } };
sandbox.globalThis = sandbox;
runInNewContext(src, sandbox);
const { flaggedAtPoint } = sandbox.Sourcelight.tooltip;

// A unit's text as one node; a flagged sentence is [start, end) in it, ranges compare points by offset.
const node = (name) => ({ name, contains: () => false });
const flagged = (n, start, end, labels = ['anonymous_source']) => ({
  s: { labels },
  range: { comparePoint: (at, offset) => (at !== n ? NaN : offset < start ? -1 : offset >= end ? 1 : 0) },
  start,
});
const a = node('a'), b = node('b');
const units = [
  { tops: [a], flagged: [flagged(a, 0, 10), flagged(a, 20, 30), flagged(a, 40, 50, ['unverified']), flagged(a, 60, 70)] },
  { tops: [b], flagged: [flagged(b, 5, 15)] },
];
const all = () => true;

test('the sentence under the point, in the unit that holds it', () => {
  for (const [offset, start] of [[0, 0], [25, 20], [49, 40], [69, 60]]) {
    assert.equal(flaggedAtPoint(units, a, offset, all)?.start, start, `offset ${offset}`);
  }
  assert.equal(flaggedAtPoint(units, b, 7, all)?.start, 5);
});

test('between flagged sentences, or outside every unit, there is none', () => {
  assert.equal(flaggedAtPoint(units, a, 15, all), null);
  assert.equal(flaggedAtPoint(units, a, 75, all), null);
  assert.equal(flaggedAtPoint(units, node('elsewhere'), 3, all), null);
});

test('a sentence whose categories are turned off shows nothing', () => {
  const noUnverified = (f) => !f.s.labels.includes('unverified');
  assert.equal(flaggedAtPoint(units, a, 45, noUnverified), null);
  assert.equal(flaggedAtPoint(units, a, 25, noUnverified)?.start, 20);
});
