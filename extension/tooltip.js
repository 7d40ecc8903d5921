// The tooltip: over a flagged sentence under the pointer (or one the
// keyboard steps to), its categories, cues and their explanations, as text
// only, in paint.js's closed shadow root; hidden on scroll, Escape, or
// when the pointer leaves the page.
(() => {
  'use strict';
  const SL = (globalThis.Sourcelight ??= {});
  if (SL.tooltip) return;
  const { ensureHost, releaseHost } = SL.paint;

  /**
   * The flagged sentence of `units` under the DOM point (node, offset), by
   * binary search in the unit holding it (its `flagged` in document order);
   * null when none, or when `isShown(flagged)` says its categories are off.
   */
  function flaggedAtPoint(units, node, offset, isShown) {
    for (const unit of units) {
      if (!unit.flagged.length || !unit.tops.some((t) => t === node || t.contains(node))) continue;
      const list = unit.flagged;
      let lo = 0, hi = list.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        let c;
        try { c = list[mid].range.comparePoint(node, offset); } catch { return null; }
        if (c === 0) return isShown(list[mid]) ? list[mid] : null;
        if (c < 0) hi = mid - 1; else lo = mid + 1;
      }
    }
    return null;
  }

  /**
   * Starts the tooltip over `units()`: `flagging` (the categories it names),
   * `shown(category)`, `flaggedShown(f)`, `label(category)`, `active()`,
   * `ownScroll()` (true while a scroll is the extension's own jump).
   * Returns {show(f, rect), hide()}.
   */
  function create({ units, flagging, shown, flaggedShown, label, active, ownScroll }) {
    let tipFor = null;

    /** Builds the tooltip of a flagged sentence (text only, never markup). */
    function show(f, rect) {
      ensureHost();
      const tip = SL.paint.tip();
      const parts = [];
      for (const category of flagging) {
        if (!f.s.labels.includes(category) || !shown(category)) continue;
        const head = document.createElement('span');
        head.className = `cat ${category}`;
        head.textContent = label(category);
        parts.push(head);
        for (const cue of f.s.cues.filter((c) => c.category === category)) {
          const p = document.createElement('p');
          const q = document.createElement('span');
          q.className = 'cue';
          q.textContent = cue.text;
          const e = document.createElement('span');
          e.className = 'expl';
          e.textContent = ` — ${cue.explanation}`;
          p.append(q, e);
          parts.push(p);
        }
      }
      if (parts.length === 0) return hide();
      tip.replaceChildren(...parts);
      tip.hidden = false;
      tipFor = f;
      // Below the line, or above it near the bottom of the window.
      const w = Math.min(360, innerWidth - 16);
      const left = Math.max(8, Math.min(rect.left, innerWidth - w - 8));
      tip.style.left = `${left}px`;
      tip.style.maxWidth = `${w}px`;
      tip.style.top = `${rect.bottom + 6}px`;
      tip.style.bottom = '';
      const box = tip.getBoundingClientRect();
      if (box.bottom > innerHeight - 4) {
        tip.style.top = `${Math.max(4, rect.top - box.height - 6)}px`;
      }
    }

    function hide() {
      const tip = SL.paint.tip();
      if (!tip || tip.hidden) return;
      tip.hidden = true;
      tipFor = null;
      tip.replaceChildren();
      releaseHost();
    }

    let pointer = null;
    let pointerFrame = 0;
    function hoverCheck() {
      pointerFrame = 0;
      if (!pointer || !active()) return hide();
      const { x, y } = pointer;
      let node = null, offset = 0;
      if (document.caretPositionFromPoint) {
        const p = document.caretPositionFromPoint(x, y);
        if (p) { node = p.offsetNode; offset = p.offset; }
      } else if (document.caretRangeFromPoint) {
        const r = document.caretRangeFromPoint(x, y);
        if (r) { node = r.startContainer; offset = r.startOffset; }
      }
      const f = node && flaggedAtPoint(units(), node, offset, flaggedShown);
      const rect = f && [...f.range.getClientRects()].find((r) => x >= r.left - 2 && x <= r.right + 2 && y >= r.top - 2 && y <= r.bottom + 2);
      if (!rect) return hide();
      if (tipFor !== f) show(f, rect);
    }
    addEventListener('pointermove', (e) => {
      if (units().length === 0) return;
      pointer = { x: e.clientX, y: e.clientY };
      pointerFrame ||= requestAnimationFrame(hoverCheck);
    }, { passive: true, capture: true });
    addEventListener('scroll', () => { if (!ownScroll()) hide(); }, { passive: true, capture: true });
    addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); }, { passive: true, capture: true });
    document.documentElement.addEventListener('mouseleave', () => { pointer = null; hide(); }, { passive: true });
    return { show, hide };
  }

  SL.tooltip = { create, flaggedAtPoint };
})();
