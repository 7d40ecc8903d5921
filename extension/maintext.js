// Where the page's article is: Mozilla Readability (the engine of Firefox's
// Reader View, vendor/Readability.js) runs on a clone of the document, and
// the text it keeps is located in the live DOM, text node by text node.
// The page's DOM is never changed: Readability rewrites its clone only.
//
// Readability may rebuild its clone from HTML (it retries with looser rules
// when a first pass finds little), so its nodes are not the clone's: its
// text is matched by content, in document order. Long texts (≥ 40
// characters) anchor the match; short ones (a link's words, a heading) are
// only looked for between the anchors around them.
(() => {
  'use strict';
  const SL = (globalThis.Sourcelight ??= {});
  if (SL.mainText) return;

  const ANCHOR_CHARS = 40;
  const NEAR = 200; // text nodes searched before the first anchor and after the last
  // Readability on more elements is a long task of its own; such pages fall
  // back to the structural rules (content.js, mainRoot).
  const MAX_ELEMENTS = 30_000;

  const squash = (s) => s.replace(/\s+/g, ' ').trim();

  /** The texts of `root`'s text nodes, squashed, empty ones left out, in order. */
  function textsOf(root) {
    const out = [];
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = squash(n.data);
      if (t) out.push(t);
    }
    return out;
  }

  /**
   * Indexes into `live` (squashed texts of the live text nodes, in order)
   * of the texts `wanted` (Readability's, in order): long texts first, each
   * after the previous one, then short texts between their anchors.
   */
  function align(wanted, live) {
    const at = new Array(wanted.length).fill(-1);
    let from = 0;
    for (let i = 0; i < wanted.length; i++) {
      if (wanted[i].length < ANCHOR_CHARS) continue;
      const k = live.indexOf(wanted[i], from);
      if (k >= 0) { at[i] = k; from = k + 1; }
    }
    const first = at.find((k) => k >= 0);
    if (first === undefined) return [];
    // nextAnchor[i]: the live index of the first anchor after wanted[i], or -1.
    const nextAnchor = new Array(wanted.length);
    for (let i = wanted.length - 1, k = -1; i >= 0; i--) { nextAnchor[i] = k; if (at[i] >= 0) k = at[i]; }
    let lo = Math.max(0, first - NEAR);
    for (let i = 0; i < wanted.length; i++) {
      if (at[i] >= 0) { lo = at[i] + 1; continue; }
      const hi = nextAnchor[i] >= 0 ? nextAnchor[i] : Math.min(live.length, lo + NEAR);
      for (let k = lo; k < hi; k++) {
        if (live[k] === wanted[i]) { at[i] = k; lo = k + 1; break; }
      }
    }
    return at.filter((k) => k >= 0);
  }

  // Readability keeps the lines around the article's paragraphs: bylines,
  // datelines, photo credits, "Read more:". Such a line is a short text
  // with no sentence ending whose block is no paragraph, list item, quote,
  // cell or heading (the headline is read); it is left out.
  const PARAGRAPH_TAGS = new Set(['P', 'LI', 'DD', 'DT', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
  const BLOCK_TAGS = new Set([...PARAGRAPH_TAGS, 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE',
    'NAV', 'FIGURE', 'FIGCAPTION', 'UL', 'OL', 'DL', 'TABLE', 'TR', 'FORM', 'ADDRESS', 'BODY']);
  const LABEL_CHARS = 100;
  const SENTENCE_END = /[.!?…][\s\p{Pf}\p{Pe}"'»]*$/u;

  /** The block (by tag) a text node's line belongs to. */
  const blockOf = (n) => {
    let e = n.parentElement;
    while (e && !BLOCK_TAGS.has(e.tagName.toUpperCase())) e = e.parentElement;
    return e;
  };

  /** `found` (text nodes, in order) less the lines that are labels, not sentences. */
  function withoutLabels(found) {
    const lines = new Map(); // block → its text nodes among `found`
    for (const n of found) {
      const b = blockOf(n);
      if (!lines.has(b)) lines.set(b, []);
      lines.get(b).push(n);
    }
    const dropped = new Set();
    for (const [b, ns] of lines) {
      if (!b || PARAGRAPH_TAGS.has(b.tagName.toUpperCase())) continue;
      const line = squash(ns.map((n) => n.data).join(' '));
      if (line.length < LABEL_CHARS && !SENTENCE_END.test(line)) for (const n of ns) dropped.add(n);
    }
    return dropped.size ? found.filter((n) => !dropped.has(n)) : found;
  }

  /**
   * The article of `doc` as Readability finds it, located in the live DOM:
   * `{root, keeps, holdsMost, skips}` or null when Readability finds
   * nothing (or the page is too large for it). `root` holds every text node
   * of the article; `keeps(textNode)`: the text node is read (Readability's,
   * white space, or added to the page after this ran); `holdsMost(element)`:
   * the element holds more than half of the article's text (no furniture
   * rule can then be right about it: a class named "post-paywall" holds
   * what the subscriber reads); `skips(element)`: it was there and holds
   * no article text (its subtree is left out).
   */
  function find(doc = document) {
    if (typeof Readability !== 'function' || !doc.body) return null;
    if (doc.getElementsByTagName('*').length > MAX_ELEMENTS) return null;
    let article;
    try {
      article = new Readability(doc.cloneNode(true), { serializer: (el) => el }).parse();
    } catch {
      return null;
    }
    if (!article?.content) return null;
    const seen = new WeakSet();
    const nodes = [];
    const texts = [];
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      seen.add(n);
      if (n.nodeType !== Node.TEXT_NODE) continue;
      const t = squash(n.data);
      if (t) { nodes.push(n); texts.push(t); }
    }
    const found = withoutLabels(align(textsOf(article.content), texts).map((k) => nodes[k]));
    if (found.length === 0) return null;
    const kept = new WeakSet(found);
    // element → characters of the article it holds
    const held = new WeakMap();
    let total = 0;
    for (const n of found) {
      const len = n.data.length;
      total += len;
      for (let e = n.parentNode; e; e = e.parentNode) held.set(e, (held.get(e) ?? 0) + len);
    }
    const range = doc.createRange();
    range.setStartBefore(found[0]);
    range.setEndAfter(found[found.length - 1]);
    let root = range.commonAncestorContainer;
    if (root.nodeType !== Node.ELEMENT_NODE) root = root.parentElement;
    return {
      root,
      keeps: (t) => kept.has(t) || !seen.has(t) || t.data.trim() === '',
      holdsMost: (e) => (held.get(e) ?? 0) > total / 2,
      skips: (e) => seen.has(e) && !held.has(e),
    };
  }

  SL.mainText = { find, align };
})();
