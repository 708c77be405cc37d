/**
 * What a view's first view downloads, by category: raw bytes, gzip -9 of each
 * body (comparable whatever the server does), and the bytes actually transferred
 * (as served: compressed when the bench's server compresses, headers included).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openPage, waitForView } from './firstView.mjs';

export const CATEGORIES = ['js', 'css', 'data', 'geometry', 'other'];

/** The category of a file of the site, by its path relative to the site's root. */
function categoryOf(path) {
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (/^data\/[^/]+\.csv$/.test(path) || path === 'data/datapackage.json') return 'data';
  if (/^geo\/[^/]+\.json$/.test(path)) return 'geometry';
  return 'other';
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
function listFiles(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(join(dir, entry.name), root)
      : [relative(root, join(dir, entry.name)).split('\\').join('/')],
  );
}

const sum = (files, key) => files.reduce((total, f) => total + f[key], 0);
const totals = (files) => ({
  files: files.length,
  raw: sum(files, 'raw'),
  gzip: sum(files, 'gzip'),
  transferred: sum(files, 'transferred'),
});

/**
 * The files one view loads until it has settled, by category, and which of the
 * lazy chunks (JS or CSS not named in index.html) it loads and does not.
 */
export async function firstViewBytes(browser, url, dist, view) {
  const { context, page } = await openPage(browser, { maps: view.maps });
  // The site's folder: a view may be asked of a page in it (embed.html), and files are named from the folder.
  const origin = new URL('./', url);
  const pending = [];
  // Once the view has settled its files are counted: a response after that (a section built as it nears
  // the viewport) is not the first view's, and its body could not be read once the context closes.
  let counted = false;
  page.on('response', (response) => {
    if (counted) return;
    pending.push(
      (async () => {
        const address = new URL(response.url());
        if (address.origin !== origin.origin || response.status() >= 300) return null;
        const path = decodeURIComponent(address.pathname.slice(origin.pathname.length)) || 'index.html';
        const body = await response.body();
        const sizes = await response.request().sizes();
        return {
          path,
          category: categoryOf(path),
          encoding: (await response.headerValue('content-encoding')) ?? 'identity',
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
          transferred: sizes.responseBodySize + sizes.responseHeadersSize,
        };
      })(),
    );
  });
  let files;
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await waitForView(page, view);
    counted = true;
    // Bodies can only be read while the context is open.
    files = (await Promise.all(pending)).filter((f) => f !== null).sort((a, b) => b.gzip - a.gzip);
  } finally {
    await context.close();
  }
  const categories = Object.fromEntries(
    CATEGORIES.map((category) => [category, totals(files.filter((f) => f.category === category))]),
  );
  // How the server answered: shows at a glance whether the bytes transferred are compressed.
  const encodings = {};
  for (const f of files) encodings[f.encoding] = (encodings[f.encoding] ?? 0) + 1;

  // Chunks named in index.html load with the page; every other JS or CSS file is a lazy chunk.
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const inHtml = new Set([...html.matchAll(/(?:src|href)="\.?\/?([^"]+)"/g)].map((m) => m[1]));
  const loaded = new Set(files.map((f) => f.path));
  const lazy = listFiles(dist)
    .filter((path) => /\.(m?js|css)$/.test(path) && !inHtml.has(path))
    .map((path) => {
      const body = readFileSync(join(dist, path));
      return { path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    });
  return {
    query: view.query,
    categories,
    total: totals(files),
    encodings,
    files,
    lazyChunks: {
      loaded: lazy.filter((c) => loaded.has(c.path)),
      notLoaded: lazy.filter((c) => !loaded.has(c.path)),
    },
    notLoaded: listFiles(dist).filter((path) => !loaded.has(path) && !lazy.some((c) => c.path === path)),
  };
}
