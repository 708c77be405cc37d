/**
 * `npm run geo`: builds the map geometry into public/geo/ from the packages in node_modules.
 *   --check   write nothing; exit 1 if public/geo/ differs from a fresh build
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { buildMexico } from './mexico.ts';
import { buildWorld } from './world.ts';

export const GEO_DIR = join('public', 'geo');

/** The countries the data names: each needs a symbol anchor on the world map. */
export function dataCountries(path = join('data', 'countries.csv')): string[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`geo: ${path}: ${parsed.errors[0].message}`);
  return parsed.data.map((row) => row.country_iso3);
}

export interface GeoBuild {
  /** File name in public/geo/ → its exact contents. */
  files: Record<string, string>;
  /** Ids whose symbol anchor is an interior point rather than the centroid, per file. */
  moved: Record<string, string[]>;
}

/** Both files, in memory: the CLI writes or checks them, the tests compare them with the committed ones. */
export function buildGeo(): GeoBuild {
  const world = buildWorld(dataCountries());
  const mexico = buildMexico();
  return {
    files: { 'world.json': world.text, 'mexico.json': mexico.text },
    moved: { 'world.json': world.moved, 'mexico.json': mexico.moved },
  };
}

function main(): void {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const { files, moved } = buildGeo();
  if (values.check) {
    const differ = Object.entries(files).filter(([name, text]) => {
      const path = join(GEO_DIR, name);
      return !existsSync(path) || readFileSync(path, 'utf8') !== text;
    });
    for (const [name] of differ) console.error(`geo: ${join(GEO_DIR, name)} differs from a fresh build`);
    console.log(
      differ.length === 0
        ? `geo: ${Object.keys(files).length} files match`
        : `geo: ${differ.length} files differ; run npm run geo`,
    );
    process.exit(differ.length === 0 ? 0 : 1);
  }
  mkdirSync(GEO_DIR, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(GEO_DIR, name), text);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    const raw = Buffer.byteLength(text);
    const gzipped = gzipSync(text, { level: 9 }).length;
    const note = moved[name].length ? `; anchors moved inside: ${moved[name].join(' ')}` : '';
    console.log(`geo: wrote ${join(GEO_DIR, name)}: ${kb(raw)}, ${kb(gzipped)} gzipped${note}`);
  }
}

// Run only as the script, not when a test imports buildGeo.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
