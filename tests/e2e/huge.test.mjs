// A huge page (100 000 short paragraphs, generated): the content script
// reads and paints it in slices, so the page stays responsive. Figures are
// printed (long tasks seen by a PerformanceObserver in the page, the
// longest gap of a 10 ms timer), not asserted: the machine's speed varies.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, foreignRequests, watch, workerErrors, screenshotPath } from './browser.mjs';

const PARAGRAPHS = 100_000;
const FLAG_EVERY = 500;

function hugePage() {
  const parts = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Huge page (generated)</title>',
    '<style>body { font: 16px/1.4 sans-serif; margin: 1em 2em; } p { margin: 0 0 .4em; }</style></head><body><article><h1>Council minutes</h1>'];
  for (let i = 1; i <= PARAGRAPHS; i++) {
    parts.push(i % FLAG_EVERY === 0
      ? `<p>Item ${i}: the budget was cut, officials said.</p>`
      : `<p>Item ${i}: the minutes were approved.</p>`);
  }
  parts.push('</article></body></html>');
  return parts.join('\n');
}

// In the page, before its own parsing: long tasks, and the gaps of a 10 ms timer.
const OBSERVE = () => {
  window.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('load', () => {
    window.__loaded = performance.now();
    let last = performance.now();
    window.__maxGap = 0;
    setInterval(() => { const now = performance.now(); window.__maxGap = Math.max(window.__maxGap, now - last); last = now; }, 10);
  });
};

let b;
after(() => b?.close());

const LONG_TASKS = () => {
  const after = window.__long.filter((t) => t.start >= window.__loaded);
  return {
    count: after.length,
    longest: Math.round(Math.max(0, ...after.map((t) => t.duration))),
    over100: after.filter((t) => t.duration > 100).length,
    maxGap: Math.round(window.__maxGap),
  };
};

test('baseline: the same page without the extension, 3 s after load', async () => {
  const plain = await launch({ extension: false });
  try {
    const html = hugePage();
    await plain.context.route(`${plain.url}/huge.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    const page = await plain.context.newPage();
    await page.addInitScript(OBSERVE);
    await page.goto(`${plain.url}/huge.html`, { timeout: 60_000 });
    await page.waitForTimeout(3000);
    const r = await page.evaluate(LONG_TASKS);
    console.log(`# without the extension: long tasks after load: ${r.count}, longest ${r.longest} ms; longest gap of a 10 ms timer: ${r.maxGap} ms`);
  } finally {
    await plain.close();
  }
});

test(`${PARAGRAPHS} paragraphs: painted in slices; long tasks after load printed`, { timeout: 90_000 }, async () => {
  b = await launch();
  const errors = workerErrors(b.worker);
  const html = hugePage();
  await b.context.route(`${b.url}/huge.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  const page = await b.context.newPage();
  const w = await watch(page);
  await page.addInitScript(OBSERVE);
  const t0 = Date.now();
  await page.goto(`${b.url}/huge.html`, { timeout: 60_000 });
  const loaded = Date.now() - t0;
  await page.waitForFunction(() => CSS.highlights.get('sl-anonymous_source')?.size > 0, null, { timeout: 60_000, polling: 200 });
  const first = Date.now() - t0;
  const want = PARAGRAPHS / FLAG_EVERY;
  await page.waitForFunction((n) => CSS.highlights.get('sl-anonymous_source')?.size >= n, want, { timeout: 80_000, polling: 500 });
  const all = Date.now() - t0;
  const r = await page.evaluate((f) => ({
    ...eval(f)(),
    before: window.__long.filter((t) => t.start < window.__loaded).map((t) => Math.round(t.duration)),
    size: CSS.highlights.get('sl-anonymous_source').size,
    last: [...CSS.highlights.get('sl-anonymous_source')].pop().toString(),
  }), `(${LONG_TASKS})`);
  console.log(`# huge page: ${(html.length / 1e6).toFixed(1)} MB, loaded in ${loaded} ms; first highlight ${first} ms, all ${r.size} in ${all} ms`);
  console.log(`# long tasks before load (parsing, layout: the page's own): ${JSON.stringify(r.before)}`);
  console.log(`# with the extension: long tasks after load: ${r.count}, longest ${r.longest} ms, ${r.over100} over 100 ms; longest gap of a 10 ms timer: ${r.maxGap} ms`);
  assert.equal(r.size, want);
  assert.match(r.last, new RegExp(`^Item ${PARAGRAPHS}: the budget was cut, officials said\\.$`));
  await page.screenshot({ path: await screenshotPath('huge-page.png') });
  assert.deepEqual(w.pageErrors, []);
  assert.deepEqual(w.extensionErrors, []);
  assert.deepEqual(w.extensionRequests, []);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreignRequests(b.requests), []);
});
