// Sourcelight's content script: reads the main text of the page, asks the
// service worker for the analysis, and paints the result with the CSS Custom
// Highlight API. It never changes the page's DOM or text: ranges and
// highlights are painted over it (styles in content.css); the tooltip, and
// the boxes where the Highlight API is missing, live in a closed shadow root
// of one host element appended to <html>, outside <body> (for the tooltip
// only while it shows).
//
// The page is read in units: normally one (the main text), more on huge
// pages (split at block boundaries) and one per block the page adds later
// (infinite scroll, live blogs). Each unit is read in slices of a few
// milliseconds, analysed once, painted once; a change inside a unit reads
// that unit again, nothing else. Where the article is: maintext.js; a
// unit's text and its way back to the DOM: pagetext.js (both run first).
(() => {
  'use strict';
  if (globalThis.__sourcelight) return; // injected once per document
  globalThis.__sourcelight = true;
  const T0 = performance.now(); // for `./build.sh bench`: the 'sourcelight:timing' line in analyseUnit
  const SL = (globalThis.Sourcelight ??= {});
  const { mainRoot, inFurniture, paraText, PARAGRAPHS } = SL.mainText; // maintext.js
  const { toRange, maybeYield, newSlice } = SL.pageText; // pagetext.js

  const CATEGORIES = ['anonymous_source', 'unverified', 'named_source'];
  const FLAGGING = ['anonymous_source', 'unverified'];
  const CUE = 'sl-cue';
  const FLASH = 'sl-flash';
  const NAMES = [...CATEGORIES.map((c) => `sl-${c}`), CUE, FLASH];
  const FLASH_MS = 1500;
  const UNIT_CHARS = 60_000; // above this, the main text is split into several units
  const DEBOUNCE_MS = 500; // after the last DOM change...
  const MAX_WAIT_MS = 2000; // ...but no later than this after the first
  const MAX_REREADS = 20; // per unit: a ticker inside the article stops being followed
  const MAX_QUEUE = 20_000; // mutation records kept while highlighting is off


  // ---- settings (chrome.storage.sync, applied live) ---------------------

  const DEFAULTS = { enabled: true, disabledSites: [], categories: { anonymous_source: true, unverified: true } };
  let settings = DEFAULTS;
  const site = location.host;
  const siteOn = () => !settings.disabledSites.includes(site);
  const active = () => settings.enabled && siteOn();
  const shown = (category) => category === 'named_source' || settings.categories[category] !== false;

  function setSettings(raw) {
    settings = {
      enabled: raw?.enabled !== false,
      disabledSites: Array.isArray(raw?.disabledSites) ? raw.disabledSites.filter((s) => typeof s === 'string') : [],
      categories: { ...DEFAULTS.categories, ...(raw?.categories && typeof raw.categories === 'object' ? raw.categories : {}) },
    };
  }

  async function loadSettings() {
    try {
      setSettings(await chrome.storage.sync.get(DEFAULTS));
    } catch {
      setSettings(DEFAULTS); // no storage (tests with a stub chrome): defaults
    }
  }

  // ---- painting -----------------------------------------------------------

  const haveHighlights = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  /** name → Highlight (or a Set of ranges for the fallback); registered only while shown. */
  const store = new Map();
  function hl(name) {
    let h = store.get(name);
    if (!h) {
      if (haveHighlights) {
        h = new Highlight();
        h.priority = name === CUE ? 2 : name === FLASH ? 3 : 1;
      } else {
        h = new Set();
      }
      store.set(name, h);
    }
    return h;
  }
  const nameShown = (name) => active() && (!name.startsWith('sl-') || !CATEGORIES.includes(name.slice(3)) || shown(name.slice(3)));

  /** Registers the highlights that should show now, removes the others. */
  // An empty highlight is not registered: registering restyles the whole
  // document, which on a huge page is a long task of its own.
  function register() {
    if (haveHighlights) {
      for (const name of NAMES) {
        if (nameShown(name) && hl(name).size > 0) {
          if (CSS.highlights.get(name) !== hl(name)) CSS.highlights.set(name, hl(name));
        } else if (!nameShown(name) || name === FLASH) {
          CSS.highlights.delete(name);
        }
      }
    } else {
      scheduleOverlay();
    }
  }

  /** sl-cue holds the cues of the categories shown. */
  function rebuildCues() {
    const cues = hl(CUE);
    cues.clear();
    for (const unit of units) for (const c of unit.cues) if (shown(c.category)) cues.add(c.range);
    if (!haveHighlights) scheduleOverlay();
  }

  let host = null; // fallback boxes and tooltip
  let shadow = null;
  let boxes = null;
  let tip = null;
  function ensureHost() {
    if (!host) {
      host = document.createElement('sourcelight-overlay');
      host.style.cssText = 'all:initial;position:absolute;left:0;top:0;width:0;height:0;pointer-events:none;z-index:2147483647;';
      shadow = host.attachShadow({ mode: 'closed' });
      // A constructed sheet, not a <style>: a page CSP without 'unsafe-inline' cannot block it.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(OVERLAY_CSS);
      shadow.adoptedStyleSheets = [sheet];
      boxes = document.createElement('div');
      tip = document.createElement('div');
      tip.className = 'tip';
      tip.setAttribute('role', 'status');
      tip.setAttribute('aria-live', 'polite');
      tip.hidden = true;
      shadow.append(boxes, tip);
    }
    if (!host.isConnected) document.documentElement.appendChild(host);
    return shadow;
  }
  /** With the Highlight API the host is only in the DOM while the tooltip shows. */
  function releaseHost() {
    if (host && haveHighlights && tip.hidden) host.remove();
  }

  let overlayPending = 0;
  let overlayWatching = false;
  function scheduleOverlay() {
    cancelAnimationFrame(overlayPending);
    overlayPending = requestAnimationFrame(drawOverlay);
  }
  // Fallback: boxes in the closed shadow root; the page's text and <body> are untouched.
  function drawOverlay() {
    ensureHost();
    if (!overlayWatching) {
      overlayWatching = true;
      addEventListener('resize', scheduleOverlay, { passive: true });
      new ResizeObserver(scheduleOverlay).observe(document.documentElement);
    }
    const frag = document.createDocumentFragment();
    const sx = scrollX, sy = scrollY;
    for (const name of NAMES) {
      if (!nameShown(name)) continue;
      for (const range of hl(name)) {
        for (const r of lineBoxes(range)) {
          const box = document.createElement('div');
          box.className = name;
          box.style.cssText = `left:${r.left + sx}px;top:${r.top + sy}px;width:${r.width}px;height:${r.height}px`;
          frag.append(box);
        }
      }
    }
    boxes.replaceChildren(frag);
  }

  /** A range's client rects, joined into one box per line (Chromium gives about one per word). */
  function lineBoxes(range) {
    const lines = [];
    for (const r of range.getClientRects()) {
      if (r.width === 0 || r.height === 0) continue;
      const line = lines.find((l) => Math.abs(l.top - r.top) < 1 && Math.abs(l.bottom - r.bottom) < 1 && r.left <= l.right + 12 && r.right >= l.left - 12);
      if (line) {
        line.left = Math.min(line.left, r.left);
        line.right = Math.max(line.right, r.right);
      } else {
        lines.push({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
      }
    }
    return lines.map((l) => ({ left: l.left, top: l.top, width: l.right - l.left, height: l.bottom - l.top }));
  }

  // Colours readable on light and dark pages: the tooltip carries its own
  // background; boxes are translucent.
  const OVERLAY_CSS = `
    div { box-sizing: border-box; }
    .sl-anonymous_source, .sl-unverified, .sl-cue, .sl-flash, .sl-named_source { position: absolute; pointer-events: none; }
    .sl-anonymous_source { background: rgba(255, 153, 0, .18); border-bottom: 2px dotted #b45309; }
    .sl-unverified { background: rgba(124, 58, 237, .14); border-bottom: 2px dashed #6d28d9; }
    .sl-cue { background: rgba(255, 196, 0, .35); }
    .sl-flash { background: rgba(255, 230, 0, .6); outline: 2px solid #ca8a04; }
    .tip {
      position: fixed; max-width: 360px; padding: 8px 10px; border-radius: 6px;
      background: #1f2328; color: #f6f8fa; border: 1px solid #8c959f;
      font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 4px 14px rgba(0,0,0,.35);
      pointer-events: none; white-space: normal; text-align: left;
    }
    .tip[hidden] { display: none; }
    .tip .cat { font-weight: 600; display: block; }
    .tip .cat.anonymous_source { text-decoration: underline dotted #fdba74 2px; text-underline-offset: 3px; }
    .tip .cat.unverified { text-decoration: underline wavy #c4b5fd 1.5px; text-underline-offset: 3px; }
    .tip .cue { font-weight: 600; }
    .tip .cue::before { content: '“'; } .tip .cue::after { content: '”'; }
    .tip .expl { color: #d0d7de; }
    .tip p { margin: 2px 0 0; }
    .tip p + .cat { margin-top: 6px; }
  `;

  // ---- units: read, analyse, paint ----------------------------------------

  let root = null;
  let article = null; // Readability's article located in the page (maintext.js), or null: mainRoot() decided
  let units = [];
  let nextUnitId = 0;
  const topOwner = new WeakMap(); // top node → unit
  const textOwner = new WeakMap(); // text node → the unit that read it last
  let pageLang = null; // the language of the first unit, once known
  let pageSupported = null;
  let queue = Promise.resolve(); // units are analysed one at a time, in order
  let started = false;

  // The language of the locale Chrome picked for our messages (getUILanguage
  // can say en-US while the messages are French), so the explanations match
  // the popup.
  const msg = (key) => chrome.i18n.getMessage(key);
  const uiLang = () => (msg('uiLang') === 'fr' ? 'fr' : 'en');

  // The worker's reply is compact (README.md, "The worker's reply"): numbers
  // and names once; cue words are sliced from our own text, and the
  // explanations of the reader's language come once and are kept here.
  const explanations = new Map(); // reader's language → {rule: explanation}

  /** The compact reply as {lang, supported, summary, sentences: [{start, end, labels, context, cues}]}. */
  function decode(r, text) {
    const table = Object.assign(explanations.get(r.uiLang) ?? {}, r.explain);
    explanations.set(r.uiLang, table);
    const names = (bits) => r.categories.filter((_, k) => bits & (1 << k));
    const S = r.sentences, C = r.cues, sentences = [];
    for (let i = 0, c = 0; i < S.length; i += 5) {
      const cues = [];
      for (let k = 0; k < S[i + 4]; k++, c += 4) {
        const rule = r.rules[C[c + 3]];
        cues.push({ start: C[c], end: C[c + 1], category: r.categories[C[c + 2]], rule,
          text: text.slice(C[c], C[c + 1]), explanation: table[rule] ?? '' });
      }
      sentences.push({ start: S[i], end: S[i + 1], labels: names(S[i + 2]), context: names(S[i + 3]), cues });
    }
    return { lang: r.lang, supported: r.supported, summary: r.summary, sentences };
  }

  function newUnit(tops, unitRoot = null) {
    const unit = { id: nextUnitId++, tops, root: unitRoot, rereads: 0, text: '', segments: [], analysis: null, painted: [], cues: [], flagged: [], dirty: false, dropped: false };
    for (const t of tops) topOwner.set(t, unit);
    units.push(unit);
    return unit;
  }

  /** Splits `node`'s children into runs of at most about UNIT_CHARS characters (in slices). */
  async function partition(node, out = []) {
    let group = [], size = 0, n = 0;
    const flush = () => { if (group.length) out.push(group); group = []; size = 0; };
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (++n % 256 === 0) await maybeYield();
      const chars = c.textContent.length;
      if (chars > UNIT_CHARS && c.nodeType === Node.ELEMENT_NODE) { flush(); await partition(c, out); continue; }
      if (size + chars > UNIT_CHARS) flush();
      group.push(c);
      size += chars;
    }
    flush();
    return out;
  }

  function start() {
    started = true;
    article = SL.mainText.find();
    root = article?.root ?? mainRoot();
    if (!root) return;
    // Few elements: one unit, without measuring (textContent of a huge page is itself slow).
    if (root.getElementsByTagName('*').length < 3000 && root.textContent.length <= UNIT_CHARS) {
      schedule(newUnit([root], root));
      return;
    }
    // A huge page: units of about UNIT_CHARS, analysed and painted one after the other.
    queue = queue.then(async () => {
      newSlice();
      for (const tops of await partition(root)) schedule(newUnit(tops, null));
    });
  }

  function schedule(unit) {
    queue = queue.then(() => analyseUnit(unit)).catch((err) => console.debug('Sourcelight:', err));
    return queue;
  }

  function unpaintUnit(unit) {
    for (const { name, range } of unit.painted) hl(name).delete(range);
    for (const c of unit.cues) hl(CUE).delete(c.range);
    unit.painted = [];
    unit.cues = [];
    unit.flagged = [];
    if (!haveHighlights) scheduleOverlay();
  }

  async function analyseUnit(unit) {
    if (unit.dropped) return;
    unit.dirty = false;
    newSlice();
    const t = [performance.now()];
    const { text, segments } = await SL.pageText.read(unit, { article, topOwner, textOwner, own: host });
    t.push(performance.now());
    if (unit.dropped) return;
    if (text.trim() === '') { unpaintUnit(unit); unit.text = text; unit.analysis = null; return; }
    const same = unit.analysis && text === unit.text && segments.length === unit.segments.length &&
      segments.every((seg, k) => seg.node === unit.segments[k].node);
    if (same) return; // nothing changed
    const lang = pageSupported ? pageLang : 'auto';
    const have = [...explanations.keys()];
    const reply = await chrome.runtime.sendMessage({ kind: 'analyze', text, lang, uiLang: uiLang(), have });
    if (!reply?.ok) throw new Error(reply?.error ?? 'no answer from the service worker');
    const analysis = decode(reply.result, text);
    t.push(performance.now());
    if (unit.dropped) return;
    if (pageSupported === null || (!pageSupported && analysis.supported && unit === units[0])) {
      pageLang = analysis.lang;
      pageSupported = analysis.supported;
    }
    unpaintUnit(unit);
    unit.text = text;
    unit.segments = segments;
    unit.analysis = analysis;
    // Ranges made and painted in slices: a huge page is never blocked long.
    const cues = hl(CUE);
    newSlice();
    let i = 0;
    for (const s of analysis.sentences) {
      if (++i % 64 === 0) await maybeYield();
      if (unit.dropped || unit.dirty) return;
      const labels = s.labels.filter((l) => CATEGORIES.includes(l));
      if (labels.length === 0) continue;
      const range = toRange(segments, s.start, s.end);
      if (!range) continue;
      for (const label of labels) {
        hl(`sl-${label}`).add(range);
        unit.painted.push({ name: `sl-${label}`, range });
      }
      if (labels.some((l) => FLAGGING.includes(l))) unit.flagged.push({ i: i - 1, range, s });
      for (const cue of s.cues) {
        if (!FLAGGING.includes(cue.category)) continue;
        const r = toRange(segments, cue.start, cue.end);
        if (!r) continue;
        unit.cues.push({ category: cue.category, range: r });
        if (shown(cue.category)) cues.add(r);
      }
    }
    register();
    t.push(performance.now()); // [unit start, text read, analysis back, ranges made and highlights set]
    console.debug('sourcelight:timing', JSON.stringify({ start: T0, t, chars: text.length, unit: unit.id }));
    reportBadge();
  }

  /** Units in document order. */
  const ordered = () => units.filter((u) => u.analysis && !u.dropped)
    .sort((a, b) => (a.tops[0] === b.tops[0] ? 0 : a.tops[0].compareDocumentPosition(b.tops[0]) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));

  // What was read and how it was labelled, unit by unit in document order, for
  // the tests (tests/e2e/browser.mjs, reading()): in the content script's own
  // world, which the page cannot see.
  SL.reading = () => ordered().map((u) => ({
    text: u.text,
    sentences: u.analysis.sentences.map((s) => ({ text: u.text.slice(s.start, s.end), labels: s.labels })),
  }));

  const flaggedShown = (f) => f.s.labels.some((l) => FLAGGING.includes(l) && shown(l));

  let badgeTimer = 0;
  function reportBadge() {
    clearTimeout(badgeTimer);
    badgeTimer = setTimeout(() => {
      const count = active() ? units.reduce((n, u) => n + u.flagged.filter(flaggedShown).length, 0) : 0;
      chrome.runtime.sendMessage({ kind: 'badge', count }).catch?.(() => {});
    }, 50);
  }

  // ---- what the popup and the commands ask --------------------------------

  function state() {
    return {
      site,
      enabled: settings.enabled,
      siteEnabled: siteOn(),
      active: active(),
      categories: { ...settings.categories },
    };
  }

  /** The summary of every unit, and the flagged sentences of the categories shown. */
  async function summary() {
    if (!active()) return state();
    if (!started) start();
    await queue;
    const total = { sentences: 0, named_source: 0, anonymous_source: 0, unverified: 0, flagged: 0 };
    const flagged = [];
    for (const unit of ordered()) {
      const s = unit.analysis.summary;
      for (const k of Object.keys(total)) total[k] += s[k] ?? 0;
      for (const f of unit.flagged) {
        if (!flaggedShown(f)) continue;
        flagged.push({
          index: `${unit.id}:${f.i}`,
          text: unit.text.slice(f.s.start, f.s.end),
          labels: f.s.labels.filter((l) => l === 'named_source' || shown(l)),
          context: f.s.context,
          cues: f.s.cues.filter((c) => shown(c.category)).map((c) => ({ text: c.text, category: c.category, explanation: c.explanation })),
        });
      }
    }
    const share = (k) => (total.sentences ? total[k] / total.sentences : 0);
    Object.assign(total, { share_named: share('named_source'), share_anonymous: share('anonymous_source'), share_unverified: share('unverified') });
    return { ...state(), lang: pageLang, supported: Boolean(pageSupported), summary: total, flagged };
  }

  function flaggedAt(index) {
    const [id, i] = String(index).split(':').map(Number);
    return units.find((u) => u.id === id)?.flagged.find((f) => f.i === i) ?? null;
  }

  let flashTimer = 0;
  let ownScrollUntil = 0; // our own scroll does not hide the tooltip it comes with
  function flash(range) {
    const el = range.startContainer.parentElement;
    ownScrollUntil = performance.now() + 400;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const h = hl(FLASH);
    h.clear();
    h.add(range);
    register();
    clearTimeout(flashTimer);
    flashTimer = setTimeout(() => { h.clear(); if (!haveHighlights) scheduleOverlay(); }, FLASH_MS);
  }

  async function jump(index) {
    await queue;
    const f = flaggedAt(index);
    if (!f || !active()) return { ok: false };
    flash(f.range);
    return { ok: true };
  }

  /** Keyboard: the next (or previous) flagged sentence, flashed, its explanation shown. */
  let cursor = -1;
  async function step(delta) {
    if (!active()) return { ok: false };
    await queue;
    const list = ordered().flatMap((u) => u.flagged.filter(flaggedShown));
    if (list.length === 0) return { ok: false };
    cursor = ((cursor + delta) % list.length + list.length) % list.length;
    const f = list[cursor];
    flash(f.range);
    const rect = [...f.range.getClientRects()].find((r) => r.width > 0) ?? f.range.getBoundingClientRect();
    showTip(f, rect);
    return { ok: true, position: cursor + 1, of: list.length };
  }

  async function setStored(patch) {
    await chrome.storage.sync.set(patch);
  }

  const HANDLERS = {
    summary: () => summary(),
    jump: (m) => jump(m.index),
    step: (m) => step(m.delta === -1 ? -1 : 1),
    toggle: () => setStored({ enabled: !settings.enabled }).then(() => ({ ok: true })),
  };

  chrome.runtime.onMessage.addListener((m, sender, sendResponse) => {
    const handler = HANDLERS[m?.kind];
    if (!handler || sender.id !== chrome.runtime.id) return false;
    handler(m).then(
      (result) => sendResponse({ ok: true, result }),
      (err) => sendResponse({ ok: false, error: String(err?.message ?? err) }),
    );
    return true;
  });

  // ---- the tooltip: hover and keyboard ------------------------------------

  const label = (category) => msg(category) || category;

  /** Builds the tooltip of a flagged sentence (text only, never markup). */
  function showTip(f, rect) {
    ensureHost();
    const parts = [];
    for (const category of FLAGGING) {
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
    if (parts.length === 0) return hideTip();
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

  let tipFor = null;
  function hideTip() {
    if (!tip || tip.hidden) return;
    tip.hidden = true;
    tipFor = null;
    tip.replaceChildren();
    releaseHost();
  }

  /** The flagged sentence under a DOM point, by binary search in its unit. */
  function flaggedAtPoint(node, offset) {
    for (const unit of units) {
      if (!unit.flagged.length || !unit.tops.some((t) => t === node || t.contains(node))) continue;
      const list = unit.flagged;
      let lo = 0, hi = list.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        let c;
        try { c = list[mid].range.comparePoint(node, offset); } catch { return null; }
        if (c === 0) return flaggedShown(list[mid]) ? list[mid] : null;
        if (c < 0) hi = mid - 1; else lo = mid + 1;
      }
    }
    return null;
  }

  let pointer = null;
  let pointerFrame = 0;
  function hoverCheck() {
    pointerFrame = 0;
    if (!pointer || !active()) return hideTip();
    const { x, y } = pointer;
    let node = null, offset = 0;
    if (document.caretPositionFromPoint) {
      const p = document.caretPositionFromPoint(x, y);
      if (p) { node = p.offsetNode; offset = p.offset; }
    } else if (document.caretRangeFromPoint) {
      const r = document.caretRangeFromPoint(x, y);
      if (r) { node = r.startContainer; offset = r.startOffset; }
    }
    const f = node && flaggedAtPoint(node, offset);
    const rect = f && [...f.range.getClientRects()].find((r) => x >= r.left - 2 && x <= r.right + 2 && y >= r.top - 2 && y <= r.bottom + 2);
    if (!rect) return hideTip();
    if (tipFor !== f) showTip(f, rect);
  }
  addEventListener('pointermove', (e) => {
    if (units.length === 0) return;
    pointer = { x: e.clientX, y: e.clientY };
    pointerFrame ||= requestAnimationFrame(hoverCheck);
  }, { passive: true, capture: true });
  addEventListener('scroll', () => { if (performance.now() > ownScrollUntil) hideTip(); }, { passive: true, capture: true });
  addEventListener('keydown', (e) => { if (e.key === 'Escape') hideTip(); }, { passive: true, capture: true });
  document.documentElement.addEventListener('mouseleave', () => { pointer = null; hideTip(); }, { passive: true });

  // ---- pages that change: new blocks, edited blocks, replaced content ------

  let records = [];
  let overflow = false;
  let debounceTimer = 0;
  let firstChange = 0;
  const observer = new MutationObserver((list) => {
    if (records.length + list.length > MAX_QUEUE) overflow = true;
    else records.push(...list);
    if (!active() || !started) return;
    const now = performance.now();
    if (!debounceTimer) firstChange = now;
    clearTimeout(debounceTimer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, firstChange + MAX_WAIT_MS - now));
    debounceTimer = setTimeout(processChanges, wait);
  });

  /** The innermost unit whose tops hold `node`. */
  function ownerOf(node) {
    for (let n = node; n; n = n.parentNode) {
      const u = topOwner.get(n);
      if (u && !u.dropped) return u;
    }
    return null;
  }

  function dropUnit(unit) {
    unit.dropped = true;
    unpaintUnit(unit);
    for (const t of unit.tops) if (topOwner.get(t) === unit) topOwner.delete(t);
    units = units.filter((u) => u !== unit);
  }

  function reset() {
    for (const unit of [...units]) dropUnit(unit);
    pageLang = null;
    pageSupported = null;
    cursor = -1;
    hideTip();
    start();
    reportBadge();
  }

  const isBlockish = (node) => node.nodeType === Node.ELEMENT_NODE &&
    (!getComputedStyle(node).display.startsWith('inline') || node.querySelector(PARAGRAPHS));

  /** Outside the main text, an added block counts if it is an article or paragraphs of text. */
  function articleLike(node) {
    if (node.nodeType !== Node.ELEMENT_NODE) return false;
    if (node.localName === 'article' || node.closest('article') != null) return true;
    return (node.matches(PARAGRAPHS) ? node.textContent.length : paraText(node)) >= 60;
  }

  /** Whether a unit already read this node's text (added while a read was under way). */
  function alreadyRead(node) {
    const first = node.nodeType === Node.TEXT_NODE ? node
      : document.createTreeWalker(node, NodeFilter.SHOW_TEXT, { acceptNode: (t) => (t.data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) }).nextNode();
    const u = first && textOwner.get(first);
    return Boolean(u && !u.dropped);
  }

  function processChanges() {
    debounceTimer = 0;
    const list = records;
    records = [];
    if (!active()) return;
    if (overflow || !root?.isConnected) { overflow = false; return reset(); }
    const dirty = new Set();
    const added = new Set();
    for (const r of list) {
      if (r.type === 'characterData') {
        const u = textOwner.get(r.target) ?? ownerOf(r.target);
        if (u) dirty.add(u);
        continue;
      }
      if (r.removedNodes.length) {
        const u = ownerOf(r.target);
        if (u) dirty.add(u);
      }
      for (const node of r.addedNodes) {
        if (!node.isConnected || (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.TEXT_NODE)) continue;
        if (node.nodeType === Node.TEXT_NODE && node.data.trim() === '') continue;
        const inside = root.contains(node);
        if (inside ? inFurniture(node, root) : inFurniture(node, document.body)) continue;
        if (!inside && !articleLike(node)) continue; // outside the article: only article-like blocks
        if (alreadyRead(node)) continue;
        if (isBlockish(node)) added.add(node);
        else { const u = ownerOf(node); if (u) dirty.add(u); else added.add(node.parentElement ?? node); }
      }
    }
    for (const unit of [...units]) {
      if (!unit.tops.some((t) => t.isConnected)) dropUnit(unit);
      else unit.tops = unit.tops.filter((t) => t.isConnected);
    }
    // New blocks: one unit per run of siblings, outermost only, in document order.
    const fresh = [...added].filter((n) => n.isConnected && ![...added].some((m) => m !== n && m.contains(n)));
    fresh.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const groups = [];
    for (const n of fresh) {
      const g = groups[groups.length - 1];
      if (g && g[0].parentNode === n.parentNode) g.push(n); else groups.push([n]);
    }
    for (const unit of dirty) {
      if (unit.dropped || unit.rereads >= MAX_REREADS) continue;
      unit.rereads += 1;
      unit.dirty = true;
      schedule(unit);
    }
    for (const g of groups) schedule(newUnit(g, null));
  }

  // ---- settings applied live ------------------------------------------------

  let observing = false;
  function apply() {
    register();
    rebuildCues();
    if (active()) {
      if (!started) start();
      else if (records.length || overflow) processChanges();
      if (!observing && document.body) {
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        observing = true;
      }
    } else {
      hideTip();
    }
    reportBadge();
  }

  try {
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area !== 'sync') return;
      const next = { ...settings };
      for (const [k, { newValue }] of Object.entries(changes)) next[k] = newValue ?? DEFAULTS[k];
      setSettings(next);
      apply();
    });
  } catch { /* no storage: defaults only */ }

  loadSettings().then(apply);
})();
