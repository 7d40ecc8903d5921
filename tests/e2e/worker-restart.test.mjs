// Chrome stops an idle MV3 service worker after about 30 s, and may stop it
// in the middle of a request. The tests stop it over the DevTools protocol
// (no 30 s wait): a request cut short is asked again, a page that grows
// afterwards is still analysed and painted, and an older tab's popup and
// badge still show its summary (they live in the tab and the browser, not
// in the worker).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitForHighlight, paintedTexts, foreignRequests, tabIdOf, stopWorker, watch } from './browser.mjs';

const painted = (page, name, text) => page.waitForFunction(({ name, text }) =>
  [...(CSS.highlights.get(name) ?? [])].some((r) => r.toString().includes(text)), { name, text }, { timeout: 10_000 });

describe('the service worker stops and starts again', () => {
  let b, seed, seedTab, live, w;
  before(async () => {
    b = await launch();
  });
  after(() => b?.close());

  test('a worker stopped in the middle of an analysis: the content script asks again and the page is painted', async () => {
    // The first request must load French: the worker's read of that file
    // is held, so the request is still open when the worker is stopped.
    await b.worker.evaluate(() => {
      const real = self.fetch;
      self.fetch = (url, ...rest) => {
        if (!String(url).includes('/lang/')) return real(url, ...rest);
        self.__held = String(url);
        return new Promise(() => {}); // never answers
      };
    });
    seed = await b.context.newPage();
    w = await watch(seed);
    await seed.goto(`${b.url}/seed-fr.html`);
    await b.worker.evaluate(async () => { while (!self.__held) await new Promise((ok) => setTimeout(ok, 20)); });
    assert.match(await b.worker.evaluate(() => self.__held), /\/lang\/fr\.lang$/);
    seedTab = await tabIdOf(b.worker, seed);
    await stopWorker(seed, b.extensionId);
    await waitForHighlight(seed);
    const p = await paintedTexts(seed);
    assert.ok(p['sl-anonymous_source'].some((t) => t.startsWith('Les sources des services secrets kirghizes')), p['sl-anonymous_source']);
  });

  test('a page that grows after the worker stopped idle is analysed and painted', async () => {
    live = await b.context.newPage();
    await live.goto(`${b.url}/dynamic.html`);
    await painted(live, 'sl-anonymous_source', 'people familiar with the talks');
    await live.evaluate(() => { window.__kept = [...CSS.highlights.get('sl-anonymous_source')]; });
    await stopWorker(live, b.extensionId);
    await live.evaluate(() => window.addEntry(3));
    await painted(live, 'sl-anonymous_source', 'Update 3:');
    const p = (await paintedTexts(live))['sl-anonymous_source'];
    assert.ok(p.some((t) => t.startsWith('Update 1:')), p);
    assert.ok(!p.some((t) => t.startsWith('Update 2:')), 'the named update is not flagged');
    assert.equal(await live.evaluate(() => window.__kept.every((r) => CSS.highlights.get('sl-anonymous_source').has(r))), true,
      'what was painted before the restart stays');
  });

  test("an older tab's popup and badge still show its summary after a restart", async () => {
    const sizes = await seed.evaluate(() => ({
      anonymous: CSS.highlights.get('sl-anonymous_source').size,
      unverified: CSS.highlights.get('sl-unverified').size,
    }));
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/options.html`); // an extension page: chrome.* without the worker
    const badge = () => popup.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), seedTab);
    const before = await badge();
    assert.match(before, /^[1-9]\d*$/);
    await stopWorker(live, b.extensionId);
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${seedTab}`);
    await popup.waitForSelector('#summary:not([hidden])');
    const count = (c) => popup.textContent(`#count-${c}`).then(Number);
    assert.ok((await count('sentences')) > 50, 'the whole article');
    assert.equal(await count('anonymous_source'), sizes.anonymous);
    assert.equal(await count('unverified'), sizes.unverified);
    assert.equal(await popup.locator('.group.anonymous_source button.sentence').count(), sizes.anonymous);
    assert.equal(await badge(), before);
    await popup.close();
  });

  test('no error on the page, no request from the extension, nothing leaves 127.0.0.1', () => {
    assert.deepEqual(w.pageErrors, []);
    assert.deepEqual(w.extensionErrors, []);
    assert.deepEqual(w.extensionRequests, []);
    assert.deepEqual(foreignRequests(b.requests), []);
  });
});
