// Pages that change after load: an infinite-scroll feed, a burst of
// updates, typing, and an SPA navigation that replaces the article. New
// blocks are analysed alone and painted without touching what was there.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitForHighlight, paintedTexts, foreignRequests, activeTabId, summaryOf, watch, workerErrors, screenshotPath } from './browser.mjs';

const squash = (s) => s.replace(/\s+/g, ' ').trim();
const painted = (page, name, text) => page.waitForFunction(({ name, text }) =>
  [...(CSS.highlights.get(name) ?? [])].some((r) => r.toString().includes(text)), { name, text }, { timeout: 8000 });

describe('a page that changes after load', () => {
  let b, page, w, errors;
  // The texts the worker was asked to analyse, as lengths, in order.
  const analyses = () => b.worker.evaluate(() => self.__analyses);
  before(async () => {
    b = await launch();
    errors = workerErrors(b.worker);
    await b.worker.evaluate(() => {
      self.__analyses = [];
      chrome.runtime.onMessage.addListener((m) => { if (m?.kind === 'analyze') self.__analyses.push(m.text.length); });
    });
    page = await b.context.newPage();
    w = await watch(page);
    await page.goto(`${b.url}/dynamic.html`);
    await waitForHighlight(page);
  });
  after(() => b?.close());

  test('the article is painted, the navigation is not', async () => {
    const p = await paintedTexts(page);
    assert.ok(p['sl-anonymous_source'].some((t) => t.includes('people familiar with the talks')), p['sl-anonymous_source']);
    assert.ok(p['sl-unverified'].some((t) => t.includes('reportedly began')), p['sl-unverified']);
    assert.ok(!Object.values(p).flat().some((t) => t.includes('menu')), 'the nav is not read');
    assert.equal((await analyses()).length, 1);
  });

  test('an entry added below is analysed alone and painted; earlier ranges stay the same objects', async () => {
    await page.evaluate(() => { window.__kept = [...CSS.highlights.get('sl-anonymous_source')]; });
    const first = (await analyses())[0];
    await page.evaluate(() => window.addEntry(3));
    await painted(page, 'sl-anonymous_source', 'Update 1: the talks resumed');
    const kept = await page.evaluate(() => window.__kept.every((r) => CSS.highlights.get('sl-anonymous_source').has(r)));
    assert.equal(kept, true, 'the ranges painted before are still the same Range objects');
    const sizes = await analyses();
    assert.equal(sizes.length, 2);
    const entry = await page.evaluate(() => document.querySelector('.entry').innerText.trim().length);
    assert.ok(Math.abs(sizes[1] - entry) < 10, `only the new entry was sent (${sizes[1]} chars; the entry has ${entry}, the story ${first})`);
    const p = (await paintedTexts(page))['sl-anonymous_source'].map(squash);
    assert.ok(p.some((t) => t.startsWith('Update 3:')));
    assert.ok(!p.some((t) => t.startsWith('Update 2:')), 'the named update is not flagged');
  });

  test('a burst of additions is debounced into few analyses', async () => {
    const before = (await analyses()).length;
    await page.evaluate(async () => {
      for (let i = 0; i < 10; i++) { window.addEntry(1); await new Promise((ok) => setTimeout(ok, 60)); }
    });
    await painted(page, 'sl-anonymous_source', 'Update 13:');
    const after = (await analyses()).length - before;
    assert.ok(after >= 1 && after <= 3, `${after} analyses for 10 additions`);
    await page.screenshot({ path: await screenshotPath('dynamic-feed.png'), fullPage: true });
  });

  test('typing in a text field analyses nothing', async () => {
    const before = (await analyses()).length;
    await page.click('#comment');
    await page.keyboard.type('Officials said, reportedly, that sources said so. '.repeat(3), { delay: 2 });
    await page.waitForTimeout(800);
    assert.equal((await analyses()).length, before);
  });

  test('an SPA navigation that replaces the article is read again; the old highlights go', async () => {
    await page.evaluate(() => window.navigate());
    await painted(page, 'sl-unverified', 'played in Lyon');
    const all = Object.values(await paintedTexts(page)).flat().join(' | ');
    assert.ok(!all.includes('Update 1'), all);
    assert.ok(!all.includes('people familiar with the talks'), all);
    await page.bringToFront();
    const report = await summaryOf(b.worker, await activeTabId(b.worker));
    assert.deepEqual(report.flagged.map((f) => squash(f.text)),
      ['The final will reportedly be played in Lyon, sources close to the federation said.']);
    await b.worker.evaluate(async () => {
      const tabId = (await chrome.tabs.query({ active: true }))[0].id;
      for (let i = 0; i < 50 && (await chrome.action.getBadgeText({ tabId })) !== '1'; i++) await new Promise((ok) => setTimeout(ok, 50));
    });
    const badge = await b.worker.evaluate(async () => chrome.action.getBadgeText({ tabId: (await chrome.tabs.query({ active: true }))[0].id }));
    assert.equal(badge, '1');
  });

  test('no error, no request from the extension', () => {
    assert.deepEqual(w.pageErrors, []);
    assert.deepEqual(w.extensionErrors, []);
    assert.deepEqual(w.extensionRequests, []);
    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests(b.requests), []);
  });
});
