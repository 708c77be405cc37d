/**
 * Publishes the top-level `data/` folder (the contract's CSV snapshots and
 * datapackage.json) at `<base>data/<name>`: served by the dev server and copied
 * byte for byte into `dist/data/` on build. The files stay out of `public/`
 * because the pipeline owns them, and their names stay stable (no hashes)
 * because researchers link to them. The whole folder is also offered as one
 * ZIP (`data/vmre-data.zip`, and the same bytes as `data/vmre-data-<version>.zip`),
 * so the full dataset is one click away.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { zipSync } from 'fflate';
import type { Plugin } from 'vite';

/** The file name of the whole dataset as one download: always the latest version. */
export const ZIP_NAME = 'vmre-data.zip';

/** The same ZIP under a name that says its version (`vmre-data-1.0.0.zip`), for citations. */
export function versionedZipName(dir: string): string | null {
  try {
    const version = (JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { version?: unknown }).version;
    return typeof version === 'string' && /^\d+\.\d+\.\d+$/.test(version) ? `vmre-data-${version}.zip` : null;
  } catch {
    return null;
  }
}
/** A fixed date for every entry, so the same data always makes the same bytes. */
const ZIP_DATE = new Date(Date.UTC(2000, 0, 1));

/** Every file of the folder in one ZIP, under a folder named `vmre-data/`, in name order. */
export function zipDataFolder(dir: string): Uint8Array {
  const entries = Object.fromEntries(
    listDataFiles(dir).map((name) => [`vmre-data/${name}`, [readFileSync(join(dir, name)), { mtime: ZIP_DATE }]]),
  ) as Record<string, [Uint8Array, { mtime: Date }]>;
  return zipSync(entries, { level: 9 });
}

const CONTENT_TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
};

/** Every file under `dir`, as POSIX paths relative to it. */
export function listDataFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'))
    .sort();
}

export function dataFolder(folder = 'data'): Plugin {
  let dir = '';
  return {
    name: 'vmre-data-folder',
    configResolved(config) {
      dir = resolve(config.root, folder);
    },
    configureServer(server) {
      server.watcher.add(dir);
      server.watcher.on('change', (file) => {
        if (file.startsWith(dir + sep)) server.ws.send({ type: 'full-reload' });
      });
      // The dev server treats base './' as '/', so the files live at /data/.
      server.middlewares.use(`/${folder}`, (req, res) => {
        const name = decodeURIComponent(new URL(req.url ?? '/', 'http://dev.invalid').pathname).slice(1);
        // Only names that exist in the folder are served: no path tricks reach the disk. Anything
        // else is a 404 rather than the dev server's index.html, so the app reports a missing file.
        if (name === ZIP_NAME || name === versionedZipName(dir)) {
          res.setHeader('Content-Type', CONTENT_TYPES['.zip']);
          res.end(zipDataFolder(dir));
          return;
        }
        if (!listDataFiles(dir).includes(name)) {
          res.statusCode = 404;
          res.end('not found');
          return;
        }
        res.setHeader('Content-Type', CONTENT_TYPES[extname(name)] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(join(dir, name)));
      });
    },
    generateBundle() {
      for (const name of listDataFiles(dir)) {
        this.emitFile({ type: 'asset', fileName: `${folder}/${name}`, source: readFileSync(join(dir, name)) });
      }
      const zip = zipDataFolder(dir);
      this.emitFile({ type: 'asset', fileName: `${folder}/${ZIP_NAME}`, source: zip });
      const versioned = versionedZipName(dir);
      if (versioned !== null) this.emitFile({ type: 'asset', fileName: `${folder}/${versioned}`, source: zip });
    },
  };
}
