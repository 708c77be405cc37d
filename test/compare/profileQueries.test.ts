import { beforeAll, describe, expect, it } from 'vitest';
import { profileComparison, type ProfileCell, type ProfileDimension } from '../../src/lib/compare/profileQueries';
import { loadData, type LoadedData } from '../../src/lib/data/load';
import { PROCESSES, type Process } from '../../src/lib/data/schema';
import { FIXTURE_BASE, PUBLISHED_DIR, fakeFetch, fixtureText } from '../helpers/fakeFetch';
import { loadPublished } from '../helpers/publishedData';
import { readRows } from '../published/files';

let data: LoadedData;
beforeAll(async () => {
  data = await loadPublished();
});

/** breakdowns.csv read apart from the app's loader, every cell as text. */
const breakdowns = () => readRows('breakdowns.csv');

const cellOf = (dims: ProfileDimension[], dimension: string, process: Process): ProfileCell | undefined =>
  dims.find((d) => d.dimension === dimension)?.processes.find((p) => p.process === process);

function valueCell(dims: ProfileDimension[], dimension: string, process: Process) {
  const cell = cellOf(dims, dimension, process);
  if (cell?.status !== 'value') throw new Error(`${dimension} ${process}: ${cell?.status}`);
  return cell;
}

describe('profileComparison on the published data', () => {
  it('national 2023-24 voting modality: the CSV rows, with shares of their own sum', () => {
    const dims = profileComparison(data.tables, { processes: PROCESSES, measure: 'received', entity: null });
    const rows = breakdowns().filter(
      (r) =>
        r.process === '2023-2024' &&
        r.measure === 'received' &&
        r.entity_code === '' &&
        r.dimension === 'voting_modality',
    );
    expect(rows.length).toBeGreaterThan(0);
    const sum = rows.reduce((s, r) => s + Number(r.value), 0);
    const cell = valueCell(dims, 'voting_modality', '2023-2024');
    expect(cell.cutoff).toBe(rows[0].cutoff_date);
    expect(cell.total).toBe(sum);
    expect(cell.categories.map((c) => c.category).sort()).toEqual(rows.map((r) => r.category).sort());
    for (const r of rows) {
      const c = cell.categories.find((x) => x.category === r.category)!;
      expect(c).toMatchObject({ value: Number(r.value), quality: r.quality, source: r.source });
      expect(c.share).toBeCloseTo(Number(r.value) / sum, 12);
    }
    expect(cell.categories.reduce((s, c) => s + c.share!, 0)).toBeCloseTo(1, 12);
    const national = readRows('totals.csv').find((r) => r.process === '2023-2024' && r.measure === 'received')!;
    expect(cell.measureTotal).toBe(Number(national.value));
  });

  it('dimensions come in display order, and only those some process reports', () => {
    const national = profileComparison(data.tables, { processes: PROCESSES, measure: 'received', entity: null });
    expect(national.map((d) => d.dimension)).toEqual([
      'voting_modality',
      'sex',
      'age_group',
      'registration_channel',
      'credential_type',
    ]);
    const entity = profileComparison(data.tables, { processes: PROCESSES, measure: 'received', entity: '14' });
    expect(entity.map((d) => d.dimension)).toContain('mean_age');
    expect(entity.map((d) => d.dimension)).not.toContain('age_group');
  });

  it("an entity's 2023-24 sex split equals its CSV rows", () => {
    const dims = profileComparison(data.tables, { processes: PROCESSES, measure: 'eligible', entity: '14' });
    const rows = breakdowns().filter(
      (r) => r.process === '2023-2024' && r.measure === 'eligible' && r.entity_code === '14' && r.dimension === 'sex',
    );
    const cell = valueCell(dims, 'sex', '2023-2024');
    expect(Object.fromEntries(cell.categories.map((c) => [c.category, c.value]))).toEqual(
      Object.fromEntries(rows.map((r) => [r.category, Number(r.value)])),
    );
    const entityTotal = readRows('by_entity.csv').find(
      (r) => r.process === '2023-2024' && r.measure === 'eligible' && r.entity_code === '14',
    )!;
    expect(cell.measureTotal).toBe(Number(entityTotal.value));
  });

  it('2020-21 for an entity: not reported where it voted from abroad, not applicable where it did not', () => {
    const coverage = readRows('coverage.csv').filter((r) => r.process === '2020-2021');
    const voted = coverage.find((r) => r.vote_from_abroad !== 'none')!;
    const without = coverage.find((r) => r.vote_from_abroad === 'none')!;
    for (const [entity, status] of [
      [voted.entity_code, 'notReported'],
      [without.entity_code, 'notApplicable'],
    ] as const) {
      const dims = profileComparison(data.tables, { processes: PROCESSES, measure: 'received', entity });
      expect(dims.length).toBeGreaterThan(0);
      for (const d of dims) {
        const cell = d.processes.find((p) => p.process === '2020-2021')!;
        expect(cell.status, `${entity} ${d.dimension}`).toBe(status);
        expect(cell).not.toHaveProperty('categories');
      }
    }
    const dims = profileComparison(data.tables, {
      processes: PROCESSES,
      measure: 'received',
      entity: without.entity_code,
    });
    expect(cellOf(dims, 'sex', '2020-2021')).toMatchObject({ source: without.source });
  });

  it('2017-18 national sex is present, with its derived quality', () => {
    const dims = profileComparison(data.tables, { processes: PROCESSES, measure: 'received', entity: null });
    const rows = breakdowns().filter(
      (r) => r.process === '2017-2018' && r.entity_code === '' && r.dimension === 'sex' && r.measure === 'received',
    );
    const cell = valueCell(dims, 'sex', '2017-2018');
    for (const r of rows) {
      expect(cell.categories.find((c) => c.category === r.category)).toMatchObject({
        value: Number(r.value),
        quality: r.quality,
        note: r.note,
      });
    }
  });

  it('a process without the dimension has no value: not reported, never zero', () => {
    const dims = profileComparison(data.tables, { processes: PROCESSES, measure: 'received', entity: null });
    const cell = cellOf(dims, 'voting_modality', '2017-2018')!;
    expect(cell).toEqual({ process: '2017-2018', status: 'notReported', source: null, note: null });
    const eligible = profileComparison(data.tables, { processes: PROCESSES, measure: 'eligible', entity: null });
    for (const d of eligible) {
      expect(d.processes.map((p) => p.status)).toEqual(['notReported', 'notReported', 'value']);
    }
  });

  it('category sets may differ by process: in-person voting only where a process reports it', () => {
    const dims = profileComparison(data.tables, { processes: PROCESSES, measure: 'received', entity: null });
    const modality = dims.find((d) => d.dimension === 'voting_modality')!;
    const listed = (p: Process) =>
      breakdowns()
        .filter(
          (r) =>
            r.process === p && r.entity_code === '' && r.dimension === 'voting_modality' && r.measure === 'received',
        )
        .map((r) => r.category)
        .sort();
    expect(
      valueCell(dims, 'voting_modality', '2020-2021')
        .categories.map((c) => c.category)
        .sort(),
    ).toEqual(listed('2020-2021'));
    expect(modality.categories).toEqual(['postal', 'internet', 'in_person']);
  });

  it('mean age is one number per process, without share or total', () => {
    const dims = profileComparison(data.tables, { processes: PROCESSES, measure: 'received', entity: '14' });
    const row = breakdowns().find(
      (r) =>
        r.process === '2023-2024' && r.measure === 'received' && r.entity_code === '14' && r.dimension === 'mean_age',
    )!;
    const mean = dims.find((d) => d.dimension === 'mean_age')!;
    expect(mean.kind).toBe('mean');
    const cell = valueCell(dims, 'mean_age', '2023-2024');
    expect(cell.total).toBeNull();
    expect(cell.categories).toEqual([
      {
        category: 'mean',
        value: Number(row.value),
        share: null,
        quality: row.quality,
        source: row.source,
        note: row.note,
      },
    ]);
  });

  it('only the requested processes, in the requested order', () => {
    const dims = profileComparison(data.tables, {
      processes: ['2023-2024', '2020-2021'],
      measure: 'received',
      entity: null,
    });
    for (const d of dims) expect(d.processes.map((p) => p.process)).toEqual(['2023-2024', '2020-2021']);
  });
});

describe('profileComparison with several cut-offs in a process', () => {
  let twoCutoffs: LoadedData;
  const earlier = '2023-10-15';
  const later2020 = '2021-03-10';

  beforeAll(async () => {
    const published = fixtureText('breakdowns.csv', PUBLISHED_DIR);
    // Both notes (note, note_es) empty.
    const extra = [
      // An earlier 2023-24 snapshot of national voting modality and sex: must be ignored, not added.
      `2023-2024,${earlier},received,,voting_modality,postal,1000,exact,2023-4.1.1-entidad,,00,requests,`,
      `2023-2024,${earlier},received,,voting_modality,internet,3000,exact,2023-4.1.1-entidad,,00,requests,`,
      `2023-2024,${earlier},received,,sex,men,2000,uncertain,2023-4.1.1-entidad,,00,requests,`,
      `2023-2024,${earlier},received,,sex,women,2000,exact,2023-4.1.1-entidad,,00,requests,`,
      // A later 2020-21 snapshot of sex only: the other 2020-21 dimensions keep their own latest cut-off.
      `2020-2021,${later2020},received,,sex,men,5000,exact,2020-4.1.4-sexo,,00,requests,`,
      `2020-2021,${later2020},received,,sex,women,4000,exact,2020-4.1.4-sexo,,00,requests,`,
    ];
    const overrides = { 'breakdowns.csv': `${published.trimEnd()}\n${extra.join('\n')}\n` };
    twoCutoffs = await loadData(FIXTURE_BASE, fakeFetch(overrides, PUBLISHED_DIR).fetchImpl);
  });

  it('uses the latest cut-off and never sums both', () => {
    const dims = profileComparison(twoCutoffs.tables, { processes: PROCESSES, measure: 'received', entity: null });
    const published = profileComparison(data.tables, { processes: PROCESSES, measure: 'received', entity: null });
    expect(valueCell(dims, 'voting_modality', '2023-2024')).toEqual(
      valueCell(published, 'voting_modality', '2023-2024'),
    );
    expect(valueCell(dims, 'sex', '2023-2024')).toEqual(valueCell(published, 'sex', '2023-2024'));
    const sex2020 = valueCell(dims, 'sex', '2020-2021');
    expect(sex2020.cutoff).toBe(later2020);
    expect(sex2020.total).toBe(9000);
    expect(sex2020.categories.map((c) => c.value)).toEqual([5000, 4000]);
    // totals.csv has no figure at the new cut-off: no total to compare with, rather than the wrong one.
    expect(sex2020.measureTotal).toBeNull();
    expect(valueCell(dims, 'voting_modality', '2020-2021').cutoff).toBe('2020-11-30');
  });

  it('a pinned cut-off shows that snapshot; a pinned date without figures is not reported', () => {
    const dims = profileComparison(twoCutoffs.tables, {
      processes: PROCESSES,
      measure: 'received',
      entity: null,
      cutoffs: { '2023-2024': earlier, '2020-2021': '2019-01-01' },
    });
    const modality = valueCell(dims, 'voting_modality', '2023-2024');
    expect(modality.cutoff).toBe(earlier);
    expect(modality.categories.map((c) => [c.category, c.value, c.share])).toEqual([
      ['postal', 1000, 0.25],
      ['internet', 3000, 0.75],
    ]);
    expect(valueCell(dims, 'sex', '2023-2024').categories.find((c) => c.category === 'men')?.quality).toBe('uncertain');
    expect(cellOf(dims, 'sex', '2020-2021')?.status).toBe('notReported');
    // Dimensions that no process has at the chosen dates drop out rather than show empty.
    expect(dims.map((d) => d.dimension)).toEqual(['voting_modality', 'sex']);
  });
});
