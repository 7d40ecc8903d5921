// Control: per-site off, the global switch (popup and keyboard command),
// category filters, the options page and the step-through shortcut; every
// change applies live to the open tabs through chrome.storage.sync.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, waitForHighlight, paintedTexts, foreignRequests, tabIdOf, summaryOf, setSettings, tooltip, watch,
  screenshotPath,
} from './browser.mjs';

/** Names of the sl-* highlights registered with at least one range. */
const shownNames = (page) => page.evaluate(() => [...CSS.highlights].filter(([n, h]) => n.startsWith('sl-') && h.size > 0).map(([n]) => n).sort());
const badgeOf = (b, tabId) => b.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
/** Waits for the badge to read `want` (a string, or a predicate): it follows the page by 50 ms. */
async function waitBadge(b, tabId, want) {
  const ok = typeof want === 'function' ? want : (x) => x === want;
  for (let i = 0; i < 60; i++) {
    if (ok(await badgeOf(b, tabId))) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`badge ${await badgeOf(b, tabId)}`);
}

describe('settings, applied live', () => {
  let b, seed, markup, seedTab, markupTab, host, w1, w2;
  before(async () => {
    b = await launch();
    host = new URL(b.url).host;
    // This site is off before any page opens.
    await setSettings(b.worker, { disabledSites: [host] });
    seed = await b.context.newPage();
    w1 = await watch(seed);
    await seed.goto(`${b.url}/seed-fr.html`);
    markup = await b.context.newPage();
    w2 = await watch(markup);
    await markup.goto(`${b.strictUrl}/markup-en.html`); // another port: another site
    await waitForHighlight(markup);
    seedTab = await tabIdOf(b.worker, seed);
    markupTab = await tabIdOf(b.worker, markup);
  });
  after(() => b?.close());

  test('a site turned off stays unpainted; the popup says so and turns it back on', async () => {
    await seed.waitForTimeout(500);
    assert.deepEqual(await shownNames(seed), []);
    assert.equal(await badgeOf(b, seedTab), '');
    const report = await summaryOf(b.worker, seedTab);
    assert.equal(report.active, false);
    assert.equal(report.siteEnabled, false);
    const popup = await b.context.newPage();
    await popup.setViewportSize({ width: 400, height: 300 });
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${seedTab}`);
    await popup.waitForSelector('body[data-ready]');
    assert.equal(await popup.isChecked('#switch-site'), false);
    assert.equal(await popup.isChecked('#switch-global'), true);
    assert.match(await popup.textContent('#status'), new RegExp(`off on ${host.replace(/\./g, '\\.')}`));
    await popup.screenshot({ path: await screenshotPath('popup-site-off.png') });
    await popup.check('#switch-site'); // the keyboard's space works as well: it is a checkbox
    await waitForHighlight(seed);
    await popup.waitForSelector('#summary:not([hidden])');
    assert.ok(Number(await popup.textContent('#count-anonymous_source')) > 0);
    assert.deepEqual(await b.worker.evaluate(() => chrome.storage.sync.get('disabledSites')), { disabledSites: [] });
    await popup.close();
    // The other site was painted all along.
    assert.ok((await shownNames(markup)).includes('sl-unverified'));
  });

  test('the toggle shortcut turns highlighting off and on in every open tab, without reading again', async () => {
    const before = await seed.evaluate(() => { window.__kept = [...CSS.highlights.get('sl-anonymous_source')]; return window.__kept.length; });
    await b.worker.evaluate(() => self.sourcelightCommand('toggle-highlighting'));
    await seed.waitForFunction(() => !CSS.highlights.has('sl-anonymous_source'));
    await markup.waitForFunction(() => !CSS.highlights.has('sl-unverified'));
    assert.deepEqual(await shownNames(seed), []);
    assert.deepEqual(await shownNames(markup), []);
    await waitBadge(b, seedTab, '');
    await b.worker.evaluate(() => self.sourcelightCommand('toggle-highlighting'));
    await waitForHighlight(seed);
    await waitForHighlight(markup, 'sl-unverified');
    const same = await seed.evaluate(() => {
      const h = CSS.highlights.get('sl-anonymous_source');
      return h.size === window.__kept.length && window.__kept.every((r) => h.has(r));
    });
    assert.equal(same, true, `the ${before} ranges come back as they were`);
    await waitBadge(b, seedTab, (x) => /^\d+$/.test(x));
  });

  test('a category filter hides that category, its cues and its list, live', async () => {
    const flagged = (await summaryOf(b.worker, seedTab)).flagged.length;
    await setSettings(b.worker, { categories: { anonymous_source: true, unverified: false } });
    await seed.waitForFunction(() => !CSS.highlights.has('sl-unverified'));
    const cues = (await paintedTexts(seed))['sl-cue'];
    assert.ok(!cues.includes('Cela indiquerait'), cues.join(' | '));
    assert.ok(cues.some((c) => c.startsWith('selon une source')), cues.join(' | '));
    const report = await summaryOf(b.worker, seedTab);
    assert.ok(report.flagged.length < flagged && report.flagged.every((f) => f.labels.includes('anonymous_source')));
    await waitBadge(b, seedTab, String(report.flagged.length));
    await seed.screenshot({ path: await screenshotPath('seed-anonymous-only.png') });
    await setSettings(b.worker, { categories: { anonymous_source: true, unverified: true } });
    await waitForHighlight(seed, 'sl-unverified');
  });

  test('the options page: categories, sites turned off, shortcuts', async () => {
    await setSettings(b.worker, { disabledSites: ['example.org'] });
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.waitForSelector('body[data-ready]');
    assert.equal(await options.textContent('#sites li'), 'example.orgTurn back on');
    assert.match(await options.textContent('#keys'), /Alt\+Shift\+H/);
    await options.uncheck('#cat-anonymous_source');
    await seed.waitForFunction(() => !CSS.highlights.has('sl-anonymous_source'));
    await options.check('#cat-anonymous_source');
    await waitForHighlight(seed);
    await options.click('#sites button');
    await options.waitForSelector('#no-sites:not([hidden])');
    await options.screenshot({ path: await screenshotPath('options.png'), fullPage: true });
    await options.close();
  });

  test('the step shortcut scrolls to the next flagged sentence and explains it', async () => {
    await seed.bringToFront();
    await seed.evaluate(() => scrollTo(0, 0));
    const step = await b.worker.evaluate((id) => self.sourcelightCommand('next-flagged', { id }), seedTab);
    assert.deepEqual({ ok: step.ok, position: step.result.position }, { ok: true, position: 1 });
    const second = await b.worker.evaluate((id) => self.sourcelightCommand('next-flagged', { id }), seedTab);
    assert.equal(second.result.position, 2);
    const tip = await tooltip(seed);
    assert.ok(tip, 'the explanation shows');
    assert.match(tip.text, /Anonymous source|Unverified claim/);
    const report = await summaryOf(b.worker, seedTab);
    const flash = await seed.evaluate(() => [...CSS.highlights.get('sl-flash')][0]?.toString());
    assert.equal(flash.replace(/\s+/g, ' '), report.flagged[1].text.replace(/\s+/g, ' '));
    await seed.screenshot({ path: await screenshotPath('seed-step-tooltip.png') });
  });

  test('no error, no request from the extension', () => {
    for (const w of [w1, w2]) {
      assert.deepEqual(w.pageErrors, []);
      assert.deepEqual(w.extensionErrors, []);
      assert.deepEqual(w.extensionRequests, []);
    }
    assert.deepEqual(foreignRequests(b.requests), []);
  });
});
