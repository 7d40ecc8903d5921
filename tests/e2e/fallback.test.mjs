// The content scripts where the CSS Custom Highlight API is missing. Chromium has no
// switch to turn the API off for an extension's world, so the content script
// runs here in the page itself, with `CSS.highlights` deleted and a stub
// `chrome` whose sendMessage runs the worker's own request code
// (analysis.js) over the real wasm core (dist/pkg) in Node.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../support/serve.mjs';
import { CHROMIUM, DIST, PAGES, screenshotPath } from './browser.mjs';

const PKG = join(DIST, 'pkg');

// Runs in the page before its own parsing: no Highlight API, a stub chrome,
// the closed shadow root kept where the test can read it, the DOM as parsed.
const PREPARE_PAGE = () => {
  delete CSS.highlights;
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.localName === 'sourcelight-overlay') window.__slRoot = root;
    return root;
  };
  globalThis.chrome = Object.assign(globalThis.chrome ?? {}, {
    runtime: {
      id: 'stub',
      sendMessage: async (msg) => ({ ok: true, result: await window.__slAnalyze(msg) }),
      onMessage: { addListener: (fn) => { window.__slListener = fn; } },
    },
    i18n: { getMessage: (key) => (key === 'uiLang' ? 'en' : '') },
  });
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') window.__parsedBody = document.body.innerHTML;
  });
};

describe('content script without the CSS Highlight API', () => {
  let server, browser, page;
  before(async () => {
    const wasm = await import(join(PKG, 'sourcelight.js'));
    await wasm.default({ module_or_path: await readFile(join(PKG, 'sourcelight_bg.wasm')) });
    const { analyzer } = await import(join(DIST, 'analysis.js'));
    const analyze = analyzer(wasm, (code) => readFile(join(DIST, 'lang', `${code}.lang`), 'utf8'));
    server = await serve(PAGES);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    await page.exposeFunction('__slAnalyze', (msg) => analyze(msg));
    await page.addInitScript(PREPARE_PAGE);
    await page.goto(`${server.url}/seed-fr.html`);
    // The content scripts in the manifest's order (Readability, the main text, the page text, content.js).
    const manifest = JSON.parse(await readFile(join(DIST, 'manifest.json'), 'utf8'));
    for (const js of manifest.content_scripts[0].js) await page.addScriptTag({ path: join(DIST, js) });
    await page.waitForFunction(() => window.__slRoot?.querySelector('.sl-anonymous_source'), null, { timeout: 10_000 });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('boxes are drawn over the flagged sentences, outside <body>, letting clicks through', async () => {
    const r = await page.evaluate(() => {
      const host = document.querySelector('sourcelight-overlay');
      const para = [...document.querySelectorAll('p')].find((p) => p.textContent.includes('services secrets kirghizes'));
      const credit = [...document.querySelectorAll('p')].find((p) => p.textContent.startsWith('source : https://thecradle.co'));
      const rect = (e) => { const b = e.getBoundingClientRect(); return { top: b.top + scrollY, bottom: b.bottom + scrollY }; };
      const boxes = (cls) => [...window.__slRoot.querySelectorAll(`.${cls}`)].map((b) => ({ top: parseFloat(b.style.top), h: parseFloat(b.style.height) }));
      const p = rect(para), c = rect(credit);
      const within = (b, area) => b.top >= area.top - 1 && b.top + b.h <= area.bottom + 1;
      const anon = boxes('sl-anonymous_source');
      const first = window.__slRoot.querySelector('.sl-anonymous_source');
      return {
        parent: host.parentNode === document.documentElement,
        pointerEvents: getComputedStyle(host).pointerEvents,
        anonymous: anon.length,
        onKirghizPara: anon.filter((b) => within(b, p)).length,
        onCredit: [...boxes('sl-anonymous_source'), ...boxes('sl-unverified'), ...boxes('sl-cue')].filter((b) => within(b, c)).length,
        cues: boxes('sl-cue').length,
        // What a click at the middle of the first box would reach.
        hit: document.elementFromPoint(parseFloat(first.style.left) + 4 - scrollX, parseFloat(first.style.top) + 4 - scrollY)?.localName,
      };
    });
    assert.equal(r.parent, true, 'host appended to <html>');
    assert.equal(r.pointerEvents, 'none');
    assert.ok(r.onKirghizPara >= 1, JSON.stringify(r));
    assert.ok(r.cues >= 1, JSON.stringify(r));
    assert.equal(r.onCredit, 0, JSON.stringify(r));
    assert.equal(r.hit, 'p', 'clicks reach the page');
    await page.screenshot({ path: await screenshotPath('fallback-boxes.png') });
  });

  test("the page's body is exactly as parsed", async () => {
    const { parsed, now } = await page.evaluate(() => ({ parsed: window.__parsedBody, now: document.body.innerHTML }));
    assert.ok(parsed.includes('services secrets kirghizes'));
    assert.equal(now, parsed);
  });

  test('a jump scrolls to the sentence and flashes a box over it', async () => {
    await page.evaluate(() => scrollTo(0, 0));
    const flagged = await page.evaluate(() => new Promise((ok) =>
      window.__slListener({ kind: 'summary' }, { id: 'stub' }, (reply) => ok(reply.result.flagged))));
    const last = flagged[flagged.length - 1];
    const reply = await page.evaluate((index) => new Promise((ok) =>
      window.__slListener({ kind: 'jump', index }, { id: 'stub' }, ok)), last.index);
    assert.deepEqual(reply, { ok: true, result: { ok: true } });
    const flash = await page.evaluate(() => {
      const box = window.__slRoot.querySelector('.sl-flash');
      return box && { scrollY, top: parseFloat(box.style.top) - scrollY, height: innerHeight };
    });
    assert.ok(flash, 'a flash box');
    assert.ok(flash.scrollY > 500 && flash.top >= 0 && flash.top < flash.height, JSON.stringify(flash));
    await page.waitForFunction(() => !window.__slRoot.querySelector('.sl-flash'), null, { timeout: 4000 });
  });
});
