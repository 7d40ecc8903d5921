// One main text everywhere: on every page of tests/pages (and tests/pages/news),
// `sourcelight analyze page.html --json` (src/page.rs: a Readability port
// over html5ever) gives the sentences the extension reads in the browser
// (Readability.js, maintext.js, content.js), with the same labels. The pages
// where they differ are listed below with the reason; each must still differ,
// so that the list cannot outlive its reason.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { launch, offline, activeTabId, summaryOf, reading, PAGES } from './browser.mjs';

const CLI = join(PAGES, '../../target/release/sourcelight');
const KNOWN = new Map([
  ['markup-en.html', 'text hidden by the page\'s style sheet with visibility: hidden: the CLI reads only display: none from the page\'s own sheets'],
]);

const pages = [
  ...(await readdir(PAGES)).filter((f) => f.endsWith('.html')),
  ...(await readdir(join(PAGES, 'news'))).filter((f) => f.endsWith('.html')).map((f) => `news/${f}`),
].sort();

/** The CLI's sentences as "text | labels" lines, or null when it refuses the file. */
function cliSentences(path) {
  try {
    const out = execFileSync(CLI, ['analyze', join(PAGES, path), '--json'], { maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'ignore'] });
    return JSON.parse(out).sentences.map((s) => `${s.text} | ${s.labels.join(',')}`);
  } catch {
    return null;
  }
}

let b;
before(async () => {
  b = await launch();
  await offline(b.context);
});
after(() => b?.close());

for (const path of pages) {
  const known = KNOWN.get(path);
  test(`${path}: the CLI reads the extension's sentences${known ? ` (known difference: ${known})` : ''}`, { timeout: 60_000 }, async () => {
    const page = await b.context.newPage();
    let ext;
    try {
      await page.goto(`${b.url}/${path}`, { waitUntil: 'domcontentloaded' });
      await page.bringToFront();
      await page.waitForFunction(() => document.readyState === 'complete', null, { timeout: 20_000 }).catch(() => {});
      await summaryOf(b.worker, await activeTabId(b.worker));
      ext = (await reading(page)).flatMap((u) => u.sentences.map((s) => `${s.text} | ${s.labels.join(',')}`));
    } finally {
      await page.close();
    }
    const cli = cliSentences(path);
    if (known) assert.notDeepEqual(cli, ext, `now the same: remove ${path} from the known differences`);
    else assert.deepEqual(cli, ext);
  });
}

test('every known difference names a page that exists', () => {
  for (const path of KNOWN.keys()) assert.ok(pages.includes(path), path);
});
