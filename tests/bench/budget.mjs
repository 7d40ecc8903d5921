// What a page downloads: the engine (.wasm) and one language file, gzip -9.
// The extension and the demo load only the page's language
// (dist/extension/lang/<code>.lang); the budget is the engine plus the
// largest language, whatever the number of languages.
//
//   node tests/bench/budget.mjs           prints the sizes
//   node tests/bench/budget.mjs --check   the same, exit 1 over the budget (./build.sh test)
//
// tests/bench/bench.mjs prints the same figures in its table.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Engine + largest language, gzip -9, at most (issue 14). */
export const BUDGET_BYTES = 100 * 1024;

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Sizes (raw and gzip) of the shipped engine and of each language file under `dist/`. */
export function downloadSizes(dist = join(ROOT, 'dist')) {
  const wasm = readFileSync(join(dist, 'extension/pkg/sourcelight_bg.wasm'));
  const langDir = join(dist, 'extension/lang');
  const langs = readdirSync(langDir).filter((f) => f.endsWith('.lang')).sort().map((f) => {
    const bytes = readFileSync(join(langDir, f));
    return { code: f.replace(/\.lang$/, ''), raw: bytes.length, gzip: gz(bytes) };
  });
  if (langs.length === 0) throw new Error(`no language file in ${langDir}`);
  const largest = langs.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const engine = { raw: wasm.length, gzip: gz(wasm) };
  const page = engine.gzip + largest.gzip;
  return { engine, langs, largest, page, budget: BUDGET_BYTES, met: page <= BUDGET_BYTES };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const s = downloadSizes();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`engine sourcelight_bg.wasm: ${kb(s.engine.raw)}, ${kb(s.engine.gzip)} gzip`);
  for (const l of s.langs) console.log(`language ${l.code}: ${kb(l.raw)}, ${kb(l.gzip)} gzip`);
  console.log(`page download (engine + largest language, ${s.largest.code}): ${kb(s.page)} gzip, budget ${kb(s.budget)}: ${s.met ? 'met' : 'not met'}`);
  if (process.argv.includes('--check') && !s.met) {
    console.error(`budget.mjs: engine + largest language = ${s.page} bytes gzip > ${s.budget}`);
    process.exit(1);
  }
}
