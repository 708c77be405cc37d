import { fireEvent, render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { countryFigures, entityFigures, type MapFigures, type PlaceFigure } from '../../src/lib/data/mapQueries';
import type { LoadedData } from '../../src/lib/data/load';
import type { MapGeometry, MapName } from '../../src/lib/geo/geometry';
import { MAX_CHOICES } from '../../src/lib/maps/hitTest';
import { MAPS } from '../../src/lib/maps/map.constants';
import FramedSymbolMap from './FramedSymbolMap.svelte';
import { langContext } from '../helpers/context';
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

function renderMap(kind: MapName, view: MapFigures, selected: readonly string[] = []) {
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
    name: (code: string) => `name of ${code}`,
    focusOn: MAPS[kind].focusOn,
    tooltip,
  };
  const result = render(FramedSymbolMap, { props, context: langContext('es') });
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
    expect(onselect).toHaveBeenCalledWith({ kind: 'only', code: 'ESP' });
    await rerender({ ...props, selected: ['ESP'] });
    const spain = container.querySelector('circle[data-code="ESP"]')!;
    expect(spain.getAttribute('aria-pressed')).toBe('true');
    expect(spain.getAttribute('class')).toContain('selected');
    expect(spain.getAttribute('tabindex')).toBe('0');
    await fireEvent.click(spain);
    expect(onselect).toHaveBeenLastCalledWith({ kind: 'only', code: null });
  });

  it('adds a place with Shift, Ctrl or Cmd and a click, and with Shift+Enter', async () => {
    const view = countryFigures(data.tables, { process: '2023-2024', measure: 'received' });
    const { container, onselect } = renderMap('world', view, ['ESP']);
    const portugal = container.querySelector('circle[data-code="PRT"]')!;
    await fireEvent.click(portugal, { shiftKey: true });
    expect(onselect).toHaveBeenLastCalledWith({ kind: 'toggle', code: 'PRT' });
    await fireEvent.click(portugal, { ctrlKey: true });
    expect(onselect).toHaveBeenLastCalledWith({ kind: 'toggle', code: 'PRT' });
    await fireEvent.click(portugal);
    expect(onselect).toHaveBeenLastCalledWith({ kind: 'only', code: 'PRT' });
    await fireEvent.keyDown(portugal, { key: 'Enter', shiftKey: true });
    expect(onselect).toHaveBeenLastCalledWith({ kind: 'toggle', code: 'PRT' });
    // Several selected: the selected circles are all pressed.
    const both = renderMap('world', view, ['ESP', 'PRT']).container;
    expect(
      [...both.querySelectorAll('circle[aria-pressed="true"]')].map((c) => c.getAttribute('data-code')).sort(),
    ).toEqual(['ESP', 'PRT']);
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
    expect(onselect).toHaveBeenCalledWith({ kind: 'only', code: 'CAN' });
    await rerender({ ...props, selected: ['CAN'] });
    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(onselect).toHaveBeenLastCalledWith({ kind: 'only', code: null });
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
    const { container, rerender, props } = renderMap('mexico', view, ['20']);
    const outline = () => container.querySelector('.selected-outline')?.getAttribute('d');
    expect(outline()).toBe(container.querySelector('path[data-code="20"]')?.getAttribute('d'));
    await rerender({ ...props, selected: ['14'] });
    expect(outline()).toBe(container.querySelector('path[data-code="14"]')?.getAttribute('d'));
    await rerender({ ...props, selected: [] });
    expect(outline()).toBeUndefined();
  });

  it('outlines every selected entity', () => {
    const view = entityFigures(data.tables, { process: '2023-2024', measure: 'received' });
    const { container } = renderMap('mexico', view, ['14', '16']);
    const outlines = [...container.querySelectorAll('.selected-outline')].map((o) => o.getAttribute('d'));
    expect(outlines).toEqual(
      ['14', '16'].map((c) => container.querySelector(`path[data-code="${c}"]`)?.getAttribute('d')),
    );
    expect(container.querySelectorAll('path[aria-pressed="true"]')).toHaveLength(2);
  });
});

/** A circle's centre, in the page pixels jsdom gives events (it lays nothing out: the map is at its own scale at 0, 0). */
function centre(container: HTMLElement, code: string): { clientX: number; clientY: number } {
  const circle = container.querySelector(`circle[data-code="${code}"]`);
  return { clientX: Number(circle?.getAttribute('cx')), clientY: Number(circle?.getAttribute('cy')) };
}

/**
 * A finger's tap as Chromium delivers it: the pointerdown at the finger's centre, then a click whose target the
 * browser's touch adjustment may have moved to a neighbour (`clickedOn`).
 */
async function touchTap(at: Element, point: { clientX: number; clientY: number }, clickedOn: Element = at) {
  await fireEvent.pointerDown(at, { pointerType: 'touch', ...point });
  await fireEvent.click(clickedOn, point);
}

describe('SymbolMap, touch', () => {
  const world2023 = () => countryFigures(data.tables, { process: '2023-2024', measure: 'received' });

  it('a tap at the centre of Spain selects Spain, even when the browser sends the click to Portugal', async () => {
    const { container, onselect } = renderMap('world', world2023());
    const svg = container.querySelector('svg')!;
    await touchTap(svg, centre(container, 'ESP'), container.querySelector('circle[data-code="PRT"]')!);
    expect(onselect).toHaveBeenCalledWith({ kind: 'only', code: 'ESP' });
    expect(onselect).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('data-code')).toBe('ESP'));
  });

  it('a tap near two overlapping microstates offers both, by name and figure; a choice selects, Escape closes', async () => {
    const view = world2023();
    const { container, onselect } = renderMap('world', view);
    const svg = container.querySelector('svg')!;
    const [bhr, qat] = [centre(container, 'BHR'), centre(container, 'QAT')];
    const between = { clientX: (bhr.clientX + qat.clientX) / 2, clientY: (bhr.clientY + qat.clientY) / 2 };
    await touchTap(svg, between);
    expect(onselect).not.toHaveBeenCalled();
    const list = screen.getByRole('dialog', { name: '¿Cuál de estos lugares?' });
    const options = [...list.querySelectorAll('button[data-code]')];
    // The two nearest first; their neighbours in the Gulf are as close to a finger, up to a short list's length.
    const codes = options.map((b) => b.getAttribute('data-code'));
    expect(codes.slice(0, 2).sort()).toEqual(['BHR', 'QAT']);
    expect(codes.length).toBeLessThanOrEqual(MAX_CHOICES);
    const qatar = view.places.find((p) => p.code === 'QAT')!;
    expect(list.querySelector('button[data-code="QAT"]')?.textContent).toContain('name of QAT');
    expect(list.querySelector('button[data-code="QAT"]')?.textContent).toContain(String(qatar.value));
    // It takes focus, so a keyboard or screen reader is in it at once.
    await vi.waitFor(() => expect(document.activeElement).toBe(options[0]));
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(options[1]);
    await fireEvent.click(list.querySelector('button[data-code="QAT"]')!);
    expect(onselect).toHaveBeenCalledWith({ kind: 'only', code: 'QAT' });
    expect(screen.queryByRole('dialog')).toBeNull();

    await touchTap(svg, between);
    await fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onselect).toHaveBeenCalledTimes(1);
  });

  it('a mouse click keeps selecting the circle clicked', async () => {
    const { container, onselect } = renderMap('world', world2023());
    const portugal = container.querySelector('circle[data-code="PRT"]')!;
    await fireEvent.pointerDown(portugal, { pointerType: 'mouse', ...centre(container, 'ESP') });
    await fireEvent.click(portugal);
    expect(onselect).toHaveBeenCalledWith({ kind: 'only', code: 'PRT' });
  });

  it('on the Mexico map a tap inside a state selects that state, whatever circle is nearer', async () => {
    const view = entityFigures(data.tables, { process: '2023-2024', measure: 'received' });
    const { container, onselect } = renderMap('mexico', view);
    // At the centre of Jalisco's circle, but the finger came down on Nayarit's shape: Nayarit, as a click has always been.
    await touchTap(container.querySelector('path[data-code="18"]')!, centre(container, '14'));
    expect(onselect).toHaveBeenLastCalledWith({ kind: 'only', code: '18' });
    await touchTap(container.querySelector('path[data-code="14"]')!, centre(container, '14'));
    expect(onselect).toHaveBeenLastCalledWith({ kind: 'only', code: '14' });
  });
});

describe('SymbolMap, details on a narrow map', () => {
  afterEach(() => vi.restoreAllMocks());

  /** A phone's map: MapFrame reads its width from clientWidth, which jsdom leaves at 0. */
  function renderNarrow() {
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(328);
    return renderMap('world', countryFigures(data.tables, { process: '2023-2024', measure: 'received' }));
  }

  it('shows the details in a strip at most a third of the map high, read as a status, with a close button', async () => {
    const { container } = renderNarrow();
    const svg = container.querySelector('svg')!;
    expect(Number(svg.getAttribute('width'))).toBe(328);
    const usa = container.querySelector<SVGElement>('circle[data-code="USA"]')!;
    usa.focus();
    await vi.waitFor(() => expect(container.querySelector('.sheet')).not.toBeNull());
    const sheet = container.querySelector<HTMLElement>('.sheet')!;
    expect(container.querySelector('.tooltip')).toBeNull();
    expect(sheet.querySelector('[role="status"] .tip')?.textContent).toBe('USA');
    expect(parseFloat(sheet.style.maxHeight)).toBe(Math.floor(Number(svg.getAttribute('height')) / 3));
    // The United States is in the top two thirds: the strip runs along the bottom.
    expect(sheet.classList.contains('bottom')).toBe(true);

    const close = screen.getByRole('button', { name: 'Cerrar los detalles' });
    close.focus();
    await fireEvent.click(close);
    expect(container.querySelector('.sheet')).toBeNull();
    // The button went with the strip: focus is back on the place it described.
    expect(document.activeElement).toBe(usa);
  });

  it('stays when the finger leaves the map, and Escape closes it before it clears the selection', async () => {
    const { container, onselect } = renderNarrow();
    const svg = container.querySelector('svg')!;
    await touchTap(svg, centre(container, 'ESP'));
    expect(onselect).toHaveBeenCalledWith({ kind: 'only', code: 'ESP' });
    await fireEvent.pointerLeave(svg, { pointerType: 'touch' });
    await vi.waitFor(() => expect(container.querySelector('.sheet .tip')?.textContent).toBe('ESP'));
    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(container.querySelector('.sheet')).toBeNull();
    expect(onselect).toHaveBeenCalledTimes(1);
  });
});
