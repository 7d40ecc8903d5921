// The worker's side of an analysis request, without chrome.*: background.js
// runs it over the wasm core, and the tests that stand in for the worker
// run the same code.
//
// The .wasm carries no language data: a language's file is read (by
// `readLanguage(code)`, from the extension's own package, never the
// network) the first time a text needs it, parsed once and kept.
//
// The reply is the core's compact form (see README.md, "The worker's
// reply"): offsets and codes as arrays of numbers, names once, no cue text
// (the content script has the text), and the explanations of the reader's
// language only when the content script says it lacks them.

// Languages a page may ask for by code; any other request is detected.
const LANGS = new Set(['auto', 'fr', 'en']);
const UI_LANGS = new Set(['fr', 'en']);

/**
 * `wasm`: the module's exports (analyze_compact, detect, load_language,
 * explanations, explain), its `init` done. `readLanguage(code)`: a promise
 * of the text of `lang/<code>.lang`. Returns `request(msg)`.
 */
export function analyzer(wasm, readLanguage) {
  const loading = new Map(); // code → Promise
  function ensureLanguage(code) {
    let p = loading.get(code);
    if (!p) {
      p = readLanguage(code).then((text) => { wasm.load_language(text); });
      p.catch(() => loading.delete(code)); // a failed load may be tried again
      loading.set(code, p);
    }
    return p;
  }

  const tables = new Map(); // reader's language → {rule: explanation}
  function table(ui) {
    if (!tables.has(ui)) tables.set(ui, wasm.explanations(ui));
    return tables.get(ui);
  }

  /** `{text, lang, uiLang, have}` → the compact analysis; throws on a malformed request. */
  return async function request({ text, lang = 'auto', uiLang = 'en', have = [] }) {
    if (typeof text !== 'string') throw new TypeError('analyze: text must be a string');
    const ui = UI_LANGS.has(uiLang) ? uiLang : 'en';
    // `auto`: the detection table is in the .wasm; only the language found is loaded.
    let code = LANGS.has(lang) ? lang : 'auto';
    if (code === 'auto') code = wasm.detect(text) ?? 'auto';
    if (code !== 'auto') await ensureLanguage(code);
    const r = wasm.analyze_compact(text, code);
    const known = table(ui);
    const explain = Array.isArray(have) && have.includes(ui) ? {} : { ...known };
    for (const rule of r.rules) explain[rule] ??= known[rule] ?? wasm.explain(rule, ui);
    return {
      lang: r.lang, supported: r.supported, summary: r.summary, categories: r.categories, rules: r.rules, kinds: r.kinds,
      // Plain arrays: runtime messages are JSON, where a typed array would become an object.
      sentences: Array.from(r.sentences), cues: Array.from(r.cues), speakers: Array.from(r.speakers), uiLang: ui, explain,
    };
  };
}
