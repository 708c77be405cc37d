import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import ComparisonSection from '../../src/lib/compare/ComparisonSection.svelte';
import type { LoadedData } from '../../src/lib/data/load';
import type { Lang } from '../../src/lib/i18n/translate';
import type { UrlState } from '../../src/lib/state/url';
import { hrefOf, pageContext } from '../helpers/context';
import { loadPublished } from '../helpers/publishedData';
import { readRows } from '../published/files';

let data: LoadedData;
beforeAll(async () => {
  data = await loadPublished();
});

const names = { country: (c: string) => `country ${c}`, entity: (e: string) => `entity ${e}` };

function show(patch: Partial<UrlState> = {}, lang: Lang = 'es', embedded = false) {
  const { state, context } = pageContext({ href: hrefOf({ ...patch, lang }) });
  const result = render(ComparisonSection, {
    props: { data, names, embedded, methodsHref: '?view=methods' },
    context,
  });
  const caveats = () =>
    [...result.container.querySelectorAll('[data-caveat]')].map((li) => li.getAttribute('data-caveat'));
  return { ...result, state, caveats };
}

const received = (process: string, entity: string) =>
  readRows('by_entity.csv').find((r) => r.process === process && r.measure === 'received' && r.entity_code === entity)!;

describe('ComparisonSection', { timeout: 20_000 }, () => {
  it('national: totals over different coverage, with the coverage caveat and no change computed', () => {
    const { caveats } = show();
    expect(caveats()).toEqual(expect.arrayContaining(['coverage', 'requestTypes', 'electionsDiffer', 'preliminary']));
    const table = screen.getByRole('table', { name: /Valores y cambios de Nacional/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-process'))).toEqual(['2017-2018', '2020-2021', '2023-2024']);
    expect(rows[1]!.textContent).toContain('no comparable: distinta cobertura de entidades');
  });

  it('same coverage: the subtitle names the shared entities and the coverage caveat gives way to its own', () => {
    const { caveats, container } = show({ coverage: 'same', compare: ['2020-2021', '2023-2024'] });
    const shared = readRows('coverage.csv').filter((r) => r.process === '2020-2021' && r.vote_from_abroad !== 'none');
    expect(container.querySelector('.subtitle')!.textContent).toContain(`solo las ${shared.length} entidades`);
    expect(caveats()).toContain('sameCoverage');
    expect(caveats()).not.toContain('coverage');
    expect(container.querySelector('svg[data-scope="national"]')!.getAttribute('data-coverage')).toBe('same');
  });

  it('an entity: the three values from by_entity.csv, the caveats for it, and each explanation one step away', () => {
    const { caveats, container } = show({ entities: ['14'] });
    const values = [...container.querySelectorAll('.figure svg[data-scope="entity:14"] g.point')].map((g) =>
      g.getAttribute('data-value'),
    );
    expect(values).toEqual(['2017-2018', '2020-2021', '2023-2024'].map((p) => received(p, '14').value));
    expect(caveats()).toEqual(['requestTypes', 'electionsDiffer', 'derived', 'preliminary']);
    const details = container.querySelector('[data-caveat="requestTypes"] details')!;
    expect(details.querySelector('summary')!.textContent).toContain('Tipos de solicitud distintos');
    expect(details.querySelector('a')!.getAttribute('href')).toBe('?view=methods');
  });

  it.each([
    [['2020-2021', '2023-2024'], ['2020–2021 cuenta SIILNERE', '2023–2024'], ['2017–2018']],
    [['2017-2018', '2023-2024'], ['2017–2018 suma SIILNERE', '2023–2024'], ['2020–2021']],
    [['2017-2018', '2020-2021', '2023-2024'], ['2017–2018 suma', '2020–2021 cuenta', '2023–2024'], []],
  ] as const)('the request-types caveat names only the compared processes (%j)', (compare, named, absent) => {
    const { container } = show({ entities: ['14'], compare });
    const line = container.querySelector('[data-caveat="requestTypes"] summary')!.textContent!;
    for (const text of named) expect(line).toContain(text);
    for (const text of absent) expect(line).not.toContain(text);
  });

  it('a change that cannot be computed for a missing figure does not read as “no change”', () => {
    // Aguascalientes: not itemized in 2017-18, no vote from abroad in 2020-21, a figure in 2023-24.
    const { container } = show({ entities: ['01'], compare: ['2017-2018', '2020-2021', '2023-2024'] });
    const text = container.querySelector('table.changes')!.textContent!;
    expect(text).toContain('no calculable: falta una cifra');
    expect(text).not.toMatch(/sin cambio/);
  });

  it('two entities: a line each whose values equal by_entity.csv, a table each, and both multiples marked', async () => {
    const { container, state } = show({ entities: ['14', '16'] });
    const chart = container.querySelector('.figure svg[data-lines="2"]')!;
    for (const entity of ['14', '16']) {
      const values = [...chart.querySelectorAll(`g.line[data-scope="entity:${entity}"] g.point`)].map((g) =>
        g.getAttribute('data-value'),
      );
      // A process that does not itemize the entity is no point at all, never one at zero.
      const published = ['2017-2018', '2020-2021', '2023-2024']
        .map((p) =>
          readRows('by_entity.csv').find(
            (r) => r.process === p && r.measure === 'received' && r.entity_code === entity,
          ),
        )
        .filter((r) => r !== undefined && r.value !== '')
        .map((r) => r!.value);
      expect(values).toEqual(published);
      expect(values.length).toBeGreaterThanOrEqual(2);
      expect(screen.getByRole('table', { name: new RegExp(`Valores y cambios de entity ${entity}`) })).toBeTruthy();
    }
    expect(container.querySelector('.title')!.textContent).toBe('entity 14 y entity 16');
    expect([...container.querySelectorAll('.places li')].map((li) => li.textContent)).toEqual([
      'entity 14',
      'entity 16',
    ]);
    const marked = [...container.querySelectorAll('.multiples > li.selected')].map((li) =>
      li.getAttribute('data-scope'),
    );
    expect(marked.sort()).toEqual(['entity:14', 'entity:16']);
    // Shift on a panel's name adds its place, as on the maps.
    const jalisco = container.querySelector('.multiples > li[data-scope="entity:09"] button')!;
    await fireEvent.click(jalisco, { shiftKey: true });
    expect(state.entities).toEqual(['14', '16', '09']);
  });

  it('a measure only one process reports says there is nothing to compare', () => {
    show({ measure: 'received_sive' });
    expect(screen.getByRole('status').textContent).toContain('Solo 2017–2018 reporta');
  });

  it('small multiples: one per entity, sorted by level, and a name selects that entity', async () => {
    const { container, state } = show();
    const panels = [...container.querySelectorAll('.multiples > li')];
    expect(panels).toHaveLength(32);
    const latest2023 = readRows('by_entity.csv')
      .filter((r) => r.process === '2023-2024' && r.measure === 'received')
      .sort((a, b) => Number(b.value) - Number(a.value));
    expect(panels.slice(0, 3).map((p) => p.getAttribute('data-scope'))).toEqual(
      latest2023.slice(0, 3).map((r) => `entity:${r.entity_code}`),
    );
    await fireEvent.click(within(panels[1] as HTMLElement).getByRole('button'));
    expect(state.entities).toEqual([latest2023[1]!.entity_code]);
  });

  it('small multiples of countries, sorted by change, in English', () => {
    const { container } = show(
      { multiples: 'country', sort: 'change', coverage: 'same', compare: ['2020-2021', '2023-2024'] },
      'en',
    );
    const panels = [...container.querySelectorAll('.multiples > li')];
    expect(panels.length).toBeGreaterThan(0);
    expect(panels.length).toBeLessThanOrEqual(12);
    expect(container.textContent).toContain('The 12 countries with the most requests');
  });

  it('choosing processes and coverage goes through the state; the last two processes cannot be unticked', async () => {
    const { state } = show({ compare: ['2020-2021', '2023-2024'] });
    const boxes = screen.getAllByRole('checkbox');
    const [b2017, b2020, b2023, same] = boxes as HTMLInputElement[];
    expect([b2017!.checked, b2020!.disabled, b2023!.disabled]).toEqual([false, true, true]);
    await fireEvent.click(b2017!);
    expect(state.compare).toEqual(['2017-2018', '2020-2021', '2023-2024']);
    await fireEvent.click(same!);
    expect(state.coverage).toBe('same');
  });

  it('embedded: the chart, table and caveats without the small multiples', () => {
    const { container } = show({ entities: ['14'] }, 'es', true);
    expect(container.querySelector('svg[data-scope="entity:14"]')).not.toBeNull();
    expect(container.querySelector('.multiples')).toBeNull();
  });
});
