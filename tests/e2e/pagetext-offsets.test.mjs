// extension/pagetext.js, its way back from the text to the DOM alone (no
// browser): a text offset falls in a segment, or on a "\n" the reading put
// between blocks, and a span maps to the text node positions that hold it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { runInNewContext } from 'node:vm';

const src = await readFile(new URL('../../extension/pagetext.js', import.meta.url), 'utf8');
const sandbox = { performance, Sourcelight: { mainText: { isFurniture: () => false, SKIP: new Set() } } };
sandbox.globalThis = sandbox;
runInNewContext(src, sandbox);
const { segmentAt, startPoint, endPoint } = sandbox.Sourcelight.pageText;

// "Headline\nFirst para." read from three text nodes: h (Headline), p1 ("First "), p2 ("para.").
const h = { name: 'h' }, p1 = { name: 'p1' }, p2 = { name: 'p2' };
const segments = [
  { at: 0, node: h, offset: 0, len: 8 }, // "Headline"; text[8] is the synthetic "\n"
  { at: 9, node: p1, offset: 2, len: 6 }, // "First " (the node starts with two spaces the reading collapsed)
  { at: 15, node: p2, offset: 0, len: 5 }, // "para."
];

test('an offset falls in the last segment starting at or before it', () => {
  assert.equal(segmentAt(segments, 0), 0);
  assert.equal(segmentAt(segments, 8), 0, 'the "\\n" after the headline');
  assert.equal(segmentAt(segments, 9), 1);
  assert.equal(segmentAt(segments, 19), 2);
  assert.equal(segmentAt([], 3), -1);
});

test('a start on the synthetic "\\n" begins at the next text node', () => {
  assert.deepEqual({ ...startPoint(segments, 8) }, { node: p1, offset: 2 });
  assert.deepEqual({ ...startPoint(segments, 10) }, { node: p1, offset: 3 }, 'offsets inside a node keep its collapsed spaces');
  assert.equal(startPoint(segments, 20), null, 'past the end');
});

test('an end lands just after the last real character before it', () => {
  assert.deepEqual({ ...endPoint(segments, 8) }, { node: h, offset: 8 }, 'the headline ends before the "\\n"');
  assert.deepEqual({ ...endPoint(segments, 20) }, { node: p2, offset: 5 });
  assert.equal(endPoint(segments, 0), null);
});
