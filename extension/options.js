// The options page: global switch, categories, the sites turned off, the
// keyboard shortcuts. Settings live in chrome.storage.sync; every open tab
// applies a change at once (storage.onChanged in content.js).
const t = (key, ...subs) => chrome.i18n.getMessage(key, subs) || key;
const $ = (id) => document.getElementById(id);
const DEFAULTS = { enabled: true, disabledSites: [], categories: { anonymous_source: true, unverified: true } };

function el(tag, text) {
  const e = document.createElement(tag);
  if (text != null) e.textContent = text;
  return e;
}

async function render() {
  const s = await chrome.storage.sync.get(DEFAULTS);
  $('enabled').checked = s.enabled !== false;
  for (const box of document.querySelectorAll('[data-category]')) box.checked = s.categories?.[box.dataset.category] !== false;
  const sites = $('sites');
  sites.replaceChildren();
  for (const site of s.disabledSites ?? []) {
    const li = el('li', site);
    const button = el('button', t('optionsSiteOn'));
    button.type = 'button';
    button.setAttribute('aria-label', t('optionsSiteOnLabel', site));
    button.addEventListener('click', async () => {
      const { disabledSites } = await chrome.storage.sync.get(DEFAULTS);
      await chrome.storage.sync.set({ disabledSites: disabledSites.filter((x) => x !== site) });
    });
    li.append(button);
    sites.append(li);
  }
  $('no-sites').hidden = (s.disabledSites ?? []).length > 0;
}

async function saved() {
  $('saved').textContent = t('optionsSaved');
}

async function main() {
  document.documentElement.lang = t('uiLang');
  document.title = `Sourcelight — ${t('optionsTitle')}`;
  for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
  $('enabled').addEventListener('change', (e) => chrome.storage.sync.set({ enabled: e.target.checked }).then(saved));
  for (const box of document.querySelectorAll('[data-category]')) {
    box.addEventListener('change', async () => {
      const { categories } = await chrome.storage.sync.get(DEFAULTS);
      await chrome.storage.sync.set({ categories: { ...DEFAULTS.categories, ...categories, [box.dataset.category]: box.checked } });
      saved();
    });
  }
  const keys = $('keys');
  for (const c of await chrome.commands.getAll()) {
    if (!c.description) continue;
    const li = el('li', `${c.description} `);
    li.append(el('kbd', c.shortcut || t('optionsNoKey')));
    keys.append(li);
  }
  chrome.storage.onChanged.addListener((_, area) => area === 'sync' && render());
  await render();
  document.body.dataset.ready = 'true';
}

main();
