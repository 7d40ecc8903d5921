// The toolbar popup: the summary of one tab, as its content script reports it.
// `popup.html?tab=ID` shows tab ID; without it, the active tab.
// Page text is only ever inserted with textContent.
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

function status(key) {
  $('status').textContent = t(key);
  $('status').hidden = false;
}

function showSummary(report) {
  const s = report.summary;
  $('count-sentences').textContent = s.sentences;
  for (const c of ['anonymous_source', 'unverified', 'named_source']) $(`count-${c}`).textContent = s[c];
  const shares = $('shares');
  shares.replaceChildren();
  for (const { key, label } of SHARES) {
    const pct = Math.round((s[key] ?? 0) * 1000) / 10;
    const row = el('div', `share ${label}`);
    row.append(el('span', 'share-label', t(label)));
    const bar = el('span', 'bar');
    const fill = el('span', 'fill');
    fill.style.width = `${Math.min(100, pct)}%`;
    bar.append(fill);
    row.append(bar, el('span', 'pct', `${pct.toLocaleString(document.documentElement.lang)} %`));
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
    section.append(el('h2', null, `${t(title)} (${items.length})`));
    const list = el('ol');
    for (const item of items) {
      const li = el('li');
      const button = el('button', 'sentence', item.text);
      button.type = 'button';
      button.dataset.index = item.index;
      button.addEventListener('click', () => chrome.tabs.sendMessage(tabId, { kind: 'jump', index: item.index }));
      li.append(button);
      const cues = el('ul', 'cues');
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

async function main() {
  document.documentElement.lang = t('uiLang');
  for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
  const tabId = await targetTab();
  let reply;
  try {
    reply = tabId == null ? null : await chrome.tabs.sendMessage(tabId, { kind: 'summary' });
  } catch {
    reply = null; // no content script there (browser page, store, file://)
  }
  if (!reply?.ok) return status('unavailable');
  const report = reply.result;
  if (!report.supported) return status('unsupported');
  $('lang').textContent = t('language', report.lang);
  showSummary(report);
  if (report.flagged.length === 0) return status('noneFlagged');
  $('status').hidden = true;
  showFlagged(report, tabId);
}

main();
