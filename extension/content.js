// Sourcelight's content script: reads the page's visible text, asks the
// service worker for the analysis, and paints the result with the CSS Custom
// Highlight API. It never changes the page's DOM or text: ranges and
// highlights are painted over it (styles in content.css), and where the
// Highlight API is missing, boxes are drawn in a closed shadow root of one
// empty host element appended to <html>, outside <body>.
(() => {
  'use strict';
  if (globalThis.__sourcelight) return; // injected once per document
  globalThis.__sourcelight = true;

  // Categories painted as warnings; named_source is registered but styled
  // almost invisibly (content.css): it is not a warning.
  const CATEGORIES = ['anonymous_source', 'unverified', 'named_source'];
  const FLAGGING = ['anonymous_source', 'unverified'];
  const CUE = 'sl-cue';
  const FLASH = 'sl-flash';
  const FLASH_MS = 1500;

  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT',
    'OPTION', 'BUTTON', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'HEAD']);
  const ASCII_SPACE = /[ \t\n\r\f]+/g; // what HTML collapses; NBSP stays as it is

  /**
   * The page's visible text as one string, with a table back to the DOM.
   * Runs of HTML white space become one " "; a "\n" stands between block
   * boxes so that headlines and paragraphs are separate sentences. Each
   * segment maps `text.slice(at, at + len)` to `node.data.slice(offset, offset + len)`.
   */
  function collectText(root) {
    const segments = [];
    let text = '';
    const push = (node, offset, piece) => {
      const last = segments[segments.length - 1];
      if (last && last.node === node && last.offset + last.len === offset && last.at + last.len === text.length) {
        last.len += piece.length; // a single space kept as it is: same segment
      } else {
        segments.push({ at: text.length, node, offset, len: piece.length });
      }
      text += piece;
    };
    const lastChar = () => text[text.length - 1];
    const breakLine = () => {
      if (text === '') return;
      const last = segments[segments.length - 1];
      if (lastChar() === ' ' && last?.at + last?.len === text.length) {
        // a trailing space before a break says nothing
        if (--last.len === 0) segments.pop();
        text = text.slice(0, -1);
      }
      if (lastChar() !== '\n') text += '\n';
    };
    const addText = (node) => {
      const data = node.data;
      let i = 0;
      for (const m of data.matchAll(ASCII_SPACE)) {
        if (m.index > i) push(node, i, data.slice(i, m.index));
        const prev = lastChar();
        if (prev !== undefined && prev !== ' ' && prev !== '\n') push(node, m.index, ' ');
        i = m.index + m[0].length;
      }
      if (i < data.length) push(node, i, data.slice(i));
    };
    const walk = (el) => {
      for (let child = el.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) {
          addText(child);
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          if (SKIP.has(child.tagName.toUpperCase()) || child.hidden || child.isContentEditable || child === overlayHost) continue;
          if (child.tagName === 'BR') { breakLine(); continue; }
          const style = getComputedStyle(child);
          if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') continue;
          const block = !style.display.startsWith('inline') && style.display !== 'contents';
          if (block) breakLine();
          walk(child);
          if (block) breakLine();
        }
      }
    };
    if (root) walk(root);
    return { text, segments };
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

  // ---- painting ---------------------------------------------------------

  const haveHighlights = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  let overlayHost = null; // fallback only
  let overlayRoot = null;
  let fallbackRanges = []; // [{name, range}]

  /** Paints `byName` (highlight name → ranges) over the page. */
  function paint(byName) {
    if (haveHighlights) {
      for (const [name, ranges] of Object.entries(byName)) {
        const h = new Highlight(...ranges);
        h.priority = name === CUE ? 2 : name === FLASH ? 3 : 1;
        CSS.highlights.set(name, h);
      }
      return;
    }
    fallbackRanges = fallbackRanges.filter((r) => !(r.name in byName));
    for (const [name, ranges] of Object.entries(byName)) {
      for (const range of ranges) fallbackRanges.push({ name, range });
    }
    drawOverlay();
  }

  function unpaint(name) {
    if (haveHighlights) CSS.highlights.delete(name);
    else paint({ [name]: [] });
  }

  // Fallback: one pointer-events:none host on <html>, its boxes in a closed
  // shadow root; the page's text and <body> are untouched.
  function drawOverlay() {
    if (!overlayHost) {
      overlayHost = document.createElement('sourcelight-overlay');
      overlayHost.style.cssText = 'all:initial;position:absolute;left:0;top:0;width:0;height:0;pointer-events:none;z-index:2147483647;';
      overlayRoot = overlayHost.attachShadow({ mode: 'closed' });
      // A constructed sheet, not a <style>: a page CSP without 'unsafe-inline' cannot block it.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(FALLBACK_CSS);
      overlayRoot.adoptedStyleSheets = [sheet];
      document.documentElement.appendChild(overlayHost);
      let pending = 0;
      const redraw = () => { cancelAnimationFrame(pending); pending = requestAnimationFrame(drawOverlay); };
      addEventListener('resize', redraw, { passive: true });
      new ResizeObserver(redraw).observe(document.documentElement);
    }
    const frag = document.createDocumentFragment();
    const sx = scrollX, sy = scrollY;
    for (const { name, range } of fallbackRanges) {
      for (const r of lineBoxes(range)) {
        const box = document.createElement('div');
        box.className = name;
        box.style.cssText = `left:${r.left + sx}px;top:${r.top + sy}px;width:${r.width}px;height:${r.height}px`;
        frag.append(box);
      }
    }
    overlayRoot.replaceChildren(frag);
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

  const FALLBACK_CSS = `
    div { position: absolute; box-sizing: border-box; pointer-events: none; }
    .sl-anonymous_source { background: rgba(255, 153, 0, .18); border-bottom: 2px dotted #b45309; }
    .sl-unverified { background: rgba(124, 58, 237, .14); border-bottom: 2px dashed #6d28d9; }
    .sl-cue { background: rgba(255, 196, 0, .35); }
    .sl-flash { background: rgba(255, 230, 0, .6); outline: 2px solid #ca8a04; }
  `;

  // ---- analysis -----------------------------------------------------------

  // The language of the locale Chrome picked for our messages (getUILanguage
  // can say en-US while the messages are French), so the explanations match
  // the popup.
  const uiLang = () => (chrome.i18n.getMessage('uiLang') === 'fr' ? 'fr' : 'en');

  let state = null; // {text, segments, analysis}
  let running = null;

  async function run() {
    const { text, segments } = collectText(document.body);
    const reply = await chrome.runtime.sendMessage({ kind: 'analyze', text, lang: 'auto', uiLang: uiLang() });
    if (!reply?.ok) throw new Error(reply?.error ?? 'no answer from the service worker');
    const analysis = reply.result;
    state = { text, segments, analysis };
    const byName = { [CUE]: [] };
    for (const c of CATEGORIES) byName[`sl-${c}`] = [];
    for (const s of analysis.sentences) {
      for (const label of s.labels) {
        const r = byName[`sl-${label}`] && toRange(segments, s.start, s.end);
        if (r) byName[`sl-${label}`].push(r);
      }
      for (const cue of s.cues) {
        if (!FLAGGING.includes(cue.category)) continue;
        const r = toRange(segments, cue.start, cue.end);
        if (r) byName[CUE].push(r);
      }
    }
    paint(byName);
    return state;
  }

  function analysed() {
    running ??= run().catch((err) => { running = null; throw err; });
    return running;
  }

  /** What the popup shows: the summary and the flagged sentences. */
  async function summary() {
    const { text, analysis } = await analysed();
    const flagged = [];
    analysis.sentences.forEach((s, index) => {
      if (!s.labels.some((l) => FLAGGING.includes(l))) return;
      flagged.push({
        index,
        text: text.slice(s.start, s.end),
        labels: s.labels,
        context: s.context,
        cues: s.cues.map((c) => ({ text: c.text, category: c.category, explanation: c.explanation })),
      });
    });
    return { lang: analysis.lang, supported: analysis.supported, summary: analysis.summary, flagged };
  }

  let flashTimer = 0;
  async function jump(index) {
    const { segments, analysis } = await analysed();
    const s = analysis.sentences[index];
    const range = s && toRange(segments, s.start, s.end);
    if (!range) return { ok: false };
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' });
    paint({ [FLASH]: [range] });
    clearTimeout(flashTimer);
    flashTimer = setTimeout(() => unpaint(FLASH), FLASH_MS);
    return { ok: true };
  }

  const HANDLERS = { summary: () => summary(), jump: (msg) => jump(msg.index) };

  chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    const handler = HANDLERS[msg?.kind];
    if (!handler || sender.id !== chrome.runtime.id) return false;
    handler(msg).then(
      (result) => sendResponse({ ok: true, result }),
      (err) => sendResponse({ ok: false, error: String(err?.message ?? err) }),
    );
    return true;
  });

  // Pages that fill in their article after load (hydration, "read more"):
  // read the text again after changes settle, and analyse it again when it
  // differs. Bounded, so that a ticker cannot keep the page busy.
  const RESCAN_MS = 1500;
  const MAX_RESCANS = 20;
  let rescans = 0;
  let rescanTimer = 0;
  function rescan() {
    rescanTimer = 0;
    analysed().then((done) => {
      if (collectText(document.body).text === done.text) return;
      rescans += 1;
      running = run();
      running.catch((err) => console.debug('Sourcelight:', err));
    }, () => {});
  }
  const observer = new MutationObserver(() => {
    if (rescans >= MAX_RESCANS) return observer.disconnect();
    rescanTimer ||= setTimeout(rescan, RESCAN_MS);
  });
  if (document.body) observer.observe(document.body, { childList: true, subtree: true, characterData: true });

  analysed().catch((err) => console.debug('Sourcelight:', err));
})();
