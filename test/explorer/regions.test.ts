/**
 * The region table under the world map and a selected region, rendered with
 * the published data and checked against sums of the CSVs read apart.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedData } from '../../src/lib/data/load';
import Explorer from '../../src/lib/explorer/Explorer.svelte';
import type { Lang } from '../../src/lib/i18n/translate';
import { Geometries } from '../../src/lib/geo/geometries.svelte';
import { pageContext } from '../helpers/context';
import { committedGeometry } from '../helpers/geometry';
import { loadPublished } from '../helpers/publishedData';
import { readRows } from '../published/files';

let data: LoadedData;
beforeAll(() => import('../../src/lib/compare/ComparisonSection.svelte'), 60_000);
beforeAll(async () => {
  data = await loadPublished();
});
afterEach(() => {
  window.history.replaceState(null, '', '/');
});

function renderExplorer(query = '', lang: Lang = 'es') {
  const params = new URLSearchParams(query);
  if (lang !== 'es') params.set('lang', lang);
  window.history.replaceState(null, '', `/${params.size > 0 ? '?' : ''}${params}`);
  const { context, state } = pageContext({ connect: true, data });
  render(Explorer, { props: { data, geometries: new Geometries(committedGeometry) }, context });
  return state;
}

const europe2023 = () => {
  const members = new Set(
    readRows('countries.csv')
      .filter((c) => c.region_m49 === '150')
      .map((c) => c.country_iso3),
  );
  return readRows('by_country.csv').filter(
    (r) => r.process === '2023-2024' && r.measure === 'received' && members.has(r.country_iso3),
  );
};
const fmt = (n: number, lang: Lang) => n.toLocaleString(lang === 'es' ? 'es-MX' : 'en-US');

describe('the region table', () => {
  it.each(['es', 'en'] as const)('shows Europe’s total as the sum of its countries, derived (%s)', async (lang) => {
    renderExplorer('', lang);
    const table = await screen.findByRole('table', { name: /M49|región|region/i });
    const row = table.querySelector('tr[data-region="150"]') as HTMLElement;
    const total = europe2023().reduce((s, r) => s + Number(r.value), 0);
    expect(within(row).getByRole('button').textContent).toBe(lang === 'es' ? 'Europa' : 'Europe');
    expect(row.textContent).toContain(fmt(total, lang));
    expect(row.textContent).toContain(lang === 'es' ? 'derivado' : 'derived');
  });

  it('one click on Europe selects it: the address, the world map’s sentence and the Mexico map narrowed', async () => {
    const state = renderExplorer('');
    const table = await screen.findByRole('table', { name: /M49|región/i });
    const button = within(table.querySelector('tr[data-region="150"]') as HTMLElement).getByRole('button');
    await fireEvent.click(button);
    expect(state.region).toBe('150');
    expect(new URL(window.location.href).searchParams.get('region')).toBe('150');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    const total = europe2023().reduce((s, r) => s + Number(r.value), 0);
    // The world map's sentence, and the headline above the maps: both Europe's sum, flagged as computed.
    const stated = await screen.findAllByText(new RegExp(`^Europa: ${fmt(total, 'es')} solicitudes`));
    expect(stated.some((el) => el.classList.contains('headline'))).toBe(true);
    expect(stated.some((el) => el.classList.contains('region-line'))).toBe(true);
    expect(document.querySelector('.headline')!.textContent).toContain('cifra calculada');
    expect(screen.getByText('Región: Europa')).toBeTruthy();
    expect(screen.getByText('Solo registrantes que viven en Europa')).toBeTruthy();
  });

  it('the search finds Europe and adds it beside a country picked, with a chip', async () => {
    const state = renderExplorer('country=USA');
    await screen.findByRole('table', { name: /M49|región/i });
    const search = screen.getByRole('combobox', { name: /Buscar/ });
    await fireEvent.input(search, { target: { value: 'europa' } });
    await fireEvent.keyDown(search, { key: 'ArrowDown' });
    await fireEvent.keyDown(search, { key: 'Enter' });
    expect(state.regions).toEqual(['150']);
    expect(state.countries).toEqual(['USA']);
    expect(screen.getByText('Región: Europa')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Quitar la región Europa' }));
    expect(state.regions).toEqual([]);
  });

  it('with an entity selected, a region says how many countries it cannot attribute', async () => {
    renderExplorer('entity=14', 'en');
    const table = await screen.findByRole('table', { name: /M49|region/i });
    expect(within(table).getByRole('columnheader', { name: 'Not attributable' })).toBeTruthy();
    const row = table.querySelector('tr[data-region="150"]') as HTMLElement;
    await expect.poll(() => row.textContent).toMatch(/\d+ countries, holding [\d,]+ requests in all/);
  });
});
