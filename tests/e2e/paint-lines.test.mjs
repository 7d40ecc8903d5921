// extension/paint.js, its fallback's line boxes alone (no browser): the
// client rects of a range (Chromium gives about one per word) joined into
// one box per line, empty rects dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { runInNewContext } from 'node:vm';

const src = await readFile(new URL('../../extension/paint.js', import.meta.url), 'utf8');
const sandbox = {};
sandbox.globalThis = sandbox;
runInNewContext(src, sandbox);
const { lineBoxes } = sandbox.Sourcelight.paint;

const rect = (left, top, width, height = 20) => ({ left, top, width, height, right: left + width, bottom: top + height });
const range = (...rects) => ({ getClientRects: () => rects });

test('the words of a line make one box, each line its own', () => {
  const boxes = lineBoxes(range(rect(10, 100, 40), rect(55, 100, 30), rect(90, 100, 50), rect(10, 124, 60)));
  assert.deepEqual(JSON.parse(JSON.stringify(boxes)), [
    { left: 10, top: 100, width: 130, height: 20 },
    { left: 10, top: 124, width: 60, height: 20 },
  ]);
});

test('empty rects are dropped; words far apart on one line stay apart (two columns)', () => {
  const boxes = lineBoxes(range(rect(10, 100, 0), rect(10, 100, 40), rect(400, 100, 40), rect(60, 100, 30, 0)));
  assert.deepEqual([...boxes.map((b) => b.left)], [10, 400]);
});
