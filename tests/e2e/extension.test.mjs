// The extension end to end on the seed article and a markup test page:
// what it paints, that the page stays as it was, the popup, the badge, the
// jump, and that nothing leaves 127.0.0.1.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitForHighlight, paintedTexts, foreignRequests, screenshotPath, flashed, CAPTURE_PARSED_DOM } from './browser.mjs';

const squash = (s) => s.replace(/\s+/g, ' ').trim();

describe('extension on the seed article', () => {
  let b, page, pageUrl;
  before(async () => {
    b = await launch();
    await b.context.addInitScript(CAPTURE_PARSED_DOM);
    page = await b.context.newPage();
    pageUrl = `${b.url}/seed-fr.html`;
    await page.goto(pageUrl);
    await waitForHighlight(page);
  });
  after(() => b?.close());

  test('anonymous sources and unverified claims are painted over the right sentences', async () => {
    const painted = await paintedTexts(page);
    const anonymous = painted['sl-anonymous_source'] ?? [];
    const unverified = painted['sl-unverified'] ?? [];
    assert.ok(anonymous.some((t) => t.startsWith('Les sources des services secrets kirghizes attribuent')), `anonymous: ${anonymous}`);
    assert.ok(anonymous.some((t) => t.includes('selon une source de renseignements très haut placée')), `anonymous: ${anonymous}`);
    assert.ok(unverified.some((t) => t.includes('pourraient avoir préparé')), `unverified: ${unverified}`);
    assert.ok(unverified.some((t) => t.startsWith('Cela indiquerait donc directement')), `unverified: ${unverified}`);
    // Cue words get their own highlight, exactly over the words.
    const cues = painted['sl-cue'] ?? [];
    assert.ok(cues.includes('Cela indiquerait'), `cues: ${cues}`);
    assert.ok(cues.some((c) => c.startsWith('selon une source de renseignements')), `cues: ${cues}`);
    await page.screenshot({ path: await screenshotPath('seed-page.png') });
  });

  test('the credit line and the URL line are in no range', async () => {
    const touched = await page.evaluate(() => {
      const paras = [...document.querySelectorAll('p')].filter((p) =>
        p.textContent.startsWith('source : https://thecradle.co') || p.textContent.startsWith('https://reseauinternational.net/'));
      const hits = [];
      for (const [name, h] of CSS.highlights) {
        for (const r of h) for (const p of paras) if (r.intersectsNode(p)) hits.push(`${name}: ${r}`);
      }
      return { found: paras.length, hits };
    });
    assert.equal(touched.found, 2, 'both lines are on the page');
    assert.deepEqual(touched.hits, []);
  });

  test("painting leaves the page's DOM and text exactly as parsed", async () => {
    const { parsed, now } = await page.evaluate(() => ({ parsed: window.__parsedDom, now: document.documentElement.outerHTML }));
    assert.ok(parsed && parsed.includes('Les sources des services secrets kirghizes'), 'DOM captured before painting');
    assert.equal(now, parsed);
  });

  test('the badge and the popup show the counts that were painted', async () => {
    const tabId = await b.worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0].id);
    const sizes = await page.evaluate(() => ({
      anonymous: CSS.highlights.get('sl-anonymous_source').size,
      unverified: CSS.highlights.get('sl-unverified').size,
    }));
    const popup = await b.context.newPage();
    await popup.setViewportSize({ width: 400, height: 700 });
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('#summary:not([hidden])');
    const count = (c) => popup.textContent(`#count-${c}`).then(Number);
    assert.equal(await count('anonymous_source'), sizes.anonymous);
    assert.equal(await count('unverified'), sizes.unverified);
    assert.ok((await count('sentences')) > 50, 'the whole article was read');
    assert.equal(await popup.locator('.group.anonymous_source button.sentence').count(), sizes.anonymous);
    assert.equal(await popup.locator('.group.unverified button.sentence').count(), sizes.unverified);
    const kirghiz = popup.locator('.group.anonymous_source li', { hasText: 'services secrets kirghizes' });
    assert.match(await kirghiz.locator('.explanation').first().textContent(), /\S{3,}/, 'a cue comes with its explanation');

    // The badge counts flagged sentences (a sentence can carry both labels).
    const flagged = await popup.evaluate(async (id) =>
      (await chrome.tabs.sendMessage(id, { kind: 'summary' })).result.summary.flagged, tabId);
    const badge = await b.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    assert.equal(badge, String(flagged));
    assert.ok(flagged >= Math.max(sizes.anonymous, sizes.unverified));
    await popup.screenshot({ path: await screenshotPath('popup.png'), fullPage: true });

    // Clicking the last flagged sentence scrolls the page to it and flashes it.
    assert.equal(await page.evaluate(() => scrollY), 0);
    const last = popup.locator('.group.unverified button.sentence').last();
    const lastText = squash(await last.textContent());
    await last.click();
    const after = await flashed(page);
    assert.ok(after.scrollY > 500, `scrolled to ${after.scrollY}`);
    assert.equal(squash(after.text), lastText);
    assert.ok(after.top >= 0 && after.bottom <= after.height, 'the sentence is in view');
    await popup.close();
  });
});

describe('extension on a page with inline markup and hidden text', () => {
  let b, page;
  before(async () => {
    b = await launch();
    page = await b.context.newPage();
    await page.goto(`${b.url}/markup-en.html`);
    await waitForHighlight(page);
  });
  after(() => b?.close());

  test('ranges cross links and <em>, and land exactly after an emoji', async () => {
    const painted = await paintedTexts(page);
    const anonymous = (painted['sl-anonymous_source'] ?? []).map(squash);
    assert.ok(anonymous.some((t) => t.endsWith('The harbour deal was delayed again, officials said on Tuesday, after a night of talks.')), `anonymous: ${anonymous}`);
    const cues = (painted['sl-cue'] ?? []).map(squash);
    assert.ok(cues.includes('officials said'), `cues: ${cues}`);
    assert.ok(cues.includes('reportedly'), `cues: ${cues}`);
    const unverified = (painted['sl-unverified'] ?? []).map(squash);
    assert.deepEqual(unverified, ['The minister reportedly offered to resign before the vote.']);
  });

  test('hidden text, scripts, form fields and editable areas are not read', async () => {
    const tabId = await b.worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0].id);
    const report = await b.worker.evaluate(async (id) => (await chrome.tabs.sendMessage(id, { kind: 'summary' })).result, tabId);
    const flaggedText = report.flagged.map((f) => f.text).join(' | ');
    const painted = Object.values(await paintedTexts(page)).flat().join(' | ');
    for (const word of ['ferry', 'mayor', 'budget', 'tug', 'dock', 'crane fell']) {
      assert.ok(!flaggedText.includes(word), `${word} read: ${flaggedText}`);
      assert.ok(!painted.includes(word), `${word} painted: ${painted}`);
    }
    // Only the four visible blocks were read: headline and three paragraphs.
    assert.equal(report.summary.sentences, 4, flaggedText);
  });

  test('text the page adds after load is analysed and painted too', async () => {
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'The bridge was closed for repairs, officials said late on Wednesday.';
      document.querySelector('main').append(p);
    });
    await page.waitForFunction(() => [...CSS.highlights.get('sl-anonymous_source')]
      .some((r) => r.toString().startsWith('The bridge was closed')), null, { timeout: 8000 });
    const anonymous = (await paintedTexts(page))['sl-anonymous_source'].map(squash);
    assert.ok(anonymous.some((t) => t.includes('officials said on Tuesday')), 'earlier highlights are kept');
  });

  test('every request went to 127.0.0.1 or the extension itself', async () => {
    // The recorder sees the service worker's own fetches: the wasm must be among them.
    assert.ok(b.requests.some((u) => u.startsWith('chrome-extension://') && u.endsWith('.wasm')), b.requests.join('\n'));
    assert.ok(b.requests.some((u) => u.startsWith(b.url)));
    assert.deepEqual(foreignRequests(b.requests), []);
  });
});
