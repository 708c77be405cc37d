import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedWithCells } from '../../src/lib/data/load';
import type { DataPackage } from '../../src/lib/data/tableSchema';
import { METHODS_CONTENT } from '../../src/lib/methods/content';
import {
  buildMethodsView,
  damageSummary,
  electionsText,
  formatMonth,
  processSummaries,
  qualityCounts,
  roundingExample,
  sourceAnchorId,
  sourceDocuments,
} from '../../src/lib/methods/methodsView';
import { citationParts, measureDefinitions, packageCitation } from '../../src/lib/methods/packageMetadata';
import { bibtex, canonicalUrl, cslJson } from '../../src/lib/methods/citationFormats';
import { loadPublished } from '../helpers/publishedData';
import { readRows, readText } from '../published/files';

let data: LoadedWithCells;
beforeAll(async () => {
  data = await loadPublished();
});

/** Every expectation below is recomputed from the CSV text, not from the loaded data. */
const countBy = <T>(items: T[], key: (item: T) => string) => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
};
const countryName = (iso: string, lang: 'es' | 'en') => {
  const row = readRows('countries.csv').find((r) => r.country_iso3 === iso)!;
  return lang === 'en' && row.name_en ? row.name_en : row.name_es;
};
const entityName = (code: string) => readRows('entities.csv').find((r) => r.entity_code === code)!.name_es;

describe('qualityCounts', () => {
  it('counts the rows of each figure file by flag, as in the CSVs', () => {
    const files = ['by_country.csv', 'by_entity.csv', 'by_country_entity.csv', 'breakdowns.csv', 'totals.csv'];
    const view = qualityCounts(data);
    expect(view.map((q) => q.file)).toEqual(files);
    for (const q of view) {
      const rows = readRows(q.file);
      const expected = countBy(rows, (r) => r.quality);
      expect(q.total, q.file).toBe(rows.length);
      expect(q.counts, q.file).toEqual({
        exact: expected.exact ?? 0,
        uncertain: expected.uncertain ?? 0,
        derived: expected.derived ?? 0,
      });
    }
  });
});

describe('damageSummary', () => {
  const received2023 = () =>
    readRows('by_country.csv').filter((r) => r.process === '2023-2024' && r.measure === 'received');

  it('names the uncertain countries of 2023-24 in both languages', () => {
    const isos = received2023()
      .filter((r) => r.quality === 'uncertain')
      .map((r) => r.country_iso3);
    expect(isos).toHaveLength(6);
    for (const lang of ['es', 'en'] as const) {
      const names = damageSummary(data, lang).uncertain;
      expect([...names].sort(), lang).toEqual(isos.map((iso) => countryName(iso, lang)).sort());
    }
    expect(damageSummary(data, 'es').uncertain).toEqual([
      'Ecuador',
      'Hong Kong',
      'Islandia',
      'Marruecos',
      'Nigeria',
      'Rusia',
    ]);
  });

  it('counts 53 damaged rows of 89: listed countries without any published cell', () => {
    const listed = new Set(
      received2023()
        .map((r) => r.country_iso3)
        .filter((iso) => iso !== ''),
    );
    const readable = new Set(
      readRows('by_country_entity.csv')
        .filter((r) => r.process === '2023-2024')
        .map((r) => r.country_iso3),
    );
    const damagedCells = readRows('crosstab_damaged_cells.csv');
    const damagedIsos = new Set(damagedCells.map((r) => r.country_iso3));
    const d = damageSummary(data, 'es');
    expect(d.listed).toBe(listed.size);
    expect(d.listed).toBe(89);
    expect(d.damaged).toBe([...listed].filter((iso) => !readable.has(iso)).length);
    expect(d.damaged).toBe(damagedIsos.size);
    expect(d.damaged).toBe(53);
    expect(d.readable).toBe(36);
    expect(d.columns).toBe(readRows('entities.csv').length);
    const widths = Object.values(countBy(damagedCells, (r) => r.country_iso3));
    expect(d.cells).toEqual({ total: damagedCells.length, min: Math.min(...widths), max: Math.max(...widths) });
    expect(d.remainder).toBe(Number(received2023().find((r) => r.country_iso3 === '')!.value));
    expect(d.sourceId).toBe('2023-4.1.1-pais-entidad');
  });

  it('quotes how many of Oaxaca’s and Mexico City’s requests have a country', () => {
    const cells = readRows('by_country_entity.csv').filter((r) => r.process === '2023-2024');
    const entity = readRows('by_entity.csv').filter((r) => r.process === '2023-2024' && r.measure === 'received');
    const expected = ['20', '09'].map((code) => ({
      name: entityName(code),
      total: Number(entity.find((r) => r.entity_code === code)!.value),
      attributed: cells.filter((r) => r.entity_code === code).reduce((sum, r) => sum + Number(r.value), 0),
    }));
    expect(damageSummary(data, 'es').examples).toEqual(expected);
    expect(expected[0]).toEqual({ name: 'Oaxaca', total: 1822, attributed: 1818 });
  });
});

describe('processSummaries', () => {
  it('takes each process’s cut-off date from totals.csv', () => {
    const totals = readRows('totals.csv');
    for (const p of processSummaries(data, 'es')) {
      const dates = totals.filter((r) => r.process === p.process).map((r) => r.cutoff_date);
      expect(p.cutoffDate, p.process).toBe(dates.sort().at(-1));
    }
    expect(processSummaries(data, 'es').map((p) => p.cutoffDate)).toEqual(['2017-11-30', '2020-11-30', '2023-11-30']);
  });

  it('lists the 9 entities with a local vote in 2023-24 from coverage.csv, by name', () => {
    const codes = readRows('coverage.csv')
      .filter((r) => r.process === '2023-2024' && r.vote_from_abroad.includes('local'))
      .map((r) => r.entity_code);
    const p2023 = processSummaries(data, 'es').find((p) => p.process === '2023-2024')!;
    expect(codes).toHaveLength(9);
    expect([...p2023.local].sort()).toEqual(codes.map(entityName).sort());
    expect(p2023.local).toContain('Estado de México');
    expect(p2023.federal).toBe(32);
  });

  it('counts entities without a vote and entities not itemized, per process', () => {
    const coverage = readRows('coverage.csv');
    const byEntity = readRows('by_entity.csv');
    for (const p of processSummaries(data, 'es')) {
      const rows = coverage.filter((r) => r.process === p.process);
      const itemized = new Set(
        byEntity.filter((r) => r.process === p.process && r.measure === 'received').map((r) => r.entity_code),
      );
      expect(p.none, p.process).toBe(rows.filter((r) => r.vote_from_abroad === 'none').length);
      expect(p.notReported, p.process).toBe(
        rows.filter((r) => r.vote_from_abroad !== 'none' && !itemized.has(r.entity_code)).length,
      );
    }
    const [p2017, p2020] = processSummaries(data, 'es');
    expect(p2017.notReported).toBe(25);
    expect(p2020.none).toBe(21);
  });

  it('labels the voting modalities each report breaks down, and none for 2017-18', () => {
    const [p2017, , p2023] = processSummaries(data, 'en');
    expect(p2017.modalities).toEqual([]);
    expect([...p2023.modalities].sort()).toEqual(['In person', 'Internet', 'Postal']);
  });

  it('words the elections of each process from the coverage counts', () => {
    const c = METHODS_CONTENT.en.comparability;
    const [p2017, p2020, p2023] = processSummaries(data, 'en');
    expect(electionsText(p2017, 32, c, 'en')).toMatch(/^Federal in all 32 entities; local in 7 entities: /);
    expect(electionsText(p2020, 32, c, 'en')).toMatch(/^Local only, in 11 entities: /);
    expect(electionsText(p2023, 32, c, 'en')).toContain('local in 9 entities');
  });
});

describe('roundingExample', () => {
  it('gives the interval a whole-number share allows, as the data note states it', () => {
    const usa = readRows('by_country.csv').find(
      (r) => r.process === '2017-2018' && r.measure === 'received_siilnere' && r.country_iso3 === 'USA',
    )!;
    const [, low, high] = /between (\d+) and (\d+)/.exec(usa.note)!;
    expect(roundingExample(data)).toEqual({ share: 28, total: 2587, low: Number(low), high: Number(high) });
  });
});

describe('sourceDocuments', () => {
  it('groups every row of sources.csv under its report, with an anchor per source', () => {
    const sources = readRows('sources.csv');
    const docs = sourceDocuments(data);
    expect(docs.map((d) => d.title)).toEqual([...new Set(sources.map((s) => s.document))]);
    expect(docs.map((d) => d.process)).toEqual(['2017-2018', '2020-2021', '2023-2024']);
    const ids = docs.flatMap((d) => d.entries.map((e) => e.id));
    expect(ids.sort()).toEqual(sources.map((s) => s.source).sort());
    expect(docs[2].period).toEqual({ start: '2023-11-01', end: '2023-11-30' });
    expect(docs[1].published).toBeNull();
  });

  it('marks paragraph descriptions as English and drops their prefix', () => {
    const entry = sourceDocuments(data)
      .flatMap((d) => d.entries)
      .find((e) => e.id === '2023-4.1.1-total')!;
    expect(entry).toMatchObject({ kind: 'paragraph', descriptionLang: 'en' });
    expect(entry.description).not.toMatch(/^text:/);
  });

  it('makes ids safe to use as anchors', () => {
    expect(sourceAnchorId('2023-4.1.1-pais-entidad')).toBe('source-2023-4.1.1-pais-entidad');
    expect(sourceAnchorId('a b#c')).toBe('source-a-b-c');
  });
});

describe('measureDefinitions', () => {
  it('writes Spanish definitions for known measures and falls back to English for new ones', () => {
    const pkg = structuredClone(data.pkg) as DataPackage & Record<string, unknown>;
    const measures = pkg['vmre:measures'] as Record<string, unknown>;
    measures.registered = { es: 'Inscritas', en: 'Registered', description: 'Requests that made it onto the list.' };
    const es = measureDefinitions(pkg, 'es');
    expect(es.map((m) => m.measure)).toEqual([
      'received',
      'eligible',
      'received_siilnere',
      'received_sive',
      'registered',
    ]);
    expect(es[0]).toMatchObject({ label: 'Solicitudes recibidas', descriptionLang: 'es' });
    expect(es[4]).toEqual({
      measure: 'registered',
      label: 'Inscritas',
      description: 'Requests that made it onto the list.',
      descriptionLang: 'en',
    });
    const en = measureDefinitions(pkg, 'en');
    const published = JSON.parse(readText('datapackage.json'))['vmre:measures'];
    expect(en[1]).toEqual({
      measure: 'eligible',
      label: published.eligible.en,
      description: published.eligible.description,
      descriptionLang: 'en',
    });
  });
});

describe('citation', () => {
  it('reads title and version from datapackage.json, and a date only when `created` exists', () => {
    const json = JSON.parse(readText('datapackage.json'));
    const citation = packageCitation(data.pkg);
    expect(citation).toMatchObject({ title: json.title, version: json.version });
    expect(citation.date).toBe(json.created ? json.created.slice(0, 10) : null);
    const created = packageCitation({ ...data.pkg, created: '2024-05-01T18:30:00-06:00' } as DataPackage);
    expect(created.date).toBe('2024-05-01');
  });

  it('joins the parts into one text, marking the English title on a Spanish page', () => {
    const citation = {
      title: 'Title',
      titleEs: null,
      version: '1.2.0',
      date: '2024-05-01',
      licence: 'CC-BY-4.0',
      source: 'INE',
    };
    const parts = citationParts(citation, 'https://example.org/vmre/', METHODS_CONTENT.es.cite, 'es');
    expect(parts.map((p) => p.text).join('')).toBe(
      'Title. Versión 1.2.0, 1 may 2024. https://example.org/vmre/. Cifras: INE. Licencia de esta compilación: CC-BY-4.0.',
    );
    expect(parts[0]).toEqual({ text: 'Title', lang: 'en' });
    const bare = citationParts(
      { title: null, titleEs: null, version: null, date: null, licence: null, source: null },
      '',
      METHODS_CONTENT.en.cite,
      'en',
    );
    expect(bare.map((p) => p.text).join('')).toBe(`Figures: ${METHODS_CONTENT.en.cite.defaultSource}.`);
  });

  it('cites the canonical address set at build time, never the page, and only an http(s) one', () => {
    expect(canonicalUrl('https://example.org/vmre/')).toBe('https://example.org/vmre/');
    expect(canonicalUrl(' http://x.org ')).toBe('http://x.org/');
    for (const bad of [undefined, '', 'javascript:alert(1)', 'not a url', 'file:///d/'])
      expect(canonicalUrl(bad), String(bad)).toBe('');
  });

  it('offers BibTeX and CSL-JSON with the version, date and address, and without an address when none is set', () => {
    const citation = {
      title: 'A & B 100%',
      titleEs: null,
      version: '1.0.0',
      date: '2026-12-02',
      licence: 'CC-BY-4.0',
      source: 'INE',
    };
    const bib = bibtex(citation, 'https://example.org/vmre/');
    expect(bib).toMatch(/^@misc\{vmre_1_0_0,\n/);
    expect(bib).toContain('title = {A \\& B 100\\%}');
    expect(bib).toContain('version = {1.0.0}');
    expect(bib).toContain('url = {https://example.org/vmre/}');
    expect(bibtex(citation, '')).not.toContain('url');
    const [csl] = JSON.parse(cslJson(citation, ''));
    expect(csl).toMatchObject({ type: 'dataset', version: '1.0.0', issued: { 'date-parts': [[2026, 12, 2]] } });
    expect(csl.URL).toBeUndefined();
    expect(JSON.parse(cslJson(citation, 'https://example.org/'))[0].URL).toBe('https://example.org/');
  });

  it('gives the Spanish page the Spanish title where the package has one', () => {
    const citation = packageCitation(data.pkg);
    expect(citation.titleEs).toMatch(/^Voto de las y los mexicanos/);
    const es = citationParts(citation, '', METHODS_CONTENT.es.cite, 'es');
    expect(es[0]).toEqual({ text: citation.titleEs, lang: null });
    const en = citationParts(citation, '', METHODS_CONTENT.en.cite, 'en');
    expect(en[0]).toEqual({ text: citation.title, lang: null });
  });
});

describe('formatMonth', () => {
  it('formats the publication month per language', () => {
    expect(formatMonth('2017-12', 'es')).toBe('diciembre de 2017');
    expect(formatMonth('2017-12', 'en')).toBe('December 2017');
    expect(formatMonth('late 2017', 'en')).toBe('late 2017');
  });
});

describe('buildMethodsView', () => {
  it('finds the map-state examples the README quotes', () => {
    const view = buildMethodsView(data, 'es');
    const cells = readRows('by_country_entity.csv');
    expect(view.mapStates).toEqual({
      zeros: cells.filter((r) => r.value === '0').length,
      cells: cells.length,
      printedZeros: data.tables.crosstab_damaged_cells
        ? cells.filter((r) => r.value === '0').length +
          readRows('crosstab_damaged_cells.csv').filter((r) => r.printed_value === '0').length
        : null,
      printedCells: data.tables.crosstab_damaged_cells
        ? cells.length + readRows('crosstab_damaged_cells.csv').length
        : null,
      notApplicable: { process: '2020-2021', count: 21 },
      notReported: { process: '2017-2018', count: 25 },
    });
  });
});
