/**
 * A tiny static server for the built site, mounted under a sub-path
 * (default /sub/dir/) to prove the relative base works. Used by the browser
 * checks and the bench; not for production.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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

// Text is what static hosts compress; images and zips are compressed already.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.csv', '.svg', '.txt', '.xml', '.webmanifest']);

/**
 * The encodings a request accepts (`Accept-Encoding`), without those refused by `q=0`.
 * @param {string | undefined} header
 */
function accepted(header) {
  const names = new Set();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) names.add(name);
  }
  return names;
}

/**
 * Compressed bodies, computed once per file and version (size and mtime), at the
 * highest level: a host precompresses or caches, so the bench must not time zlib.
 */
function compressedCache() {
  const cache = new Map();
  return (
    /** @type {string} */ file,
    /** @type {'gzip' | 'br'} */ encoding,
    /** @type {import('node:fs').Stats} */ stat,
  ) => {
    const key = `${encoding}:${file}`;
    const version = `${stat.size}:${stat.mtimeMs}`;
    const hit = cache.get(key);
    if (hit?.version === version) return hit.body;
    const raw = readFileSync(file);
    const body =
      encoding === 'br'
        ? brotliCompressSync(raw, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
          })
        : gzipSync(raw, { level: 9 });
    cache.set(key, { version, body });
    return body;
  };
}

/**
 * Serves `root` at `http://127.0.0.1:<port><prefix>`.
 * `headers` are added to every file served, as a host's `_headers` file would.
 * `compress` (off by default, so the browser checks see plain bytes) serves text files
 * compressed when the request's `Accept-Encoding` allows it, as static hosts do:
 * 'br' prefers Brotli and falls back to gzip (Chromium offers br only on secure origins);
 * 'gzip' sends gzip only.
 * `cors: false` leaves out `Access-Control-Allow-Origin`, as a host that does not send it.
 * @param {{ root: string, prefix?: string, port?: number, headers?: Record<string, string>, compress?: 'gzip' | 'br' | null, cors?: boolean }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serveStatic({ root, prefix = '/sub/dir/', port = 0, headers = {}, compress = null, cors = true }) {
  const base = resolve(root);
  const compressed = compressedCache();
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
    let stat;
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      stat = statSync(file);
    } catch {
      res.writeHead(404).end('not found');
      return;
    }
    // As GitHub Pages and most static hosts do: an embed in an iframe sandboxed without
    // allow-same-origin has an opaque origin, so its module script and data fetches are cross-origin.
    const head = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}),
      ...headers,
    };
    if (compress && COMPRESSIBLE.has(extname(file))) {
      const offered = accepted(req.headers['accept-encoding']);
      const encoding = compress === 'br' && offered.has('br') ? 'br' : offered.has('gzip') ? 'gzip' : null;
      // Caches must key on the request's encodings, whichever one this response has.
      head.Vary = 'Accept-Encoding';
      if (encoding) {
        const body = compressed(file, encoding, stat);
        res.writeHead(200, { ...head, 'Content-Encoding': encoding, 'Content-Length': body.length });
        // Node sends no body for a HEAD request.
        res.end(body);
        return;
      }
    }
    if (compress) head['Content-Length'] = stat.size;
    res.writeHead(200, head);
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
