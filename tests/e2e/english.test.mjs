// The extension on real English article pages, one of them served with
// `Content-Security-Policy: default-src 'none'` (no script, no wasm, no
// inline style for the page itself).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitForHighlight, paintedTexts, foreignRequests, STRICT_CSP } from './browser.mjs';

describe('extension on English news pages', () => {
  let b;
  before(async () => { b = await launch(); });
  after(() => b?.close());

  test('New York Times: unnamed people familiar with the talks are painted as anonymous', async () => {
    const page = await b.context.newPage();
    await page.goto(`${b.url}/en-nytimes-trade-war-china.clean.html`);
    await waitForHighlight(page);
    const painted = await paintedTexts(page);
    const anonymous = painted['sl-anonymous_source'];
    assert.ok(anonymous.some((t) => t.includes('people familiar with Chinese trade policy said')), anonymous.join('\n'));
    assert.ok(anonymous.some((t) => t.includes('according to people familiar with their thinking')), anonymous.join('\n'));
    assert.ok(painted['sl-cue'].includes('people familiar with Chinese trade policy said'), painted['sl-cue'].join('\n'));
    // The headline is its own sentence, not glued to the first paragraph.
    const first = await page.evaluate(() => [...CSS.highlights.get('sl-anonymous_source')][0].toString());
    assert.ok(!first.includes('Keeps World Guessing'), first);
    await page.close();
  });

  test("New York Post under a CSP of default-src 'none' still gets its highlights", async () => {
    const page = await b.context.newPage();
    const response = await page.goto(`${b.strictUrl}/en-nypost-taliban-hostage-swap.clean.html`);
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
    // The page itself may not compile wasm: what the worker does for it.
    const pageMayCompile = await page.evaluate(() =>
      WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => true, () => false));
    assert.equal(pageMayCompile, false);
    await waitForHighlight(page);
    const anonymous = (await paintedTexts(page))['sl-anonymous_source'];
    assert.ok(anonymous.some((t) => t.startsWith('US officials said American forces had launched a rescue mission')), anonymous.join('\n'));
    assert.ok(anonymous.some((t) => t.includes('according to a local police source')), anonymous.join('\n'));
    await page.close();
  });

  test('no request left 127.0.0.1 or the extension', () => {
    assert.ok(b.requests.some((u) => u.startsWith(b.strictUrl)));
    assert.deepEqual(foreignRequests(b.requests), []);
  });
});
