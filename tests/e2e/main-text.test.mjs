// Every news page gets read: on each saved page of the 53 dev articles
// (tests/pages/news/: full pages as published and their variants, every
// request beyond 127.0.0.1 aborted), the share of the article's sentences
// (tests/corpus/texts/<article>.txt, split by the CLI) that the extension
// reads, and the share of what it reads that is not article text. Both are
// printed for every page; where Readability itself (run in the test, on a
// clone of the page) finds the article, the extension must read ≥ 95 % of
// it with ≤ 5 % extra (KNOWN_EXTRA: the pages that do not yet); where it
// misses, the extension must read at least what Readability finds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { launch, offline, activeTabId, summaryOf, reading, isolatedWorld, PAGES } from './browser.mjs';

const ROOT = join(PAGES, '../..');
const CLI = join(ROOT, 'target/release/sourcelight');
const NEWS = join(PAGES, 'news');
const READ_MIN = 0.95;
const EXTRA_MAX = 0.05;
// Known limits: full pages where what is read beyond the reference text is
// no furniture a general rule can tell (the furniture rules: maintext.js; the
// lines rules: lines.js). Each is held to its measured extra share (+ 1.5
// points) so that it cannot get worse; every other gated page to 5 %.
const KNOWN_EXTRA = new Map([
  // Its intertitles (<h2> between the paragraphs) are not in the reference text; other articles' are.
  ['de-t3n-apple-iphone-akkus.html', 0.13],
  // The page's text is an edited version of the reference text ("it is not publicly known" for "publicly it's not known").
  ['en-abcnews-clinton-putin.html', 0.11],
  // Saved from Reader View: video and map captions are paragraphs like the others, their figures and classes gone
  // (and a contributor's line, "Heba Habib contributed to this report.", a sentence).
  ['en-wapo-north-africa-attack.html', 0.09],
  ['en-wapo-us-israel-netanyahu.html', 0.11],
]);
const READABILITY = await readFile(join(ROOT, 'dist/extension/vendor/Readability.js'), 'utf8');

/** Letters and digits only, lower case: the same sentence compares equal across quotes, spaces and dashes. */
const key = (s) => s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The article's sentences as the engine splits its text. */
function articleSentences(file) {
  const out = JSON.parse(execFileSync(CLI, ['analyze', file, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  return out.sentences.map((s) => s.text);
}

/** {read, extra}: shares of the article's sentences found in `text`, and of `sentences` not in the article. */
export function coverage(article, sentences, text) {
  const have = key(text);
  const whole = key(article.join(' '));
  const keys = article.map(key).filter(Boolean);
  const readKeys = sentences.map(key).filter(Boolean);
  return {
    read: keys.filter((k) => have.includes(k)).length / keys.length,
    extra: readKeys.length ? readKeys.filter((k) => !whole.includes(k)).length / readKeys.length : 0,
  };
}

let b;
const rows = [];
before(async () => {
  b = await launch();
  await offline(b.context);
});
after(async () => {
  await b?.close();
  if (!rows.length) return;
  const pct = (x) => `${(100 * x).toFixed(1).padStart(5)} %`;
  console.log('page                                                     Readability    read   extra');
  for (const r of rows) console.log(`${r.file.padEnd(58)} ${pct(r.readability)} ${pct(r.read)} ${pct(r.extra)}${r.gated ? (KNOWN_EXTRA.has(r.file) ? '  (known limit: extra)' : '') : '  (Readability misses: not gated)'}`);
  const gated = rows.filter((r) => r.gated);
  const mean = (xs) => xs.reduce((a, x) => a + x, 0) / xs.length;
  console.log(`${rows.length} pages, ${gated.length} where Readability finds the article; mean read ${pct(mean(rows.map((r) => r.read)))}, mean extra ${pct(mean(rows.map((r) => r.extra)))}`);
});

const files = (await readdir(NEWS)).filter((f) => f.endsWith('.html')).sort();

/** What the extension read on `path` (under tests/pages): its units, once the analysis is done. */
async function readPage(path) {
  const page = await b.context.newPage();
  try {
    await page.goto(`${b.url}/${path}`, { waitUntil: 'domcontentloaded' });
    await page.bringToFront();
    await page.waitForFunction(() => document.readyState === 'complete', null, { timeout: 20_000 }).catch(() => {});
    await summaryOf(b.worker, await activeTabId(b.worker));
    return await reading(page);
  } finally {
    await page.close();
  }
}

test('an article held in blocks named like furniture (post-paywall) is read; the furniture and the labels (byline, dateline) around its paragraphs are not', async () => {
  const units = await readPage('article-furniture.html');
  const text = units.map((u) => u.text).join('\n');
  const labelled = new Map(units.flatMap((u) => u.sentences.map((s) => [s.text, s.labels])));
  for (const p of ['Talks between dock workers', 'A senior official close to', 'Freight rates on the route',
    '"We are not going back', 'Economists at the national bank', 'People familiar with the talks']) {
    assert.ok(text.includes(p), `article paragraph not read: ${p}`);
  }
  const labels = (start) => [...labelled].find(([t]) => t.startsWith(start))?.[1];
  assert.deepEqual(labels('People familiar with the talks'), ['anonymous_source']);
  assert.deepEqual(labels('Freight rates on the route'), ['unverified']);
  for (const f of ['By Jane Porter', 'March 4, 2024', 'Updated 6:40 PM', 'Share this article', 'Reader comment', 'Photo: Harbour Press', 'All rights reserved', 'Business']) {
    assert.ok(!text.includes(f), `furniture read: ${f}`);
  }
});

test('the dev pages are all here (53 articles)', async () => {
  const articles = new Set(files.map((f) => f.split('.')[0]));
  assert.equal(articles.size, 53);
  for (const a of articles) await readFile(join(ROOT, 'tests/corpus/texts', `${a}.txt`));
});

for (const file of files) {
  test(`${file}: ≥ ${READ_MIN * 100} % of the article read, ≤ ${EXTRA_MAX * 100} % extra`, { timeout: 60_000 }, async () => {
    const article = articleSentences(join(ROOT, 'tests/corpus/texts', `${file.split('.')[0]}.txt`));
    const page = await b.context.newPage();
    try {
      await page.goto(`${b.url}/news/${file}`, { waitUntil: 'domcontentloaded' });
      await page.bringToFront();
      await page.waitForFunction(() => document.readyState === 'complete', null, { timeout: 20_000 }).catch(() => {});
      await summaryOf(b.worker, await activeTabId(b.worker));
      const units = await reading(page);
      const text = units.map((u) => u.text).join('\n');
      const sentences = units.flatMap((u) => u.sentences.map((s) => s.text));
      const ext = coverage(article, sentences, text);
      const run = await isolatedWorld(page);
      const readabilityText = await run(`function () { ${READABILITY}
        const a = new Readability(document.cloneNode(true)).parse(); return a ? a.textContent : ''; }`);
      const readability = coverage(article, [], readabilityText).read;
      const gated = readability >= READ_MIN;
      rows.push({ file, readability, ...ext, gated });
      // Where Readability misses, the extension still reads what it finds (the rest is the fallback's).
      assert.ok(ext.read >= Math.min(READ_MIN, readability), `read ${ext.read.toFixed(3)} of the article (Readability: ${readability.toFixed(3)})`);
      if (gated) {
        assert.ok(ext.extra <= (KNOWN_EXTRA.get(file) ?? EXTRA_MAX), `extra ${ext.extra.toFixed(3)}:\n${sentences.filter((s) => !key(article.join(' ')).includes(key(s))).join('\n')}`);
      }
    } finally {
      await page.close();
    }
  });
}
