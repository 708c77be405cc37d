/**
 * A tiny static server for the built site, mounted under a sub-path
 * (default /sub/dir/) to prove the relative base works. Used by the browser
 * checks; not for production.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.zip': 'application/zip',
};

/**
 * Serves `root` at `http://127.0.0.1:<port><prefix>`.
 * `headers` are added to every file served, as a host's `_headers` file would.
 * @param {{ root: string, prefix?: string, port?: number, headers?: Record<string, string> }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serveStatic({ root, prefix = '/sub/dir/', port = 0, headers = {} }) {
  const base = resolve(root);
  // Long request lines allowed: the hostile-URL checks open addresses with 10,000-character values.
  const server = createServer({ maxHeaderSize: 1 << 20 }, (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path === prefix.slice(0, -1)) {
      res.writeHead(301, { Location: prefix }).end();
      return;
    }
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(base, path.slice(prefix.length)));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      res.writeHead(404).end('not found');
      return;
    }
    // As GitHub Pages and most static hosts do: an embed in an iframe sandboxed without
    // allow-same-origin has an opaque origin, so its module script and data fetches are cross-origin.
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Access-Control-Allow-Origin': '*',
      ...headers,
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      done({
        url: `http://127.0.0.1:${actual}${prefix}`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}
