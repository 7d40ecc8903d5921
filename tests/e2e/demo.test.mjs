// The demo page (dist/www) in headless Chromium, without the extension:
// the bundled samples, the UI language toggle, and the <mark> fallback
// where the CSS Highlight API is missing.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../support/serve.mjs';
import { CHROMIUM, DIST, foreignRequests, screenshotPath } from './browser.mjs';

const WWW = join(DIST, '../www');
const SEED = 'samples/seed-fr.txt';

describe('demo page', () => {
  let server, browser, context;
  const requests = [];
  before(async () => {
    server = await serve(WWW);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic'] });
    context = await browser.newContext({ viewport: { width: 1250, height: 900 }, locale: 'en-US' });
    context.on('request', (r) => requests.push(r.url()));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openWithSample(sample, init) {
    const page = await context.newPage();
    if (init) await page.addInitScript(init);
    await page.goto(`${server.url}/`);
    await page.waitForSelector('body[data-ready]');
    await page.selectOption('#sample', sample);
    await page.waitForSelector('#result:not([hidden])');
    return page;
  }

  test('the seed sample is painted, counted and explained', async () => {
    const page = await openWithSample(SEED);
    const painted = await page.evaluate(() => Object.fromEntries(
      [...CSS.highlights].map(([name, h]) => [name, [...h].map((r) => r.toString())])));
    const anonymous = painted['sl-anonymous_source'];
    assert.ok(anonymous.some((t) => t.startsWith('Les sources des services secrets kirghizes')), anonymous.join('\n'));
    assert.ok(painted['sl-unverified'].some((t) => t.startsWith('Cela indiquerait donc')), painted['sl-unverified'].join('\n'));
    const all = Object.values(painted).flat().join('\n');
    assert.ok(!all.includes('thecradle.co') && !all.includes('reseauinternational.net'), 'credit and URL lines unpainted');
    assert.equal(Number(await page.textContent('#count-anonymous_source')), anonymous.length);
    assert.equal(await page.locator('.group.anonymous_source .sentence').count(), anonymous.length);
    const explanation = await page.locator('.group.anonymous_source .explanation').first().textContent();
    assert.match(explanation, /anonymous|named|source/i);
    await page.screenshot({ path: await screenshotPath('demo-en.png') });

    // The French UI: labels and the core's explanations switch language.
    await page.click('#ui-lang');
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.equal(await page.textContent('button#analyze'), 'Analyser');
    const explanationFr = await page.locator('.group.anonymous_source .explanation').first().textContent();
    assert.notEqual(explanationFr, explanation);
    await page.screenshot({ path: await screenshotPath('demo-fr.png') });
    await page.close();
  });

  test('the English sample is detected as English and has anonymous sources', async () => {
    const page = await openWithSample('samples/en-nytimes-trade-war-china.txt');
    assert.match(await page.textContent('#status'), /\ben\b/);
    const anonymous = await page.evaluate(() => [...CSS.highlights.get('sl-anonymous_source')].map((r) => r.toString()));
    assert.ok(anonymous.some((t) => t.includes('people familiar with Chinese trade policy said')), anonymous.join('\n'));
    await page.close();
  });

  test('without CSS.highlights, flagged sentences are marked whole and the text is intact', async () => {
    const page = await openWithSample(SEED, () => { delete CSS.highlights; });
    assert.equal(await page.evaluate(() => 'highlights' in CSS), false);
    const marks = await page.$$eval('#text mark', (ms) => ms.map((m) => ({ cls: m.className, text: m.textContent })));
    assert.ok(marks.some((m) => m.cls.includes('anonymous_source') && m.text.startsWith('Les sources des services secrets kirghizes')), JSON.stringify(marks));
    assert.ok(marks.some((m) => m.cls.includes('unverified') && m.text.startsWith('Cela indiquerait donc')));
    assert.equal(await page.textContent('#text'), await page.inputValue('#input'));
    assert.equal(Number(await page.textContent('#count-anonymous_source')), marks.filter((m) => m.cls.includes('anonymous_source')).length);
    await page.close();
  });

  test('the demo made no request beyond 127.0.0.1', () => {
    assert.ok(requests.some((u) => u.endsWith('/pkg/sourcelight_bg.wasm')));
    assert.deepEqual(foreignRequests(requests), []);
  });
});
