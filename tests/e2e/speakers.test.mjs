// Who speaks, in the popup: the page's speakers named and unnamed, each
// with its number of sentences, and a click that steps through its
// sentences on the page (scroll, flash) as the flagged list does; in
// English and in French.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitForHighlight, screenshotPath, flashed, activeTabId, summaryOf } from './browser.mjs';

const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** The page at `path` painted, its report, and its popup open beside it. */
async function open(b, path) {
  const page = await b.context.newPage();
  await page.goto(`${b.url}/${path}`);
  await waitForHighlight(page);
  const tabId = await activeTabId(b.worker);
  const report = await summaryOf(b.worker, tabId);
  const popup = await b.context.newPage();
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('#speakers:not([hidden])');
  return { page, report, popup };
}

/** Clears the flash so that the next one is seen. */
const unflash = (page) => page.evaluate(() => CSS.highlights.get('sl-flash')?.clear());

describe('who speaks, on a real English article', () => {
  let b, page, report, popup;
  before(async () => {
    b = await launch();
    ({ page, report, popup } = await open(b, 'en-nytimes-trade-war-china.html'));
  });
  after(() => b?.close());

  test('the popup lists every speaker of the report, named and unnamed, with its sentences counted', async () => {
    const named = report.speakers.filter((s) => s.named);
    const unnamed = report.speakers.filter((s) => !s.named);
    assert.ok(named.length >= 3 && unnamed.length >= 3, `named ${named.length}, unnamed ${unnamed.length}`);
    const rows = (group) => popup.locator(`.speaker-group.${group} button.speaker`);
    assert.deepEqual(await rows('named').locator('.who').allTextContents(), named.map((s) => s.text));
    assert.deepEqual(await rows('unnamed').locator('.who').allTextContents(), unnamed.map((s) => s.text));
    const total = (list) => list.reduce((n, s) => n + s.sentences.length, 0);
    assert.equal(await popup.textContent('.speaker-group.named h3'), `Named (${named.length}) · ${total(named)} sentences`);
    assert.equal(await popup.textContent('.speaker-group.unnamed h3'), `Unnamed (${unnamed.length}) · ${total(unnamed)} sentences`);
    const prasad = rows('named').filter({ hasText: 'Eswar Prasad, a trade professor at Cornell' });
    assert.equal(await prasad.locator('.kind').textContent(), 'person');
    assert.equal(await prasad.locator('.count').textContent(), '2 sentences');
    const familiar = rows('unnamed').filter({ hasText: 'people familiar with Chinese trade policy' });
    assert.equal(await familiar.locator('.kind').textContent(), 'unnamed');
    assert.equal(await familiar.locator('.count').textContent(), '1 sentence');
    // Each speaker's sentences are the page's, in its order, and hold its words or a later mention.
    for (const s of report.speakers) {
      const order = s.sentences.map((x) => Number(x.index.split(':')[1]));
      assert.deepEqual(order, [...order].sort((x, y) => x - y), s.text);
    }
    const duvall = report.speakers.find((s) => s.text.startsWith('Zippy Duvall'));
    assert.ok(duvall.sentences[0].text.includes('Zippy Duvall'), duvall.sentences[0].text);
    await popup.screenshot({ path: await screenshotPath('popup-speakers.png'), fullPage: true });
  });

  test("a speaker's button steps through its sentences on the page, then starts again", async () => {
    const duvall = report.speakers.find((s) => s.text.startsWith('Zippy Duvall'));
    assert.equal(duvall.sentences.length, 3, JSON.stringify(duvall.sentences));
    const button = popup.locator('button.speaker', { hasText: 'Zippy Duvall' });
    assert.equal(await page.evaluate(() => scrollY), 0);
    for (const k of [0, 1, 2, 0]) {
      await unflash(page);
      await button.click();
      const at = await flashed(page);
      assert.equal(squash(at.text), squash(duvall.sentences[k].text));
      assert.ok(at.scrollY > 500, `scrolled down the article to it (${at.scrollY})`);
      assert.ok(at.top >= 0 && at.bottom <= at.height, 'the sentence is in view');
      assert.equal(await button.locator('.position').textContent(), `${k + 1} of 3`);
    }
    // Keyboard too: Enter on the focused button is the next sentence.
    await unflash(page);
    await button.focus();
    await popup.keyboard.press('Enter');
    assert.equal(squash((await flashed(page)).text), squash(duvall.sentences[1].text));
  });

  // The saved New York Times page, without its scripts, lays paragraphs over
  // one another; CNN's reads cleanly in a screenshot.
  test('on CNN, a press secretary is stepped to where she is named, then where she speaks by surname', async () => {
    const cnn = await open(b, 'en-cnn-trump-walter-reed.html');
    const button = cnn.popup.locator('.speaker-group.named button.speaker', { hasText: 'Stephanie Grisham' });
    assert.equal(await button.locator('.who').textContent(), 'White House press secretary Stephanie Grisham');
    assert.equal(await button.locator('.kind').textContent(), 'person');
    assert.equal(await button.locator('.count').textContent(), '2 sentences');
    await button.click();
    const first = await flashed(cnn.page);
    assert.match(squash(first.text), /^While White House press secretary Stephanie Grisham said the trip was simply Trump getting a jump/);
    assert.ok(first.scrollY > 500 && first.top >= 0 && first.bottom <= first.height, `scrolled to it: ${JSON.stringify(first)}`);
    await cnn.popup.screenshot({ path: await screenshotPath('popup-speakers-cnn.png'), fullPage: true });
    await unflash(cnn.page);
    await button.click();
    const second = await flashed(cnn.page);
    assert.match(squash(second.text), /Grisham told CNN\.$/);
    assert.ok(second.top >= 0 && second.bottom <= second.height, `in view: ${JSON.stringify(second)}`);
    // In front, so that the screenshot shows the page as the reader sees it.
    await cnn.page.bringToFront();
    await cnn.page.screenshot({ path: await screenshotPath('speaker-step.png') });
  });
});

describe('who speaks, in French', () => {
  let b, page, report, popup;
  before(async () => {
    b = await launch({ args: ['--lang=fr'] });
    ({ page, report, popup } = await open(b, 'seed-fr.html'));
  });
  after(() => b?.close());

  test('French wording, and an unnamed source shown on the page', async () => {
    assert.equal(await popup.textContent('#speakers-title'), 'Qui parle');
    assert.match(await popup.textContent('.speaker-group.named h3'), /^Nommées \(\d+\) · \d+ phrases$/);
    assert.match(await popup.textContent('.speaker-group.unnamed h3'), /^Non nommées \(\d+\) · \d+ phrases?$/);
    const source = popup.locator('.speaker-group.unnamed button.speaker', { hasText: 'une source de renseignements très haut placée' });
    assert.equal(await source.locator('.kind').textContent(), 'anonyme');
    assert.equal(await source.locator('.count').textContent(), '1 phrase');
    const poutine = popup.locator('.speaker-group.named button.speaker', { hasText: /^Poutine/ });
    assert.equal(await poutine.locator('.kind').textContent(), 'personne');
    await source.click();
    const at = await flashed(page);
    assert.match(squash(at.text), /selon une source de renseignements très haut placée/);
    assert.equal(await source.locator('.position').textContent(), '1 sur 1');
    assert.ok(report.speakers.some((s) => s.kind === 'impersonal' && !s.named), 'impersonal speakers are listed as unnamed');
    await popup.screenshot({ path: await screenshotPath('popup-speakers-fr.png'), fullPage: true });
  });
});
