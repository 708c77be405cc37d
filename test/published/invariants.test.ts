// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { countryCode } from '../../scripts/data/countries.ts';
import { num, readRows } from './files.ts';

const totals = readRows('totals.csv');
const byCountry = readRows('by_country.csv');
const byEntity = readRows('by_entity.csv');
const crosstab = readRows('by_country_entity.csv');
const breakdowns = readRows('breakdowns.csv');
const coverage = readRows('coverage.csv');

const total = (process: string, measure: string) => {
  const r = totals.filter((t) => t.process === process && t.measure === measure);
  expect(r).toHaveLength(1);
  return num(r[0].value);
};
const sum = (rows: Record<string, string>[]) => rows.reduce((s, r) => s + num(r.value), 0);
const group = <T>(rows: T[], key: (r: T) => string) => {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return m;
};

describe('national totals as the reports state them', () => {
  it('2023-24: 51,185 received and 43,444 meeting the requirements on 30 Nov 2023', () => {
    expect(total('2023-2024', 'received')).toBe(51185);
    expect(total('2023-2024', 'eligible')).toBe(43444);
    expect(totals.filter((t) => t.process === '2023-2024').every((t) => t.cutoff_date === '2023-11-30')).toBe(true);
  });

  it('2020-21: 6,574 received on 30 Nov 2020', () => {
    expect(total('2020-2021', 'received')).toBe(6574);
    expect(totals.find((t) => t.process === '2020-2021')!.cutoff_date).toBe('2020-11-30');
  });

  it('2017-18: 38,096 = 2,587 SIILNERE + 2,250 SIVE + 33,259 SIASPE on 30 Nov 2017', () => {
    expect(total('2017-2018', 'received')).toBe(38096);
    const types = breakdowns.filter(
      (b) => b.process === '2017-2018' && b.dimension === 'request_type' && b.entity_code === '',
    );
    expect(Object.fromEntries(types.map((t) => [t.category, num(t.value)]))).toEqual({
      siilnere: 2587,
      sive: 2250,
      siaspe: 33259,
    });
    expect(total('2017-2018', 'received_siilnere')).toBe(2587);
  });

  it('2017-18 has no national "meeting requirements" figure: the report gives none for SIASPE', () => {
    expect(totals.some((t) => t.process === '2017-2018' && t.measure === 'eligible')).toBe(false);
  });
});

describe('by_country', () => {
  it('sums to the national total of each process and measure', () => {
    for (const [key, rows] of group(byCountry, (r) => `${r.process}|${r.measure}`)) {
      const [process, measure] = key.split('|');
      expect(sum(rows), key).toBe(total(process, measure));
    }
  });

  it('has one derived remainder row without a code where the source itemizes fewer countries', () => {
    const rest = byCountry.filter((r) => r.country_iso3 === '');
    expect(rest.map((r) => `${r.process}|${r.measure}`).sort()).toEqual([
      '2017-2018|received_siilnere',
      '2017-2018|received_sive',
      '2023-2024|received',
    ]);
    expect(rest.every((r) => r.quality === 'derived' && r.note !== '')).toBe(true);
  });

  it('publishes figures derived from rounded 2017-18 shares as derived, saying so', () => {
    const shares = byCountry.filter((r) => r.process === '2017-2018');
    expect(shares.every((r) => r.quality === 'derived')).toBe(true);
    expect(shares.filter((r) => r.country_iso3 !== '').every((r) => /rounded share/.test(r.note))).toBe(true);
  });
});

describe('cross-tabulations', () => {
  it('every exact row sums to its printed country TOTAL', () => {
    const printed = new Map(byCountry.map((r) => [`${r.process}|${r.measure}|${r.country_iso3}`, r]));
    for (const [key, cells] of group(crosstab, (r) => `${r.process}|${r.measure}|${r.country_iso3}`)) {
      if (cells.every((c) => c.quality === 'exact')) {
        expect(printed.get(key)?.quality, key).toBe('exact');
        expect(sum(cells), key).toBe(num(printed.get(key)!.value));
      }
    }
  });

  it('2020-21: every row is exact, so every column sums to the printed entity total', () => {
    const cells = crosstab.filter((r) => r.process === '2020-2021');
    expect(cells).toHaveLength(68 * 11);
    expect(cells.every((c) => c.quality === 'exact')).toBe(true);
    const entities = byEntity.filter((r) => r.process === '2020-2021' && r.measure === 'received');
    expect(entities).toHaveLength(11);
    for (const e of entities)
      expect(sum(cells.filter((c) => c.entity_code === e.entity_code)), e.entity_code).toBe(num(e.value));
    expect(sum(entities)).toBe(6574);
  });

  it('2023-24: no cell of a damaged row is published as exact, and no column exceeds its entity total', () => {
    const damaged = new Set(readRows('crosstab_damaged_cells.csv').map((r) => r.country_iso3));
    expect(damaged.size).toBeGreaterThan(0);
    const cells = crosstab.filter((r) => r.process === '2023-2024');
    expect(cells.some((c) => damaged.has(c.country_iso3))).toBe(false);
    const entities = byEntity.filter((r) => r.process === '2023-2024' && r.measure === 'received');
    for (const e of entities)
      expect(sum(cells.filter((c) => c.entity_code === e.entity_code)), e.entity_code).toBeLessThanOrEqual(
        num(e.value),
      );
  });

  it('2023-24: lists 89 countries, every one with a TOTAL', () => {
    expect(byCountry.filter((r) => r.process === '2023-2024' && r.country_iso3 !== '')).toHaveLength(89);
  });
});

describe('entities', () => {
  it('by_entity sums to the national total where every entity is itemized', () => {
    for (const measure of ['received', 'eligible']) {
      const rows = byEntity.filter((r) => r.process === '2023-2024' && r.measure === measure);
      expect(rows).toHaveLength(32);
      expect(sum(rows)).toBe(total('2023-2024', measure));
    }
  });

  it('2017-18 itemizes exactly the 7 entities with local elections', () => {
    const itemized = byEntity.filter((r) => r.process === '2017-2018').map((r) => r.entity_code);
    const local = coverage
      .filter((c) => c.process === '2017-2018' && c.vote_from_abroad === 'federal+local')
      .map((c) => c.entity_code);
    expect(itemized).toEqual(local);
    expect(local).toEqual(['07', '09', '11', '14', '17', '21', '31']);
  });

  it('each 2023-24 entity partition adds up to the entity total', () => {
    const entityRows = byEntity.filter((r) => r.process === '2023-2024');
    for (const e of entityRows) {
      const parts = breakdowns.filter(
        (b) => b.process === e.process && b.measure === e.measure && b.entity_code === e.entity_code,
      );
      for (const dimension of ['registration_channel', 'credential_type', 'voting_modality', 'sex'])
        expect(sum(parts.filter((p) => p.dimension === dimension)), `${e.entity_code} ${dimension}`).toBe(num(e.value));
    }
  });
});

describe('national breakdowns', () => {
  it('sex adds up to the national total of every process and measure that reports it', () => {
    const national = breakdowns.filter((b) => b.dimension === 'sex' && b.entity_code === '');
    const keys = [...group(national, (b) => `${b.process}|${b.measure}`).keys()].sort();
    expect(keys).toEqual(['2017-2018|received', '2020-2021|received', '2023-2024|eligible', '2023-2024|received']);
    for (const key of keys) {
      const [process, measure] = key.split('|');
      expect(sum(national.filter((b) => b.process === process && b.measure === measure)), key).toBe(
        total(process, measure),
      );
    }
  });

  it('every single-dimension national partition of 2020-21 adds up to its 6,574 requests', () => {
    const rows = breakdowns.filter((b) => b.process === '2020-2021' && !b.dimension.includes('+'));
    for (const [dimension, parts] of group(rows, (b) => b.dimension)) expect(sum(parts), dimension).toBe(6574);
  });
});

describe('code lists', () => {
  it('every spelling the reports use maps back to its country', () => {
    for (const c of readRows('countries.csv'))
      for (const s of c.spellings.split('|')) expect(countryCode(s), s).toBe(c.country_iso3);
  });

  it('every country with a figure is in countries.csv, with a three-digit ISO numeric code', () => {
    const listed = new Map(readRows('countries.csv').map((c) => [c.country_iso3, c]));
    for (const r of [...byCountry, ...crosstab])
      if (r.country_iso3 !== '') expect(listed.get(r.country_iso3)?.country_num, r.country_iso3).toMatch(/^\d{3}$/);
  });
});

describe('coverage', () => {
  const count = (process: string, vote: string) =>
    coverage.filter((c) => c.process === process && c.vote_from_abroad === vote).length;

  it('has every process × entity once', () => {
    expect(coverage).toHaveLength(96);
    expect(new Set(coverage.map((c) => `${c.process}|${c.entity_code}`)).size).toBe(96);
  });

  it('2017-18: federal for all, local in 7; 2020-21: local only in 11; 2023-24: federal for all, local in 9', () => {
    expect([count('2017-2018', 'federal+local'), count('2017-2018', 'federal')]).toEqual([7, 25]);
    expect([count('2020-2021', 'local'), count('2020-2021', 'none')]).toEqual([11, 21]);
    expect([count('2023-2024', 'federal+local'), count('2023-2024', 'federal')]).toEqual([9, 23]);
    expect(coverage.find((c) => c.process === '2023-2024' && c.entity_code === '15')).toMatchObject({
      vote_from_abroad: 'federal+local',
      source: '2023-5.2.3-cg621',
    });
  });

  it('2020-21 local entities are exactly the columns of its cross-tab', () => {
    const local = coverage
      .filter((c) => c.process === '2020-2021' && c.vote_from_abroad === 'local')
      .map((c) => c.entity_code);
    const columns = [...new Set(crosstab.filter((r) => r.process === '2020-2021').map((r) => r.entity_code))].sort();
    expect(local).toEqual(columns);
  });
});

describe('why the damaged 2023-24 rows are not aligned', () => {
  // Column order of the printed table (alphabetical by name), as INEGI keys.
  const PRINTED = [
    '01',
    '02',
    '03',
    '04',
    '07',
    '08',
    '09',
    '05',
    '06',
    '10',
    '11',
    '12',
    '13',
    '14',
    '15',
    '16',
    '17',
    '18',
    '19',
    '20',
    '21',
    '22',
    '23',
    '24',
    '25',
    '26',
    '27',
    '28',
    '29',
    '30',
    '31',
    '32',
  ];
  const damaged = group(readRows('crosstab_damaged_cells.csv'), (r) => r.country_iso3);
  const entities = byEntity.filter((r) => r.process === '2023-2024' && r.measure === 'received');
  const rest = num(byCountry.find((r) => r.process === '2023-2024' && r.country_iso3 === '')!.value);
  /** What each entity's total leaves for the damaged rows and the unlisted countries. */
  const room = new Map(
    entities.map((e) => [
      e.entity_code,
      num(e.value) - sum(crosstab.filter((c) => c.process === '2023-2024' && c.entity_code === e.entity_code)),
    ]),
  );

  /** Entities whose total cannot hold what a reading of the damaged rows puts under them. */
  function contradicted(read: (cells: number[]) => number[]): string[] {
    const placed = new Map<string, number>();
    for (const cells of damaged.values()) {
      const values = read(cells.sort((a, b) => num(a.position) - num(b.position)).map((c) => num(c.printed_value)));
      values.forEach((v, k) => placed.set(PRINTED[k], (placed.get(PRINTED[k]) ?? 0) + v));
    }
    return PRINTED.filter((e) => {
      const left = room.get(e)! - (placed.get(e) ?? 0);
      return left < 0 || left > rest;
    });
  }

  it('reading the first 32 cells of each damaged row contradicts several entity totals', () => {
    expect(contradicted((cells) => cells.slice(0, 32)).length).toBeGreaterThan(0);
  });

  it('reading the last 32 cells contradicts them too', () => {
    expect(contradicted((cells) => cells.slice(-32)).length).toBeGreaterThan(0);
  });
});
