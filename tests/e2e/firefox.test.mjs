// The Firefox build (dist/firefox, made by ./build.sh build through
// tests/support/firefox.mjs) passes `web-ext lint` without an error.
// Chromium stays the tested path; Playwright cannot drive stock Firefox.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DIST } from './browser.mjs';
import { buildFirefox, GECKO_ID } from '../support/firefox.mjs';

const WEB_EXT = join(DIST, '../../node_modules/.bin/web-ext');

test('the Firefox build: gecko id, background scripts beside the worker, web-ext lint without errors', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sourcelight-firefox-'));
  try {
    const out = await buildFirefox(DIST, join(dir, 'firefox'));
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    assert.equal(manifest.browser_specific_settings.gecko.id, GECKO_ID);
    assert.deepEqual(manifest.background.scripts, ['background.js']);
    assert.equal(manifest.background.service_worker, 'background.js');
    assert.equal(manifest.manifest_version, 3);
    const { stdout } = await promisify(execFile)(WEB_EXT, ['lint', '--source-dir', out, '--output', 'json'], { maxBuffer: 1 << 24 })
      .catch((err) => err); // exits 1 when there are errors: the report says which
    const report = JSON.parse(stdout);
    console.log(`# web-ext lint: ${JSON.stringify(report.summary)}`);
    for (const w of report.warnings) console.log(`# warning ${w.code}: ${w.message}`);
    assert.deepEqual(report.errors, []);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
