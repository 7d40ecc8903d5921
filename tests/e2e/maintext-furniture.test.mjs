// extension/maintext.js, its furniture rule alone (no browser), on elements
// described by their tag, attributes and place: what page furniture is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { runInNewContext } from 'node:vm';

const src = await readFile(new URL('../../extension/maintext.js', import.meta.url), 'utf8');
const sandbox = {};
sandbox.globalThis = sandbox;
runInNewContext(src, sandbox);
const { isFurniture } = sandbox.Sourcelight.mainText;

/** A stand-in element: `tag`, attributes, whether an <article> holds it, its links' text. */
function el(tag, { id = '', className = '', attrs = {}, inArticle = false, text = 'x', linked = '' } = {}) {
  return {
    tagName: tag.toUpperCase(), id, className,
    getAttribute: (k) => attrs[k] ?? null,
    parentElement: { closest: (sel) => (sel === 'article' && inArticle ? {} : null) },
    textContent: text,
    querySelectorAll: (sel) => (sel === 'a' && linked ? [{ textContent: linked }] : []),
  };
}

test('navigation, asides, footers, figures and dialogs are furniture; a header only outside an article', () => {
  for (const tag of ['nav', 'aside', 'footer', 'figure', 'figcaption', 'form', 'dialog']) assert.ok(isFurniture(el(tag)), tag);
  assert.ok(isFurniture(el('header')));
  assert.ok(!isFurniture(el('header', { inArticle: true })), "the article's own header");
  assert.ok(!isFurniture(el('div')) && !isFurniture(el('p')));
});

test('roles and aria-hidden mark furniture', () => {
  assert.ok(isFurniture(el('div', { attrs: { role: 'navigation' } })));
  assert.ok(isFurniture(el('div', { attrs: { role: 'complementary' } })));
  assert.ok(isFurniture(el('div', { attrs: { 'aria-hidden': 'true' } })));
  assert.ok(!isFurniture(el('div', { attrs: { role: 'main' } })));
});

test('names: a word of an id or class, not a part of one', () => {
  for (const className of ['comments', 'article-comments', 'share_bar', 'ad', 'ad-slot', 'related stories', 'Newsletter-Box', 'caption-truncated', 'wp-caption-text']) {
    assert.ok(isFurniture(el('div', { className })), className);
  }
  assert.ok(isFurniture(el('section', { id: 'disqus_thread' })));
  // camelCase humps split words too; bylines, author notes, sign-up boxes, embedded tweets, legal notices
  for (const className of ['InlineImage-imageEmbedCaption', 'articleByline__bio', 'emailSignup', 'twitter-tweet', 'byline ap-byline', 'legal',
    'fb-post', 'instagram-media', 'article-gallery-14848382', 'slideshow']) {
    assert.ok(isFurniture(el('div', { className })), className);
  }
  for (const className of ['ArticleBody', 'headLine', 'storyBody', 'biography']) assert.ok(!isFurniture(el('div', { className })), className);
  for (const className of ['article-body', 'post-paywall', 'pre-paywall', 'shadow', 'headline', 'loaded', 'adventure']) {
    assert.ok(!isFurniture(el('div', { className })), className);
  }
});

test('a list or section made mostly of links is a teaser, inside an article or beside it', () => {
  assert.ok(isFurniture(el('ul', { inArticle: true, text: 'Read this next story', linked: 'Read this next story' })));
  assert.ok(!isFurniture(el('ul', { inArticle: true, text: 'Three points of the plan, one link', linked: 'link' })));
  assert.ok(isFurniture(el('section', { text: 'Most shared: one story, another', linked: 'one story, another' })), 'beside an article too');
});

test("a CSS framework's hiding class (d-none, hidden) hides, unless another class shows it again from some width", () => {
  for (const className of ['d-none d-print-block', 'hidden', 'px-2 hidden']) assert.ok(isFurniture(el('div', { className })), className);
  for (const className of ['d-none d-md-block', 'hidden md:flex', 'is-hidden', 'd-md-none']) assert.ok(!isFurniture(el('div', { className })), className);
});
