import { describe, expect, it } from 'vitest';
import { EXPORT_WIDTH, composeChartSvg, legendFromDom, wrap } from '../../src/lib/export/chartImage';

describe('wrap', () => {
  it('breaks text into lines that fit the width, keeping every word in order', () => {
    const text = 'Las cifras son preliminares: cada informe cuenta las solicitudes a su fecha de corte.';
    const lines = wrap(text, 20, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(200 / 11));
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
    const { svg, width, height } = composeChartSvg(map, {
      title: 'Entidad de origen',
      subtitle: 'Solicitudes recibidas · 2023–2024',
      lines: ['Solo registrantes que viven en <España>'],
      legend: legendFromDom(legend),
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
