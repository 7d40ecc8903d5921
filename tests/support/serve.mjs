// A static file server bound to 127.0.0.1 only, for the demo and the tests.
// Usage: node serve.mjs DIR [PORT]   (PORT 0 picks a free one)
// As a module: `const {url, close} = await serve(dir, {port, headers})`;
// `headers(path)` may add response headers (e.g. a strict CSP for one page).
import { createServer } from 'node:http';
import { isUtf8 } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon',
};

/** An HTML file is labelled UTF-8 only when its bytes are: another is read in the
 *  encoding it declares, as the CLI reads it from the file (src/charset.rs). */
function typeOf(file, body) {
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  return type.startsWith('text/html') && !isUtf8(body) ? 'text/html' : type;
}

export async function serve(dir, { port = 0, headers = () => ({}) } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': typeOf(file, body), ...headers(path) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok, fail) => server.listen(port, '127.0.0.1', ok).on('error', fail));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, close: () => new Promise((ok) => server.close(ok)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, port = '8080'] = process.argv.slice(2);
  if (!dir) { console.error('usage: node serve.mjs DIR [PORT]'); process.exit(2); }
  const { url } = await serve(dir, { port: Number(port) });
  console.log(`serving ${resolve(dir)} at ${url}/`);
}
