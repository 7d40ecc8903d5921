// extension/messages.js alone (no browser): a request to the worker is sent
// again while the worker stops before answering, and only this extension's
// messages of a known kind are answered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { runInNewContext } from 'node:vm';

const src = await readFile(new URL('../../extension/messages.js', import.meta.url), 'utf8');
const sandbox = { setTimeout, Promise };
sandbox.globalThis = sandbox;
runInNewContext(src, sandbox);
const { asker, answerer } = sandbox.Sourcelight.messages;
// Objects made in the sandbox have its prototypes: compared as plain data.
const plain = (x) => JSON.parse(JSON.stringify(x));
const RESEND = plain(sandbox.Sourcelight.messages.RESEND);

/** An `ask` whose sends fail `failures` times, then answer; what it waited is logged. */
function flaky(failures, { alive = () => true } = {}) {
  const log = { sent: 0, waited: [] };
  const ask = asker({
    send: async (m) => {
      log.sent += 1;
      if (log.sent <= failures) throw new Error('the worker stopped');
      return { ok: true, echo: m };
    },
    alive,
    wait: async (ms) => { log.waited.push(ms); },
  });
  return { ask, log };
}

test('a request whose worker stopped is sent again after each delay, then answered', async () => {
  const { ask, log } = flaky(2);
  assert.deepEqual(await ask({ kind: 'analyze' }), { ok: true, echo: { kind: 'analyze' } });
  assert.equal(log.sent, 3);
  assert.deepEqual(log.waited, RESEND.slice(0, 2));
});

test('after the last delay the failure is the caller’s', async () => {
  const { ask, log } = flaky(Infinity);
  await assert.rejects(ask({ kind: 'analyze' }), /the worker stopped/);
  assert.equal(log.sent, RESEND.length + 1);
  assert.deepEqual(log.waited, RESEND);
});

test('an extension that is gone (updated, removed) is not asked again', async () => {
  const { ask, log } = flaky(Infinity, { alive: () => false });
  await assert.rejects(ask({ kind: 'badge' }));
  assert.equal(log.sent, 1);
  assert.deepEqual(log.waited, []);
});

test('an {ok: false} reply is an answer, not a failure', async () => {
  const ask = asker({ send: async () => ({ ok: false, error: 'unknown language' }), alive: () => true, wait: assert.fail });
  assert.deepEqual(await ask({}), { ok: false, error: 'unknown language' });
});

/** Calls `listener` as the browser would; resolves with {kept, reply} (reply once sent). */
function deliver(listener, message, sender) {
  return new Promise((done) => {
    let kept;
    kept = listener(message, sender, (reply) => done({ kept, reply }));
    if (!kept) done({ kept, reply: undefined });
  });
}

test('this extension’s messages of a known kind get the handler’s result or its error', async () => {
  const seen = [];
  const listener = answerer({
    summary: async (m) => { seen.push(m.kind); return { sentences: 3 }; },
    jump: async () => { throw new Error('no such sentence'); },
  }, () => 'own-id');
  assert.deepEqual(plain(await deliver(listener, { kind: 'summary' }, { id: 'own-id' })), { kept: true, reply: { ok: true, result: { sentences: 3 } } });
  assert.deepEqual(plain(await deliver(listener, { kind: 'jump', index: '0:9' }, { id: 'own-id' })), { kept: true, reply: { ok: false, error: 'no such sentence' } });
  assert.deepEqual(seen, ['summary']);
});

test('other extensions’ messages, unknown kinds and non-objects are left alone', async () => {
  let called = 0;
  const listener = answerer({ summary: async () => { called += 1; } }, () => 'own-id');
  for (const [message, sender] of [
    [{ kind: 'summary' }, { id: 'another-extension' }],
    [{ kind: 'summary' }, {}],
    [{ kind: 'unknown' }, { id: 'own-id' }],
    [{ kind: 'toString' }, { id: 'own-id' }], // not a handler, though every object has one
    [{ kind: 'constructor' }, { id: 'own-id' }],
    [null, { id: 'own-id' }],
    ['summary', { id: 'own-id' }],
  ]) {
    assert.equal((await deliver(listener, message, sender)).kept, false, JSON.stringify(message));
  }
  assert.equal(called, 0);
});
