import { fireEvent, render, screen, within } from '@testing-library/svelte';
import Papa from 'papaparse';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LoadedData } from '../../src/lib/data/load';
import { loadDeferred } from '../../src/lib/data/load';
import DataView from '../../src/lib/dataview/DataView.svelte';
import type { UrlState } from '../../src/lib/state/url';
import { hrefOf, pageContext } from '../helpers/context';
import { loadPublished } from '../helpers/publishedData';
import { readRows } from '../published/files';

let data: LoadedData;
beforeAll(async () => {
  data = await loadDeferred(await loadPublished(), ['crosstab_damaged_cells']);
});
afterEach(() => vi.restoreAllMocks());

function renderView(patch: Partial<UrlState>) {
  const { state, context } = pageContext({ href: hrefOf({ page: 'data', ...patch }), data });
  render(DataView, { props: { data }, context });
  return state;
}
const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const cellsOf = (row: HTMLElement) => [...row.querySelectorAll('td')].map((c) => c.textContent?.trim() ?? '');

/** Jalisco and Michoacán, 2023-24, summed by country, straight from the CSV text. */
function jaliscoMichoacanByCountry(): Map<string, number> {
  const sums = new Map<string, number>();
  for (const r of readRows('by_country_entity.csv')) {
    if (r.process !== '2023-2024' || !['14', '16'].includes(r.entity_code)) continue;
    sums.set(r.country_iso3, (sums.get(r.country_iso3) ?? 0) + Number(r.value));
  }
  return sums;
}
const QUERY: Partial<UrlState> = {
  table: 'by_country_entity',
  where: [
    { column: 'process', values: ['2023-2024'] },
    { column: 'entity_code', values: ['14', '16'] },
  ],
  group: ['country_iso3'],
  order: '-value',
};

describe('DataView', () => {
  it('shows the query of the address: one row per country, named, largest first, summed as the CSV sums', () => {
    renderView(QUERY);
    const want = jaliscoMichoacanByCountry();
    const rows = bodyRows().map(cellsOf);
    expect(rows).toHaveLength(want.size);
    const [code, name, value] = rows[0];
    const largest = [...want].sort((a, b) => b[1] - a[1])[0];
    expect(code).toBe(largest[0]);
    expect(name).toBe(readRows('countries.csv').find((c) => c.country_iso3 === code)!.name_es);
    expect(value).toBe(largest[1].toLocaleString('es-MX'));
    for (const [c, , v] of rows) expect(v, c).toBe(want.get(c)!.toLocaleString('es-MX'));
    // The entity filter names its places, so a reader need not know Jalisco is 14.
    const entity = screen.getByRole('listbox', { name: /entity_code/ });
    const chosen = within(entity)
      .getAllByRole('option')
      .filter((o) => (o as HTMLOptionElement).selected);
    expect(chosen.map((o) => o.textContent)).toEqual(['14 · Jalisco', '16 · Michoacán']);
  });

  it('downloads exactly the rows shown, with codes and names', async () => {
    renderView(QUERY);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await fireEvent.click(screen.getByRole('button', { name: 'CSV' }));
    const csv = Papa.parse<Record<string, string>>(await blobs[0].text(), { header: true, skipEmptyLines: true });
    expect(csv.meta.fields).toEqual(['country_iso3', 'country_name', 'value', 'quality', 'rows']);
    const shown = bodyRows().map(cellsOf);
    expect(csv.data.map((r) => [r.country_iso3, r.country_name, Number(r.value).toLocaleString('es-MX')])).toEqual(
      shown.map(([c, n, v]) => [c, n, v]),
    );
  });

  it('choosing a filter writes it to the state (and so the address)', async () => {
    const state = renderView({ table: 'by_entity' });
    const process = screen.getByRole('listbox', { name: /^process/ }) as HTMLSelectElement;
    const option = [...process.options].find((o) => o.value === '2020-2021')!;
    option.selected = true;
    await fireEvent.change(process);
    expect(state.where).toEqual([{ column: 'process', values: ['2020-2021'] }]);
    expect(bodyRows().length).toBe(readRows('by_entity.csv').filter((r) => r.process === '2020-2021').length);
  });

  it('a filter that leaves no rows says so and offers to clear the filters', async () => {
    const state = renderView({ table: 'by_country_entity', where: [{ column: 'quality', values: ['derived'] }] });
    expect(screen.getByText('Ninguna fila cumple estos filtros.')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Quitar los filtros' }));
    expect(state.where).toEqual([]);
    expect(screen.getByText(/^Filas 1–100 de /)).toBeTruthy();
  });

  it('a value no row has is named in a notice, and the rest of the filter still applies', () => {
    renderView({ table: 'by_country', where: [{ column: 'country_iso3', values: ['ESP', 'ZZZ'] }] });
    expect(screen.getByText('Ninguna fila de esta tabla tiene country_iso3 = ZZZ.')).toBeTruthy();
    expect(bodyRows().length).toBe(readRows('by_country.csv').filter((r) => r.country_iso3 === 'ESP').length);
  });
});
