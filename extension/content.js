// Sourcelight's content script: reads the main text of the page, asks the
// service worker for the analysis, and paints the result with the CSS Custom
// Highlight API (paint.js). It never changes the page's DOM or text: ranges
// and highlights are painted over it; the tooltip lives in paint.js's closed
// shadow root, appended to <html> only while it shows.
//
// The page is read in units: normally one (the main text), more on huge
// pages (split at block boundaries) and one per block the page adds later
// (infinite scroll, live blogs). Each unit is read in slices of a few
// milliseconds, analysed once, painted once; a change inside a unit reads
// that unit again, nothing else. Where the article is: maintext.js; a
// unit's text and its way back to the DOM: pagetext.js; painting:
// paint.js; the tooltip: tooltip.js; messages: messages.js; keyboard
// stepping: keyboard.js; following the page's changes: changes.js (all run
// first).
(() => {
  'use strict';
  if (globalThis.__sourcelight) return; // injected once per document
  globalThis.__sourcelight = true;
  const T0 = performance.now(); // for `./build.sh bench`: the 'sourcelight:timing' line in analyseUnit
  const SL = (globalThis.Sourcelight ??= {});
  const { mainRoot } = SL.mainText; // maintext.js
  const { toRange, maybeYield, newSlice } = SL.pageText; // pagetext.js

  const FLAGGING = ['anonymous_source', 'unverified'];
  const NAMED_KINDS = ['named_person', 'named_institution']; // the speakers' kinds the popup lists as named
  const FLASH_MS = 1500;
  const UNIT_CHARS = 60_000; // above this, the main text is split into several units


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

  // ---- painting (paint.js) -------------------------------------------------

  const { CATEGORIES, CUE, FLASH, haveHighlights, hl, register, scheduleOverlay, ensureHost, releaseHost } = SL.paint;
  const nameShown = (name) => active() && (!name.startsWith('sl-') || !CATEGORIES.includes(name.slice(3)) || shown(name.slice(3)));
  SL.paint.showing(nameShown);

  /** sl-cue holds the cues of the categories shown. */
  function rebuildCues() {
    const cues = hl(CUE);
    cues.clear();
    for (const unit of units) for (const c of unit.cues) if (shown(c.category)) cues.add(c.range);
    if (!haveHighlights) scheduleOverlay();
  }


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

  /**
   * The compact reply as {lang, supported, summary, sentences: [{start, end, labels, context, cues}],
   * speakers: [{kind, text, sentences: [index, …]}]}.
   */
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
    const speakers = [], P = r.speakers ?? [];
    for (let k = 0; k < P.length; k += 4 + P[k + 3]) {
      speakers.push({ kind: r.kinds[P[k]], text: text.slice(P[k + 1], P[k + 2]), sentences: P.slice(k + 4, k + 4 + P[k + 3]) });
    }
    return { lang: r.lang, supported: r.supported, summary: r.summary, sentences, speakers };
  }

  // Sent again if the worker stops before answering (messages.js).
  const ask = SL.messages.asker({ send: (m) => chrome.runtime.sendMessage(m), alive: () => Boolean(chrome.runtime?.id) });

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
    const { text, segments } = await SL.pageText.read(unit, { article, topOwner, textOwner, own: SL.paint.host() });
    t.push(performance.now());
    if (unit.dropped) return;
    if (text.trim() === '') { unpaintUnit(unit); unit.text = text; unit.analysis = null; return; }
    const same = unit.analysis && text === unit.text && segments.length === unit.segments.length &&
      segments.every((seg, k) => seg.node === unit.segments[k].node);
    if (same) return; // nothing changed
    const lang = pageSupported ? pageLang : 'auto';
    const have = [...explanations.keys()];
    const reply = await ask({ kind: 'analyze', text, lang, uiLang: uiLang(), have });
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
      ask({ kind: 'badge', count }).catch(() => {});
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

  /**
   * Who speaks on the page, in order of first appearance: a speaker met in
   * several units (same kind, same words) is one. A sentence is `unit:index`.
   */
  function speakersOf(list) {
    const out = new Map();
    for (const unit of list) {
      for (const sp of unit.analysis.speakers) {
        const key = `${sp.kind}\n${sp.text.toLowerCase()}`;
        if (!out.has(key)) out.set(key, { text: sp.text, kind: sp.kind, named: NAMED_KINDS.includes(sp.kind), sentences: [] });
        for (const i of sp.sentences) {
          const s = unit.analysis.sentences[i];
          out.get(key).sentences.push({ index: `${unit.id}:${i}`, text: unit.text.slice(s.start, s.end) });
        }
      }
    }
    return [...out.values()];
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
    return { ...state(), lang: pageLang, supported: Boolean(pageSupported), summary: total, flagged, speakers: speakersOf(ordered()) };
  }

  /** The range of sentence `unit:index`: a flagged one's painted range, else made now. */
  function sentenceRange(index) {
    const [id, i] = String(index).split(':').map(Number);
    const unit = units.find((u) => u.id === id && u.analysis && !u.dropped);
    const s = unit?.analysis.sentences[i];
    if (!s) return null;
    return unit.flagged.find((f) => f.i === i)?.range ?? toRange(unit.segments, s.start, s.end);
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
    const range = sentenceRange(index);
    if (!range || !active()) return { ok: false };
    flash(range);
    return { ok: true };
  }

  /** Keyboard (keyboard.js): the next (or previous) flagged sentence, flashed, its explanation shown. */
  const keyboard = SL.keyboard.create({
    flagged: () => ordered().flatMap((u) => u.flagged.filter(flaggedShown)),
    settled: () => queue,
    active,
    show: (f) => {
      flash(f.range);
      showTip(f, [...f.range.getClientRects()].find((r) => r.width > 0) ?? f.range.getBoundingClientRect());
    },
  });

  async function setStored(patch) {
    await chrome.storage.sync.set(patch);
  }

  const HANDLERS = {
    summary: () => summary(),
    jump: (m) => jump(m.index),
    step: (m) => keyboard.step(m.delta === -1 ? -1 : 1),
    toggle: () => setStored({ enabled: !settings.enabled }).then(() => ({ ok: true })),
  };
  chrome.runtime.onMessage.addListener(SL.messages.answerer(HANDLERS, () => chrome.runtime.id));

  // ---- the tooltip (tooltip.js) ---------------------------------------------

  const tooltip = SL.tooltip.create({
    units: () => units, flagging: FLAGGING, shown, flaggedShown, active,
    label: (category) => msg(category) || category,
    ownScroll: () => performance.now() <= ownScrollUntil,
  });
  const showTip = tooltip.show;
  const hideTip = tooltip.hide;

  // ---- pages that change (changes.js) ---------------------------------------

  function dropUnit(unit) {
    unit.dropped = true;
    unpaintUnit(unit);
    for (const t of unit.tops) if (topOwner.get(t) === unit) topOwner.delete(t);
    units = units.filter((u) => u !== unit);
  }

  /** The page is read anew (its main text left the document, or too much changed at once). */
  function reset() {
    for (const unit of [...units]) dropUnit(unit);
    pageLang = null;
    pageSupported = null;
    keyboard.reset();
    hideTip();
    start();
    reportBadge();
  }

  const changes = SL.changes.create({
    root: () => root, units: () => units, topOwner, textOwner, active, started: () => started,
    reset, drop: dropUnit, schedule, newUnit,
  });

  // ---- settings applied live ------------------------------------------------

  function apply() {
    register();
    rebuildCues();
    if (active()) {
      if (!started) start();
      else changes.catchUp();
      changes.observe();
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
