// extension/maintext.js find() in Chromium (no extension): Readability.js on
// the clone maintext.js hands it, its article located in the live page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, DIST } from './browser.mjs';

let browser, page;
before(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage();
});
after(() => browser?.close());

/** What find() gives on `html`: the root's tag and the texts it keeps, or null. */
async function found(html) {
  await page.setContent(html);
  for (const js of ['vendor/Readability.js', 'lines.js', 'maintext.js']) await page.addScriptTag({ path: join(DIST, js) });
  return page.evaluate(() => {
    const a = globalThis.Sourcelight.mainText.find(document);
    if (!a) return null;
    const kept = [];
    const walker = document.createTreeWalker(a.root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.data.trim() && a.keeps(n)) kept.push(n.data.trim());
    return { root: a.root.tagName.toLowerCase(), kept };
  });
}

const paragraph = (n) => `<p>Paragraph ${n} of the article, long enough to anchor the match, with a comma, two, three, and more words to score.</p>`;

test('a class of <html> that Readability.js reads as unlikely ("header-spacing") does not make the whole page the article', async () => {
  const html = `<html class="header-spacing spacing"><body>
    <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li></ul></nav></header>
    <article>${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}</article></body></html>`;
  const a = await found(html);
  assert.equal(a?.root, 'article', JSON.stringify(a));
  assert.ok(!a.kept.includes('World news'), a.kept.join(' | '));
  assert.equal(a.kept.length, 6);
});

test('teaser links and the lead-in of a teaser list are left out (lines.js); a lead-in of what is read, and a linked sentence, are not', async () => {
  const html = `<html><body><article>${[1, 2, 3].map(paragraph).join('')}
    <p><b>Read more:</b></p><p><a href="/a">Another story on the docks and their long strike</a></p>
    <p>See also: <a href="/b">The port authority and its plans for the harbour front</a></p>
    ${[4, 5].map(paragraph).join('')}
    <p>The minister said:</p><blockquote><p>We will not give in to the pressure of the unions, whatever they say, and we will say so again.</p></blockquote>
    <p><a href="/c">The strike ended on Friday.</a> It had lasted, with a pause, five weeks and two days in all, the union said.</p>
    ${paragraph(6)}</article></body></html>`;
  const a = await found(html);
  const kept = a.kept.join(' | ');
  for (const t of ['Read more:', 'Another story', 'See also:', 'The port authority']) assert.ok(!kept.includes(t), `${t} in ${kept}`);
  for (const t of ['The minister said:', 'We will not give in', 'The strike ended', 'Paragraph 6']) assert.ok(kept.includes(t), `${t} not in ${kept}`);
});

test('a closing note set in italics or bold is left out (lines.js); an emphasized intertitle is not', async () => {
  const html = `<html><body><article>${[1, 2].map(paragraph).join('')}<p><strong>Back on the docks</strong></p>${[3, 4].map(paragraph).join('')}
    <p><em>The minister said so twice.</em> Nobody listened, and the strike went on.</p>${paragraph(5)}
    <p><i>(With AFP and Reuters)</i></p><p><strong><em>Like this story? Share it with a friend!</em></strong></p></article></body></html>`;
  const kept = (await found(html)).kept.join(' | ');
  for (const t of ['With AFP', 'Like this story']) assert.ok(!kept.includes(t), `${t} in ${kept}`);
  for (const t of ['Back on the docks', 'The minister said so twice', 'Paragraph 5']) assert.ok(kept.includes(t), `${t} not in ${kept}`);
});

test('an inline teaser (a label in capitals and a link) is left out of its paragraph (lines.js); a link in a sentence is not', async () => {
  const html = `<html><body><article>${[1, 2].map(paragraph).join('')}
    <p>The imam was arrested on Monday at the airport, on his way back. <span class="capsule"><span>À LIRE AUSSI</span>
    <strong><a href="/a">Antisémitisme : retour au Moyen Âge</a></strong></span>His home was searched, and he was held until his trial.</p>
    <p>It was, said <span>the French president <a href="/m">Emmanuel Macron</a></span>, a good day for the <span>UN <a href="/u">agency</a></span>.</p>
    ${paragraph(3)}</article></body></html>`;
  const kept = (await found(html)).kept.join(' | ');
  for (const t of ['LIRE AUSSI', 'Moyen Âge']) assert.ok(!kept.includes(t), `${t} in ${kept}`);
  for (const t of ['The imam was arrested', 'His home was searched', 'the French president', 'Emmanuel Macron', 'UN']) assert.ok(kept.includes(t), `${t} not in ${kept}`);
});

test('a note that opens with a label in bold ("More information:") is left out (lines.js); a paragraph that does is not', async () => {
  const html = `<html><body><article>${[1, 2].map(paragraph).join('')}
    <p><strong>Analysis:</strong> the plan, which the unions reject, would cut the port's costs by a third, or more</p>${paragraph(3)}
    <div class="more"><strong>More information:</strong> J. Porter et al. Docks and strikes, Journal of Harbour Studies (2019).
    <a href="https://doi.org/10.1000/1">DOI: 10.1000/1</a></div>${paragraph(4)}</article></body></html>`;
  const kept = (await found(html)).kept.join(' | ');
  for (const t of ['More information', 'Journal of Harbour']) assert.ok(!kept.includes(t), `${t} in ${kept}`);
  for (const t of ['Analysis:', 'the plan, which', 'Paragraph 4']) assert.ok(kept.includes(t), `${t} not in ${kept}`);
});
