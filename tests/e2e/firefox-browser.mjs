// Shared set-up for the end-to-end tests in Firefox: Debian's firefox-esr,
// headless, driven by puppeteer-core over WebDriver BiDi, with the Firefox
// build of the extension (dist/firefox, from `./build.sh build`) installed
// unsigned, and the fixture pages served on 127.0.0.1.
//
// Every request for another host goes through a recording proxy on
// 127.0.0.1 that answers none of them (Firefox never proxies 127.0.0.1), so
// the test sees whatever would have left the machine, from the pages, the
// extension or the browser itself.
import { createServer } from 'node:http';
import { access } from 'node:fs/promises';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { serve } from '../support/serve.mjs';
import { GECKO_ID } from '../support/firefox.mjs';
import { PAGES, STRICT_CSP } from './browser.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIREFOX_DIST = join(ROOT, 'dist/firefox');
export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
// Fixed, so that the test knows the extension's pages' address (Firefox picks a random one per profile).
const UUID = '5f0c3a52-8b1e-4d57-9a0e-3c6f2b7d9e41';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

/** A proxy that records every request it is asked to carry and carries none. */
async function recordingProxy() {
  const seen = [];
  const server = createServer((req, res) => { seen.push(req.url); res.writeHead(502).end(); });
  server.on('connect', (req, socket) => { seen.push(`https://${req.url}`); socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'); });
  await new Promise((ok, fail) => server.listen(0, '127.0.0.1', ok).on('error', fail));
  return { seen, port: server.address().port, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * Serves tests/pages (`url`, and `strictUrl` with `Content-Security-Policy:
 * default-src 'none'`), launches Firefox with the extension installed.
 * Returns {browser, url, strictUrl, proxied, evaluateDeep, stopBackground,
 * backgroundState, close}; `proxied`
 * lists the URLs of the requests that tried to leave 127.0.0.1.
 */
export async function launchFirefox() {
  await access(join(FIREFOX_DIST, 'manifest.json')).catch(() => {
    throw new Error(`${FIREFOX_DIST} is missing: run ./build.sh build first`);
  });
  const server = await serve(PAGES);
  const strict = await serve(PAGES, { headers: () => ({ 'content-security-policy': STRICT_CSP }) });
  const proxy = await recordingProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets the test open the extension's own pages (moz-extension://) in a tab
    // and stop its background script from the browser's own window.
    args: ['--remote-allow-system-access'],
    // Firefox's remote settings sync ignores the server pref below without it.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false, // dist/firefox is not signed
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'network.proxy.type': 1,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      // The browser's own settings sync would be the only traffic: sent to the page server instead (404).
      'services.settings.server': `${server.url}/remote-settings/v1`,
    },
  });
  await browser.installExtension(FIREFOX_DIST);

  /**
   * Evaluates `expression` in `page` and returns the result as WebDriver BiDi
   * serialises it: DOM nodes with their children, closed shadow roots
   * included (which no page script can see).
   */
  const evaluateDeep = async (page, expression) => {
    const { result } = await browser.connection.send('script.evaluate', {
      expression, awaitPromise: false, target: { context: page.mainFrame().browsingContext.id },
      serializationOptions: { maxDomDepth: 50, includeShadowTree: 'all' },
    });
    if (result.type !== 'success') throw new Error(`${expression}: ${JSON.stringify(result.exceptionDetails?.text ?? result)}`);
    return result.result;
  };

  /**
   * Runs `expression` in the browser's own window (privileged: allowed by
   * --remote-allow-system-access) and returns its value.
   */
  const evaluateInBrowser = async (expression) => {
    const { result: { contexts } } = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const { result } = await browser.connection.send('script.evaluate', {
      expression, awaitPromise: true, target: { context: contexts[0].context },
    });
    if (result.type !== 'success') throw new Error(`${expression}: ${JSON.stringify(result.exceptionDetails?.text ?? result)}`);
    return result.result.value;
  };
  const backgroundState = () =>
    evaluateInBrowser(`WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension.backgroundState`);
  /**
   * Stops the extension's background script as Firefox does when it is idle
   * (about:debugging's "Terminate background script"); resolves to its state
   * after, 'stopped'. The next message starts it again: one already on its
   * way (a badge count) may do so at once, so it is stopped again then.
   */
  const stopBackground = async () => {
    let state;
    for (let i = 0; i < 10 && state !== 'stopped'; i++) {
      if (i) await new Promise((ok) => setTimeout(ok, 200));
      await evaluateInBrowser(`ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs')
        .ExtensionParent.DebugUtils.terminateBackgroundScript(${JSON.stringify(GECKO_ID)}).catch(() => null)`);
      state = await backgroundState();
    }
    return state;
  };

  const close = async () => {
    await browser.close();
    await Promise.all([server.close(), strict.close(), proxy.close()]);
  };
  return { browser, url: server.url, strictUrl: strict.url, proxied: proxy.seen, evaluateDeep, stopBackground, backgroundState, close };
}

/**
 * Opens an extension page (`path`, e.g. 'popup.html?tab=3') in a new tab.
 * WebDriver BiDi's navigation does not report the load of a moz-extension
 * page, so it is not awaited; the caller waits for what it needs.
 */
export async function openExtensionPage(browser, path) {
  const page = await browser.newPage();
  await browser.connection.send('browsingContext.navigate', {
    context: page.mainFrame().browsingContext.id, url: `${EXTENSION_ORIGIN}/${path}`, wait: 'none',
  });
  await page.waitForFunction((origin) => location.origin === origin && document.readyState === 'complete', {}, EXTENSION_ORIGIN);
  return page;
}

/** The text of the tooltip the content script shows (closed shadow root), with the root's mode; null when none shows. */
export async function tooltipOf(b, page) {
  const host = await b.evaluateDeep(page, "document.querySelector('sourcelight-overlay')");
  if (host.type !== 'node') return null;
  const shadow = host.value.shadowRoot;
  const tip = shadow?.value.children?.find((c) => c.value.attributes?.class === 'tip');
  if (!tip || 'hidden' in tip.value.attributes) return null;
  const text = (n) => (n.value.nodeType === 3 ? n.value.nodeValue : (n.value.children ?? []).map(text).join(''));
  return { text: text(tip), mode: shadow.value.mode };
}
