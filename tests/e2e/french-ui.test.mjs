// The extension in a browser whose interface is French: the popup and the
// core's explanations both in French.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitForHighlight, screenshotPath } from './browser.mjs';

let b;
after(() => b?.close());

test('with a French browser, the popup and the explanations are French', async () => {
  b = await launch({ args: ['--lang=fr'] });
  const page = await b.context.newPage();
  await page.goto(`${b.url}/en-nypost-taliban-hostage-swap.clean.html`);
  await waitForHighlight(page);
  const tabId = await b.worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0].id);
  const popup = await b.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('#flagged:not([hidden])');
  assert.equal(await popup.getAttribute('html', 'lang'), 'fr');
  assert.equal(await popup.textContent('h1'), 'Les sources de cette page');
  assert.match(await popup.textContent('.group.anonymous_source h2'), /^Sources anonymes \(\d+\)$/);
  // The page is English; the explanations follow the reader's language.
  const explanation = await popup.locator('.group.anonymous_source .explanation').first().textContent();
  assert.match(explanation, /Source anonyme/, explanation);
  await popup.screenshot({ path: await screenshotPath('popup-fr.png'), fullPage: true });
});
