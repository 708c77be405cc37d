import { describe, expect, it } from 'vitest';
import {
  EXPORT_WIDTH,
  captureChart,
  capturesByTheme,
  composeChartSvg,
  legendFromDom,
  wrap,
} from '../../src/lib/export/chartImage';

describe('wrap', () => {
  it('breaks text into lines that fit the width, keeping every word in order', () => {
    const text = 'Las cifras son preliminares: cada informe cuenta las solicitudes a su fecha de corte.';
    const lines = wrap(text, 20, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(200 / 11));
  });

  it('fits fewer characters of bold type (wider glyphs) on a line', () => {
    const title = 'En qué países viven quienes se registraron para votar desde el extranjero';
    const regular = wrap(title, 28, 1136);
    const bold = wrap(title, 28, 1136, 0.62);
    expect(regular).toHaveLength(1);
    expect(bold.length).toBe(2);
    for (const line of bold) expect(line.length).toBeLessThanOrEqual(Math.floor(1136 / (28 * 0.62)));
  });
});

describe('composeChartSvg', () => {
  function fixture() {
    document.body.innerHTML = `
      <svg role="group" viewBox="0 0 400 200" width="400" height="200"><path d="M0,0L10,10" class="shape" /><circle r="5" /></svg>
      <div class="legend"><ul><li><svg width="18" height="18" aria-hidden="true"><rect width="16" height="16" /></svg><span>No aplica</span></li></ul></div>`;
    return {
      map: document.querySelector('svg') as SVGSVGElement,
      legend: document.querySelector('.legend') as Element,
    };
  }

  it('frames the map with title, filter, legend, summary, caveats, source and address, as text', () => {
    const { map, legend } = fixture();
    const { svg, width, height } = composeChartSvg(captureChart(map, legend), {
      title: 'Entidad de origen',
      subtitle: 'Solicitudes recibidas · 2023–2024',
      lines: ['Solo registrantes que viven en <España>'],
      summary: 'Ciudad de México concentra 25.0% del total.',
      caveats: ['Las cifras son preliminares.'],
      source: 'Fuente: Instituto Nacional Electoral (INE), informes de avance del VMRE.',
      credit: 'Geometría: Natural Earth.',
      url: 'https://example.test/?country=ESP&entity=20',
    });
    expect(width).toBe(EXPORT_WIDTH);
    expect(height).toBeGreaterThan(200);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    for (const expected of [
      'Entidad de origen',
      'Solo registrantes que viven en <España>',
      'No aplica',
      '· Las cifras son preliminares.',
      'https://example.test/?country=ESP&entity=20',
    ]) {
      expect(texts).toContain(expected);
    }
    expect(texts.join(' ')).toContain('Fuente: Instituto Nacional Electoral (INE)');
    // The map is inside, stripped of its interactive attributes, with its presentation written in.
    const inner = doc.querySelector('svg svg');
    expect(inner?.getAttribute('role')).toBeNull();
    expect(inner?.querySelector('path')?.hasAttribute('class')).toBe(false);
    expect(doc.documentElement.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
  });
});

describe('the image theme', () => {
  const frame = {
    title: 'Título',
    subtitle: 'Subtítulo',
    lines: [],
    summary: 'Resumen',
    caveats: [],
    source: 'Fuente: INE',
    credit: '',
    url: 'https://example.test/',
  };
  const background = (svg: string) =>
    new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('rect')?.getAttribute('fill');
  const titleFill = (svg: string) =>
    new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('text')?.getAttribute('fill');

  it.each([
    ['light', '#ffffff', '#1a1d21'],
    ['dark', '#1d2024', '#e6e8eb'],
  ] as const)('a %s image has its background and ink, and leaves the page in its own theme', (theme, bg, ink) => {
    document.body.innerHTML = '<svg role="group" viewBox="0 0 40 20"><circle r="5" /></svg>';
    document.documentElement.dataset.theme = 'dark';
    const capture = captureChart(document.querySelector('svg') as SVGSVGElement, null, { theme });
    expect(capture.theme).toBe(theme);
    expect(document.documentElement.dataset.theme).toBe('dark');
    delete document.documentElement.dataset.theme;
    const { svg } = composeChartSvg(capture, frame);
    expect(background(svg)).toBe(bg);
    expect(titleFill(svg)).toBe(ink);
  });

  it('captures each theme once, when it is first asked for', () => {
    const taken: string[] = [];
    const capture = capturesByTheme((theme) => {
      taken.push(theme);
      document.body.innerHTML = '<svg role="group" viewBox="0 0 40 20"></svg>';
      return captureChart(document.querySelector('svg') as SVGSVGElement, null, { theme });
    });
    expect(capture('light')).toBe(capture('light'));
    expect(capture('dark').theme).toBe('dark');
    capture('dark');
    expect(taken).toEqual(['light', 'dark']);
  });
});

describe('captureChart and composeChartSvg: what the reader typed, the legend kept, the places labelled', () => {
  const frame = {
    title: '',
    subtitle: 'Solicitudes recibidas',
    lines: [],
    summary: '',
    caveats: [],
    source: 'Fuente: INE. Cifras con corte al 30 de noviembre de 2023.',
    credit: '',
    url: 'https://example.test/',
  };
  function fixture() {
    document.body.innerHTML = `
      <svg role="group" viewBox="0 0 400 200" width="400" height="200">
        <path d="M0,0L10,10" data-code="14" /><circle cx="390" cy="100" r="8" data-code="USA" /><circle cx="50" cy="60" r="0" data-code="CAN" />
      </svg>
      <div class="legend"><ul>
        <li data-status="value"><svg width="18" height="18"><rect width="16" height="16" /></svg><span>Con solicitudes</span></li>
        <li data-status="notApplicable"><svg width="18" height="18"><rect width="16" height="16" /></svg><span>No aplica</span></li>
        <li><svg width="18" height="18"><circle r="6" /></svg>Derivado</li>
      </ul></div>`;
    return {
      map: document.querySelector('svg') as SVGSVGElement,
      legend: document.querySelector('.legend') as Element,
    };
  }
  const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

  it('escapes hostile text typed in the title: it stays text, and no element comes of it', () => {
    const { map, legend } = fixture();
    const hostile = '</text><script>alert(1)</script><a href="javascript:alert(2)">x</a> & <!-- -->';
    const { svg } = composeChartSvg(captureChart(map, legend), {
      ...frame,
      title: hostile,
      subtitle: '<img onerror=x>',
    });
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('script, a, img, foreignObject')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(texts).toContain('</text><script>alert(1)</script>');
    expect(texts).toContain('<img onerror=x>');
    expect(svg).not.toContain('<script');
  });

  it('keeps only the legend entries asked for, and labels an entry by its own text when it has no span', () => {
    const { map, legend } = fixture();
    const keep = (entry: Element) => entry.getAttribute('data-status') !== 'notApplicable';
    expect(legendFromDom(legend, keep).map((i) => i.label)).toEqual(['Con solicitudes', 'Derivado']);
    const { svg } = composeChartSvg(captureChart(map, legend, { keepLegend: keep }), frame);
    const texts = [...parse(svg).querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Con solicitudes');
    expect(texts).not.toContain('No aplica');
  });

  it('labels every selected place the chart draws, inside the image, and none it does not', () => {
    const { map, legend } = fixture();
    const marks = [
      { code: 'USA', text: 'Estados Unidos: 123,456' },
      { code: 'CAN', text: 'Canadá: No reportado' },
      { code: 'ZZZ', text: 'Nowhere: 1' },
    ];
    const { svg, width } = composeChartSvg(captureChart(map, legend, { marks }), frame);
    const labels = [...parse(svg).querySelectorAll('text.place-label')];
    expect(labels.map((l) => l.textContent)).toEqual(['Estados Unidos: 123,456', 'Canadá: No reportado']);
    // USA sits at the right edge: its label goes to the left of it rather than off the image.
    const usa = labels[0];
    const x = Number(usa.getAttribute('x'));
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x + (usa.textContent ?? '').length * 15 * 0.6).toBeLessThanOrEqual(width);
  });
});
