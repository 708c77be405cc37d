import { fireEvent, render } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { countryFigures, entityFigures, type MapFigures, type PlaceFigure } from '../../src/lib/data/mapQueries';
import type { LoadedData } from '../../src/lib/data/load';
import type { MapGeometry, MapName } from '../../src/lib/geo/geometry';
import { MAPS } from '../../src/lib/maps/map.constants';
import FramedSymbolMap from './FramedSymbolMap.svelte';
import { committedGeometry } from '../helpers/geometry';
import { loadPublished } from '../helpers/publishedData';

let data: LoadedData;
let world: MapGeometry;
let mexico: MapGeometry;
beforeAll(async () => {
  data = await loadPublished();
  world = await committedGeometry('world');
  mexico = await committedGeometry('mexico');
});

const tooltip = createRawSnippet((place: () => PlaceFigure) => ({
  render: () => `<span class="tip">${place().code}</span>`,
}));

function renderMap(kind: MapName, view: MapFigures, selected: string | null = null) {
  const onselect = vi.fn();
  const geometry = kind === 'world' ? world : mexico;
  const props = {
    // The map's own projection and extent, with the largest circle fixed at 40 px whatever the width.
    config: { ...MAPS[kind], radius: { divisor: 1, min: 40, max: 40 } },
    maxValue: Math.max(...view.places.map((p) => p.value ?? 0)),
    shapes: geometry.shapes,
    anchors: geometry.anchors,
    places: view.places,
    selected,
    onselect,
    label: `${kind} map`,
    placeLabel: (p: PlaceFigure) => `${p.code} ${p.value ?? p.status}`,
    focusOn: MAPS[kind].focusOn,
    tooltip,
  };
  const result = render(FramedSymbolMap, { props });
  return { ...result, onselect, props };
}

const focusables = (container: HTMLElement) => [...container.querySelectorAll<SVGElement>('[data-focus]')];

describe('SymbolMap, world', () => {
  it('draws one selectable symbol per listed country, sized by value, including the smallest', () => {
    const view = countryFigures(data.tables, { process: '2023-2024', measure: 'received' });
    const { container } = renderMap('world', view);
    const symbols = focusables(container);
    expect(symbols.map((s) => s.getAttribute('data-code')).sort()).toEqual(view.places.map((p) => p.code).sort());
    for (const code of ['VAT', 'SGP', 'HKG', 'MLT', 'AND', 'LIE', 'BHR', 'ABW', 'BMU']) {
      if (!view.places.some((p) => p.code === code)) continue;
      const circle = container.querySelector(`circle[data-code="${code}"]`);
      expect(Number(circle?.getAttribute('r')), code).toBeGreaterThanOrEqual(3);
    }
    const r = (code: string) => Number(container.querySelector(`circle[data-code="${code}"]`)?.getAttribute('r'));
    expect(r('USA')).toBe(40);
    expect(r('CAN')).toBeGreaterThan(r('ESP'));
    expect(r('ESP')).toBeGreaterThan(r('DEU'));
    // Uncertain totals are marked on the map itself.
    expect(container.querySelector('circle[data-code="ECU"]')?.getAttribute('class')).toContain('quality-uncertain');
  });

  it('marks damaged rows as not attributable, not as zero, when an entity is selected', () => {
    const view = countryFigures(data.tables, { process: '2023-2024', measure: 'received', entities: ['20'] });
    const { container } = renderMap('world', view);
    const ecuador = container.querySelector('circle[data-code="ECU"]');
    expect(ecuador?.getAttribute('data-status')).toBe('notAttributable');
    expect(ecuador?.getAttribute('data-value')).toBeNull();
    expect(ecuador?.getAttribute('fill')).toMatch(/^url\(#.+-notAttributable\)$/);
  });

  it('selects by click, and shows the selection when the prop changes', async () => {
    const view = countryFigures(data.tables, { process: '2023-2024', measure: 'received' });
    const { container, onselect, rerender, props } = renderMap('world', view);
    await fireEvent.click(container.querySelector('circle[data-code="ESP"]')!);
    expect(onselect).toHaveBeenCalledWith('ESP');
    await rerender({ ...props, selected: 'ESP' });
    const spain = container.querySelector('circle[data-code="ESP"]')!;
    expect(spain.getAttribute('aria-pressed')).toBe('true');
    expect(spain.getAttribute('class')).toContain('selected');
    expect(spain.getAttribute('tabindex')).toBe('0');
    await fireEvent.click(spain);
    expect(onselect).toHaveBeenLastCalledWith(null);
  });

  it('is operable by keyboard: one tab stop, arrows from the largest down, Enter selects, Escape clears', async () => {
    const view = countryFigures(data.tables, { process: '2023-2024', measure: 'received' });
    const { container, onselect, rerender, props } = renderMap('world', view);
    const tabbable = focusables(container).filter((s) => s.getAttribute('tabindex') === '0');
    expect(tabbable.map((s) => s.getAttribute('data-code'))).toEqual(['USA']);
    tabbable[0].focus();
    await fireEvent.keyDown(tabbable[0], { key: 'ArrowRight' });
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('data-code')).toBe('CAN'));
    expect(container.querySelector('.tip')?.textContent).toBe('CAN');
    await fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(onselect).toHaveBeenCalledWith('CAN');
    await rerender({ ...props, selected: 'CAN' });
    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(onselect).toHaveBeenLastCalledWith(null);
  });
});

describe('SymbolMap, Mexico', () => {
  it('draws one selectable shape per entity and marks each state', () => {
    const view = entityFigures(data.tables, { process: '2017-2018', measure: 'received' });
    const { container } = renderMap('mexico', view);
    const shapes = [...container.querySelectorAll('path[data-focus]')];
    expect(shapes).toHaveLength(32);
    const byStatus = (status: string) => shapes.filter((s) => s.getAttribute('data-status') === status);
    expect(byStatus('notReported')).toHaveLength(25);
    expect(byStatus('notReported').every((s) => /notReported\)$/.test(s.getAttribute('fill') ?? ''))).toBe(true);
    expect(byStatus('value')).toHaveLength(7);
    // Derived 2017-18 sums are marked on their symbols.
    expect(container.querySelectorAll('circle.quality-derived')).toHaveLength(7);
  });

  it('tells not applicable from zero (2020-21, Spain)', () => {
    const view = entityFigures(data.tables, { process: '2020-2021', measure: 'received', countries: ['ESP'] });
    const { container } = renderMap('mexico', view);
    const status = (code: string) => container.querySelector(`path[data-code="${code}"]`)?.getAttribute('data-status');
    expect(status('01')).toBe('notApplicable');
    const zero = view.places.find((p) => p.status === 'zero');
    if (zero) {
      expect(status(zero.code)).toBe('zero');
      expect(container.querySelector(`path[data-code="${zero.code}"]`)?.getAttribute('fill')).toBeNull();
    }
  });

  it('outlines the selected entity and updates when the selection changes', async () => {
    const view = entityFigures(data.tables, { process: '2023-2024', measure: 'received' });
    const { container, rerender, props } = renderMap('mexico', view, '20');
    const outline = () => container.querySelector('.selected-outline')?.getAttribute('d');
    expect(outline()).toBe(container.querySelector('path[data-code="20"]')?.getAttribute('d'));
    await rerender({ ...props, selected: '14' });
    expect(outline()).toBe(container.querySelector('path[data-code="14"]')?.getAttribute('d'));
    await rerender({ ...props, selected: null });
    expect(outline()).toBeUndefined();
  });
});
