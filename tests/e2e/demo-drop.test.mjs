// The demo page with a saved news page dropped on it (or opened with the
// file field): its main text is read with DOMParser, analysed by the wasm,
// summarised and explained as in the popup, in English and in French.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../support/serve.mjs';
import { CHROMIUM, DIST, PAGES, foreignRequests, screenshotPath } from './browser.mjs';

const WWW = join(DIST, '../www');
const LIBE = 'fr-liberation-ayrault-methode.html';

describe('demo page: a dropped or opened file', () => {
  let server, browser, context, page;
  const requests = [];
  const errors = [];
  before(async () => {
    server = await serve(WWW);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic'] });
    context = await browser.newContext({ viewport: { width: 1250, height: 900 }, locale: 'en-US' });
    context.on('request', (r) => requests.push(r.url()));
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}/`);
    await page.waitForSelector('body[data-ready]');
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a saved page dropped on the form: its article is read, flagged and explained', async () => {
    const html = await readFile(join(PAGES, LIBE), 'utf8');
    await page.evaluate(({ html, name }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([html], name, { type: 'text/html' }));
      document.getElementById('form').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, { html, name: LIBE });
    await page.waitForSelector('#result:not([hidden])');
    const input = await page.inputValue('#input');
    assert.ok(input.includes('plaide l’entourage du Premier ministre'), input.slice(0, 300));
    assert.ok(!/<script|function\s*\(|\{\s*"/.test(input), 'no markup or script in the text');
    assert.match(await page.textContent('#status'), new RegExp(`Read from ${LIBE.replace(/\./g, '\\.')}`));
    const item = page.locator('#flagged .group.anonymous_source > ol > li', { hasText: 'plaide l’entourage du Premier ministre' });
    assert.equal(await item.count(), 1);
    assert.match(await item.locator('.explanation').first().textContent(), /Anonymous source/);
    assert.ok(Number(await page.textContent('#count-anonymous_source')) >= 1);
    await page.screenshot({ path: await screenshotPath('demo-drop-en.png'), fullPage: true });
  });

  test('in French, the explanations are French; a .txt file through the file field', async () => {
    await page.click('#ui-lang');
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    await page.setInputFiles('#file', {
      name: 'note.txt', mimeType: 'text/plain',
      buffer: Buffer.from('Le ministre aurait démissionné, selon une source proche du dossier.\nLe maire a déclaré mardi que le pont rouvrirait.'),
    });
    await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Lu dans note.txt'));
    const explanation = await page.locator('#flagged .explanation').first().textContent();
    assert.match(explanation, /Source anonyme|Non vérifié|non vérifi/i, explanation);
    assert.equal(await page.textContent('#count-sentences'), '2');
    await page.screenshot({ path: await screenshotPath('demo-drop-fr.png'), fullPage: true });
  });

  test('other files are refused; no error; nothing left 127.0.0.1', async () => {
    await page.setInputFiles('#file', { name: 'x.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF') });
    assert.match(await page.textContent('#status'), /\.html.*\.txt/);
    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests(requests), []);
  });
});
