// The extension in Firefox: the Firefox build (dist/firefox, made by
// ./build.sh build through tests/support/firefox.mjs) passes `web-ext lint`,
// and, installed in headless firefox-esr (tests/e2e/firefox-browser.mjs),
// does what the Chromium suite checks at its core: a real article painted,
// the tooltip's text, the popup's summary, the page's DOM and text left as
// parsed, a restart of the background script, no request leaving 127.0.0.1.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DIST, screenshotPath, CAPTURE_PARSED_DOM } from './browser.mjs';
import { launchFirefox, openExtensionPage, tooltipOf } from './firefox-browser.mjs';
import { buildFirefox, GECKO_ID } from '../support/firefox.mjs';

const WEB_EXT = join(DIST, '../../node_modules/.bin/web-ext');
const squash = (s) => s.replace(/\s+/g, ' ').trim();

test('the Firefox build: gecko id, background scripts beside the worker, web-ext lint without errors', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sourcelight-firefox-'));
  try {
    const out = await buildFirefox(DIST, join(dir, 'firefox'));
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    assert.equal(manifest.browser_specific_settings.gecko.id, GECKO_ID);
    assert.deepEqual(manifest.background.scripts, ['background.js']);
    assert.equal(manifest.background.service_worker, 'background.js');
    assert.equal(manifest.manifest_version, 3);
    const { stdout } = await promisify(execFile)(WEB_EXT, ['lint', '--source-dir', out, '--output', 'json'], { maxBuffer: 1 << 24 })
      .catch((err) => err); // exits 1 when there are errors: the report says which
    const report = JSON.parse(stdout);
    console.log(`# web-ext lint: ${JSON.stringify(report.summary)}`);
    for (const w of report.warnings) console.log(`# warning ${w.code}: ${w.message}`);
    assert.deepEqual(report.errors, []);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

const waitForHighlight = (page, name) =>
  page.waitForFunction((n) => CSS.highlights.get(n)?.size > 0, { timeout: 20_000 }, name);
const painted = (page, name) => page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => r.toString()), name);
const PROBE = 'http://sourcelight-probe.invalid/';

describe('the extension in headless Firefox', () => {
  let b, seed, nyt, seedTab;
  before(async () => {
    b = await launchFirefox();
    seed = await b.browser.newPage();
    await seed.evaluateOnNewDocument(CAPTURE_PARSED_DOM);
    await seed.setViewport({ width: 1100, height: 800 });
    await seed.goto(`${b.url}/seed-fr.html`);
    await waitForHighlight(seed, 'sl-anonymous_source');
  });
  after(() => b?.close());

  test('the seed article: anonymous sources, unverified claims and cue words painted over the right words', async () => {
    const anonymous = await painted(seed, 'sl-anonymous_source');
    const unverified = await painted(seed, 'sl-unverified');
    const cues = await painted(seed, 'sl-cue');
    assert.ok(anonymous.some((t) => t.startsWith('Les sources des services secrets kirghizes attribuent')), `anonymous: ${anonymous}`);
    assert.ok(anonymous.some((t) => t.includes('selon une source de renseignements très haut placée')), `anonymous: ${anonymous}`);
    assert.ok(unverified.some((t) => t.startsWith('Cela indiquerait donc directement')), `unverified: ${unverified}`);
    assert.ok(cues.includes('Cela indiquerait'), `cues: ${cues}`);
    await seed.screenshot({ path: await screenshotPath('firefox-seed-page.png') });
  });

  test("painting leaves the page's DOM and text exactly as parsed", async () => {
    const { parsed, now } = await seed.evaluate(() => ({ parsed: window.__parsedDom, now: document.documentElement.outerHTML }));
    assert.ok(parsed?.includes('Les sources des services secrets kirghizes'), 'DOM captured before painting');
    assert.equal(now, parsed);
  });

  test('a full news page as published, under a CSP that forbids everything: the article is painted, the navigation is not', async () => {
    nyt = await b.browser.newPage();
    await nyt.goto(`${b.strictUrl}/en-nytimes-trade-war-china.html`, { waitUntil: 'domcontentloaded' });
    await waitForHighlight(nyt, 'sl-anonymous_source');
    const anonymous = (await painted(nyt, 'sl-anonymous_source')).map(squash);
    assert.ok(anonymous.some((t) => t.includes('people familiar with Chinese trade policy said')), anonymous.join('\n'));
    const outside = await nyt.evaluate(() => {
      const out = [];
      for (const [name, h] of CSS.highlights) {
        for (const r of h) {
          const n = r.commonAncestorContainer;
          const el = n.nodeType === 1 ? n : n.parentElement;
          if (name.startsWith('sl-') && (!el.closest('article') || el.closest('nav, aside, footer, article article'))) out.push(`${name}: ${r}`);
        }
      }
      return out;
    });
    assert.deepEqual(outside, []);
  });

  test('hovering a flagged sentence shows its category, cue and explanation in a closed shadow root', async () => {
    await seed.bringToFront();
    const point = await seed.evaluate(async () => {
      const r = [...CSS.highlights.get('sl-anonymous_source')].find((x) => x.toString().startsWith('Les sources des services secrets'));
      r.startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
      const box = [...r.getClientRects()].find((x) => x.width > 20);
      return { x: box.left + Math.min(box.width / 2, 40), y: box.top + box.height / 2 };
    });
    await seed.mouse.move(point.x, point.y);
    await seed.waitForFunction(() => document.querySelector('sourcelight-overlay'), { timeout: 5000 });
    const tip = await tooltipOf(b, seed);
    assert.ok(tip, 'a tooltip shows');
    assert.equal(tip.mode, 'closed');
    assert.match(tip.text, /^Anonymous source/);
    assert.match(tip.text, /Les sources des services/);
    assert.match(tip.text, / — \S+/, 'with a one-line explanation');
    await seed.screenshot({ path: await screenshotPath('firefox-tooltip.png') });
    await seed.mouse.move(2, 2);
    await seed.waitForFunction(() => !document.querySelector('sourcelight-overlay'), { timeout: 5000 });
  });

  test('the popup shows the counts and the sentences that were painted', async () => {
    const sizes = await seed.evaluate(() => ({
      anonymous: CSS.highlights.get('sl-anonymous_source').size,
      unverified: CSS.highlights.get('sl-unverified').size,
    }));
    // The seed page's tab: the only one whose content script says it is read in French.
    const popup = await openExtensionPage(b.browser, 'popup.html');
    seedTab = await popup.evaluate(async () => {
      for (const { id } of await chrome.tabs.query({})) {
        const reply = await chrome.tabs.sendMessage(id, { kind: 'summary' }).catch(() => null);
        if (reply?.ok && reply.result.lang === 'fr') return id;
      }
      return null;
    });
    assert.ok(Number.isInteger(seedTab), 'the seed tab answers');
    await popup.close();
    const view = await openExtensionPage(b.browser, `popup.html?tab=${seedTab}`);
    await view.setViewport({ width: 400, height: 700 });
    await view.waitForSelector('#summary:not([hidden])');
    const count = (c) => view.$eval(`#count-${c}`, (e) => Number(e.textContent));
    assert.ok((await count('sentences')) > 50, 'the whole article was read');
    assert.equal(await count('anonymous_source'), sizes.anonymous);
    assert.equal(await count('unverified'), sizes.unverified);
    assert.equal((await view.$$('.group.anonymous_source button.sentence')).length, sizes.anonymous);
    assert.equal((await view.$$('.group.unverified button.sentence')).length, sizes.unverified);
    const kirghiz = await view.$$eval('.group.anonymous_source li', (lis) =>
      lis.find((li) => li.textContent.includes('services secrets kirghizes'))?.querySelector('.explanation')?.textContent);
    assert.match(kirghiz ?? '', /\S{3,}/, 'a cue comes with its explanation');
    await view.screenshot({ path: await screenshotPath('firefox-popup.png'), fullPage: true });
    await view.close();
  });

  test('after Firefox stops the background script, a page that grows is painted and the popup still shows the older tab', async () => {
    const live = await b.browser.newPage();
    await live.goto(`${b.url}/dynamic.html`);
    await waitForHighlight(live, 'sl-anonymous_source');
    assert.equal(await b.stopBackground(), 'stopped');
    await live.evaluate(() => window.addEntry(3));
    await live.waitForFunction(() => [...CSS.highlights.get('sl-anonymous_source')].some((r) => r.toString().startsWith('Update 3:')), { timeout: 10_000 });
    assert.equal(await b.backgroundState(), 'running', 'the message started it again');
    assert.equal(await b.stopBackground(), 'stopped');
    const view = await openExtensionPage(b.browser, `popup.html?tab=${seedTab}`);
    await view.waitForSelector('#summary:not([hidden])');
    assert.ok(await view.$eval('#count-sentences', (e) => Number(e.textContent)) > 50);
    await view.close();
    await live.close();
  });

  test('no request left 127.0.0.1 (the recording proxy saw only the test\'s own probe)', async () => {
    // The probe shows the proxy does see a request for another host.
    await seed.evaluate((u) => fetch(u).catch(() => null), PROBE);
    for (let i = 0; i < 50 && !b.proxied.includes(PROBE); i++) await new Promise((ok) => setTimeout(ok, 100));
    assert.deepEqual(b.proxied, [PROBE]);
  });
});
