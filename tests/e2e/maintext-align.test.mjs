// extension/maintext.js, its matching step alone (no browser): Readability's
// texts located among the page's text nodes, in order, long texts anchoring.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { runInNewContext } from 'node:vm';

const src = await readFile(new URL('../../extension/maintext.js', import.meta.url), 'utf8');
const sandbox = {};
sandbox.globalThis = sandbox;
runInNewContext(src, sandbox);
const { align } = sandbox.Sourcelight.mainText;

const long = (n) => `Paragraph ${n} of the article, long enough to anchor the match.`;

test('the article is found in order among navigation and teasers', () => {
  const live = ['Home', 'World', 'Politics', long(1), 'said', long(2), 'Related', long(1)];
  assert.deepEqual([...align([long(1), 'said', long(2)], live)], [3, 4, 5]);
});

test('a short text is looked for between its anchors only, not in the navigation', () => {
  const live = ['Politics', long(1), long(2), 'Politics'];
  assert.deepEqual([...align([long(1), 'Politics', long(2)], live)], [1, 2], 'no "Politics" between the anchors');
  assert.deepEqual([...align([long(1), long(2), 'Politics'], live)], [1, 2, 3], 'after the last anchor, nearby');
});

test('a repeated long text matches its next occurrence, not an earlier one', () => {
  const live = [long(1), long(2), long(1)];
  assert.deepEqual([...align([long(2), long(1)], live)], [1, 2]);
});

test('without a long text nothing is located (the structural rules decide)', () => {
  assert.deepEqual([...align(['said', 'Politics'], ['said', 'Politics'])], []);
});
