// Text from the DOM may hold lone surrogates (a JavaScript string is any
// sequence of UTF-16 units). The wasm boundary turns each into U+FFFD, one
// unit for one unit, so the offsets handed back still slice the page's text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './browser.mjs';

test('offsets slice the original string after lone surrogates', async () => {
  const pkg = join(DIST, 'pkg');
  const { initSync, analyze, analyze_compact, load_language } = await import(join(pkg, 'sourcelight.js'));
  initSync({ module: readFileSync(join(pkg, 'sourcelight_bg.wasm')) });
  load_language(readFileSync(join(DIST, 'lang/en.lang'), 'utf8')); // as the worker does
  const text = 'Intro \ud800 text. Officials said the \udfff plant was closed, according to people familiar with the matter. \udbff';
  const result = analyze(text, 'en', 'en');
  const cues = result.sentences.flatMap((s) => s.cues);
  assert.ok(cues.length >= 2, JSON.stringify(result));
  for (const c of cues) assert.equal(text.slice(c.start, c.end), c.text);
  for (const s of result.sentences) assert.ok(s.start <= s.end && s.end <= text.length);
  // The worker's compact form: the same offsets, in arrays (five numbers a sentence, four a cue).
  const compact = analyze_compact(text, 'en');
  assert.deepEqual([...compact.sentences].filter((_, i) => i % 5 < 2), result.sentences.flatMap((s) => [s.start, s.end]));
  assert.deepEqual([...compact.cues].filter((_, i) => i % 4 < 2), cues.flatMap((c) => [c.start, c.end]));
  // Who speaks: the officials, their words sliced from the same string, in both forms.
  const [speaker] = result.speakers;
  assert.equal(text.slice(speaker.start, speaker.end), 'Officials');
  assert.equal(speaker.text, 'Officials');
  assert.deepEqual([...compact.speakers].slice(0, 3), [compact.kinds.indexOf(speaker.kind), speaker.start, speaker.end]);
});
