// The Sourcelight demo: paste a text or pick a sample, see what the core
// flags. No bundler: the wasm-bindgen module straight from ./pkg/.
// Text from the input is only ever inserted with textContent.
import init, { render, analyze, languages, detect, load_language } from './pkg/sourcelight.js';

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
    file: 'Open a file', dropHint: 'Paste a text, or drop a saved page (.html) or a text file (.txt) here: the page’s main text is read, nothing leaves your browser.',
    loaded: (name) => `Read from ${name}`, badFile: 'Only .html and .txt files can be read.',
    whoSpeaks: 'Who speaks', speakersHint: 'Click a speaker to step through its sentences in the text.', noSpeakers: 'No one is reported speaking in this text.',
    named: 'Named', unnamed: 'Unnamed', count: (n) => (n === 1 ? '1 sentence' : `${n} sentences`), position: (at, of) => `${at} of ${of}`,
    kinds: { named_person: 'person', named_institution: 'institution or document', unnamed: 'unnamed', impersonal: 'impersonal' },
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
    file: 'Ouvrir un fichier', dropHint: 'Collez un texte, ou déposez ici une page enregistrée (.html) ou un fichier texte (.txt) : le texte principal de la page est lu, rien ne quitte votre navigateur.',
    loaded: (name) => `Lu dans ${name}`, badFile: 'Seuls les fichiers .html et .txt peuvent être lus.',
    whoSpeaks: 'Qui parle', speakersHint: 'Cliquez sur une source pour parcourir ses phrases dans le texte.', noSpeakers: 'Personne n’est cité comme parlant dans ce texte.',
    named: 'Nommées', unnamed: 'Non nommées', count: (n) => (n === 1 ? '1 phrase' : `${n} phrases`), position: (at, of) => `${at} sur ${of}`,
    kinds: { named_person: 'personne', named_institution: 'institution ou document', unnamed: 'anonyme', impersonal: 'impersonnel' },
  },
};
const FLAGGING = ['anonymous_source', 'unverified'];
const NAMED_KINDS = ['named_person', 'named_institution']; // the speakers' kinds listed as named
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

/** The Range of characters `start` to `end` of #text, whether it holds one text node (render) or several (the <mark> fallback). */
function textRange(start, end) {
  const range = new Range();
  const walker = document.createTreeWalker($('text'), NodeFilter.SHOW_TEXT);
  let at = 0, started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const next = at + node.length;
    if (!started && start <= next) { range.setStart(node, start - at); started = true; }
    if (started && end <= next) { range.setEnd(node, end - at); break; }
    at = next;
  }
  return range;
}

/** Selects a sentence of the text and scrolls it to a third of the window. */
function showSentence(s) {
  const range = textRange(s.start, s.end);
  getSelection().removeAllRanges();
  getSelection().addRange(range);
  scrollBy({ top: range.getBoundingClientRect().top - innerHeight / 3, behavior: 'instant' });
}

/** Who speaks, named and unnamed, each stepping through its sentences in the text (click or Enter). */
function showSpeakers(result) {
  const box = $('speakers');
  box.replaceChildren(el('h3', null, t('whoSpeaks')), el('p', 'hint', t(result.speakers.length ? 'speakersHint' : 'noSpeakers')));
  for (const group of ['named', 'unnamed']) {
    const items = result.speakers.filter((sp) => NAMED_KINDS.includes(sp.kind) === (group === 'named'));
    if (items.length === 0) continue;
    const section = el('section', `speaker-group ${group}`);
    const total = items.reduce((n, sp) => n + sp.sentences.length, 0);
    section.append(el('h4', null, `${t(group)} (${items.length}) · ${t('count')(total)}`));
    const list = el('ol');
    for (const sp of items) {
      const button = el('button', 'speaker');
      button.type = 'button';
      const position = el('span', 'position');
      button.append(el('span', 'who', sp.text), el('span', 'kind', t('kinds')[sp.kind]), el('span', 'count', t('count')(sp.sentences.length)), position);
      let at = -1;
      button.addEventListener('click', () => {
        at = (at + 1) % sp.sentences.length;
        position.textContent = t('position')(at + 1, sp.sentences.length);
        showSentence(result.sentences[sp.sentences[at]]);
      });
      const li = el('li');
      li.append(button);
      list.append(li);
    }
    section.append(list);
    box.append(section);
  }
}

// The .wasm carries no language data: a language's file (./lang/<code>.lang,
// beside this page) is fetched the first time a text needs it, then kept.
const loaded = new Set();
async function ensureLanguage(code) {
  if (loaded.has(code)) return;
  const response = await fetch(new URL(`./lang/${code}.lang`, import.meta.url));
  if (!response.ok) throw new Error(`lang/${code}.lang: ${response.status}`);
  load_language(await response.text());
  loaded.add(code);
}

async function run() {
  const text = $('input').value;
  if (!text.trim()) { $('status').textContent = t('empty'); $('result').hidden = true; return; }
  const lang = $('lang').value;
  const code = lang === 'auto' ? detect(text) : lang;
  // Synchronous when the language is there already (a UI switch repaints at once).
  if (code && !loaded.has(code)) await ensureLanguage(code);
  const { result, fallback } = paint(text, lang);
  if (!result.supported) { $('status').textContent = t('unsupported'); $('result').hidden = true; return; }
  $('status').textContent = [t('detected')(result.lang), fallback ? t('fallback') : ''].filter(Boolean).join(' · ');
  showSummary(result.summary);
  showSpeakers(result);
  showFlagged(text, result);
  $('result').hidden = false;
}

// A saved page: its main text, as the extension reads it on the web (the
// <article>, else <main>, else the body; navigation, asides, footers,
// scripts and forms left out; a line break between blocks).
const SKIP = 'script, style, noscript, template, nav, aside, footer, form, button, select, textarea, iframe, svg, [hidden], [aria-hidden="true"], [role=navigation], [role=complementary]';
const BLOCKS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE',
  'MAIN', 'HEADER', 'FIGCAPTION', 'FIGURE', 'TR', 'TD', 'TH', 'DT', 'DD', 'UL', 'OL', 'TABLE', 'BR', 'HR', 'ADDRESS']);

/** The main text of an HTML document (parsed with DOMParser: nothing runs, nothing loads). */
function htmlText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const articles = [...doc.querySelectorAll('article')].filter((a) => !a.parentElement?.closest('article'));
  const root = articles.sort((a, b) => b.textContent.length - a.textContent.length)[0]
    ?? doc.querySelector('main, [role=main]') ?? doc.body;
  if (!root) return '';
  for (const e of root.querySelectorAll(SKIP)) e.remove();
  const out = [];
  const walk = (node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === Node.TEXT_NODE) out.push(c.data.replace(/[ \t\n\r\f]+/g, ' '));
      else if (c.nodeType === Node.ELEMENT_NODE) {
        const block = BLOCKS.has(c.tagName);
        if (block) out.push('\n');
        walk(c);
        if (block) out.push('\n');
      }
    }
  };
  walk(root);
  return out.join('').split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
}

async function loadFile(file) {
  if (!file) return;
  const isHtml = /\.html?$/i.test(file.name) || file.type === 'text/html';
  const isText = /\.txt$/i.test(file.name) || file.type === 'text/plain';
  if (!isHtml && !isText) { $('status').textContent = t('badFile'); return; }
  const raw = await file.text();
  $('input').value = isHtml ? htmlText(raw) : raw;
  $('sample').value = '';
  await run();
  $('status').textContent = `${t('loaded')(file.name)} · ${$('status').textContent}`;
}

async function loadSample(path) {
  if (!path) return;
  const response = await fetch(path);
  $('input').value = await response.text();
  await run();
}

applyUi();
$('status').textContent = t('loading');
await init({ module_or_path: new URL('./pkg/sourcelight_bg.wasm', import.meta.url) });
// Every language the core's data files define, not only the two listed.
for (const { code, name } of languages()) {
  if (![...$('lang').options].some((o) => o.value === code)) $('lang').append(new Option(name, code));
}
$('status').textContent = t('empty');
$('form').addEventListener('submit', (e) => { e.preventDefault(); run(); });
$('sample').addEventListener('change', (e) => loadSample(e.target.value));
$('file').addEventListener('change', (e) => loadFile(e.target.files[0]));
for (const name of ['dragenter', 'dragover']) {
  $('form').addEventListener(name, (e) => { e.preventDefault(); $('form').classList.add('dropping'); });
}
$('form').addEventListener('dragleave', () => $('form').classList.remove('dropping'));
$('form').addEventListener('drop', (e) => {
  e.preventDefault();
  $('form').classList.remove('dropping');
  loadFile(e.dataTransfer?.files?.[0]);
});
$('lang').addEventListener('change', () => $('input').value.trim() && run());
$('ui-lang').addEventListener('click', () => {
  ui = ui === 'en' ? 'fr' : 'en';
  applyUi();
  if ($('input').value.trim()) run(); // explanations come in the UI language
});
document.body.dataset.ready = 'true';
