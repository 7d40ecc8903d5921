// Shared set-up for the end-to-end tests: headless Debian Chromium with the
// built extension (dist/extension, from `./build.sh build`), the fixture
// pages served on 127.0.0.1, and a log of every request the context makes.
import { mkdtemp, rm, mkdir, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../support/serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = join(ROOT, 'dist/extension');
export const PAGES = join(ROOT, 'tests/pages');
export const ARTIFACTS = join(ROOT, 'tests/artifacts');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/**
 * An init script that keeps the DOM as parsed in `window.__parsedDom`, before
 * any content script (document_idle) runs: painting must leave it as it is.
 */
export const CAPTURE_PARSED_DOM = () => {
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') window.__parsedDom = document.documentElement.outerHTML;
  });
};

/** A CSP that forbids everything, scripts and wasm included. */
export const STRICT_CSP = "default-src 'none'";

/**
 * Serves tests/pages (or `pages`) twice (`url`: plain; `strictUrl`: every response with
 * `Content-Security-Policy: default-src 'none'`) and launches Chromium with
 * the extension, or without it (`extension: false`).
 * Returns {context, url, strictUrl, requests, extensionId, worker, close}.
 */
export async function launch({ extension = true, args = [], pages = PAGES } = {}) {
  await access(join(DIST, 'manifest.json')).catch(() => {
    throw new Error(`${DIST} is missing: run ./build.sh build first`);
  });
  const server = await serve(pages);
  const strict = await serve(pages, { headers: () => ({ 'content-security-policy': STRICT_CSP }) });
  const dir = await mkdtemp(join(tmpdir(), 'sourcelight-e2e-'));
  const extArgs = extension ? [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`] : ['--disable-extensions'];
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [...extArgs, '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', ...args],
  });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  let worker = null, extensionId = null;
  if (extension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
    extensionId = new URL(worker.url()).host;
  }
  const close = async () => {
    await context.close();
    await Promise.all([server.close(), strict.close()]);
    await rm(dir, { recursive: true, force: true });
  };
  return { context, url: server.url, strictUrl: strict.url, requests, worker, extensionId, close };
}

/**
 * The tab id Chromium gives `page`: it is brought to the front and the
 * active tab asked for (without the `tabs` permission, tabs carry no URL).
 */
export async function tabIdOf(worker, page) {
  await page.bringToFront();
  return worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]?.id ?? null);
}

/** Waits until the content script has painted `name` with at least one range. */
export function waitForHighlight(page, name = 'sl-anonymous_source') {
  return page.waitForFunction((n) => CSS.highlights.get(n)?.size > 0, name, { timeout: 15_000 });
}

/** The text of each range of every `sl-*` highlight: {name: [text, …]}. */
export function paintedTexts(page) {
  return page.evaluate(() => {
    const out = {};
    for (const [name, h] of CSS.highlights) if (name.startsWith('sl-')) out[name] = [...h].map((r) => r.toString());
    return out;
  });
}

/** Requests that left the machine or the extension: anything not 127.0.0.1 or chrome-extension://. */
export function foreignRequests(requests) {
  return requests.filter((u) => {
    const { protocol, hostname } = new URL(u);
    return !(protocol === 'chrome-extension:' || ((protocol === 'http:' || protocol === 'https:') && hostname === '127.0.0.1'));
  });
}

export async function screenshotPath(name) {
  await mkdir(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/** Makes the context offline: any request not to 127.0.0.1 or the extension is aborted. Returns the aborted URLs. */
export async function offline(context) {
  const aborted = [];
  await context.route(/^(?!chrome-extension:|https?:\/\/127\.0\.0\.1[:/])/, (route) => {
    aborted.push(route.request().url());
    return route.abort();
  });
  return aborted;
}

/** The id of the active tab (asked in the service worker). */
export function activeTabId(worker) {
  return worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]?.id ?? null);
}

/** What the content script of that tab reports to the popup. */
export async function summaryOf(worker, tabId) {
  const reply = await worker.evaluate((id) => chrome.tabs.sendMessage(id, { kind: 'summary' }), tabId);
  if (!reply?.ok) throw new Error(`summary: ${JSON.stringify(reply)}`);
  return reply.result;
}

/**
 * Stops the extension's service worker as Chrome does after 30 s idle
 * (DevTools protocol, from `page`) and resolves once it has stopped; the
 * next message starts a new one (one already on its way, such as a badge
 * count, may do so at once). Playwright does not follow that restart:
 * after it, ask an extension page, not the `worker` of `launch`.
 */
export async function stopWorker(page, extensionId) {
  const cdp = await page.context().newCDPSession(page);
  let stopped = false, status = null;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) continue;
      status = v.runningStatus;
      stopped ||= status === 'stopped';
    }
  });
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    for (let i = 0; i < 100 && !stopped; i++) await new Promise((ok) => setTimeout(ok, 50));
    if (!stopped) throw new Error(`the service worker is ${status ?? 'unknown'}, it did not stop`);
  } finally {
    await cdp.detach();
  }
}

/** Writes settings to chrome.storage.sync, as the popup and options page do. */
export function setSettings(worker, patch) {
  return worker.evaluate((p) => chrome.storage.sync.set(p), patch);
}

/**
 * Errors the extension could cause on `page`: uncaught page errors, and
 * console errors and requests whose origin is extension code (the initiator
 * stack of a request names chrome-extension:// when a content script made it).
 * Returns {pageErrors, extensionErrors, extensionRequests}.
 */
export async function watch(page) {
  const out = { pageErrors: [], extensionErrors: [], extensionRequests: [] };
  page.on('pageerror', (e) => out.pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && m.location()?.url?.startsWith('chrome-extension:')) out.extensionErrors.push(m.text());
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
    const frames = [];
    for (let s = initiator?.stack; s; s = s.parent) frames.push(...s.callFrames.map((f) => f.url));
    if (frames.some((u) => u.startsWith('chrome-extension:')) || initiator?.url?.startsWith('chrome-extension:')) {
      out.extensionRequests.push(request.url);
    }
  });
  return out;
}

/** The worker's own console errors (the wasm runs there). */
export function workerErrors(worker) {
  const errors = [];
  worker.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}

/**
 * The text and markup of the extension's tooltip, read through the DevTools
 * protocol, which sees into closed shadow roots. Null when none shows.
 */
export async function tooltip(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const find = (n) => {
      if (n.localName === 'sourcelight-overlay') return n;
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) { const f = find(c); if (f) return f; }
      return null;
    };
    const host = find(root);
    const shadow = host?.shadowRoots?.[0];
    const tip = shadow?.children?.find((c) => c.attributes?.includes('tip'));
    if (!tip || tip.attributes.includes('hidden')) return null;
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId: tip.nodeId });
    const text = (n) => (n.nodeType === 3 ? n.nodeValue : (n.children ?? []).map(text).join(''));
    return { html: outerHTML, text: text(tip), mode: host.shadowRoots[0].shadowRootType };
  } finally {
    await cdp.detach();
  }
}

/** Moves the mouse over the middle of the first line of the first range of `name` whose text passes `match`. */
export async function hoverHighlight(page, name, match) {
  const point = await page.evaluate(async ({ name, match }) => {
    const r = [...CSS.highlights.get(name)].find((x) => x.toString().includes(match));
    if (!r) return null;
    r.startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    const box = [...r.getClientRects()].find((b) => b.width > 20);
    return box && { x: box.left + Math.min(box.width / 2, 40), y: box.top + box.height / 2 };
  }, { name, match });
  if (!point) throw new Error(`no ${name} range with ${match}`);
  await page.mouse.move(point.x, point.y);
  return point;
}

/** Waits for the jump's flash, then where it is: {scrollY, text, top, bottom, height}. */
export async function flashed(page) {
  await page.waitForFunction(() => CSS.highlights.get('sl-flash')?.size === 1, null, { timeout: 5000 });
  return page.evaluate(() => {
    const r = [...CSS.highlights.get('sl-flash')][0];
    const box = r.getBoundingClientRect();
    return { scrollY, text: r.toString(), top: box.top, bottom: box.bottom, height: innerHeight };
  });
}

/**
 * An evaluator in a fresh isolated world of `page` (DevTools protocol), for
 * pages whose own script clobbers the built-ins `page.evaluate` relies on.
 * The DOM and CSS.highlights are shared with every world. Returns
 * `(fn, arg) => value` and `main(expression)` for the page's own globals.
 */
export async function isolatedWorld(page) {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'sourcelight-test' });
  const run = async (expression, contextId) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  };
  const evaluate = (fn, arg) => run(`(${fn})(${JSON.stringify(arg ?? null)})`, executionContextId);
  evaluate.main = (expression) => run(expression, undefined);
  evaluate.outerHTML = async () => {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    return (await cdp.send('DOM.getOuterHTML', { nodeId: root.nodeId })).outerHTML;
  };
  return evaluate;
}

/**
 * What the content script read on `page` and how it was labelled, asked in
 * the content script's own world (DevTools protocol; the page cannot see
 * it): [{text, sentences: [{text, labels}]}], one entry per unit in
 * document order. Call after `summaryOf` (which waits for the analysis).
 */
export async function reading(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const worlds = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.auxData?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) worlds.push(context.id);
    });
    await cdp.send('Runtime.enable');
    for (const contextId of worlds) {
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: 'globalThis.Sourcelight?.reading?.() ?? null', contextId, returnByValue: true,
      });
      if (result.value) return result.value;
    }
    throw new Error('no content script world on this page');
  } finally {
    await cdp.detach();
  }
}
