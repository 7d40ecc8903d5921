// Painting: the highlights of the CSS Custom Highlight API (styles in
// content.css), one per category, the cues and the flash of a jump; where
// the API is missing, boxes drawn over the ranges in a closed shadow root of
// one host element appended to <html>, outside <body>. The tooltip's
// element lives in the same root. The page's DOM and text stay as they are.
(() => {
  'use strict';
  const SL = (globalThis.Sourcelight ??= {});
  if (SL.paint) return;

  const CATEGORIES = ['anonymous_source', 'unverified', 'named_source'];
  const CUE = 'sl-cue';
  const FLASH = 'sl-flash';
  const NAMES = [...CATEGORIES.map((c) => `sl-${c}`), CUE, FLASH];
  let nameShown = () => true; // set by content.js: the settings decide

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

  SL.paint = {
    CATEGORIES, CUE, FLASH, haveHighlights, hl, register, scheduleOverlay, ensureHost, releaseHost, lineBoxes,
    /** Which highlights show (`name` → boolean). */
    showing: (fn) => { nameShown = fn; },
    /** The overlay's host element (never read as page text), or null. */
    host: () => host,
    /** The tooltip's element, once ensureHost made it. */
    tip: () => tip,
  };
})();
