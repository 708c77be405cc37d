import { describe, expect, it } from 'vitest';
import { chartPage, resolveValue } from '../../build/chartStyles';

describe('resolveValue', () => {
  const tokens: Record<string, string> = {
    '--ink': '#1a1d21',
    '--map-land': 'light-dark(#e7e5e4, #2b2f35)',
    '--alias': 'var(--ink)',
    '--rgb': 'light-dark(rgb(1, 2, 3), rgb(4, 5, 6))',
  };
  const lookup = (name: string) => tokens[name] ?? null;

  it.each([
    ['a plain value', '0.75', '0.75'],
    ['a custom property', 'var(--ink)', '#1a1d21'],
    ['a light-dark() token, on its light side', 'var(--map-land)', '#e7e5e4'],
    ['a property naming another', 'var(--alias)', '#1a1d21'],
    ['light-dark() of functions', 'var(--rgb)', 'rgb(1, 2, 3)'],
    ['a fallback when the property is not defined', 'var(--none, #fff)', '#fff'],
    ['several in one value', 'var(--ink) var(--alias)', '#1a1d21 #1a1d21'],
  ])('resolves %s', (_, value, resolved) => {
    expect(resolveValue(value, lookup)).toBe(resolved);
  });

  it('fails on a property nothing defines, rather than painting black', () => {
    expect(() => resolveValue('var(--renamed)', lookup)).toThrow(/--renamed is not defined/);
  });

  it('fails on properties that refer to each other', () => {
    expect(() => resolveValue('var(--a)', (n) => (n === '--a' ? 'var(--b)' : 'var(--a)'))).toThrow(/loop/);
  });
});

describe('chartPage', () => {
  const CSS = `
    :root { --land: #e7e5e4; --symbol: #1f6f9f; --line: #000; }
    @supports (color: light-dark(#000, #fff)) { :root { --land: light-dark(#e7e5e4, #2b2f35); } }
    .shape:not([fill]) { fill: var(--land); stroke: #fff; stroke-width: 0.5; }
    .sym { fill: var(--symbol); fill-opacity: 0.75; }
    .sym.quality-uncertain { stroke: #9a3412; stroke-dasharray: 3 2; }
    .line .seg { stroke: var(--line); }
    .sr-only { display: none; }
    text { font-size: 12px; }
  `;
  const MARKUP = `
    <svg id="map" viewBox="0 0 100 50" role="group" aria-label="Mapa" class="svelte-x">
      <defs><pattern id="p"><rect class="bg" width="6" height="6"/></pattern></defs>
      <path class="shape" d="M0,0h10v10z" data-code="MEX" tabindex="0" role="button"/>
      <path class="shape" fill="url(#p)" d="M0,0h5v5z"/>
      <circle class="sym quality-uncertain" cx="5" cy="5" r="2"><title>España: 1 234</title></circle>
      <g class="line" style="--line: #e69f00"><line class="seg" x1="0" x2="1" y1="0" y2="1"/></g>
      <text class="sr-only">oculto</text>
      <text x="1" y="2">Ñuñoa &amp; &lt;b&gt;</text>
    </svg>`;

  const chart = () => {
    const { map } = chartPage(MARKUP, CSS).charts({ map: (d) => d.querySelector('#map') });
    const doc = new DOMParser().parseFromString(
      `<svg xmlns="http://www.w3.org/2000/svg">${map.content}</svg>`,
      'image/svg+xml',
    );
    expect(doc.querySelector('parsererror')).toBeNull();
    return { map, doc };
  };

  it('keeps the chart’s size from its viewBox', () => {
    expect(chart().map).toMatchObject({ width: 100, height: 50 });
  });

  it('writes what the stylesheet sets as attributes, custom properties and light-dark() resolved', () => {
    const { doc } = chart();
    const [land, patterned] = [...doc.querySelectorAll('path')];
    expect(land?.getAttribute('fill')).toBe('#e7e5e4');
    // jsdom writes a literal colour as rgb(), a custom property's value as written; resvg reads both.
    expect(land?.getAttribute('stroke')).toBe('rgb(255, 255, 255)');
    expect(land?.getAttribute('stroke-width')).toMatch(/^0\.5(px)?$/);
    const circle = doc.querySelector('circle');
    expect(circle?.getAttribute('fill')).toBe('#1f6f9f');
    expect(circle?.getAttribute('fill-opacity')).toBe('0.75');
    expect(circle?.getAttribute('stroke')).toBe('rgb(154, 52, 18)');
    // A shape whose fill is its own attribute (a gap's pattern) keeps it: no rule of the page set another.
    expect(patterned?.getAttribute('fill')).toBe('url(#p)');
  });

  it('resolves a custom property set on an ancestor’s style attribute', () => {
    expect(chart().doc.querySelector('line')?.getAttribute('stroke')).toBe('#e69f00');
  });

  it('leaves out what the page hides, tooltips, classes, roles and data attributes', () => {
    const { doc, map } = chart();
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['Ñuñoa & <b>']);
    expect(doc.querySelector('title')).toBeNull();
    expect(map.content).not.toMatch(/\b(class|role|tabindex|aria-label|data-code|style)=/);
  });

  it('fails the build when the chart is not on the page', () => {
    expect(() => chartPage(MARKUP, CSS).charts({ world: () => null })).toThrow(/no world chart/);
  });
});
