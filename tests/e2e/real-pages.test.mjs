// The extension on real news pages saved as published (full HTML, with
// their navigation, teasers, scripts and ads; every request that would leave
// 127.0.0.1 is aborted): what is painted, and where; the popup's counts and
// list; the jump; the tooltip on hover; no request or error from the extension.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, offline, activeTabId, summaryOf, watch, workerErrors, tooltip, hoverHighlight,
  paintedTexts, screenshotPath, flashed,
} from './browser.mjs';

const squash = (s) => s.replace(/\s+/g, ' ').trim();

// `within`: the element every painted range must lie in (the article);
// `sentences`: the article's sentence count in tests/corpus/articles.jsonl.
const PAGES = [
  { file: 'fr-liberation-ayrault-methode.html', lang: 'fr', within: 'div.article', sentences: 23,
    anonymous: ['plaide l’entourage du Premier ministre'] },
  { file: 'fr-lemonde-loi-renseignement.source.html', lang: 'fr', within: 'article', sentences: 68, anonymous: [] },
  { file: 'en-cnn-trump-walter-reed.html', lang: 'en', within: 'article', sentences: 39,
    anonymous: ['Sources told CNN that a year later'] },
  { file: 'en-nytimes-trade-war-china.html', lang: 'en', within: 'article', sentences: 57,
    anonymous: ['people familiar with Chinese trade policy said', 'according to people familiar with their thinking'] },
];

// Where a range must never be: page furniture and teaser cards.
const FURNITURE = 'nav, aside, footer, [role=navigation], [role=complementary], [aria-hidden=true], article article';

describe('extension on real news pages (full HTML as published)', () => {
  let b, errors, aborted;
  const opened = {};
  before(async () => {
    b = await launch();
    aborted = await offline(b.context);
    errors = workerErrors(b.worker);
  });
  after(() => b?.close());

  for (const p of PAGES) {
    test(`${p.file}: highlights on the article's sentences, none in navigation`, async () => {
      const page = await b.context.newPage();
      const w = await watch(page);
      await page.goto(`${b.url}/${p.file}`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => CSS.highlights.get('sl-named_source')?.size > 0, null, { timeout: 15_000 });
      await page.bringToFront();
      const report = await summaryOf(b.worker, await activeTabId(b.worker));
      assert.equal(report.lang, p.lang);
      assert.equal(report.supported, true);
      // Navigation, teasers and footers are not read: the count stays near the article's.
      assert.ok(report.summary.sentences >= p.sentences && report.summary.sentences <= p.sentences * 1.5,
        `${report.summary.sentences} sentences read, the article has ${p.sentences}`);
      const painted = await paintedTexts(page);
      const anonymous = (painted['sl-anonymous_source'] ?? []).map(squash);
      for (const phrase of p.anonymous) assert.ok(anonymous.some((t) => t.includes(phrase)), `${phrase} not in\n${anonymous.join('\n')}`);
      const misplaced = await page.evaluate(({ within, furniture }) => {
        const out = [];
        for (const [name, h] of CSS.highlights) {
          if (!name.startsWith('sl-')) continue;
          for (const r of h) {
            const el = r.commonAncestorContainer.nodeType === 1 ? r.commonAncestorContainer : r.commonAncestorContainer.parentElement;
            if (!el.closest(within) || el.closest(furniture)) out.push(`${name}: ${r}`);
          }
        }
        return out;
      }, { within: p.within, furniture: FURNITURE });
      assert.deepEqual(misplaced, []);
      assert.deepEqual(w.extensionErrors, []);
      assert.deepEqual(w.extensionRequests, []);
      opened[p.file] = page;
    });
  }

  for (const [file, shot] of [['fr-liberation-ayrault-methode.html', 'fr'], ['en-nytimes-trade-war-china.html', 'en']]) {
    test(`${file}: the popup lists and counts what is painted; a click jumps there`, async () => {
      const page = opened[file];
      assert.ok(page, 'page opened by the test above');
      await page.bringToFront();
      await page.evaluate(() => scrollTo(0, 0));
      const tabId = await activeTabId(b.worker);
      const sizes = await page.evaluate(() => ({
        anonymous_source: CSS.highlights.get('sl-anonymous_source')?.size ?? 0,
        unverified: CSS.highlights.get('sl-unverified')?.size ?? 0,
        named_source: CSS.highlights.get('sl-named_source')?.size ?? 0,
      }));
      // The page as painted, around its first flagged sentence (the saved pages have no CSS: their CDNs are offline).
      await page.evaluate(() => {
        const r = [...(CSS.highlights.get('sl-anonymous_source') ?? CSS.highlights.get('sl-unverified'))][0];
        r.startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
      });
      await page.screenshot({ path: await screenshotPath(`real-${shot}-page.png`) });
      await page.evaluate(() => scrollTo(0, 0));
      const popup = await b.context.newPage();
      await popup.setViewportSize({ width: 400, height: 700 });
      await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
      await popup.waitForSelector('body[data-ready]');
      for (const c of Object.keys(sizes)) assert.equal(Number(await popup.textContent(`#count-${c}`)), sizes[c], c);
      assert.equal(await popup.locator('.group.anonymous_source button.sentence').count(), sizes.anonymous_source);
      assert.equal(await popup.locator('.group.unverified button.sentence').count(), sizes.unverified);
      assert.match(await popup.getAttribute('#chart', 'aria-label'), /%/);
      assert.equal(await popup.locator('.share [role=meter]').count(), 3);
      assert.equal(await popup.isChecked('#switch-site'), true);
      await popup.screenshot({ path: await screenshotPath(`real-${shot}-popup.png`), fullPage: true });

      // Keyboard: Tab reaches the last sentence's button, Enter jumps.
      const last = popup.locator('button.sentence').last();
      const text = squash(await last.textContent());
      await last.focus();
      await popup.keyboard.press('Enter');
      const flash = await flashed(page);
      assert.ok(flash.scrollY > 200, `scrolled to ${flash.scrollY}`);
      assert.equal(squash(flash.text), text);
      assert.ok(flash.top >= 0 && flash.top < flash.height, 'the sentence is in view');
      await popup.close();
    });
  }

  test('hovering a flagged sentence explains it in a closed shadow root; the DOM is back as it was after', async () => {
    const page = opened['en-nytimes-trade-war-china.html'];
    await page.bringToFront();
    const before = await page.evaluate(() => document.documentElement.outerHTML.length);
    await hoverHighlight(page, 'sl-anonymous_source', 'people familiar with Chinese trade policy said');
    await page.waitForFunction(() => document.querySelector('sourcelight-overlay'), null, { timeout: 3000 });
    const tip = await tooltip(page);
    assert.ok(tip, 'a tooltip shows');
    assert.equal(tip.mode, 'closed');
    assert.match(tip.text, /Anonymous source/);
    assert.match(tip.text, /people familiar with Chinese trade policy said/);
    assert.match(tip.text, / — \S+/, 'with a one-line explanation');
    await page.screenshot({ path: await screenshotPath('real-en-tooltip.png') });
    await page.mouse.move(2, 2);
    await page.waitForFunction(() => !document.querySelector('sourcelight-overlay'), null, { timeout: 3000 });
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML.length), before);
  });

  test('the worker logged no error and nothing left 127.0.0.1 from the extension', () => {
    assert.deepEqual(errors, []);
    // The pages' own requests to their CDNs were aborted; none came from
    // extension code (checked per page above).
    assert.ok(aborted.length > 0, 'the pages did try their CDNs');
    console.log(`# ${aborted.length} requests of the pages themselves aborted (offline test)`);
  });
});
