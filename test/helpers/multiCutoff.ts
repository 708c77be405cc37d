/**
 * The published package with a second, later snapshot of 2023-24 added to
 * totals.csv and by_entity.csv: what a new report would add. The added
 * figures are fixture values (each published figure plus its own entity key),
 * not INE's.
 */
import { loadData, type LoadedWithCells } from '../../src/lib/data/load';
import { loadAll } from './publishedData';
import { FIXTURE_BASE, PUBLISHED_DIR, fakeFetch, fixtureText } from './fakeFetch';

export const LATER_CUTOFF = '2024-01-31';

function addSnapshot(name: string, bump: (cells: Record<string, string>) => number): string {
  const text = fixtureText(name, PUBLISHED_DIR);
  const [header, ...lines] = text.trimEnd().split('\n');
  const columns = header!.split(',');
  const added = lines
    .filter((line) => line.startsWith('2023-2024,2023-11-30,received,'))
    .map((line) => {
      // The rows copied here have no quoted commas before `value`: process, date, measure and codes.
      const cells = line.split(',');
      const row = Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
      const out = columns.map((c, i) => (c === 'cutoff_date' ? LATER_CUTOFF : c === 'value' ? '' : (cells[i] ?? '')));
      out[columns.indexOf('value')] = String(bump(row));
      // Every column after `source` (the notes) is left empty.
      const empties = ','.repeat(columns.length - columns.indexOf('source') - 1);
      return out.slice(0, columns.indexOf('value') + 1).join(',') + ',exact,' + row.source + empties;
    });
  return [header, ...lines, ...added].join('\n') + '\n';
}

/** Each later figure: the earlier one plus a fixed step, so the test can compute what to expect. */
export const laterEntityValue = (earlier: number, entity: string) => earlier + Number(entity);

export function loadWithLaterCutoff(): Promise<LoadedWithCells> {
  let entitySum = 0;
  const byEntity = addSnapshot('by_entity.csv', (r) => {
    const v = laterEntityValue(Number(r.value), r.entity_code!);
    entitySum += v;
    return v;
  });
  const totals = addSnapshot('totals.csv', () => entitySum);
  const { fetchImpl } = fakeFetch({ 'by_entity.csv': byEntity, 'totals.csv': totals }, PUBLISHED_DIR);
  return loadAll(loadData(FIXTURE_BASE, fetchImpl, []));
}
