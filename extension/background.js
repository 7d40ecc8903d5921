// Sourcelight's service worker: the only place the wasm core runs.
//
// Chromium refuses WebAssembly.compile in a content script on pages whose CSP
// lacks 'wasm-unsafe-eval', so content.js sends the page text here and paints
// what comes back. Extension pages may compile wasm (manifest CSP).
import init, * as wasm from './pkg/sourcelight.js';
import { analyzer } from './analysis.js';

// Compiled on the first request, not at start-up: a worker woken for
// anything else does not pay for it.
let ready = null;
function core() {
  ready ??= init({ module_or_path: chrome.runtime.getURL('pkg/sourcelight_bg.wasm') });
  return ready;
}

// A language's data comes from the extension's own files, the first time a
// page needs it (analysis.js keeps it).
async function readLanguage(code) {
  const r = await fetch(chrome.runtime.getURL(`lang/${code}.lang`));
  if (!r.ok) throw new Error(`lang/${code}.lang: ${r.status}`);
  return r.text();
}
const analysis = analyzer(wasm, readLanguage);

/** The analysis of a page text (compact form); throws on a malformed request. */
async function analyzeRequest(msg) {
  await core();
  return analysis(msg);
}

/** Badge: the number of flagged sentences of that tab, empty when none. */
function setBadge(tabId, flagged) {
  if (tabId == null) return;
  chrome.action.setBadgeBackgroundColor({ tabId, color: '#6d28d9' });
  chrome.action.setBadgeText({ tabId, text: flagged > 0 ? String(flagged) : '' });
}

const HANDLERS = {
  analyze: (msg) => analyzeRequest(msg),
  // The content script counts what it shows (category filters, per-site off).
  async badge(msg, sender) {
    const count = Number.isInteger(msg.count) && msg.count >= 0 ? msg.count : 0;
    setBadge(sender.tab?.id, count);
    return null;
  },
};

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  const handler = HANDLERS[msg?.kind];
  if (!handler || sender.id !== chrome.runtime.id) return false;
  handler(msg, sender).then(
    (result) => sendResponse({ ok: true, result }),
    (err) => sendResponse({ ok: false, error: String(err?.message ?? err) }),
  );
  return true; // the response comes later
});

// Keyboard shortcuts (manifest `commands`): toggling is a setting, which
// every tab applies live (storage.onChanged); stepping goes to the tab.
const DEFAULTS = { enabled: true };
async function onCommand(command, tab) {
  if (command === 'toggle-highlighting') {
    const { enabled } = await chrome.storage.sync.get(DEFAULTS);
    await chrome.storage.sync.set({ enabled: !enabled });
    return { enabled: !enabled };
  }
  const delta = { 'next-flagged': 1, 'previous-flagged': -1 }[command];
  const tabId = tab?.id ?? (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (!delta || tabId == null) return null;
  return chrome.tabs.sendMessage(tabId, { kind: 'step', delta }).catch(() => null);
}
chrome.commands.onCommand.addListener((command, tab) => { onCommand(command, tab); });
// For the end-to-end tests, which cannot press a browser shortcut headless.
globalThis.sourcelightCommand = onCommand;
