/**
 * The key facts of a selection of several places (or a region): the sum in
 * the headline, then a sentence per selected place. A sum adds only figures
 * with a value; a selected place that is a gap is named with its state,
 * never counted as zero, and a sum with a derived or uncertain member is
 * derived. With places selected on both maps, the sum is of their cells.
 */
import type { Dataset } from '../data/dataset';
import type { MapFigures, PlaceFigure } from '../data/mapQueries';
import type { PlaceNamer } from '../data/names';
import type { CountryCode, EntityCode, Measure, Process, Quality } from '../data/schema';
import { formatList, formatPercent, formatProcess } from '../i18n/format';
import type { Lang, Translate } from '../i18n/translate';
import type { KeyFact, KeyFacts } from './keyFacts';
import { amount } from './amount';
import { unavailableKey } from '../maps/mapText';

export interface SelectionQuery {
  process: Process;
  measure: Measure;
  /** Every country the selection stands for (picked ones and a region's members). */
  countries: readonly CountryCode[];
  entities: readonly EntityCode[];
  /** The countries in words: a region's name, or the picked countries' ("España y Portugal"). */
  countriesName: string | null;
  entitiesName: string | null;
  /** The countries picked one by one (not a region's members), each given a sentence. */
  picked: readonly CountryCode[];
  /** The country × entity cells could not be read. */
  cellsFailed?: boolean;
}

export interface FactTools {
  date: string;
  cite: (source: string | null) => string;
  t: Translate;
  lang: Lang;
  names: PlaceNamer;
}

/** The figures of the selected places, summed: value, quality, and the places that are gaps. */
export interface PlacesSum {
  value: number | null;
  quality: Quality;
  /** Selected places with a value (a zero counts). */
  counted: PlaceFigure[];
  /** Selected places the map has as a gap, and those it does not list at all. */
  gaps: { code: string; status: PlaceFigure['status'] | 'notListed' }[];
  /** The source of the counted figures when they share one, else null. */
  source: string | null;
}

export function sumPlaces(figures: MapFigures, codes: readonly string[]): PlacesSum {
  const counted: PlaceFigure[] = [];
  const gaps: PlacesSum['gaps'] = [];
  for (const code of codes) {
    const p = figures.places.find((x) => x.code === code);
    if (p === undefined) gaps.push({ code, status: 'notListed' });
    else if (p.value === null) gaps.push({ code, status: p.status });
    else counted.push(p);
  }
  const value = counted.length === 0 ? null : counted.reduce((n, p) => n + (p.value ?? 0), 0);
  const quality: Quality =
    counted.length === 1
      ? (counted[0].quality ?? 'exact')
      : counted.every((p) => p.quality === 'exact')
        ? 'exact'
        : 'derived';
  const sources = [...new Set(counted.map((p) => p.source))];
  return { value, quality, counted, gaps, source: sources.length === 1 ? (sources[0] ?? null) : null };
}

export function selectionFacts(dataset: Dataset, q: SelectionQuery, tools: FactTools): KeyFacts {
  const { t, lang, names, date, cite } = tools;
  const facts: KeyFact[] = [];
  const fact = (text: string, source: string | null): KeyFact => ({ text, citation: cite(source) });
  const amountOf = (value: number, quality: Quality, note: string | null = null) =>
    amount({ value, quality, note }, q.measure, t, lang);
  const cross = q.countries.length > 0 && q.entities.length > 0;

  // A selected country whose cross-tab row is damaged cannot be split by entity: the sum leaves it out and says so.
  const attributable = cross
    ? (dataset.regionSelection({ process: q.process, measure: q.measure }, q.countries)?.attributable ?? q.countries)
    : q.countries;
  const figures = cross
    ? dataset.entityFigures({ process: q.process, measure: q.measure, countries: attributable })
    : q.entities.length > 0
      ? dataset.entityFigures({ process: q.process, measure: q.measure })
      : dataset.countryFigures({ process: q.process, measure: q.measure });
  const codes = q.entities.length > 0 ? q.entities : q.countries;
  const name = cross
    ? t('facts.cellName', { entity: q.entitiesName ?? '', country: q.countriesName ?? '' })
    : ((q.entities.length > 0 ? q.entitiesName : q.countriesName) ?? '');

  if (cross && figures.unavailable === 'cellsPending')
    return {
      headline: t(q.cellsFailed ? 'facts.headline.cellsFailed' : 'facts.headline.cellsPending', { name }),
      facts,
    };
  // The map says why it has nothing to draw; the headline says the same.
  if (figures.unavailable !== null)
    return {
      headline: t(unavailableKey(figures.unavailable, 2), { process: formatProcess(q.process), name }),
      facts,
    };

  const sum = sumPlaces(figures, codes);
  const missing = cross ? q.countries.filter((c) => !attributable.includes(c)) : [];
  const statusOf = (g: PlacesSum['gaps'][number]) => t(`status.${g.status === 'notListed' ? 'notReported' : g.status}`);
  if (sum.value === null)
    return { headline: t('facts.headline.gap', { name, status: sum.gaps[0] ? statusOf(sum.gaps[0]) : '' }), facts };
  const total = amountOf(sum.value, sum.quality);
  const headline = t(missing.length > 0 ? 'facts.headline.atLeast' : 'facts.headline.place', {
    name,
    amount: total,
    date,
  });
  const national = dataset.nationalTotal(q.process, q.measure, dataset.latestCutoff(q.process));
  const share =
    !cross && national !== null && national.value > 0 ? formatPercent(sum.value / national.value, lang) : null;
  facts.push(
    fact(
      share === null
        ? t('facts.sum', { name, amount: total, date })
        : t('facts.sumShare', { name, amount: total, date, share }),
      sum.source,
    ),
  );
  if (missing.length > 0)
    facts.push(fact(t('facts.sumMissing', { list: formatList(missing.map(names.country), lang) }), null));
  // A region's members the report does not itemize are in its remainder, not gaps of the selection.
  const gapNames = sum.gaps
    .filter((g) => q.entities.length > 0 || q.picked.includes(g.code))
    .map((g) =>
      t('facts.gapItem', {
        name: (q.entities.length > 0 ? names.entity : names.country)(g.code),
        status: statusOf(g).toLowerCase(),
      }),
    );
  if (gapNames.length > 0) facts.push(fact(t('facts.sumGaps', { list: formatList(gapNames, lang) }), null));

  // One sentence per place picked by hand, largest first; a region's dozens of members get none.
  const own = q.entities.length > 0 ? sum.counted : sum.counted.filter((p) => q.picked.includes(p.code));
  const placeName = q.entities.length > 0 ? names.entity : names.country;
  for (const p of [...own].sort((a, b) => (b.value ?? 0) - (a.value ?? 0))) {
    const part = formatPercent((p.value ?? 0) / sum.value, lang);
    facts.push(
      fact(
        sum.value > 0
          ? t('facts.sumPart', {
              name: placeName(p.code),
              amount: amountOf(p.value ?? 0, p.quality ?? 'exact', p.note),
              share: part,
            })
          : t('facts.sumPartZero', {
              name: placeName(p.code),
              amount: amountOf(p.value ?? 0, p.quality ?? 'exact', p.note),
            }),
        p.source,
      ),
    );
  }
  return { headline, facts };
}
