// The toolbar popup: the summary of one tab, as its content script reports
// it, and the switches (global, this site). `popup.html?tab=ID` shows tab ID;
// without it, the active tab. Page text is only ever inserted with textContent.
const t = (key, ...subs) => chrome.i18n.getMessage(key, subs) || key;

const GROUPS = [
  { label: 'anonymous_source', title: 'groupAnonymous' },
  { label: 'unverified', title: 'groupUnverified' },
];
const SHARES = [
  { key: 'share_named', label: 'named_source' },
  { key: 'share_anonymous', label: 'anonymous_source' },
  { key: 'share_unverified', label: 'unverified' },
];
const DEFAULTS = { enabled: true, disabledSites: [] };

const $ = (id) => document.getElementById(id);

/** An element with a class and text content (never HTML). */
function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text != null) e.textContent = text;
  return e;
}

async function targetTab() {
  const param = new URLSearchParams(location.search).get('tab');
  if (param != null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function status(key, ...subs) {
  $('status').textContent = t(key, ...subs);
  $('status').hidden = false;
}

const percent = (x) => Math.round((x ?? 0) * 1000) / 10;
const pctText = (pct) => `${pct.toLocaleString(document.documentElement.lang)} %`;

function showSummary(report) {
  const s = report.summary;
  $('count-sentences').textContent = s.sentences;
  for (const c of ['anonymous_source', 'unverified', 'named_source']) $(`count-${c}`).textContent = s[c];
  // One stacked bar: on the record, anonymous, unverified (a sentence may be
  // both, so the parts are scaled to fit), and its reading for screen readers.
  const chart = $('chart');
  chart.replaceChildren();
  const parts = SHARES.map(({ key, label }) => ({ label, pct: percent(s[key]) }));
  const sum = parts.reduce((n, p) => n + p.pct, 0);
  const scale = sum > 100 ? 100 / sum : 1;
  for (const { label, pct } of parts) {
    const seg = el('span', `seg ${label}`);
    seg.style.width = `${pct * scale}%`;
    chart.append(seg);
  }
  chart.setAttribute('aria-label', parts.map(({ label, pct }) => `${t(label)} ${pctText(pct)}`).join(', '));
  const shares = $('shares');
  shares.replaceChildren();
  for (const { key, label } of SHARES) {
    const pct = percent(s[key]);
    const row = el('div', `share ${label}`);
    row.append(el('span', 'share-label', t(label)));
    const bar = el('span', 'bar');
    bar.setAttribute('role', 'meter');
    bar.setAttribute('aria-valuemin', '0');
    bar.setAttribute('aria-valuemax', '100');
    bar.setAttribute('aria-valuenow', String(pct));
    bar.setAttribute('aria-label', t(label));
    const fill = el('span', 'fill');
    fill.style.width = `${Math.min(100, pct)}%`;
    bar.append(fill);
    row.append(bar, el('span', 'pct', pctText(pct)));
    shares.append(row);
  }
  $('summary').hidden = false;
}

function showFlagged(report, tabId) {
  const groups = $('groups');
  groups.replaceChildren();
  for (const { label, title } of GROUPS) {
    const items = report.flagged.filter((f) => f.labels.includes(label));
    if (items.length === 0) continue;
    const section = el('section', `group ${label}`);
    section.dataset.label = label;
    const heading = el('h2', null, `${t(title)} (${items.length})`);
    heading.id = `group-${label}`;
    section.setAttribute('aria-labelledby', heading.id);
    section.append(heading);
    const list = el('ol');
    for (const item of items) {
      const li = el('li');
      const button = el('button', 'sentence', item.text);
      button.type = 'button';
      button.dataset.index = item.index;
      button.title = t('jumpTitle');
      button.addEventListener('click', () => chrome.tabs.sendMessage(tabId, { kind: 'jump', index: item.index }));
      li.append(button);
      const cues = el('ul', 'cues');
      cues.setAttribute('aria-label', t('cuesLabel'));
      for (const cue of item.cues.filter((c) => c.category === label)) {
        const c = el('li');
        c.append(el('q', 'cue', cue.text), el('span', 'explanation', ` — ${cue.explanation}`));
        cues.append(c);
      }
      li.append(cues);
      list.append(li);
    }
    section.append(list);
    groups.append(section);
  }
  $('flagged').hidden = false;
}

const sentenceCount = (n) => (n === 1 ? t('sentencesOne') : t('sentencesMany', String(n)));

/**
 * Who speaks, named and unnamed, each with its number of sentences; a click
 * (or Enter) shows its next sentence on the page, as the flagged list does.
 */
function showSpeakers(report, tabId) {
  const groups = $('speaker-groups');
  groups.replaceChildren();
  const speakers = report.speakers ?? [];
  $('speakers-hint').textContent = t(speakers.length ? 'speakersHint' : 'noSpeakers');
  for (const [named, title] of [[true, 'speakersNamed'], [false, 'speakersUnnamed']]) {
    const items = speakers.filter((sp) => sp.named === named);
    if (items.length === 0) continue;
    const section = el('section', `speaker-group ${named ? 'named' : 'unnamed'}`);
    const total = items.reduce((n, sp) => n + sp.sentences.length, 0);
    const heading = el('h3', null, `${t(title)} (${items.length}) · ${sentenceCount(total)}`);
    heading.id = `speakers-${named ? 'named' : 'unnamed'}`;
    section.setAttribute('aria-labelledby', heading.id);
    section.append(heading);
    const list = el('ol');
    for (const sp of items) {
      const li = el('li');
      const button = el('button', 'speaker');
      button.type = 'button';
      button.dataset.kind = sp.kind;
      button.title = t('speakerTitle');
      const position = el('span', 'position');
      button.append(el('span', 'who', sp.text), el('span', 'kind', t(`kind_${sp.kind}`)), el('span', 'count', sentenceCount(sp.sentences.length)), position);
      let at = -1;
      button.addEventListener('click', () => {
        at = (at + 1) % sp.sentences.length;
        position.textContent = t('stepPosition', String(at + 1), String(sp.sentences.length));
        chrome.tabs.sendMessage(tabId, { kind: 'jump', index: sp.sentences[at].index });
      });
      li.append(button);
      list.append(li);
    }
    section.append(list);
    groups.append(section);
  }
  $('speakers').hidden = false;
}

/** The two switches; a change is stored, every tab applies it, and the popup reloads its report. */
function showSwitches(report, reload) {
  $('switch-global').checked = report.enabled;
  $('switch-site').checked = report.siteEnabled;
  $('switch-site-label').textContent = t('switchSite', report.site);
  $('switches').hidden = false;
  $('switch-global').onchange = async (e) => {
    await chrome.storage.sync.set({ enabled: e.target.checked });
    reload();
  };
  $('switch-site').onchange = async (e) => {
    const { disabledSites } = await chrome.storage.sync.get(DEFAULTS);
    const others = disabledSites.filter((s) => s !== report.site);
    await chrome.storage.sync.set({ disabledSites: e.target.checked ? others : [...others, report.site] });
    reload();
  };
}

async function load(tabId) {
  let reply;
  try {
    reply = tabId == null ? null : await chrome.tabs.sendMessage(tabId, { kind: 'summary' });
  } catch {
    reply = null; // no content script there (browser page, store, file://)
  }
  $('summary').hidden = true;
  $('speakers').hidden = true;
  $('flagged').hidden = true;
  $('lang').textContent = '';
  if (!reply?.ok) return status('unavailable');
  const report = reply.result;
  showSwitches(report, () => load(tabId));
  if (!report.enabled) return status('offGlobal');
  if (!report.siteEnabled) return status('offSite', report.site);
  if (!report.supported) return status('unsupported');
  $('lang').textContent = t('language', report.lang);
  showSummary(report);
  showSpeakers(report, tabId);
  if (report.flagged.length === 0) return status('noneFlagged');
  $('status').hidden = true;
  showFlagged(report, tabId);
}

async function main() {
  document.documentElement.lang = t('uiLang');
  for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
  $('open-options').addEventListener('click', () => chrome.runtime.openOptionsPage());
  await load(await targetTab());
  document.body.dataset.ready = 'true';
}

main();
