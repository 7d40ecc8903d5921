// Pages that change: new blocks (infinite scroll, live blogs, hydration)
// become units of their own, a change inside a unit reads that unit again,
// and the main text leaving the document (SPA navigation) reads the page
// anew. Changes are taken together once they settle; text typed in fields
// changes no DOM and triggers nothing.
(() => {
  'use strict';
  const SL = (globalThis.Sourcelight ??= {});
  if (SL.changes) return;
  const { inFurniture, paraText, PARAGRAPHS } = SL.mainText; // maintext.js

  const DEBOUNCE_MS = 500; // after the last DOM change...
  const MAX_WAIT_MS = 2000; // ...but no later than this after the first
  const MAX_REREADS = 20; // per unit: a ticker inside the article stops being followed
  const MAX_QUEUE = 20_000; // mutation records kept while highlighting is off

  /** How long to wait, at `now`, for changes that began at `first` to settle. */
  function settleDelay(now, first) {
    return Math.max(0, Math.min(DEBOUNCE_MS, first + MAX_WAIT_MS - now));
  }

  /** The innermost live unit whose tops hold `node` (`topOwner`: top node → unit). */
  function ownerOf(node, topOwner) {
    for (let n = node; n; n = n.parentNode) {
      const u = topOwner.get(n);
      if (u && !u.dropped) return u;
    }
    return null;
  }

  /**
   * Added blocks as the tops of new units: the outermost still in the
   * document, in document order, one group per run of siblings.
   */
  function siblingRuns(added) {
    const fresh = added.filter((n) => n.isConnected && !added.some((m) => m !== n && m.contains(n)));
    fresh.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const groups = [];
    for (const n of fresh) {
      const g = groups[groups.length - 1];
      if (g && g[0].parentNode === n.parentNode) g.push(n); else groups.push([n]);
    }
    return groups;
  }

  const isBlockish = (node) => node.nodeType === Node.ELEMENT_NODE &&
    (!getComputedStyle(node).display.startsWith('inline') || node.querySelector(PARAGRAPHS));

  /** Outside the main text, an added block counts if it is an article or paragraphs of text. */
  function articleLike(node) {
    if (node.nodeType !== Node.ELEMENT_NODE) return false;
    if (node.localName === 'article' || node.closest('article') != null) return true;
    return (node.matches(PARAGRAPHS) ? node.textContent.length : paraText(node)) >= 60;
  }

  /**
   * Watches the page for the content script: `root()` (the main text),
   * `units()`, `topOwner` and `textOwner` (top node, text node → unit) are
   * its reading; `active()` and `started()` its state. It calls `reset()`
   * when the page must be read anew, `drop(unit)` for a unit gone from the
   * document, `schedule(unit)` to read one (again), `newUnit(tops)` for
   * added blocks. Returns {observe(), catchUp()}.
   */
  function create({ root, units, topOwner, textOwner, active, started, reset, drop, schedule, newUnit }) {
    let records = [];
    let overflow = false;
    let debounceTimer = 0;
    let firstChange = 0;
    let observing = false;
    const observer = new MutationObserver((list) => {
      if (records.length + list.length > MAX_QUEUE) overflow = true;
      else records.push(...list);
      if (!active() || !started()) return;
      const now = performance.now();
      if (!debounceTimer) firstChange = now;
      clearTimeout(debounceTimer);
      debounceTimer = setTimeout(process, settleDelay(now, firstChange));
    });

    /** Whether a unit already read this node's text (added while a read was under way). */
    function alreadyRead(node) {
      const first = node.nodeType === Node.TEXT_NODE ? node
        : document.createTreeWalker(node, NodeFilter.SHOW_TEXT, { acceptNode: (t) => (t.data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) }).nextNode();
      const u = first && textOwner.get(first);
      return Boolean(u && !u.dropped);
    }

    function process() {
      debounceTimer = 0;
      const list = records;
      records = [];
      if (!active()) return;
      const main = root();
      if (overflow || !main?.isConnected) { overflow = false; return reset(); }
      const dirty = new Set();
      const added = new Set();
      for (const r of list) {
        if (r.type === 'characterData') {
          const u = textOwner.get(r.target) ?? ownerOf(r.target, topOwner);
          if (u) dirty.add(u);
          continue;
        }
        if (r.removedNodes.length) {
          const u = ownerOf(r.target, topOwner);
          if (u) dirty.add(u);
        }
        for (const node of r.addedNodes) {
          if (!node.isConnected || (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.TEXT_NODE)) continue;
          if (node.nodeType === Node.TEXT_NODE && node.data.trim() === '') continue;
          const inside = main.contains(node);
          if (inside ? inFurniture(node, main) : inFurniture(node, document.body)) continue;
          if (!inside && !articleLike(node)) continue; // outside the article: only article-like blocks
          if (alreadyRead(node)) continue;
          if (isBlockish(node)) added.add(node);
          else { const u = ownerOf(node, topOwner); if (u) dirty.add(u); else added.add(node.parentElement ?? node); }
        }
      }
      for (const unit of [...units()]) {
        if (!unit.tops.some((t) => t.isConnected)) drop(unit);
        else unit.tops = unit.tops.filter((t) => t.isConnected);
      }
      for (const unit of dirty) {
        if (unit.dropped || unit.rereads >= MAX_REREADS) continue;
        unit.rereads += 1;
        unit.dirty = true;
        schedule(unit);
      }
      for (const g of siblingRuns([...added])) schedule(newUnit(g));
    }

    return {
      /** Starts watching the page (once, when it has a body). */
      observe() {
        if (observing || !document.body) return;
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        observing = true;
      },
      /** Reads what changed while highlighting was off. */
      catchUp() {
        if (records.length || overflow) process();
      },
    };
  }

  SL.changes = { settleDelay, ownerOf, siblingRuns, create };
})();
