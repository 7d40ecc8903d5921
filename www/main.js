// The Sourcelight demo: paste a text or pick a sample, see what the core
// flags. No bundler: the wasm-bindgen module straight from ./pkg/.
// Text from the input is only ever inserted with textContent.
import init, { render, analyze } from './pkg/sourcelight.js';

const STRINGS = {
  en: {
    tagline: 'Which sentences rest on anonymous sources, which claims are unverified. Runs in your browser; nothing is sent anywhere.',
    sample: 'Sample', sampleNone: '— paste your own text —', language: 'Language', auto: 'Detect',
    analyze: 'Analyse', summary: 'Summary', sentences: 'Sentences',
    anonymous_source: 'Anonymous source', unverified: 'Unverified claim', named_source: 'On the record', cue: 'Cue words',
    groupAnonymous: 'Anonymous sources', groupUnverified: 'Unverified claims',
    share: 'Share of sentences', none: 'No sentence rests on an anonymous source or an unverified claim.',
    unsupported: 'This text is in a language Sourcelight does not know yet (French and English for now).',
    empty: 'Paste a text or pick a sample.', loading: 'Loading…', fallback: 'This browser lacks the CSS Highlight API: flagged sentences are marked whole.',
    footer: 'Samples: real published news, used as demo data; the texts remain their publishers’ copyright.',
    detected: (l) => `Language: ${l}`,
  },
  fr: {
    tagline: 'Quelles phrases reposent sur des sources anonymes, quelles affirmations ne sont pas vérifiées. Tout se passe dans votre navigateur ; rien n’est envoyé.',
    sample: 'Exemple', sampleNone: '— collez votre texte —', language: 'Langue', auto: 'Détecter',
    analyze: 'Analyser', summary: 'Résumé', sentences: 'Phrases',
    anonymous_source: 'Source anonyme', unverified: 'Affirmation non vérifiée', named_source: 'Source citée', cue: 'Mots repères',
    groupAnonymous: 'Sources anonymes', groupUnverified: 'Affirmations non vérifiées',
    share: 'Part des phrases', none: 'Aucune phrase ne repose sur une source anonyme ou une affirmation non vérifiée.',
    unsupported: 'Ce texte est dans une langue que Sourcelight ne connaît pas encore (français et anglais pour l’instant).',
    empty: 'Collez un texte ou choisissez un exemple.', loading: 'Chargement…', fallback: 'Ce navigateur n’a pas l’API CSS Highlight : les phrases signalées sont marquées en entier.',
    footer: 'Exemples : articles de presse réels, utilisés comme données de démonstration ; les textes restent la propriété de leurs éditeurs.',
    detected: (l) => `Langue : ${l}`,
  },
};
const FLAGGING = ['anonymous_source', 'unverified'];
const GROUPS = [['anonymous_source', 'groupAnonymous'], ['unverified', 'groupUnverified']];
const SHARES = [['share_named', 'named_source'], ['share_anonymous', 'anonymous_source'], ['share_unverified', 'unverified']];

const $ = (id) => document.getElementById(id);
let ui = (navigator.language ?? 'en').startsWith('fr') ? 'fr' : 'en';
const t = (key) => STRINGS[ui][key];

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text != null) e.textContent = text;
  return e;
}

function applyUi() {
  document.documentElement.lang = ui;
  for (const e of document.querySelectorAll('[data-t]')) e.textContent = t(e.dataset.t);
  $('ui-lang').textContent = ui === 'en' ? 'FR' : 'EN';
  $('ui-lang').title = ui === 'en' ? 'Français' : 'English';
}

/** Paints with the wasm `render`; without CSS.highlights, marks whole sentences itself. */
function paint(text, lang) {
  try {
    return { result: render('text', text, lang, ui), fallback: false };
  } catch (err) {
    if (globalThis.CSS?.highlights) throw err;
    const result = analyze(text, lang, ui);
    const box = $('text');
    box.replaceChildren();
    let at = 0;
    for (const s of result.sentences) {
      const labels = s.labels.filter((l) => FLAGGING.includes(l));
      if (labels.length === 0) continue;
      box.append(text.slice(at, s.start));
      const mark = el('mark', labels.join(' '), text.slice(s.start, s.end));
      mark.title = labels.map(t).join(' · ');
      box.append(mark);
      at = s.end;
    }
    box.append(text.slice(at));
    return { result, fallback: true };
  }
}

function showSummary(s) {
  const counts = $('counts');
  counts.replaceChildren();
  for (const key of ['sentences', 'anonymous_source', 'unverified', 'named_source']) {
    const d = el('div', key);
    d.append(el('dt', null, t(key)), el('dd', null, String(s[key])));
    d.lastChild.id = `count-${key}`;
    counts.append(d);
  }
  const shares = $('shares');
  shares.replaceChildren(el('h3', null, t('share')));
  for (const [key, label] of SHARES) {
    const pct = Math.round(s[key] * 1000) / 10;
    const row = el('div', `share ${label}`);
    const bar = el('span', 'bar');
    const fill = el('span', 'fill');
    fill.style.width = `${pct}%`;
    bar.append(fill);
    row.append(el('span', null, t(label)), bar, el('span', 'pct', `${pct} %`));
    shares.append(row);
  }
}

function showFlagged(text, result) {
  const box = $('flagged');
  box.replaceChildren();
  let any = false;
  for (const [label, title] of GROUPS) {
    const items = result.sentences.filter((s) => s.labels.includes(label));
    if (items.length === 0) continue;
    any = true;
    const section = el('section', `group ${label}`);
    section.append(el('h3', null, `${t(title)} (${items.length})`));
    const list = el('ol');
    for (const s of items) {
      const li = el('li');
      li.append(el('p', 'sentence', text.slice(s.start, s.end)));
      const cues = el('ul', 'cues');
      for (const c of s.cues.filter((c) => c.category === label)) {
        const item = el('li');
        item.append(el('q', 'cue', c.text), el('span', 'explanation', ` — ${c.explanation}`));
        cues.append(item);
      }
      li.append(cues);
      list.append(li);
    }
    section.append(list);
    box.append(section);
  }
  if (!any) box.append(el('p', 'none', t('none')));
}

function run() {
  const text = $('input').value;
  if (!text.trim()) { $('status').textContent = t('empty'); $('result').hidden = true; return; }
  const { result, fallback } = paint(text, $('lang').value);
  if (!result.supported) { $('status').textContent = t('unsupported'); $('result').hidden = true; return; }
  $('status').textContent = [t('detected')(result.lang), fallback ? t('fallback') : ''].filter(Boolean).join(' · ');
  showSummary(result.summary);
  showFlagged(text, result);
  $('result').hidden = false;
}

async function loadSample(path) {
  if (!path) return;
  const response = await fetch(path);
  $('input').value = await response.text();
  run();
}

applyUi();
$('status').textContent = t('loading');
await init({ module_or_path: new URL('./pkg/sourcelight_bg.wasm', import.meta.url) });
$('status').textContent = t('empty');
$('form').addEventListener('submit', (e) => { e.preventDefault(); run(); });
$('sample').addEventListener('change', (e) => loadSample(e.target.value));
$('lang').addEventListener('change', () => $('input').value.trim() && run());
$('ui-lang').addEventListener('click', () => {
  ui = ui === 'en' ? 'fr' : 'en';
  applyUi();
  if ($('input').value.trim()) run(); // explanations come in the UI language
});
document.body.dataset.ready = 'true';
