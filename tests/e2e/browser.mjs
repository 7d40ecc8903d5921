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

/** A CSP that forbids everything, scripts and wasm included. */
export const STRICT_CSP = "default-src 'none'";

/**
 * Serves tests/pages twice (`url`: plain; `strictUrl`: every response with
 * `Content-Security-Policy: default-src 'none'`) and launches Chromium with
 * the extension, or without it (`extension: false`).
 * Returns {context, url, strictUrl, requests, extensionId, worker, close}.
 */
export async function launch({ extension = true, args = [] } = {}) {
  await access(join(DIST, 'manifest.json')).catch(() => {
    throw new Error(`${DIST} is missing: run ./build.sh build first`);
  });
  const server = await serve(PAGES);
  const strict = await serve(PAGES, { headers: () => ({ 'content-security-policy': STRICT_CSP }) });
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

/** The tab id Chromium gives the page at `url` (asked in the service worker). */
export async function tabIdOf(worker, url) {
  return worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
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
