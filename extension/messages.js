// The content script's messages: its requests to the service worker (sent
// again when the worker stopped before answering) and its answers to the
// popup and the keyboard commands. No state, and no `chrome.*` but what it
// is handed, so Node tests run it with stubs.
(() => {
  'use strict';
  const SL = (globalThis.Sourcelight ??= {});
  if (SL.messages) return;

  // The browser stops an idle service worker (Chrome after about 30 s) and
  // may stop it with a request still open: the reply never comes and the
  // call rejects. A message starts a new worker, so the request is sent
  // again; an {ok: false} reply is an answer and is not.
  const RESEND = [100, 500, 2000]; // ms before each new try

  /**
   * `ask(message)`: `send(message)`'s answer, sent again after each delay of
   * `resend` while it rejects; it gives up at once when `alive()` says the
   * extension is gone (updated, removed).
   */
  function asker({ send, alive, wait = (ms) => new Promise((ok) => setTimeout(ok, ms)), resend = RESEND }) {
    return async function ask(message) {
      for (let tries = 0; ; tries++) {
        try {
          return await send(message);
        } catch (err) {
          if (tries >= resend.length || !alive()) throw err;
          await wait(resend[tries]);
        }
      }
    };
  }

  /**
   * A `runtime.onMessage` listener: `handlers[m.kind](m)` answers a message
   * of this extension (`ownId()`) as {ok: true, result} or {ok: false,
   * error}; any other message is left to other listeners.
   */
  function answerer(handlers, ownId) {
    return (m, sender, sendResponse) => {
      const handler = Object.hasOwn(handlers, m?.kind) ? handlers[m.kind] : null;
      if (!handler || sender?.id !== ownId()) return false;
      Promise.resolve()
        .then(() => handler(m))
        .then(
          (result) => sendResponse({ ok: true, result }),
          (err) => sendResponse({ ok: false, error: String(err?.message ?? err) }),
        );
      return true; // the answer comes later
    };
  }

  SL.messages = { RESEND, asker, answerer };
})();
