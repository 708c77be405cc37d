import { describe, expect, it } from 'vitest';
import {
  PREVIEW_HEIGHT,
  PREVIEW_WIDTH,
  composePreviewSvg,
  escapeXml,
  estimateWidth,
  fitLines,
  type PreviewChart,
  type PreviewText,
} from '../../build/previewCard';

const WIDE: PreviewChart = {
  content: '<g><circle cx="480" cy="200" r="40" fill="#1f6f9f"/></g>',
  width: 960,
  height: 415,
};
const SQUARE: PreviewChart = {
  content: '<g><rect width="960" height="619" fill="#dbe8f3"/></g>',
  width: 960,
  height: 619,
};
const TEXT: PreviewText = {
  site: 'Voto desde el extranjero · Explorador de registros',
  title: 'En qué países viven quienes se registraron para votar desde el extranjero',
  subtitle: 'Solicitudes recibidas · 2023–2024 · Corte al 30 nov 2023',
  source: 'Fuente: Instituto Nacional Electoral (INE), informes de avance del VMRE. Cifras con corte al 30 nov 2023.',
  address: 'example.org/vmre',
};

/** The card parsed as XML, as resvg reads it: a parse error fails the test. */
function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}
const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');

describe('fitLines', () => {
  /** One unit a character: widths are easy to reason about. */
  const chars = (text: string) => text.length;

  it.each([
    ['fits on one line', 'a bb ccc', 20, 3, ['a bb ccc']],
    ['breaks between words', 'aaaa bbbb cccc', 9, 3, ['aaaa bbbb', 'cccc']],
    ['ends the last line it may use with an ellipsis', 'aaaa bbbb cccc dddd', 9, 1, ['aaaa bbb…']],
    ['cuts a word longer than a line', 'abcdefghijklmnop', 6, 2, ['abcde…']],
    ['keeps non-breaking spaces inside a word', 'a\u00a0b c', 3, 2, ['a\u00a0b', 'c']],
    ['returns nothing for nothing', '   ', 10, 2, []],
  ])('%s', (_, text, width, max, lines) => {
    expect(fitLines(text, 1, width, max, 400, (t) => chars(t))).toEqual(lines);
  });

  it('never returns a line wider than asked, whatever the text', () => {
    const long = 'Nombre '.repeat(40) + 'Supercalifragilisticoespialidoso'.repeat(5);
    for (const line of fitLines(long, 40, 470, 4, 700)) expect(estimateWidth(line, 40, 700)).toBeLessThanOrEqual(470);
  });
});

describe('composePreviewSvg', () => {
  it.each([
    ['a wide chart', WIDE],
    ['a squarer chart', SQUARE],
  ])('draws %s on a 1,200 × 630 card with the site, title, subtitle and source', (_, chart) => {
    const doc = parse(composePreviewSvg(chart, TEXT));
    const root = doc.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual([
      String(PREVIEW_WIDTH),
      String(PREVIEW_HEIGHT),
    ]);
    expect(root.getAttribute('viewBox')).toBe('0 0 1200 630');
    const words = texts(doc).join(' ');
    expect(words).toContain(TEXT.site);
    expect(words).toContain('En qué países');
    expect(words).toContain('Corte al 30 nov 2023');
    expect(words).toContain('Fuente: Instituto Nacional Electoral (INE)');
    expect(words).toContain('30 nov 2023.');
    expect(words).toContain(TEXT.address);
  });

  it('fits the chart whole inside the card, keeping its proportions', () => {
    for (const chart of [WIDE, SQUARE]) {
      const doc = parse(composePreviewSvg(chart, TEXT));
      const nested = doc.querySelector('svg > svg')!;
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(nested.getAttribute(a)));
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(x + w).toBeLessThanOrEqual(PREVIEW_WIDTH);
      expect(y + h).toBeLessThanOrEqual(PREVIEW_HEIGHT);
      expect(w / h).toBeCloseTo(chart.width / chart.height, 2);
      expect(nested.getAttribute('viewBox')).toBe(`0 0 ${chart.width} ${chart.height}`);
    }
  });

  it('keeps markup in any text as text', () => {
    const hostile = '<script>alert(1)</script> & "Ñuñoa" \'<img src=x onerror=alert(1)>\' ]]> <!--';
    const svg = composePreviewSvg(WIDE, {
      site: hostile,
      title: hostile,
      subtitle: hostile,
      source: hostile,
      address: 'x"/><script>',
    });
    const doc = parse(svg);
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    expect(svg).not.toContain('<script');
    expect(texts(doc).some((t) => t.includes('<script>alert(1)</script> & "Ñuñoa"'))).toBe(true);
  });

  it('leaves the address out when the build has none', () => {
    const doc = parse(composePreviewSvg(WIDE, { ...TEXT, address: '' }));
    expect(texts(doc)).not.toContain('');
    expect(doc.querySelectorAll('text[text-anchor="end"]')).toHaveLength(0);
  });

  it('cuts a title too long for the card with an ellipsis, in at most two lines over a wide chart', () => {
    const doc = parse(
      composePreviewSvg(WIDE, { ...TEXT, title: 'Dónde viven quienes se registraron desde '.repeat(6) }),
    );
    const big = [...doc.querySelectorAll('text[font-weight="700"]')].filter(
      (t) => Number(t.getAttribute('font-size')) >= 36,
    );
    expect(big).toHaveLength(2);
    expect(big[1]?.textContent?.endsWith('…')).toBe(true);
  });

  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
