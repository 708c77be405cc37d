import { fireEvent, render, screen, within } from '@testing-library/svelte';
import Papa from 'papaparse';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LoadedData } from '../../src/lib/data/load';
import Explorer from '../../src/lib/explorer/Explorer.svelte';
import type { Lang } from '../../src/lib/i18n/translate';
import { Geometries } from '../../src/lib/geo/geometries.svelte';
import { pageContext } from '../helpers/context';
import { committedGeometry } from '../helpers/geometry';
import { loadPublished } from '../helpers/publishedData';
import { readRows } from '../published/files';

let data: LoadedData;
// The comparison's chunk, which the explorer imports on its own, loaded once before any test can end without it.
beforeAll(() => import('../../src/lib/compare/ComparisonSection.svelte'), 60_000);
beforeAll(async () => {
  data = await loadPublished();
});
afterEach(() => {
  window.history.replaceState(null, '', '/');
});

function renderExplorer(query = '', lang: Lang = 'es', loadGeometry = committedGeometry) {
  const params = new URLSearchParams(query);
  if (lang !== 'es') params.set('lang', lang);
  window.history.replaceState(null, '', `/${params.size > 0 ? '?' : ''}${params}`);
  const { context } = pageContext({ connect: true, data });
  return render(Explorer, { props: { data, geometries: new Geometries(loadGeometry) }, context });
}

const worldMap = () => screen.findByRole('group', { name: /Mapa del mundo|World map/ });
const mexicoMap = () => screen.findByRole('group', { name: /Mapa de México|Map of Mexico/ });
const symbolValues = (map: HTMLElement) =>
  Object.fromEntries(
    [...map.querySelectorAll('circle[data-code]')].map((c) => [
      c.getAttribute('data-code'),
      c.getAttribute('data-value'),
    ]),
  );

// Two maps and 32 small multiples: jsdom needs seconds for each render on a small, busy machine.
/** The maps' tables are built when their <details> opens; jsdom neither toggles it on a click nor says so. */
async function openTables() {
  for (const summary of screen.getAllByText('Ver las cifras como tabla')) {
    const details = summary.closest('details');
    if (details === null) throw new Error('a table summary outside its <details>');
    details.open = true;
    await fireEvent(details, new Event('toggle'));
  }
}

describe('Explorer', { timeout: 20_000 }, () => {
  it('selecting Spain on the world map shows where Spain’s registrants come from, as in the CSV', async () => {
    renderExplorer();
    const world = await worldMap();
    await fireEvent.click(world.querySelector('circle[data-code="ESP"]')!);
    expect(window.location.search).toBe('?country=ESP');
    expect(screen.getByText('País: España')).toBeTruthy();
    const mexico = await mexicoMap();
    const expected = readRows('by_country_entity.csv').filter(
      (r) => r.process === '2023-2024' && r.country_iso3 === 'ESP' && Number(r.value) > 0,
    );
    const drawn = symbolValues(mexico);
    expect(Object.keys(drawn).sort()).toEqual(
      readRows('by_country_entity.csv')
        .filter((r) => r.process === '2023-2024' && r.country_iso3 === 'ESP')
        .map((r) => r.entity_code)
        .sort(),
    );
    for (const r of expected) expect(drawn[r.entity_code]).toBe(r.value);
    expect(screen.getByText(/Solo registrantes que viven en España/)).toBeTruthy();
  });

  it('shift-click adds a country; the Mexico map sums both as the CSV does, and one chip removes each', async () => {
    renderExplorer('?country=ESP');
    const world = await worldMap();
    await fireEvent.click(world.querySelector('circle[data-code="PRT"]')!, { shiftKey: true });
    expect(window.location.search).toBe('?country=ESP,PRT');
    expect(screen.getByText('País: España')).toBeTruthy();
    expect(screen.getByText('País: Portugal')).toBeTruthy();
    const sums = new Map<string, number>();
    for (const r of readRows('by_country_entity.csv'))
      if (
        r.process === '2023-2024' &&
        r.measure === 'received' &&
        (r.country_iso3 === 'ESP' || r.country_iso3 === 'PRT')
      )
        sums.set(r.entity_code, (sums.get(r.entity_code) ?? 0) + Number(r.value));
    const drawn = symbolValues(await mexicoMap());
    expect(Object.keys(drawn).length).toBeGreaterThan(20);
    for (const [code, value] of Object.entries(drawn)) expect(Number(value)).toBe(sums.get(code));
    expect(screen.getByText(/Solo registrantes que viven en España y Portugal/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Quitar la selección de España' }));
    expect(window.location.search).toBe('?country=PRT');
    await fireEvent.click(world.querySelector('circle[data-code="ESP"]')!, { shiftKey: true });
    await fireEvent.click(screen.getByRole('button', { name: 'Quitar todos' }));
    expect(window.location.search).toBe('');
  });

  it('the search adds to the selection, and a list in the address names what it left out', async () => {
    renderExplorer('?entity=14,ZZ,14,');
    await worldMap();
    const notices = screen.getByRole('status').textContent ?? '';
    expect(notices).toContain('«ZZ» (no existe), «14» (repetido) y un elemento vacío');
    const search = screen.getByRole('combobox', { name: /Buscar/ });
    await fireEvent.input(search, { target: { value: 'michoa' } });
    await fireEvent.keyDown(search, { key: 'Enter' });
    expect(window.location.search).toBe('?entity=14,16');
    expect(screen.getByText(/Solo registrantes originarios de Jalisco y Michoacán/)).toBeTruthy();
  });

  it('selecting Oaxaca by search shows how much can be attributed to a country', async () => {
    renderExplorer();
    await worldMap();
    const search = screen.getByRole('combobox', { name: /Buscar/ });
    await fireEvent.input(search, { target: { value: 'oax' } });
    await fireEvent.keyDown(search, { key: 'Enter' });
    expect(window.location.search).toBe('?entity=20');
    const world = await worldMap();
    expect(world.querySelector('circle[data-code="ECU"]')?.getAttribute('data-status')).toBe('notAttributable');
    const cells = readRows('by_country_entity.csv').filter((r) => r.process === '2023-2024' && r.entity_code === '20');
    const attributed = cells.reduce((sum, r) => sum + Number(r.value), 0).toLocaleString('en-US');
    expect(screen.getByText(new RegExp(`Oaxaca: 1,822 solicitudes, de las cuales ${attributed}`))).toBeTruthy();
  });

  it('a damaged country’s not-attributable cell in the map’s table links to its printed cells in the data view', async () => {
    renderExplorer('?entity=20');
    await worldMap();
    await openTables();
    const table = screen.getByRole('table', { name: /Mapa del mundo/ });
    const ecuador = within(table)
      .getByRole('button', { name: /^Ecuador$/ })
      .closest('tr')!;
    const link = within(ecuador).getByRole('link', { name: 'Celdas impresas de su fila en el cruce' });
    const target = new URL(link.getAttribute('href')!, window.location.href).searchParams;
    expect(Object.fromEntries(target)).toMatchObject({
      view: 'data',
      table: 'crosstab_damaged_cells',
      where: 'country_iso3:ECU',
    });
    await fireEvent.click(link);
    expect(new URLSearchParams(window.location.search).get('view')).toBe('data');
    // Its cells are there to read: the file holds printed cells for Ecuador.
    expect(readRows('crosstab_damaged_cells.csv').some((r) => r.country_iso3 === 'ECU')).toBe(true);
  });

  it('keeps a selection across processes when it exists there, and says so when it does not', async () => {
    renderExplorer('?country=ESP&entity=14');
    await worldMap();
    await fireEvent.click(screen.getByRole('radio', { name: '2020–2021' }));
    expect(new URLSearchParams(window.location.search).get('country')).toBe('ESP');
    expect(screen.getByText(/Registrantes de Jalisco que viven en España/)).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: /Quitar la selección de España/ }));
    const listed2020 = new Set(
      readRows('by_country.csv')
        .filter((r) => r.process === '2020-2021')
        .map((r) => r.country_iso3),
    );
    const only2023 = readRows('by_country.csv').find(
      (r) => r.process === '2023-2024' && r.country_iso3 && !listed2020.has(r.country_iso3),
    )!;
    await fireEvent.click(screen.getByRole('radio', { name: '2023–2024' }));
    await fireEvent.click((await worldMap()).querySelector(`circle[data-code="${only2023.country_iso3}"]`)!);
    await fireEvent.click(screen.getByRole('radio', { name: '2020–2021' }));
    expect(new URLSearchParams(window.location.search).get('country')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain(
      `${only2023.country_es} no figura entre los países de 2020–2021`,
    );
  });

  it('shows 2020-21 entities without a vote as not applicable and 2017-18 federal-only ones as not reported', async () => {
    renderExplorer('?process=2020-2021');
    let mexico = await mexicoMap();
    const aguascalientes = () => mexico.querySelector('path[data-code="01"]');
    expect(aguascalientes()?.getAttribute('data-status')).toBe('notApplicable');
    expect(aguascalientes()?.getAttribute('aria-label')).toBe('Aguascalientes: No aplica');
    await fireEvent.click(screen.getByRole('radio', { name: '2017–2018' }));
    mexico = await mexicoMap();
    expect(aguascalientes()?.getAttribute('data-status')).toBe('notReported');
    expect(within(screen.getByRole('group', { name: /Mapa de México/ })).queryAllByText(/^0$/)).toHaveLength(0);
    // 2017-18 has no country figure of all requests: the world map says why instead of drawing nothing.
    expect(screen.getByText(/no desglosa esta medida por país de residencia/)).toBeTruthy();
  });

  it('offers the measures a map can draw when the current one cannot be drawn', async () => {
    renderExplorer('?process=2017-2018');
    await mexicoMap();
    await fireEvent.click(screen.getByRole('button', { name: 'Mostrar «Solicitudes SIVE recibidas»' }));
    expect(new URLSearchParams(window.location.search).get('measure')).toBe('received_sive');
    const world = await worldMap();
    expect(Object.keys(symbolValues(world)).sort()).toEqual(['CAN', 'DEU', 'ESP', 'FRA', 'USA']);
  });

  it('keeps the figures when a map’s geometry cannot be loaded, and says which file failed', async () => {
    window.history.replaceState(null, '', '/');
    const failing = (name: 'world' | 'mexico') =>
      name === 'world' ? Promise.reject(new Error('offline')) : committedGeometry(name);
    renderExplorer('', 'es', failing);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('geo/world.json');
    await openTables();
    expect(screen.getByRole('table', { name: /Mapa del mundo/ })).toBeTruthy();
    expect(screen.getByText(/Estados Unidos concentra 70\.1% del total/)).toBeTruthy();
    expect(await mexicoMap()).toBeTruthy();
  });

  it('disables measures a process does not break down, with the reason', async () => {
    renderExplorer('?process=2020-2021');
    await mexicoMap();
    const eligible = screen.getByRole('radio', { name: /cumplen los requisitos/ }) as HTMLInputElement;
    expect(eligible.disabled).toBe(true);
    expect(document.getElementById(eligible.getAttribute('aria-describedby')!)?.textContent).toContain(
      'solo hay total nacional',
    );
  });

  it('reports unreadable URL parameters and shows the default instead', async () => {
    renderExplorer('?process=1999&country=<img>&zoom=mars');
    await worldMap();
    const notices = screen.getByRole('status').textContent ?? '';
    expect(notices).toContain('«process=1999»');
    expect(notices).toContain('De «country» en la dirección se omitió «<img>» (no existe)');
    expect(notices).toContain('«zoom=mars»');
    expect(screen.getByRole('radio', { name: '2023–2024' })).toHaveProperty('checked', true);
    expect(document.querySelector('img')).toBeNull();
    await fireEvent.click(screen.getAllByRole('button', { name: 'Cerrar' })[0]);
    expect(screen.getAllByRole('button', { name: 'Cerrar' })).toHaveLength(2);
  });

  it('speaks English with English names and number formats', async () => {
    renderExplorer('?country=USA', 'en');
    const mexico = await mexicoMap();
    expect(screen.getByText('Country: United States of America')).toBeTruthy();
    expect(mexico.querySelector('path[data-code="09"]')?.getAttribute('aria-label')).toMatch(
      /^Mexico City: \d{1,3}(,\d{3})* \(/,
    );
  });

  it('the CSV button downloads exactly the rows the map’s table displays', async () => {
    renderExplorer('?process=2020-2021&country=ESP');
    await mexicoMap();
    const blobs: Blob[] = [];
    const created = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const toolbar = screen.getByRole('group', { name: 'Descargar Entidad de origen' });
    await fireEvent.click(within(toolbar).getByRole('button', { name: 'CSV' }));
    expect(click).toHaveBeenCalledTimes(1);
    const csv = Papa.parse<Record<string, string>>(await blobs[0].text(), { header: true, skipEmptyLines: true }).data;

    await openTables();
    const table = screen.getByRole('table', { name: /Mapa de México/ });
    const shown = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => {
        const [name, value] = [...row.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '');
        return { name, value };
      });
    expect(csv.map((r) => r.entity).sort()).toEqual(shown.map((r) => r.name).sort());
    for (const r of csv) {
      const row = shown.find((x) => x.name === r.entity)!;
      expect(row.value).toBe(
        r.value === '' ? r.status.replace('not_applicable', 'No aplica') : Number(r.value).toLocaleString('es-MX'),
      );
    }
    created.mockRestore();
    click.mockRestore();
  });

  it('back and forward restore the view', async () => {
    renderExplorer();
    const world = await worldMap();
    await fireEvent.click(world.querySelector('circle[data-code="CAN"]')!);
    expect(screen.getByText('País: Canadá')).toBeTruthy();
    window.history.replaceState(null, '', '/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await nextTask();
    expect(screen.queryByText('País: Canadá')).toBeNull();
  });
  it('the comparison follows the maps, and a small multiple selects on the maps', async () => {
    const { container } = renderExplorer('?country=ESP');
    const figure = async (scope: string) => {
      await vi.waitFor(() => expect(container.querySelector(`.figure svg[data-scope="${scope}"]`)).not.toBeNull(), {
        timeout: 10_000,
      });
    };
    await figure('country:ESP');
    const panel = await vi.waitFor(() => {
      const li = container.querySelector('.multiples li[data-scope="entity:20"]');
      expect(li).not.toBeNull();
      return li as HTMLElement;
    }, 10_000);
    await fireEvent.click(within(panel).getByRole('button', { name: /Oaxaca/ }));
    await figure('cell:ESP:20');
    expect(new URLSearchParams(window.location.search).get('entity')).toBe('20');
    expect(screen.getByRole('list', { name: 'Selección actual' }).textContent).toContain('Oaxaca');
    const mexico = await mexicoMap();
    expect(mexico.querySelector('[aria-pressed="true"]')?.getAttribute('data-code')).toBe('20');
  });
});

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
