// The text of a unit of the page and the way back: the visible text of its
// nodes as one string with a table of segments (text offsets → text node
// offsets), read in slices of a few milliseconds so that the content script
// never makes a long task; a DOM Range for any span of that string.
(() => {
  'use strict';
  const SL = (globalThis.Sourcelight ??= {});
  if (SL.pageText) return;
  const { isFurniture, SKIP } = SL.mainText;
  const SLICE_MS = 8; // work done between two yields to the page

  const ASCII_SPACE = /[ \t\n\r\f]+/g; // what HTML collapses; NBSP stays as it is

  // Work is done in slices: SLICE_MS, or up to 40 ms when the browser says
  // it is idle (requestIdleCallback's deadline), never a long task (50 ms).
  let sliceStart = performance.now();
  let sliceBudget = SLICE_MS;
  /** Starts a slice: work from now on yields after SLICE_MS. */
  const newSlice = () => { sliceStart = performance.now(); };
  const nextSlice = () => new Promise((ok) =>
    (typeof requestIdleCallback === 'function' ? requestIdleCallback(ok, { timeout: 50 }) : setTimeout(ok, 0)));
  /** Yields to the page when this slice has used its time. */
  async function maybeYield() {
    if (performance.now() - sliceStart < sliceBudget) return;
    const deadline = await nextSlice();
    sliceStart = performance.now();
    const idle = deadline && !deadline.didTimeout ? deadline.timeRemaining() : 0;
    sliceBudget = Math.max(SLICE_MS, Math.min(40, idle));
  }

  const BREAK = {};

  /**
   * The visible text of `unit.tops` as one string, with a table back to the
   * DOM. Runs of HTML white space become one " "; a "\n" stands between
   * block boxes so that headlines and paragraphs are separate sentences.
   * Each segment maps `text.slice(at, at + len)` to
   * `node.data.slice(offset, offset + len)`. Tops of other units are skipped.
   * `article`: Readability's (maintext.js find) or null; `topOwner`: top
   * node → unit; `textOwner`: text node → the unit that read it (set here);
   * `own`: the extension's own element, never read.
   */
  async function read(unit, { article, topOwner, textOwner, own }) {
    const segments = [];
    // Pieces joined once at the end: indexing a string built by += flattens it
    // each time, which made reading quadratic on huge pages.
    const pieces = [];
    let length = 0;
    let tail = ''; // the last character so far
    const push = (node, offset, piece) => {
      const last = segments[segments.length - 1];
      if (last && last.node === node && last.offset + last.len === offset && last.at + last.len === length) {
        last.len += piece.length;
      } else {
        segments.push({ at: length, node, offset, len: piece.length });
      }
      pieces.push(piece);
      length += piece.length;
      tail = piece[piece.length - 1];
    };
    const breakLine = () => {
      if (length === 0) return;
      const last = segments[segments.length - 1];
      if (tail === ' ' && pieces[pieces.length - 1] === ' ' && last?.at + last?.len === length) {
        if (--last.len === 0) segments.pop(); // a trailing space before a break says nothing
        pieces.pop();
        length -= 1;
        const prev = pieces[pieces.length - 1];
        tail = prev ? prev[prev.length - 1] : '';
      }
      if (length > 0 && tail !== '\n') { pieces.push('\n'); length += 1; tail = '\n'; }
    };
    const addText = (node) => {
      textOwner.set(node, unit);
      const data = node.data;
      let i = 0;
      for (const m of data.matchAll(ASCII_SPACE)) {
        if (m.index > i) push(node, i, data.slice(i, m.index));
        if (tail !== '' && tail !== ' ' && tail !== '\n') push(node, m.index, ' ');
        i = m.index + m[0].length;
      }
      if (i < data.length) push(node, i, data.slice(i));
    };
    // A page hidden whole until its scripts run (an anti-flicker `visibility: hidden`
    // on <body>) is read as it will show; otherwise hidden text is not read.
    const top = unit.tops.find((t) => t.nodeType === Node.ELEMENT_NODE);
    const wholeHidden = top != null && top.isConnected && getComputedStyle(top).visibility !== 'visible';
    const stack = [];
    for (let i = unit.tops.length - 1; i >= 0; i--) stack.push(BREAK, unit.tops[i]);
    let n = 0;
    while (stack.length) {
      const node = stack.pop();
      if (node === BREAK) { breakLine(); continue; }
      if (++n % 32 === 0) await maybeYield();
      if (!node.isConnected) continue;
      if (node.nodeType === Node.TEXT_NODE) { if (!article || article.keeps(node)) addText(node); continue; }
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const owner = topOwner.get(node);
      if (owner && owner !== unit) continue;
      if (SKIP.has(node.tagName.toUpperCase()) || node.hidden || node.isContentEditable || node === own) continue;
      // Readability's article, less what the structural rules call furniture (it keeps comment threads
      // and credits), except an element that holds most of the article: the rules guess, Readability measured.
      if (article?.skips(node) || (isFurniture(node) && node !== unit.root && !article?.holdsMost(node))) continue;
      if (node.tagName === 'BR') { breakLine(); continue; }
      const style = getComputedStyle(node);
      if (style.display === 'none' || (!wholeHidden && (style.visibility === 'hidden' || style.visibility === 'collapse'))) continue;
      const block = !style.display.startsWith('inline') && style.display !== 'contents';
      if (block) { breakLine(); stack.push(BREAK); }
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
    }
    return { text: pieces.join(''), segments };
  }

  /** Index of the last segment whose start is <= `pos` (binary search). */
  function segmentAt(segments, pos) {
    let lo = 0, hi = segments.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid].at <= pos) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  }

  /** DOM position of a string offset taken as a start: the first real character at or after it. */
  function startPoint(segments, pos) {
    let i = segmentAt(segments, pos);
    if (i >= 0 && pos < segments[i].at + segments[i].len) {
      return { node: segments[i].node, offset: segments[i].offset + (pos - segments[i].at) };
    }
    i += 1; // pos falls on a synthetic "\n": begin at the next segment
    return i < segments.length ? { node: segments[i].node, offset: segments[i].offset } : null;
  }

  /** DOM position of a string offset taken as an end: just after the last real character before it. */
  function endPoint(segments, pos) {
    const i = segmentAt(segments, pos - 1);
    if (i < 0) return null;
    const s = segments[i];
    return { node: s.node, offset: s.offset + Math.min(pos - s.at, s.len) };
  }

  /** A DOM Range over `text.slice(start, end)`, possibly across elements; null if empty. */
  function toRange(segments, start, end) {
    const a = startPoint(segments, start);
    const b = endPoint(segments, end);
    if (!a || !b) return null;
    const range = document.createRange();
    try {
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
    } catch {
      return null; // the node changed since we read it
    }
    return range.collapsed ? null : range;
  }

  SL.pageText = { read, toRange, segmentAt, startPoint, endPoint, maybeYield, newSlice };
})();
