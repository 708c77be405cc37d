import { describe, expect, it } from 'vitest';
import type { PlaceFigure } from '../../src/lib/data/mapQueries';
import { labelWidth, placeLabels, placeLabelText, type LabelAnchor } from '../../src/lib/export/placeLabels';
import { translator } from '../../src/lib/i18n/translate';

const place = (patch: Partial<PlaceFigure>): PlaceFigure =>
  ({
    code: '14',
    status: 'value',
    value: 12345,
    quality: 'exact',
    source: null,
    note: null,
    share: null,
    rank: null,
    ...patch,
  }) as PlaceFigure;

describe('placeLabelText', () => {
  const cases = [
    { lang: 'es', p: place({}), expected: 'Jalisco: 12,345' },
    { lang: 'en', p: place({}), expected: 'Jalisco: 12,345' },
    { lang: 'es', p: place({ value: 336, quality: 'derived' }), expected: 'Jalisco: 336 (derivado)' },
    { lang: 'en', p: place({ value: 336, quality: 'uncertain' }), expected: 'Jalisco: 336 (uncertain)' },
    { lang: 'es', p: place({ value: 0, status: 'zero' }), expected: 'Jalisco: 0' },
    // A gap says its state: never a zero.
    { lang: 'es', p: place({ value: null, status: 'notReported', quality: null }), expected: 'Jalisco: No reportado' },
    {
      lang: 'en',
      p: place({ value: null, status: 'notApplicable', quality: null }),
      expected: 'Jalisco: Not applicable',
    },
  ] as const;
  it.each(cases)('$lang → $expected', ({ lang, p, expected }) => {
    expect(placeLabelText(p, 'Jalisco', translator(lang), lang)).toBe(expected);
  });
});

describe('placeLabels', () => {
  const box = { x: 0, y: 0, width: 400, height: 200 };
  const FONT = 15;
  const anchor = (x: number, y: number, text = 'Jalisco: 12,345', r = 5): LabelAnchor => ({ x, y, r, text });
  const rect = (l: { x: number; y: number; width: number }) => ({
    left: l.x,
    right: l.x + l.width,
    top: l.y - FONT,
    bottom: l.y - FONT + Math.ceil(FONT * 1.25),
  });
  const within = (l: { x: number; y: number; width: number }) => {
    const r = rect(l);
    return r.left >= box.x && r.right <= box.x + box.width && r.top >= box.y && r.bottom <= box.y + box.height;
  };
  const apart = (a: ReturnType<typeof rect>, b: ReturnType<typeof rect>) =>
    a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

  type Side = 'right' | 'left' | 'above' | 'below' | 'moved';
  const sideOf = (l: ReturnType<typeof placeLabels>[number], a: LabelAnchor): Side =>
    l.leader !== null ? 'moved' : l.x > a.x ? 'right' : l.x + l.width < a.x ? 'left' : l.y < a.y ? 'above' : 'below';
  const wide = 'Un lugar de nombre largo: 1,234,567';
  const cases: { name: string; anchors: LabelAnchor[]; side: Side[] }[] = [
    { name: 'room on the right: beside the mark, no leader', anchors: [anchor(50, 100)], side: ['right'] },
    { name: 'at the right edge: on the left instead', anchors: [anchor(390, 100)], side: ['left'] },
    {
      name: 'two marks at one spot: the second label goes elsewhere, not over the first',
      anchors: [anchor(200, 100, 'Jalisco: 12,345'), anchor(200, 100, 'Michoacán: 9,876')],
      side: ['right', 'left'],
    },
    {
      name: 'labels wider than either side of the mark: above, below, then moved to a free row with a leader',
      anchors: [anchor(200, 100, wide, 20), anchor(200, 100, wide, 20), anchor(200, 100, wide, 20)],
      side: ['above', 'below', 'moved'],
    },
  ];
  it.each(cases)('$name', ({ anchors, side }) => {
    const labels = placeLabels(anchors, box, FONT);
    expect(labels.map((l) => l.text)).toEqual(anchors.map((a) => a.text));
    labels.forEach((l, i) => {
      expect(within(l)).toBe(true);
      const a = anchors[i];
      expect(sideOf(l, a)).toBe(side[i]);
    });
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) expect(apart(rect(labels[i]), rect(labels[j]))).toBe(true);
  });

  it('many places crowded in one corner: every label inside the image and none over another', () => {
    const anchors = Array.from({ length: 8 }, (_, i) => anchor(395, 195 - i, `Lugar número ${i}: ${i * 1000}`));
    const labels = placeLabels(anchors, box, FONT);
    expect(labels).toHaveLength(8);
    for (const l of labels) expect(within(l)).toBe(true);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) expect(apart(rect(labels[i]), rect(labels[j]))).toBe(true);
  });

  it('estimates a label wider than its characters at 0.5 em', () => {
    expect(labelWidth('Jalisco', 10)).toBeGreaterThan(7 * 5);
  });
});
