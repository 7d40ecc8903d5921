// extension/changes.js, its decisions alone (no browser): when a burst of
// changes is taken, which unit a changed node belongs to, and how added
// blocks become the tops of new units.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { runInNewContext } from 'node:vm';

const src = await readFile(new URL('../../extension/changes.js', import.meta.url), 'utf8');
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const sandbox = { Node: { DOCUMENT_POSITION_FOLLOWING: FOLLOWING, ELEMENT_NODE: 1, TEXT_NODE: 3 }, Sourcelight: { mainText: {} } };
sandbox.globalThis = sandbox;
runInNewContext(src, sandbox);
const { settleDelay, ownerOf, siblingRuns } = sandbox.Sourcelight.changes;

/** A tree of named nodes, in document order, with the few DOM methods the code calls. */
function tree(spec, parent = null, all = []) {
  const [name, ...children] = spec;
  const n = { name, parentNode: parent, isConnected: true };
  all.push(n);
  n.contains = (m) => { for (let x = m; x; x = x.parentNode) if (x === n) return true; return false; };
  n.compareDocumentPosition = (m) => (all.indexOf(m) > all.indexOf(n) ? FOLLOWING : 2);
  for (const c of children) tree(c, n, all);
  return Object.fromEntries(all.map((x) => [x.name, x]));
}

test('a burst of changes is taken half a second after the last, two seconds after the first at most', () => {
  assert.equal(settleDelay(1000, 1000), 500);
  assert.equal(settleDelay(2400, 1000), 500);
  assert.equal(settleDelay(2800, 1000), 200);
  assert.equal(settleDelay(3500, 1000), 0);
});

test('a node belongs to the innermost unit still read whose tops hold it', () => {
  const n = tree(['body', ['main', ['p1', ['t1']], ['aside', ['t2']]], ['footer']]);
  const page = { dropped: false }, block = { dropped: false }, gone = { dropped: true };
  const owners = new Map([[n.main, page], [n.p1, block], [n.aside, gone]]);
  assert.equal(ownerOf(n.t1, owners), block);
  assert.equal(ownerOf(n.t2, owners), page, 'a dropped unit is passed over');
  assert.equal(ownerOf(n.footer, owners), null);
});

test('added blocks: outermost only, in document order, one group per run of siblings', () => {
  const n = tree(['body', ['feed', ['a1', ['a1p']], ['a2'], ['a3']], ['more', ['b1'], ['b2']]]);
  n.b2.isConnected = false; // added, then removed before the changes were taken
  const groups = siblingRuns([n.b1, n.a2, n.a1p, n.a1, n.b2]);
  // Arrays of the sandbox, compared as plain data.
  assert.deepEqual(JSON.parse(JSON.stringify(groups.map((g) => g.map((x) => x.name)))), [['a1', 'a2'], ['b1']]);
  assert.equal(siblingRuns([]).length, 0);
});
