// The demo page (dist/www) in headless Chromium, without the extension:
// the bundled samples, the UI language toggle, who speaks, and the <mark>
// fallback where the CSS Highlight API is missing.
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

  /** The sentence the demo selected, and where it lies in the window. */
  const selected = (page) => page.evaluate(() => {
    const box = getSelection().getRangeAt(0).getBoundingClientRect();
    return { text: getSelection().toString(), top: box.top, bottom: box.bottom, height: innerHeight, scrollY };
  });

  test('who speaks: named and unnamed, each stepping through its sentences in the text; French wording', async () => {
    const page = await openWithSample('samples/en-nytimes-trade-war-china.txt');
    const named = page.locator('#speakers .speaker-group.named button.speaker');
    const unnamed = page.locator('#speakers .speaker-group.unnamed button.speaker');
    assert.ok((await named.count()) >= 3 && (await unnamed.count()) >= 3);
    const counts = async (rows) => (await rows.locator('.count').allTextContents()).reduce((n, c) => n + Number(c.split(' ')[0]), 0);
    assert.equal(await page.textContent('#speakers .named h4'), `Named (${await named.count()}) · ${await counts(named)} sentences`);
    assert.equal(await page.textContent('#speakers .unnamed h4'), `Unnamed (${await unnamed.count()}) · ${await counts(unnamed)} sentences`);
    const duvall = named.filter({ hasText: 'Zippy Duvall, the president of the American Farm Bureau' });
    assert.equal(await duvall.locator('.kind').textContent(), 'person');
    assert.equal(await duvall.locator('.count').textContent(), '3 sentences');
    const seen = [];
    for (let k = 1; k <= 3; k++) {
      await duvall.click();
      const at = await selected(page);
      seen.push(at.text);
      assert.equal(await duvall.locator('.position').textContent(), `${k} of 3`);
      assert.ok(at.scrollY > 0 && at.top >= 0 && at.bottom <= at.height, `scrolled into view: ${JSON.stringify(at)}`);
    }
    assert.ok(seen[0].includes('Zippy Duvall'), seen[0]);
    assert.equal(new Set(seen).size, 3, 'three different sentences');
    const text = await page.textContent('#text');
    assert.deepEqual([...seen].sort((a, b) => text.indexOf(a) - text.indexOf(b)), seen, 'in the order of the text');
    await duvall.click();
    assert.equal((await selected(page)).text, seen[0], 'then from the first again');
    const familiar = unnamed.filter({ hasText: 'people familiar with Chinese trade policy' });
    assert.equal(await familiar.locator('.kind').textContent(), 'unnamed');
    await familiar.click();
    assert.match((await selected(page)).text, /people familiar with Chinese trade policy said/);
    await page.screenshot({ path: await screenshotPath('demo-speakers.png') });
    await page.click('#ui-lang');
    assert.equal(await page.textContent('#speakers h3'), 'Qui parle');
    assert.match(await page.textContent('#speakers .named h4'), /^Nommées \(\d+\) · \d+ phrases$/);
    assert.equal(await page.locator('#speakers button.speaker', { hasText: 'Zippy Duvall' }).locator('.kind').textContent(), 'personne');
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
    // A speaker's sentence is found across the marks and the text between them.
    const source = page.locator('#speakers .speaker-group.unnamed button.speaker', { hasText: 'une source de renseignements très haut placée' });
    await source.click();
    assert.match((await selected(page)).text, /^Lorsque le président Tokaïev a fait référence.*selon une source de renseignements très haut placée en Asie centrale\.$/s);
    await page.close();
  });

  test('the demo made no request beyond 127.0.0.1', () => {
    assert.ok(requests.some((u) => u.endsWith('/pkg/sourcelight_bg.wasm')));
    assert.deepEqual(foreignRequests(requests), []);
  });
});
