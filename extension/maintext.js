// Where the page's article is: Mozilla Readability (the engine of Firefox's
// Reader View, vendor/Readability.js) runs on a clone of the document, and
// the text it keeps is located in the live DOM, text node by text node;
// less the lines around it that are not its text (lines.js); what is page
// furniture; and, where Readability finds nothing, the structural rules
// (mainRoot).
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
  // back to the structural rules (mainRoot, below).
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

  /**
   * The clone of `doc` Readability runs on, its root element without class or
   * id. Readability.js judges <html> among the "unlikely candidates" by
   * them: a class such as "header-spacing" throws the whole document away
   * and leaves every text of <body> as the article, navigation and all
   * (Readability's port in the CLI, src/page.rs, starts from <body> and
   * takes the same clone).
   */
  function readableClone(doc) {
    const clone = doc.cloneNode(true);
    clone.documentElement?.removeAttribute('class');
    clone.documentElement?.removeAttribute('id');
    return clone;
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
      article = new Readability(readableClone(doc), { serializer: (el) => el }).parse();
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
    const at = new Map(nodes.map((n, k) => [n, k]));
    const found = SL.lines.articleLines(align(textsOf(article.content), texts).map((k) => nodes[k]), (n) => nodes[at.get(n) + 1]);
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

  // ---- the structural rules: furniture, and the main text without Readability

  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT',
    'OPTION', 'BUTTON', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'HEAD']);
  // Page furniture: never the article's text.
  // Figures: captions and photo credits are not the article's sentences (nor is a
  // caption outside <figure>: an element named "caption", below).
  const FURNITURE = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'DIALOG', 'MENU', 'FIGURE', 'FIGCAPTION']);
  const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'search', 'dialog', 'alertdialog', 'menu', 'menubar']);
  // Not "paywall": sites name the article's own text after it ("pre-paywall", "post-paywall").
  const FURNITURE_NAMES = new Set(['caption', 'captions', 'comment', 'comments', 'commentaire', 'commentaires', 'disqus',
    'related', 'recirc', 'share', 'sharing', 'social', 'newsletter', 'promo', 'advert', 'ad', 'ads', 'sidebar',
    'breadcrumb', 'breadcrumbs', 'cookie', 'cookies', 'consent', 'subscribe', 'outbrain', 'taboola',
    // The author's line and note, a sign-up box, an embedded tweet, legal notices.
    'byline', 'bylines', 'bio', 'signup', 'tweet', 'legal', 'disclaimer',
    // Photo galleries and their captions; the social networks' embedded posts (fb-post, instagram-media).
    'gallery', 'slideshow', 'carousel', 'fb', 'instagram', 'tiktok']);
  /** The words of an id or class: split at white space, `_`, `-` and camelCase humps ("imageEmbedCaption"), lower case. */
  const nameWords = (names) => names.split(/[\s_-]+/).flatMap((w) => w.split(/(?<=\p{Ll})(?=\p{Lu})/u)).map((w) => w.toLowerCase());

  // Hidden by the display utility of a CSS framework, whose sheet a saved page (or one whose
  // CDN failed) does not have: Bootstrap's d-none, Tailwind's and Bootstrap 3's hidden, unless
  // a class shows it again from some screen width (d-md-block, md:flex). Where the sheet is
  // there, the computed style hides it anyway.
  const SHOWN = /^(?:d-(?:sm|md|lg|xl|xxl)-(?!none$)|[^:]+:(?:block|inline|inline-block|flex|inline-flex|grid|inline-grid|table|contents)$)/;
  function hiddenByClass(el) {
    const tokens = typeof el.className === 'string' ? el.className.split(/[ \t\n\f\r]+/) : [];
    return tokens.some((t) => t === 'd-none' || t === 'hidden') && !tokens.some((t) => SHOWN.test(t));
  }

  /** Whether `el` is page furniture (navigation, comments, asides, hidden from AT). */
  function isFurniture(el) {
    const tag = el.tagName.toUpperCase();
    if (FURNITURE.has(tag)) return !(tag === 'HEADER' && el.parentElement?.closest('article'));
    if (el.getAttribute('aria-hidden') === 'true' || hiddenByClass(el)) return true;
    const role = el.getAttribute('role');
    if (role && FURNITURE_ROLES.has(role)) return true;
    const names = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
    if (names.length > 1 && nameWords(names).some((w) => FURNITURE_NAMES.has(w))) return true;
    return TEASERS.has(tag) && isTeaser(el);
  }

  // An <article>, list or <section> made mostly of links is a teaser block
  // (related stories, video cards, "most shared"), not the text: inside an
  // article or beside it (Readability keeps such a block's heading).
  const TEASERS = new Set(['ARTICLE', 'UL', 'OL', 'SECTION']);
  function isTeaser(el) {
    const all = el.textContent.replace(/\s+/g, '').length;
    if (all === 0) return false;
    let linked = 0;
    for (const a of el.querySelectorAll('a')) linked += a.textContent.replace(/\s+/g, '').length;
    return linked / all > 0.5;
  }

  /** Whether `node` sits in furniture or skipped markup between it and `root`. */
  function inFurniture(node, root) {
    for (let e = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement; e && e !== root; e = e.parentElement) {
      if (SKIP.has(e.tagName.toUpperCase()) || isFurniture(e) || e.isContentEditable) return true;
    }
    return false;
  }

  const PARAGRAPHS = 'p, [class*="paragraph"]';
  const paraText = (root) => {
    let n = 0;
    for (const p of root.querySelectorAll(PARAGRAPHS)) n += p.textContent.length;
    return n;
  };
  // checkVisibility needs style, not layout: on a huge page, forcing layout here would be a long task.
  const visible = (e) => (e.checkVisibility ? e.checkVisibility() : e.getClientRects().length > 0);

  /**
   * The element holding the page's main text: the biggest top-level
   * <article> (or the common parent of several comparable ones), else
   * <main>/[role=main], else the block with most paragraph text, else <body>.
   */
  function mainRoot() {
    const body = document.body;
    if (!body) return null;
    const tops = [...document.querySelectorAll('article')]
      .filter((a) => !a.parentElement?.closest('article') && visible(a) && !inFurniture(a, body));
    if (tops.length === 1) return tops[0]; // no need to measure (a huge page would pay for it)
    const articles = tops
      .map((a) => ({ el: a, size: paraText(a) }))
      .filter((a) => a.size > 0)
      .sort((x, y) => y.size - x.size);
    if (articles.length) {
      const total = articles.reduce((n, a) => n + a.size, 0);
      if (articles.length === 1 || articles[0].size >= total * 0.6) return articles[0].el;
      let common = articles[0].el;
      while (common !== body && !articles.every((a) => common.contains(a.el))) common = common.parentElement;
      return common;
    }
    const main = [...document.querySelectorAll('main, [role="main"]')].find((m) => visible(m) && m.textContent.trim().length > 0);
    if (main) return main;
    const score = new Map();
    for (const p of body.querySelectorAll(PARAGRAPHS)) {
      const parent = p.parentElement;
      if (parent) score.set(parent, (score.get(parent) ?? 0) + p.textContent.length);
    }
    let best = null, bestScore = 0;
    for (const [el, s] of score) if (s > bestScore && !inFurniture(el, body)) { best = el; bestScore = s; }
    return best && bestScore >= 400 ? best : body;
  }

  SL.mainText = { find, align, mainRoot, isFurniture, inFurniture, paraText, PARAGRAPHS, SKIP };
})();
