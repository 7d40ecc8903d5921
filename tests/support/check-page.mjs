// `./build.sh check URL_OR_FILE [--out DIR]`: the extension, headless, over
// one page. A saved page (a file) is served from 127.0.0.1 by this script;
// a URL is opened as it is. Requests to any other host than the page's are
// aborted (a saved page's CDNs, trackers). Prints the page summary as JSON on
// stdout (counts, shares, flagged sentences with their cues and
// explanations, who speaks with their sentences) and writes a screenshot of the painted page to DIR
// (default: sourcelight-check/). Needs `./build.sh build` first.
import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, resolve, join } from 'node:path';
import { launch, activeTabId, summaryOf } from '../e2e/browser.mjs';

const USAGE = 'usage: ./build.sh check URL_OR_FILE [--out DIR] [--lang en|fr]';

function parseArgs(argv) {
  const opts = { target: null, out: 'sourcelight-check', lang: 'en' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') opts.out = argv[++i];
    else if (argv[i] === '--lang') opts.lang = argv[++i];
    else if (argv[i] === '-h' || argv[i] === '--help') { console.log(USAGE); process.exit(0); }
    else if (!opts.target && !argv[i].startsWith('--')) opts.target = argv[i];
    else throw new Error(`unexpected argument '${argv[i]}'`);
  }
  if (!opts.target || !opts.out || !['en', 'fr'].includes(opts.lang)) throw new Error(USAGE);
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const isUrl = /^https?:\/\//i.test(opts.target);
  let file = null;
  if (!isUrl) {
    file = resolve(opts.target);
    if (!(await stat(file).catch(() => null))?.isFile()) throw new Error(`no such file: ${opts.target}`);
  }
  const b = await launch({ pages: file ? dirname(file) : process.cwd(), args: [`--lang=${opts.lang}`] });
  try {
    const url = file ? `${b.url}/${encodeURIComponent(basename(file))}` : opts.target;
    const { origin } = new URL(url);
    const aborted = [];
    await b.context.route((u) => u.protocol !== 'chrome-extension:' && u.origin !== origin, (route) => {
      aborted.push(route.request().url());
      return route.abort();
    });
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.bringToFront();
    const report = await summaryOf(b.worker, await activeTabId(b.worker)); // waits for the analysis
    await page.waitForTimeout(100); // the last highlights reach the screen
    await mkdir(opts.out, { recursive: true });
    const screenshot = resolve(join(opts.out, `${basename(file ?? new URL(url).hostname)}.png`));
    await page.screenshot({ path: screenshot, fullPage: true });
    const out = {
      url: file ?? url,
      lang: report.lang,
      supported: report.supported,
      summary: report.summary,
      flagged: report.flagged.map(({ text, labels, context, cues }) => ({ text, labels, context, cues })),
      speakers: report.speakers.map(({ text, kind, named, sentences }) => ({ text, kind, named, sentences: sentences.map((s) => s.text) })),
      screenshot,
      abortedRequests: aborted.length,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } finally {
    await b.close();
  }
}

main().catch((err) => {
  console.error(`check: ${err.message}`);
  process.exit(err.message === USAGE ? 2 : 1);
});
