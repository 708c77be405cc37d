import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import App from '../src/App.svelte';
import { loadData } from '../src/lib/data/load';
import { FIXTURE_BASE, fakeFetch, fixtureText, type Overrides } from './helpers/fakeFetch';
import { committedGeometry } from './helpers/geometry';

function fixtureLoader(overrides: Overrides = {}) {
  const { fetchImpl } = fakeFetch(overrides);
  return () => loadData(FIXTURE_BASE, fetchImpl);
}

// The explorer loads the comparison's chunk on its own; loaded here first, so a test that ends before it arrives
// does not leave the import running after the environment is torn down (a cold clone transforms slowly).
beforeAll(() => import('../src/lib/compare/ComparisonSection.svelte'), 60_000);

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('App', () => {
  it('shows a loading state, then the national totals in Spanish', async () => {
    render(App, { props: { loadGeometry: committedGeometry, load: fixtureLoader() } });

    expect(screen.getByRole('status').textContent).toContain('Cargando');
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');

    const table = await screen.findByRole('table', { name: /total nacional por proceso/ });
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false');

    const row2023 = within(table).getByRole('row', { name: /2023-2024/ });
    expect(row2023.textContent).toContain('51,185');
    expect(row2023.textContent).toContain('30 nov 2023');
    const row2017 = within(table).getByRole('row', { name: /2017-2018/ });
    expect(row2017.textContent).toContain('No reportado');
    expect(row2017.textContent).not.toMatch(/(^|\D)0(\D|$)/);
    expect(row2017.textContent).toContain('derivado');

    // Each figure points to its source, which is listed with its document title and table.
    const ref = within(row2023).getAllByRole('link')[0];
    const target = document.getElementById(ref.getAttribute('href')!.slice(1));
    expect(target?.textContent).toContain('Informe de avances 2023-2024 (fixture)');
    expect(target?.textContent).toContain('Solicitudes de Inscripción por entidad');
    // A derived figure's note says how it was computed, and the legend explains the flag.
    const note2017 = document.getElementById(within(row2017).getAllByRole('link')[0].getAttribute('href')!.slice(1));
    expect(note2017?.textContent).toContain('Sum of SIILNERE + SIVE + SIASPE');
    expect(within(table.closest('section')!).getByText(/derivado: calculado a partir de otras cifras/)).toBeTruthy();

    expect(screen.getByRole('contentinfo').textContent).toContain('Instituto Nacional Electoral (INE)');
    expect(screen.getByRole('link', { name: 'totals.csv' }).getAttribute('href')).toBe('data/totals.csv');
    expect(document.title).toBe('Voto desde el extranjero · Explorador de registros');
  });

  it('switches to English with the toggle and mirrors it in the URL', async () => {
    render(App, { props: { loadGeometry: committedGeometry, load: fixtureLoader() } });
    await screen.findByRole('table', { name: /total nacional/ });

    const spanish = screen.getByRole('button', { name: 'Español' });
    const english = screen.getByRole('button', { name: 'English' });
    expect(spanish.getAttribute('aria-pressed')).toBe('true');
    expect(english.getAttribute('aria-pressed')).toBe('false');

    await fireEvent.click(english);

    expect(english.getAttribute('aria-pressed')).toBe('true');
    const table = screen.getByRole('table', { name: /national total by electoral process/ });
    const row2017 = within(table).getByRole('row', { name: /2017-2018/ });
    expect(row2017.textContent).toContain('Not reported');
    expect(row2017.textContent).toContain('derived');
    expect(within(table).getByRole('row', { name: /2023-2024/ }).textContent).toContain('Nov 30, 2023');
    expect(window.location.search).toBe('?lang=en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('starts in English when the URL asks for it', async () => {
    window.history.replaceState(null, '', '/?lang=en');
    render(App, { props: { loadGeometry: committedGeometry, load: fixtureLoader() } });
    expect(screen.getByRole('status').textContent).toContain('Loading');
    await screen.findByRole('table', { name: /national total/ });
  });

  it('explains a broken data file instead of showing a blank page', async () => {
    const text = fixtureText('totals.csv').replace('51185', '"51,185"');
    render(App, { props: { loadGeometry: committedGeometry, load: fixtureLoader({ 'totals.csv': text }) } });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('No se pudieron cargar los datos');
    expect(alert.textContent).toContain('El archivo de datos totals.csv no cumple su esquema.');
    expect(alert.textContent).toContain('fila 4, columna «value», valor «51,185»');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false');
  });

  it('renders hostile cell text as text, never as markup', async () => {
    const text = fixtureText('totals.csv').replace('51185', '<img src=x onerror=alert(1)>');
    render(App, { props: { loadGeometry: committedGeometry, load: fixtureLoader({ 'totals.csv': text }) } });
    const alert = await screen.findByRole('alert');
    expect(alert.querySelector('img')).toBeNull();
    expect(alert.textContent).toContain('<img src=x');
  });

  it('explains an unexpected failure too', async () => {
    render(App, { props: { loadGeometry: committedGeometry, load: () => Promise.reject(new Error('boom')) } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Ocurrió un error inesperado');
    expect(alert.textContent).toContain('boom');
  });

  it('moves between the explorer and the methodology page, and back', async () => {
    render(App, { props: { loadGeometry: committedGeometry, load: fixtureLoader() } });
    await screen.findByRole('table', { name: /total nacional/ });
    const nav = screen.getByRole('navigation', { name: 'Secciones' });
    expect(within(nav).getByRole('link', { name: 'Explorador' }).getAttribute('aria-current')).toBe('page');
    await fireEvent.click(within(nav).getByRole('link', { name: 'Fuentes y metodología' }));
    expect(window.location.search).toBe('?view=methods');
    expect(screen.queryByRole('table', { name: /total nacional/ })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Fuentes y metodología' }).getAttribute('aria-current')).toBe('page');
    window.history.back();
    await screen.findByRole('table', { name: /total nacional/ });
  });

  it('an embed shows one chart alone, with its source and a link back, and no page chrome', async () => {
    window.history.replaceState(null, '', '/?embed=mexico&lang=en');
    render(App, { props: { loadGeometry: committedGeometry, load: fixtureLoader() } });
    await screen.findByRole('group', { name: /Map of Mexico/ });
    expect(screen.queryByRole('group', { name: /World map/ })).toBeNull();
    expect(document.querySelector('header.header')).toBeNull();
    expect(screen.queryByRole('contentinfo')).toBeNull();
    expect(screen.queryByRole('table', { name: /national total/ })).toBeNull();
    const back = screen.getByRole('link', { name: /Get the data of this view/ });
    expect(new URL(back.getAttribute('href')!).searchParams.has('embed')).toBe(false);
    expect(screen.getByText(/Instituto Nacional Electoral \(INE\)/)).toBeTruthy();
    expect(document.documentElement.classList.contains('embed')).toBe(true);
  });

  describe('the country × entity cells, read once a place is selected', () => {
    const CELLS_FILE = 'by_country_entity.csv';
    /** The fixture's fetch, holding back the cells until `release` is called. */
    function heldCells(overrides: Overrides = {}) {
      const { fetchImpl } = fakeFetch(overrides);
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let cellsAsked = 0;
      const fetchHeld = async (input: string) => {
        if (input.endsWith(CELLS_FILE)) {
          cellsAsked += 1;
          await held;
        }
        return fetchImpl(input);
      };
      const cellRequests = () => cellsAsked;
      return { load: () => loadData(FIXTURE_BASE, fetchHeld), cellRequests, release: () => release() };
    }

    it('the first view does not fetch them; a selection does, once, and the map says it is reading', async () => {
      const { load, cellRequests, release } = heldCells();
      render(App, { props: { loadGeometry: committedGeometry, load } });
      const world = await screen.findByRole('group', { name: /Mapa del mundo/ });
      expect(cellRequests()).toBe(0);

      await fireEvent.click(world.querySelector('circle[data-code="USA"]')!);
      const pending = await screen.findByText(
        /Leyendo las cifras por país y entidad para mostrar solo a Estados Unidos/,
      );
      expect(pending.closest('section')?.getAttribute('aria-busy')).toBe('true');
      expect(cellRequests()).toBe(1);

      release();
      const mexico = await screen.findByRole('group', { name: /Mapa de México/ });
      // Jalisco's cell for the United States in the fixture's by_country_entity.csv.
      await vi.waitFor(() =>
        expect(mexico.querySelector('path[data-code="14"]')?.getAttribute('aria-label')).toMatch(/^Jalisco: 6,500 /),
      );
      expect(screen.queryByText(/Leyendo las cifras/)).toBeNull();
      // Another selection reads the cells already in hand.
      const again = await screen.findByRole('group', { name: /Mapa del mundo/ });
      await fireEvent.click(again.querySelector('circle[data-code]:not([data-code="USA"])')!);
      expect(window.location.search).not.toContain('USA');
      expect(cellRequests()).toBe(1);
    });

    it('a broken cells file gets the data error by name, and the maps say they cannot narrow', async () => {
      window.history.replaceState(null, '', '/?country=USA');
      const { load, release } = heldCells({ [CELLS_FILE]: 404 });
      release();
      render(App, { props: { loadGeometry: committedGeometry, load } });
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain(CELLS_FILE);
      expect(
        await screen.findByText(
          /No se pudieron leer las cifras por país y entidad, así que este mapa no puede mostrar solo a Estados Unidos/,
        ),
      ).toBeTruthy();
      // The rest of the page stays: the world map and the national totals.
      expect(screen.getByRole('group', { name: /Mapa del mundo/ })).toBeTruthy();
      expect(screen.getByRole('table', { name: /total nacional/ })).toBeTruthy();
    });
  });
});
