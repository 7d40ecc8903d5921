// Builds the Firefox variant of the extension: a copy of dist/extension in
// dist/firefox whose manifest names a Gecko id and a background script list
// beside the service worker (Firefox MV3 runs `background.scripts`;
// Chromium ignores it when `service_worker` is there, and the reverse).
// Usage: node tests/support/firefox.mjs [FROM] [TO]
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const GECKO_ID = 'sourcelight@sourcelight.invalid';

/** The Firefox manifest from the Chromium one. */
export function firefoxManifest(m) {
  const out = structuredClone(m);
  out.background = { scripts: [m.background.service_worker], service_worker: m.background.service_worker, type: m.background.type };
  // 140 (ESR): MV3, storage.sync, data_collection_permissions. Where CSS.highlights is missing, content.js draws its fallback boxes.
  // Nothing is collected or sent: Firefox asks extensions to say so.
  out.browser_specific_settings = {
    gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
  };
  delete out.minimum_chrome_version;
  return out;
}

export async function buildFirefox(from = join(ROOT, 'dist/extension'), to = join(ROOT, 'dist/firefox')) {
  await rm(to, { recursive: true, force: true });
  await cp(from, to, { recursive: true });
  const manifest = JSON.parse(await readFile(join(from, 'manifest.json'), 'utf8'));
  await writeFile(join(to, 'manifest.json'), `${JSON.stringify(firefoxManifest(manifest), null, 2)}\n`);
  return to;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [from, to] = process.argv.slice(2);
  console.log(`firefox: ${await buildFirefox(from, to)}`);
}
