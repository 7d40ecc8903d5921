// The keyboard commands' stepping (Alt+Shift+J / K, sent by the worker as
// {kind: 'step', delta}): the next or previous flagged sentence of the
// page, in document order, flashed with its tooltip; past the last it
// starts again from the first.
(() => {
  'use strict';
  const SL = (globalThis.Sourcelight ??= {});
  if (SL.keyboard) return;

  /** The position after `cursor` moved by `delta` among `length`, wrapping around (-1: none yet). */
  function stepped(cursor, delta, length) {
    if (cursor < 0) return delta > 0 ? 0 : length - 1; // the first step: the first sentence, or back to the last
    return (((cursor + delta) % length) + length) % length;
  }

  /**
   * Starts stepping over `flagged()` (the flagged sentences shown, in
   * document order, once `settled()` resolves): `show(f)` flashes one and
   * shows its tooltip; nothing while `active()` is false.
   * Returns {step(delta), reset()}.
   */
  function create({ flagged, settled, show, active }) {
    let cursor = -1;
    return {
      async step(delta) {
        if (!active()) return { ok: false };
        await settled();
        const list = flagged();
        if (list.length === 0) return { ok: false };
        cursor = stepped(cursor, delta, list.length);
        show(list[cursor]);
        return { ok: true, position: cursor + 1, of: list.length };
      },
      /** A new page: the next step starts from its first (or last) sentence. */
      reset() {
        cursor = -1;
      },
    };
  }

  SL.keyboard = { stepped, create };
})();
