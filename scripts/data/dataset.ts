/** Runs the three extractions and turns them into the published files, sorted so that output is stable. */
import { createHash } from 'node:crypto';
import { countryList } from './countries.ts';
import { countryRegion } from './regions.ts';
import { ENTITIES } from './entities.ts';
import { RESOURCES, dataPackage, type Resource } from './datapackage.ts';
import { toCsv } from './csv.ts';
import { changelogMarkdown, DATA_VERSION } from './changelog.ts';
import { extract2017, FILE_2017 } from './extract2017.ts';
import { extract2020, FILE_2020 } from './extract2020.ts';
import { extract2023, FILE_2023 } from './extract2023.ts';
import { emptyExtraction, type Extraction } from './model.ts';
import { aliasRows } from './aliases.ts';
import { noteEs, tableEs } from './spanish.ts';
import { readReport } from './text.ts';

/** Every report's extraction merged. */
export function extractAll(seeds: string): Extraction {
  const parts = [
    extract2017(readReport(seeds, FILE_2017)),
    extract2020(readReport(seeds, FILE_2020)),
    extract2023(readReport(seeds, FILE_2023)),
  ];
  const all = emptyExtraction();
  for (const p of parts)
    for (const k of Object.keys(all) as (keyof Extraction)[]) (all[k] as unknown[]).push(...(p[k] as unknown[]));
  return all;
}

function sortBy<T>(rows: T[], ...keys: ((r: T) => string | number)[]): T[] {
  return [...rows].sort((a, b) => {
    for (const k of keys) {
      const x = k(a);
      const y = k(b);
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  });
}

const resource = (name: string): Resource => {
  const r = RESOURCES.find((x) => x.name === name);
  if (!r) throw new Error(`no resource ${name}`);
  return r;
};

/** A row with the Spanish of its note (and of its table description, in sources.csv) beside the English. */
function withSpanish(row: object): object {
  const r = row as { note?: string; table?: string };
  return {
    ...row,
    ...(r.note === undefined ? {} : { note_es: noteEs(r.note) }),
    ...(r.table === undefined ? {} : { table_es: tableEs(r.table) }),
  };
}

/** File name → file text, for every file of data/. */
export function buildDataset(seeds: string, version: string = DATA_VERSION): Record<string, string> {
  const x = extractAll(seeds);
  const head = (r: { process: string; cutoff_date: string; measure: string }) =>
    `${r.process}|${r.cutoff_date}|${r.measure}`;
  // The remainder row (no code) goes last within its group.
  const countryKey = (r: { country_iso3: string }) => (r.country_iso3 === '' ? '~' : r.country_iso3);
  const countries = countryList(x.countrySpellings);
  const tables: Record<string, object[]> = {
    totals: sortBy(x.totals, head),
    by_country: sortBy(x.byCountry, head, countryKey),
    by_entity: sortBy(x.byEntity, head, (r) => r.entity_code),
    by_country_entity: sortBy(
      x.byCountryEntity,
      head,
      (r) => r.country_iso3,
      (r) => r.entity_code,
    ),
    breakdowns: sortBy(
      x.breakdowns,
      head,
      (r) => r.entity_code,
      (r) => r.dimension,
      (r) => r.category,
    ).map((r) => ({
      ...r,
      // A key without empty cells (national rows have no entity_code), and the unit of value.
      scope_code: r.entity_code === '' ? '00' : r.entity_code,
      unit: r.dimension === 'mean_age' ? 'years' : 'requests',
    })),
    crosstab_damaged_cells: sortBy(
      x.damagedCells,
      head,
      (r) => r.country_iso3,
      (r) => r.position,
    ),
    sources: sortBy(x.sources, (r) => r.source),
    countries: countries.map((c) => ({
      ...c,
      spellings: c.spellings.join('|'),
      ...countryRegion(c.country_iso3),
    })),
    entities: ENTITIES.map((e) => ({
      entity_code: e.code,
      name_es: e.name_es,
      name_en: e.name_en,
      abbreviation: e.abbreviation,
      spellings: e.spellings.join('|'),
    })),
    place_aliases: aliasRows(countries, ENTITIES),
    coverage: sortBy(
      x.coverage,
      (r) => r.process,
      (r) => r.entity_code,
    ),
  };
  const files: Record<string, string> = {};
  for (const [name, rows] of Object.entries(tables))
    files[`${name}.csv`] = toCsv(resource(name), rows.map(withSpanish));
  // Size and checksum of each file as written, so a reader can tell the copy they hold is this version's.
  const integrity = (path: string) => {
    const bytes = Buffer.from(files[path], 'utf8');
    return { bytes: bytes.length, hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}` };
  };
  const pkg = dataPackage(version);
  pkg.resources = pkg.resources.map((r) => ({ ...r, ...integrity(r.path) }));
  files['datapackage.json'] = JSON.stringify(pkg, null, 2) + '\n';
  files['CHANGELOG.md'] = changelogMarkdown();
  return files;
}
