// extension/keyboard.js alone (no browser): the step shortcuts walk the
// flagged sentences shown, in order, around the ends, once the reading has
// settled, and not while highlighting is off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { runInNewContext } from 'node:vm';

const src = await readFile(new URL('../../extension/keyboard.js', import.meta.url), 'utf8');
const sandbox = {};
sandbox.globalThis = sandbox;
runInNewContext(src, sandbox);
const { stepped, create } = sandbox.Sourcelight.keyboard;
const plain = (x) => JSON.parse(JSON.stringify(x)); // the sandbox's objects, as plain data

/** Stepping over `list` (or what `list()` gives); `shown` logs each sentence shown. */
function stepper(list, { active = () => true, settled = async () => {} } = {}) {
  const shown = [];
  const keys = create({ flagged: typeof list === 'function' ? list : () => list, settled, active, show: (f) => shown.push(f) });
  return { keys, shown };
}

test('a position moves by one and wraps around both ends', () => {
  assert.equal(stepped(0, 1, 3), 1);
  assert.equal(stepped(2, 1, 3), 0);
  assert.equal(stepped(0, -1, 3), 2);
  assert.equal(stepped(-1, 1, 3), 0, 'the first step forward is the first sentence');
  assert.equal(stepped(-1, -1, 3), 2, 'the first step back is the last');
  assert.equal(stepped(4, 1, 3), 2, 'from past the end of a list that shrank, still in it');
});

test('next steps through the flagged sentences in order, then from the first again', async () => {
  const { keys, shown } = stepper(['a', 'b', 'c']);
  const replies = [];
  for (let k = 0; k < 4; k++) replies.push(plain(await keys.step(1)));
  assert.deepEqual(shown, ['a', 'b', 'c', 'a']);
  assert.deepEqual(replies.map((r) => [r.ok, r.position, r.of]), [[true, 1, 3], [true, 2, 3], [true, 3, 3], [true, 1, 3]]);
  await keys.step(-1);
  assert.equal(shown.at(-1), 'c', 'previous from the first is the last');
});

test('the list is read once the reading has settled, and a reset starts again from the first', async () => {
  let list = ['a'];
  let settle;
  const { keys, shown } = stepper(() => list, { settled: () => new Promise((ok) => { settle = ok; }) });
  const pending = keys.step(1);
  list = ['a', 'b'];
  settle();
  assert.deepEqual(plain(await pending), { ok: true, position: 1, of: 2 });
  const second = keys.step(1);
  settle();
  await second;
  keys.reset();
  const third = keys.step(1);
  settle();
  await third;
  assert.deepEqual(shown, ['a', 'b', 'a']);
});

test('previous, first of all, is the last flagged sentence', async () => {
  const { keys, shown } = stepper(['a', 'b', 'c', 'd']);
  assert.deepEqual(plain(await keys.step(-1)), { ok: true, position: 4, of: 4 });
  await keys.step(-1);
  assert.deepEqual(shown, ['d', 'c']);
});

test('nothing to step to, or highlighting off: no step', async () => {
  const empty = stepper([]);
  assert.deepEqual(plain(await empty.keys.step(1)), { ok: false });
  let on = false;
  const off = stepper(['a'], { active: () => on });
  assert.deepEqual(plain(await off.keys.step(1)), { ok: false });
  assert.deepEqual(off.shown, []);
  on = true;
  assert.equal((await off.keys.step(1)).ok, true);
});
