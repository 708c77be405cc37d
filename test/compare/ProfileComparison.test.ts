import { render, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import ProfileComparison from '../../src/lib/compare/ProfileComparison.svelte';
import { profileComparison, type ProfileDimension } from '../../src/lib/compare/profileQueries';
import type { LoadedData } from '../../src/lib/data/load';
import { PROCESSES } from '../../src/lib/data/schema';
import { formatNumber, formatPercent } from '../../src/lib/i18n/format';
import type { Lang } from '../../src/lib/i18n/translate';
import { langContext } from '../helpers/context';
import { loadPublished } from '../helpers/publishedData';

let data: LoadedData;
beforeAll(async () => {
  data = await loadPublished();
});

function renderProfile(dimensions: ProfileDimension[], lang: Lang = 'es', placeName = 'Nacional') {
  return render(ProfileComparison, { props: { dimensions, placeName }, context: langContext(lang) });
}

const national = () => profileComparison(data.tables, { processes: PROCESSES, measure: 'received', entity: null });

const section = (container: HTMLElement, dimension: string) =>
  container.querySelector<HTMLElement>(`section[data-dimension="${dimension}"]`)!;

describe('ProfileComparison', () => {
  it('draws one segment per category, sized by share, and a table row per category with count and share', () => {
    const dims = national();
    const { container } = renderProfile(dims);
    const sex = section(container, 'sex');
    const cell = dims.find((d) => d.dimension === 'sex')!.processes.find((p) => p.process === '2023-2024')!;
    if (cell.status !== 'value') throw new Error('expected figures');

    const bar = sex.querySelector('[data-process="2023-2024"] svg')!;
    const rects = [...bar.querySelectorAll('rect')];
    expect(rects.map((r) => r.dataset.category)).toEqual(['men', 'women']);
    const widths = rects.map((r) => Number(r.getAttribute('width')));
    const full = widths.reduce((s, w) => s + w, 0);
    cell.categories.forEach((c, i) => expect(widths[i] / full).toBeCloseTo(c.share!, 6));
    expect(bar.getAttribute('aria-label')).toContain(`Hombres ${formatPercent(cell.categories[0].share!, 'es')}`);

    const table = within(sex).getByRole('table');
    const men = within(table).getByRole('row', { name: /^Hombres/ });
    const figure = men.querySelector('td[data-process="2023-2024"]')!;
    expect(figure.textContent).toContain(formatNumber(cell.categories[0].value, 'es'));
    expect(figure.textContent).toContain(formatPercent(cell.categories[0].share!, 'es'));
    expect(figure.getAttribute('title')).toContain(cell.categories[0].source);
    expect(within(table).getByRole('row', { name: /Suma de las categorías/ }).textContent).toContain(
      formatNumber(cell.total!, 'es'),
    );
    expect(within(table).getByRole('row', { name: /^Fuente/ }).textContent).toContain(cell.categories[0].source);
  });

  it('a process that does not report a dimension shows the words, never a bar', () => {
    const { container } = renderProfile(national());
    const modality = section(container, 'voting_modality');
    const row = modality.querySelector<HTMLElement>('.row[data-process="2017-2018"]')!;
    expect(row.querySelector('svg')).toBeNull();
    expect(row.textContent).toContain('No reportado');
    const gap = modality.querySelector('td[data-process="2017-2018"]')!;
    expect(gap.textContent).toContain('No reportado');
    expect(gap.getAttribute('rowspan')).toBe(String(3 + 1));
    expect(modality.textContent).not.toMatch(/\b0(\.0)?\s?%/);
  });

  it('a category a process lacks is "not listed", not zero', () => {
    const { container } = renderProfile(national());
    const inPerson = within(section(container, 'voting_modality')).getByRole('row', { name: /^Presencial/ });
    expect(inPerson.querySelector('td[data-process="2020-2021"]')!.textContent).toBe('no figura');
  });

  it('an entity without vote from abroad in a process is "not applicable"; mean age is a number in years', () => {
    const dims = profileComparison(data.tables, { processes: PROCESSES, measure: 'received', entity: '01' });
    const { container } = renderProfile(dims, 'es', 'Aguascalientes');
    const row = section(container, 'sex').querySelector('.row[data-process="2020-2021"]')!;
    expect(row.getAttribute('data-status')).toBe('notApplicable');
    expect(row.textContent).toContain('No aplica');
    const mean = dims.find((d) => d.dimension === 'mean_age')!.processes.find((p) => p.process === '2023-2024')!;
    if (mean.status !== 'value') throw new Error('expected a mean');
    expect(section(container, 'mean_age').textContent).toContain(
      `${formatNumber(mean.categories[0].value, 'es')} años`,
    );
    expect(section(container, 'mean_age').querySelector('svg[role="img"]')).toBeNull();
    expect(within(section(container, 'sex')).getByRole('table', { name: /Aguascalientes/ })).toBeTruthy();
  });

  it('follows the language: English labels and number formats', () => {
    const { container } = renderProfile(national(), 'en', 'National');
    expect(within(container).getByRole('heading', { name: 'Voting method' })).toBeTruthy();
    const modality = section(container, 'voting_modality');
    expect(within(modality).getByRole('row', { name: /^In person/ })).toBeTruthy();
    expect(modality.querySelector('.row[data-process="2017-2018"]')!.textContent).toContain('Not reported');
    expect(within(section(container, 'age_group')).getByRole('row', { name: /^65 and over/ })).toBeTruthy();
    expect(container.textContent).not.toContain('Hombres');
  });

  it('shows derived and uncertain figures as such, in the bar and in the table', () => {
    const dims = national();
    const sex = dims.find((d) => d.dimension === 'sex')!;
    // The published 2017-18 split by sex is derived; make one 2020-21 figure uncertain to see both marks.
    const marked: ProfileDimension = {
      ...sex,
      processes: sex.processes.map((p) =>
        p.status === 'value' && p.process === '2020-2021'
          ? { ...p, categories: p.categories.map((c, i) => (i === 0 ? { ...c, quality: 'uncertain' as const } : c)) }
          : p,
      ),
    };
    const { container } = renderProfile([marked]);
    const derivedRect = container.querySelector('.row[data-process="2017-2018"] rect[data-category="men"]')!;
    expect(derivedRect.getAttribute('class')).toContain('quality-derived');
    const uncertainRect = container.querySelector('.row[data-process="2020-2021"] rect[data-category="men"]')!;
    expect(uncertainRect.getAttribute('class')).toContain('quality-uncertain');
    expect(container.querySelector('.row[data-process="2017-2018"]')!.textContent).toContain('derivado');
    const men = within(container).getByRole('row', { name: /^Hombres/ });
    expect(men.querySelector('td[data-process="2017-2018"]')!.textContent).toContain('derivado');
    expect(men.querySelector('td[data-process="2020-2021"]')!.textContent).toContain('incierto');
    expect(men.querySelector('td[data-process="2023-2024"]')!.textContent).not.toMatch(/derivado|incierto/);
  });

  it('says when categories do not add up to the published total, and keeps the shares of the sum', () => {
    const sex = national().find((d) => d.dimension === 'sex')!;
    const off: ProfileDimension = {
      ...sex,
      processes: sex.processes.map((p) =>
        p.status === 'value' && p.process === '2023-2024' ? { ...p, measureTotal: 60000 } : p,
      ),
    };
    const { container } = renderProfile([off]);
    expect(container.querySelector('.mismatch')!.textContent).toContain(formatNumber(60000, 'es'));
    expect(renderProfile(national()).container.querySelector('.mismatch')).toBeNull();
  });

  it('with nothing reported, says so', () => {
    const { container } = renderProfile([], 'en', 'Zacatecas');
    expect(container.textContent).toContain('The reports do not publish the profile of Zacatecas');
  });
});
