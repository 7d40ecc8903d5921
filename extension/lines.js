// The lines Readability keeps around the article's paragraphs that are not
// its text (src/page/lines.rs, the same rules, for the CLI): labels
// (bylines, datelines, credits), teaser links ("Read more" headlines, "See
// also: …") and their inline form ("À LIRE AUSSI Title" inside a
// paragraph), the lead-in of a teaser list ("Read more:") whose list is not
// read, a note that opens with a label ("More information: …"), and a
// closing note set in italics or bold. A line is the text Readability kept
// in one block (by tag).
(() => {
  'use strict';
  const SL = (globalThis.Sourcelight ??= {});
  if (SL.lines) return;

  const PARAGRAPH_TAGS = new Set(['P', 'LI', 'DD', 'DT', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
  const BLOCK_TAGS = new Set([...PARAGRAPH_TAGS, 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE',
    'NAV', 'FIGURE', 'FIGCAPTION', 'UL', 'OL', 'DL', 'TABLE', 'TR', 'FORM', 'ADDRESS', 'BODY']);
  const LABEL_CHARS = 100;
  const SENTENCE_END = /[.!?…][\s\p{Pf}\p{Pe}"'»]*$/u;

  const squash = (s) => s.replace(/\s+/g, ' ').trim();
  const dense = (s) => s.replace(/\s+/g, '').length;

  /** The block (by tag) a text node's line belongs to. */
  const blockOf = (n) => {
    let e = n.parentElement;
    while (e && !BLOCK_TAGS.has(e.tagName.toUpperCase())) e = e.parentElement;
    return e;
  };

  const EMPHASIS = new Set(['EM', 'I', 'STRONG', 'B']);
  /** Whether text node `n` is set in italics or bold within its line's block `b`. */
  function isEmphasized(n, b) {
    for (let e = n.parentElement; e && e !== b; e = e.parentElement) if (EMPHASIS.has(e.tagName.toUpperCase())) return true;
    return false;
  }

  const LEAD_IN_CHARS = 40;
  /** The line's first text is a label: short, in italics or bold, ending in a colon. */
  function opensWithLabel(first, b) {
    const t = squash(first.data);
    return t.endsWith(':') && t.length < LEAD_IN_CHARS && isEmphasized(first, b);
  }

  /**
   * An element inside a line, no link itself, whose text is a label in
   * capitals and links, with no sentence ending: "À LIRE AUSSI <a>Title</a>".
   */
  function isInlineTeaser(e) {
    if (e.tagName.toUpperCase() === 'A') return false;
    let linked = 0, label = '';
    const walker = e.ownerDocument.createTreeWalker(e, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const a = t.parentElement.closest('a');
      if (a && e.contains(a)) linked += dense(t.data); else label += t.data;
    }
    return linked > 0 && (label.match(/\p{Alphabetic}/gu) ?? []).length >= 4 && !/\p{Lowercase}/u.test(label)
      && !SENTENCE_END.test(squash(e.textContent));
  }

  /** More than half of the line's text (white space aside) is link text. */
  function isLinkLine(ns) {
    let all = 0, linked = 0;
    for (const n of ns) {
      const len = dense(n.data);
      all += len;
      if (n.parentElement?.closest('a')) linked += len;
    }
    return linked * 2 > all;
  }

  /**
   * `found` (text nodes, in order) less the lines that are not the
   * article's text. `nextText(n)`: the page's next text node after `n`.
   */
  function articleLines(found, nextText) {
    // An inline teaser set inside a paragraph ("À LIRE AUSSI <a>Title</a>") is not read, the paragraph is.
    const teasers = new Map(); // element → isInlineTeaser
    found = found.filter((n) => {
      const b = blockOf(n);
      for (let e = n.parentElement; e && e !== b; e = e.parentElement) {
        if (!teasers.has(e)) teasers.set(e, isInlineTeaser(e));
        if (teasers.get(e)) return false;
      }
      return true;
    });
    const lines = new Map(); // block → its text nodes among `found`
    for (const n of found) {
      const b = blockOf(n);
      if (!lines.has(b)) lines.set(b, []);
      lines.get(b).push(n);
    }
    const dropped = new Set();
    const leadIns = [];
    for (const [b, ns] of lines) {
      if (!b) continue;
      const line = squash(ns.map((n) => n.data).join(' '));
      const short = line.length < LABEL_CHARS && !SENTENCE_END.test(line);
      if (short && !PARAGRAPH_TAGS.has(b.tagName.toUpperCase())) {
        // A label: a short line with no sentence ending, in no paragraph (the headline is read).
        for (const n of ns) dropped.add(n);
      } else if (!SENTENCE_END.test(line) && isLinkLine(ns)) {
        // Teaser links: a line mostly of link text, with no sentence ending, is another page's headline.
        for (const n of ns) dropped.add(n);
      } else if (!SENTENCE_END.test(line) && !PARAGRAPH_TAGS.has(b.tagName.toUpperCase()) && opensWithLabel(ns[0], b)) {
        // A note: a line outside paragraphs, with no sentence ending, that opens with a label
        // in bold or italics ("More information:", "Source:") is a reference, not the text.
        for (const n of ns) dropped.add(n);
      } else if (short && line.endsWith(':')) {
        leadIns.push(ns);
      }
    }
    // A lead-in ("Read more:", "Lire aussi :") introduces what follows it: when that is not read, nor is the lead-in.
    const kept = new Set(found.filter((n) => !dropped.has(n)));
    for (const ns of leadIns) {
      const next = nextText(ns[ns.length - 1]);
      if (!next || !kept.has(next)) for (const n of ns) dropped.add(n);
    }
    // The article's last lines, short and set whole in italics or bold, are a closing note
    // ("With AFP", "Like this story? Share it"), not its text.
    for (const [b, ns] of [...lines].reverse()) {
      if (ns.every((n) => dropped.has(n))) continue;
      if (!b) break;
      const emphasized = ns.every((n) => n.data.trim() === '' || isEmphasized(n, b));
      if (!emphasized || squash(ns.map((n) => n.data).join(' ')).length >= LABEL_CHARS) break;
      for (const n of ns) dropped.add(n);
    }
    return dropped.size ? found.filter((n) => !dropped.has(n)) : found;
  }

  SL.lines = { articleLines };
})();
