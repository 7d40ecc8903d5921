// The extension on German and Spanish article pages: the same highlighting
// as in French and English, the language found from the text.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitForHighlight, paintedTexts, foreignRequests } from './browser.mjs';

describe('extension on German and Spanish news pages', () => {
  let b;
  before(async () => { b = await launch(); });
  after(() => b?.close());

  test('NZZ (German): an unnamed businessman is anonymous, "gilt als" is unverified', async () => {
    const page = await b.context.newPage();
    await page.goto(`${b.url}/de-nzz-syrien-sanktionen.clean.html`);
    await waitForHighlight(page, 'sl-unverified');
    const painted = await paintedTexts(page);
    const anonymous = painted['sl-anonymous_source'] ?? [];
    const unverified = painted['sl-unverified'] ?? [];
    assert.ok(anonymous.some((t) => t.includes('sagte ein syrischer Geschäftsmann')), anonymous.join('\n'));
    assert.ok(unverified.some((t) => t.startsWith('Teheran gilt als wichtigster Geldgeber')), unverified.join('\n'));
    assert.ok(painted['sl-cue'].includes('gilt als'), painted['sl-cue'].join('\n'));
    await page.close();
  });

  test('El Mundo (Spanish): the conditional "se habría escondido" and "presunta" are unverified', async () => {
    const page = await b.context.newPage();
    await page.goto(`${b.url}/es-elmundo-eta-lesaka.clean.html`);
    await waitForHighlight(page, 'sl-unverified');
    const painted = await paintedTexts(page);
    const unverified = painted['sl-unverified'];
    assert.ok(unverified.some((t) => t.includes('Lesaka se habría escondido en México')), unverified.join('\n'));
    assert.ok(unverified.some((t) => t.includes('como presunta responsable')), unverified.join('\n'));
    assert.ok(painted['sl-cue'].some((c) => c.startsWith('habría escondido')), painted['sl-cue'].join('\n'));
    await page.close();
  });

  test('no request left 127.0.0.1 or the extension', () => {
    assert.ok(b.requests.some((u) => u.startsWith(b.url)));
    assert.deepEqual(foreignRequests(b.requests), []);
  });
});
