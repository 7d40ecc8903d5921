// Pages that could break the extension or be harmed by it: built-ins
// clobbered by the page's script, markup carried as text, pages that lie
// about their language or mix languages, a language Sourcelight does not
// know. The page's DOM, layout and own handlers stay as they were.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, foreignRequests, tabIdOf, summaryOf, setSettings, watch, workerErrors, tooltip, isolatedWorld,
  waitForHighlight, paintedTexts, screenshotPath,
} from './browser.mjs';

const squash = (s) => s.replace(/\s+/g, ' ').trim();
const PAINTED = () => {
  const out = {};
  for (const [name, h] of CSS.highlights) if (name.startsWith('sl-')) out[name] = [...h].map((r) => r.toString().replace(/\s+/g, ' '));
  return out;
};
const RECTS = () => [...document.querySelectorAll('h1, p, button')].map((e) => JSON.stringify(e.getBoundingClientRect()));

describe('hostile and odd pages', () => {
  let b, errors;
  const watchers = [];
  before(async () => {
    b = await launch();
    errors = workerErrors(b.worker);
  });
  after(() => b?.close());

  async function open(file) {
    const page = await b.context.newPage();
    watchers.push(await watch(page));
    await page.goto(`${b.url}/${file}`);
    return page;
  }

  test('a page that clobbers built-ins: painted anyway, its DOM, layout and button unharmed', async () => {
    const host = new URL(b.url).host;
    await setSettings(b.worker, { disabledSites: [host] }); // first without painting, to compare
    const page = await open('hostile.html');
    const world = await isolatedWorld(page);
    // The page's own world really is clobbered.
    await assert.rejects(world.main('[1].map((x) => x)'), /page clobbered Array.prototype.map/);
    await assert.rejects(world.main('document.createRange()'), /page clobbered document.createRange/);
    await page.waitForTimeout(300);
    const dom = await world.outerHTML();
    const rects = await world(RECTS);
    assert.deepEqual(await world(PAINTED), {});
    await setSettings(b.worker, { disabledSites: [] });
    for (let i = 0; i < 100 && !(await world(PAINTED))['sl-anonymous_source']?.length; i++) await page.waitForTimeout(50);
    const painted = await world(PAINTED);
    assert.ok(painted['sl-anonymous_source']?.some((t) => t.includes('collapsed on Friday, officials said')), JSON.stringify(painted));
    assert.ok(painted['sl-unverified']?.some((t) => t.includes('reportedly')), JSON.stringify(painted));
    assert.equal(await world.outerHTML(), dom, 'the DOM is as it was');
    assert.deepEqual(await world(RECTS), rects, 'the layout is as it was');
    // The page's own handler still runs.
    await page.click('#counter');
    await page.click('#counter');
    assert.equal(await world(() => document.getElementById('count').textContent), '2');
    assert.equal(await world.main('window.__clicks'), 2);
    await page.screenshot({ path: await screenshotPath('hostile-page.png') });

    // Markup in the text stays text, in the popup and in the tooltip.
    const tabId = await tabIdOf(b.worker, page);
    const popup = await b.context.newPage();
    await popup.setViewportSize({ width: 400, height: 500 });
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('#flagged:not([hidden])');
    const texts = await popup.locator('button.sentence').allTextContents();
    assert.ok(texts.some((t) => t.includes('<img src=x onerror="window.__pwned=1">')), texts.join('\n'));
    assert.ok(texts.some((t) => t.includes('</script><script>window.__pwned=2</script>')), texts.join('\n'));
    assert.equal(await popup.locator('#groups img, #groups iframe, #groups script').count(), 0);
    assert.equal(await popup.evaluate(() => window.__pwned), undefined);
    await popup.screenshot({ path: await screenshotPath('hostile-popup.png') });
    await popup.close();

    const point = await world(() => {
      const r = [...CSS.highlights.get('sl-anonymous_source')][0];
      r.startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
      const box = [...r.getClientRects()].find((x) => x.width > 40);
      return { x: box.left + 20, y: box.top + box.height / 2 };
    });
    await page.waitForTimeout(100);
    await page.mouse.move(point.x, point.y);
    let tip = null;
    for (let i = 0; i < 40 && !tip; i++) { await page.waitForTimeout(50); tip = await tooltip(page); }
    assert.ok(tip, 'a tooltip shows');
    assert.match(tip.text, /officials said/);
    assert.doesNotMatch(tip.html, /<(img|script|iframe)\b/i, tip.html);
    assert.equal(await world(() => document.querySelectorAll('img, iframe').length), 0);
    assert.equal(await world.main('window.__pwned'), undefined);
  });

  test('French text under lang="de": read as French, no error', async () => {
    const page = await open('lang-lies.html');
    await waitForHighlight(page);
    const painted = await paintedTexts(page);
    assert.ok(painted['sl-anonymous_source'].some((t) => t.includes('selon une source proche du dossier')), painted['sl-anonymous_source']);
    assert.equal((await summaryOf(b.worker, await tabIdOf(b.worker, page))).lang, 'fr');
  });

  test('mixed languages: the English article is painted, no error', async () => {
    const page = await open('lang-mixed.html');
    await waitForHighlight(page);
    const painted = await paintedTexts(page);
    assert.ok(painted['sl-anonymous_source'].some((t) => t.includes('officials said on Tuesday')), painted['sl-anonymous_source']);
    assert.ok(painted['sl-unverified'].some((t) => t.includes('reportedly offered')), painted['sl-unverified']);
  });

  test('a language Sourcelight does not know: nothing painted, the popup says why', async () => {
    const page = await open('lang-fi.html');
    const tabId = await tabIdOf(b.worker, page);
    const report = await summaryOf(b.worker, tabId);
    assert.equal(report.supported, false);
    assert.deepEqual(await page.evaluate(() => [...CSS.highlights].filter(([n, h]) => n !== 'sl-named_source' && h.size > 0).length), 0);
    assert.equal(await b.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), '');
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('body[data-ready]');
    assert.match(await popup.textContent('#status'), /language Sourcelight does not know/);
    assert.equal(await popup.isHidden('#summary'), true);
    await popup.close();
  });

  test('underlines keep a 3:1 contrast on a light and on a dark page', async () => {
    // The colours of the ::highlight() pseudo-elements against the page's background.
    const CONTRAST = () => {
      const rgb = (s) => s.match(/[\d.]+/g).slice(0, 3).map(Number);
      const lum = (c) => {
        const [r, g, b] = c.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m); return (x + 0.05) / (y + 0.05); };
      let bg = getComputedStyle(document.documentElement).backgroundColor;
      if (/rgba\(0, 0, 0, 0\)/.test(bg)) bg = 'rgb(255, 255, 255)';
      const p = document.querySelector('p');
      const out = {};
      for (const name of ['sl-anonymous_source', 'sl-unverified', 'sl-cue']) {
        out[name] = Math.round(ratio(rgb(getComputedStyle(p, `::highlight(${name})`).textDecorationColor), rgb(bg)) * 100) / 100;
      }
      return out;
    };
    for (const file of ['lang-mixed.html', 'dark-en.html']) {
      const page = await open(file);
      await waitForHighlight(page);
      const contrast = await page.evaluate(CONTRAST);
      console.log(`# ${file}: underline contrast ${JSON.stringify(contrast)}`);
      for (const [name, c] of Object.entries(contrast)) assert.ok(c >= 3, `${file} ${name}: ${c}`);
      if (file === 'dark-en.html') await page.screenshot({ path: await screenshotPath('dark-page.png') });
    }
  });

  test('no page error, no extension error, no request from the extension', () => {
    for (const w of watchers) {
      assert.deepEqual(w.pageErrors, []);
      assert.deepEqual(w.extensionErrors, []);
      assert.deepEqual(w.extensionRequests, []);
    }
    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests(b.requests), []);
  });
});
