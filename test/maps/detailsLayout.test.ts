import { describe, expect, it } from 'vitest';
import { detailsLayout, NARROW_MAP } from '../../src/lib/maps/detailsLayout';

describe('detailsLayout', () => {
  const cases: { name: string; args: [number, number, number]; expected: ReturnType<typeof detailsLayout> }[] = [
    { name: 'a wide map keeps the tooltip', args: [NARROW_MAP, 300, 10], expected: { kind: 'tooltip' } },
    {
      name: 'a phone’s map: a strip along the bottom, a third of its height',
      args: [328, 142, 30],
      expected: { kind: 'sheet', edge: 'bottom', maxHeight: 47 },
    },
    {
      name: 'a place in the bottom third: the strip goes on top, so the place stays visible',
      args: [328, 142, 120],
      expected: { kind: 'sheet', edge: 'top', maxHeight: 47 },
    },
  ];
  for (const c of cases) it(c.name, () => expect(detailsLayout(...c.args)).toEqual(c.expected));
});
