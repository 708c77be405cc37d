import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import TimeSeriesChart from '../../src/lib/compare/TimeSeriesChart.svelte';
import { caveatsFor, changeBetween, type Series, type SeriesPoint } from '../../src/lib/compare/series';
import { langContext } from '../helpers/context';

function point(process: SeriesPoint['process'], cutoff: string, over: Partial<SeriesPoint> = {}): SeriesPoint {
  return {
    process,
    cutoff,
    status: 'value',
    value: 100,
    quality: 'exact',
    source: 'src',
    note: null,
    gapReason: null,
    coverage: ['14'],
    restricted: false,
    fromRoundedShare: false,
    elections: ['local'],
    ...over,
  } as SeriesPoint;
}

function seriesOf(points: SeriesPoint[]): Series {
  const changes = points.slice(1).map((to, i) => changeBetween(points[i]!, to));
  return {
    scope: { kind: 'entity', entity: '14' },
    measure: 'received',
    processes: [...new Set(points.map((p) => p.process))],
    coverageMode: 'all',
    shared: null,
    points,
    changes,
    caveats: caveatsFor({ points, changes, shared: null }),
  };
}

const domain = [new Date('2017-01-01T00:00:00Z'), new Date('2025-01-01T00:00:00Z')] as const;

function draw(series: Series) {
  const { container } = render(TimeSeriesChart, {
    props: { series, xDomain: domain, label: 'serie' },
    context: langContext('es'),
  });
  return container.querySelector('svg')!;
}

describe('TimeSeriesChart', () => {
  it('joins consecutive points that both have a value', () => {
    const svg = draw(
      seriesOf([
        point('2017-2018', '2017-11-30', { value: 50 }),
        point('2020-2021', '2020-11-30', { value: 80 }),
        point('2023-2024', '2023-11-30', { value: 120 }),
      ]),
    );
    expect(svg.querySelectorAll('.ts-segment')).toHaveLength(2);
    expect(svg.querySelectorAll('g.point')).toHaveLength(3);
  });

  it('a missing point breaks the line: no segment across it, a labelled guide instead of a point at zero', () => {
    const svg = draw(
      seriesOf([
        point('2017-2018', '2017-11-30', { value: 50 }),
        point('2020-2021', '2020-11-30', { status: 'notApplicable', value: null, quality: null }),
        point('2023-2024', '2023-11-30', { value: 120 }),
      ]),
    );
    expect(svg.querySelectorAll('.ts-segment')).toHaveLength(0);
    expect(svg.querySelectorAll('g.point')).toHaveLength(2);
    const gap = svg.querySelector('g.gap')!;
    expect(gap.getAttribute('data-status')).toBe('notApplicable');
    expect(gap.querySelector('circle')).toBeNull();
    expect(gap.textContent).toContain('No aplica');
  });

  it('points that count different entities are not joined', () => {
    const svg = draw(
      seriesOf([
        point('2020-2021', '2020-11-30', { coverage: ['03', '14'] }),
        point('2023-2024', '2023-11-30', { coverage: ['01', '03', '14'] }),
      ]),
    );
    expect(svg.querySelectorAll('g.point')).toHaveLength(2);
    expect(svg.querySelectorAll('.ts-segment')).toHaveLength(0);
  });

  it('derived and uncertain points are marked apart from exact ones', () => {
    const svg = draw(
      seriesOf([
        point('2017-2018', '2017-11-30', { quality: 'derived' }),
        point('2020-2021', '2020-11-30', { quality: 'uncertain' }),
        point('2023-2024', '2023-11-30'),
      ]),
    );
    const dots = [...svg.querySelectorAll('circle.ts-dot')];
    expect(dots.map((d) => d.classList.contains('quality-derived'))).toEqual([true, false, false]);
    expect(dots.map((d) => d.classList.contains('quality-uncertain'))).toEqual([false, true, false]);
    expect(dots[2]!.getAttribute('class')).toContain('quality-exact');
  });

  it('two cut-offs in one process are two points on the time axis, in date order, joined', () => {
    const svg = draw(
      seriesOf([point('2023-2024', '2023-11-30', { value: 100 }), point('2023-2024', '2024-01-31', { value: 150 })]),
    );
    const [a, b] = [...svg.querySelectorAll('circle.ts-dot')].map((c) => Number(c.getAttribute('cx')));
    expect(a).toBeLessThan(b!);
    expect(svg.querySelectorAll('.ts-segment')).toHaveLength(1);
    // One process label for both cut-offs.
    expect([...svg.querySelectorAll('.x-label')].map((l) => l.textContent)).toEqual(['2023–2024']);
  });
});
