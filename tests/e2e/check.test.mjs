// `./build.sh check FILE --out DIR`: the extension headless over a saved
// page, the summary as JSON on stdout, a screenshot of the painted page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

test('./build.sh check prints the summary of a saved page and writes its screenshot', async () => {
  const out = await mkdtemp(join(tmpdir(), 'sourcelight-check-'));
  try {
    const { stdout } = await promisify(execFile)(join(ROOT, 'build.sh'),
      ['check', 'tests/pages/fr-liberation-ayrault-methode.html', '--out', out], { cwd: ROOT, maxBuffer: 1 << 24 });
    const report = JSON.parse(stdout);
    assert.equal(report.lang, 'fr');
    assert.equal(report.supported, true);
    assert.ok(report.summary.sentences >= 23, JSON.stringify(report.summary));
    assert.equal(report.flagged.length, report.summary.flagged);
    const entourage = report.flagged.find((f) => f.text.includes('plaide l’entourage du Premier ministre'));
    assert.ok(entourage, JSON.stringify(report.flagged, null, 1));
    assert.deepEqual(entourage.labels, ['anonymous_source']);
    assert.ok(entourage.cues.some((c) => c.category === 'anonymous_source' && c.explanation.length > 10));
    // Who speaks: the unnamed entourage, with the sentence where it speaks.
    const speaker = report.speakers.find((s) => s.sentences.some((t) => t.includes('plaide l’entourage du Premier ministre')));
    assert.ok(speaker, JSON.stringify(report.speakers, null, 1));
    assert.equal(speaker.named, false);
    assert.ok(['unnamed', 'impersonal'].includes(speaker.kind) && speaker.text.length > 0, JSON.stringify(speaker));
    assert.ok(report.abortedRequests > 0, 'the page’s own CDN requests were aborted');
    const png = await readFile(report.screenshot);
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.ok(png.length > 20_000, `${png.length} bytes`);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('./build.sh check without a page says how to use it', async () => {
  const err = await promisify(execFile)(join(ROOT, 'build.sh'), ['check'], { cwd: ROOT }).catch((e) => e);
  assert.equal(err.code, 2);
  assert.match(err.stderr, /usage: \.\/build\.sh check URL_OR_FILE/);
});
