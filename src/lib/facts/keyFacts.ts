/**
 * The key facts of the explorer's current view: a headline figure and three
 * to five sentences a newsroom can paste, each with its citation. Built from
 * the same memoised queries the maps draw, so they follow the data, the
 * selection and the language; a sentence is written only on a figure with a
 * value, never on a gap (not reported, not applicable, not attributable).
 */
import type { Dataset } from '../data/dataset';
import type { PlaceFigure } from '../data/mapQueries';
import type { PlaceNamer } from '../data/names';
import type { Figure } from '../data/queries';
import type { CountryCode, EntityCode, Measure, Process } from '../data/schema';
import { formatDate, formatPercent, formatProcess } from '../i18n/format';
import type { Lang, Translate } from '../i18n/translate';
import { agreeing, amount } from './amount';
import { selectionFacts, type SelectionQuery } from './selectionFacts';

export interface KeyFact {
  text: string;
  /** Source and cut-off date, pasted after the sentence. */
  citation: string;
}

export interface KeyFacts {
  headline: string;
  facts: KeyFact[];
}

export interface FactsQuery {
  process: Process;
  measure: Measure;
  country: CountryCode | null;
  entity: EntityCode | null;
  /** The country × entity cells could not be read (they are read once a place is selected). */
  cellsFailed?: boolean;
  /**
   * A selection of several places or a region, when there is one: its key facts are its sum
   * (selectionFacts.ts). `country` and `entity` then go unread.
   */
  several?: Omit<SelectionQuery, 'process' | 'measure'> | null;
}

/** The place with the largest value, ties in the query's order. */
function top(places: readonly PlaceFigure[]): PlaceFigure | null {
  let best: PlaceFigure | null = null;
  for (const p of places) if (p.status === 'value' && (best === null || (p.value ?? 0) > (best.value ?? 0))) best = p;
  return best;
}

const withValue = (places: readonly PlaceFigure[]) => places.filter((p) => p.status === 'value' || p.status === 'zero');

export function keyFacts(dataset: Dataset, q: FactsQuery, names: PlaceNamer, t: Translate, lang: Lang): KeyFacts {
  const cutoff = dataset.latestCutoff(q.process);
  const date = cutoff === null ? '' : formatDate(cutoff, lang);
  const sources = dataset.sources();
  const cite = (source: string | null): string => {
    const row = sources.find((s) => s.source === source);
    const where = row ? [row.document, row.section].filter(Boolean).join(', ') : t('facts.sourceUnknown');
    return t('facts.cite', { source: where, date });
  };
  const amountOf = (f: { value: number; quality: Figure['quality']; note: string | null }) =>
    amount(f, q.measure, t, lang);
  const share = (p: PlaceFigure) => (p.share === null ? '' : formatPercent(p.share, lang));
  const fact = (text: string, source: string | null): KeyFact => ({ text, citation: cite(source) });

  const world = dataset.countryFigures({ process: q.process, measure: q.measure });
  const mexico = dataset.entityFigures({ process: q.process, measure: q.measure });
  const total = dataset.nationalTotal(q.process, q.measure, cutoff);
  const facts: KeyFact[] = [];
  const process = formatProcess(q.process);

  if (q.several)
    return selectionFacts(
      dataset,
      { process: q.process, measure: q.measure, cellsFailed: q.cellsFailed, ...q.several },
      { date, cite, t, lang, names },
    );

  /** The headline of a place: its figure, or the state that replaces it (never a zero for a gap). */
  const placeHeadline = (name: string, p: PlaceFigure | undefined) =>
    p !== undefined && p.value !== null
      ? t('facts.headline.place', { name, amount: amountOf({ ...p, value: p.value }), date })
      : t('facts.headline.gap', { name, status: t(`status.${p?.status ?? 'notReported'}`) });

  if (q.country !== null && q.entity !== null) {
    const country = names.country(q.country);
    const entity = names.entity(q.entity);
    const inCountry = dataset.entityFigures({ process: q.process, measure: q.measure, countries: [q.country] });
    const cellName = t('facts.cellName', { entity, country });
    // Cells not read yet (or not readable) are not a gap in the source: the headline says which, never "not reported".
    if (inCountry.unavailable === 'cellsPending')
      return {
        headline: t(q.cellsFailed ? 'facts.headline.cellsFailed' : 'facts.headline.cellsPending', { name: cellName }),
        facts,
      };
    const cell = inCountry.places.find((p) => p.code === q.entity);
    const headline = placeHeadline(cellName, cell);
    if (cell !== undefined && cell.value !== null) {
      facts.push(
        fact(t('facts.cell', { entity, country, amount: amountOf({ ...cell, value: cell.value }), date }), cell.source),
      );
      if (cell.share !== null && cell.value > 0)
        facts.push(
          fact(agreeing(t, 'facts.cellShare', cell.value, lang, { share: share(cell), country }), cell.source),
        );
    }
    return { headline, facts };
  }

  if (q.entity !== null) {
    const name = names.entity(q.entity);
    const p = mexico.places.find((x) => x.code === q.entity);
    const headline = placeHeadline(name, p);
    if (p === undefined || p.value === null) return { headline, facts };
    facts.push(fact(t('facts.entity', { name, amount: amountOf({ ...p, value: p.value }), date, process }), p.source));
    if (p.share !== null) facts.push(fact(t('facts.entityShare', { name, share: share(p) }), p.source));
    if (p.rank !== null)
      facts.push(fact(t('facts.entityRank', { name, rank: p.rank, count: withValue(mexico.places).length }), p.source));
    const abroad = dataset.countryFigures({ process: q.process, measure: q.measure, entities: [q.entity] });
    const first = top(abroad.places);
    if (first !== null && first.value !== null)
      facts.push(
        fact(
          t('facts.entityTopCountry', {
            name,
            country: names.country(first.code),
            amount: amountOf({ ...first, value: first.value }),
            share: share(first),
          }),
          first.source,
        ),
      );
    return { headline, facts };
  }

  if (q.country !== null) {
    const name = names.country(q.country);
    const p = world.places.find((x) => x.code === q.country);
    const headline = placeHeadline(name, p);
    if (p === undefined || p.value === null) return { headline, facts };
    facts.push(
      fact(
        agreeing(t, 'facts.country', p.value, lang, {
          name,
          amount: amountOf({ ...p, value: p.value }),
          date,
          process,
        }),
        p.source,
      ),
    );
    if (p.share !== null) facts.push(fact(t('facts.countryShare', { name, share: share(p) }), p.source));
    if (p.rank !== null)
      facts.push(fact(t('facts.countryRank', { name, rank: p.rank, count: withValue(world.places).length }), p.source));
    const origins = dataset.entityFigures({ process: q.process, measure: q.measure, countries: [q.country] });
    const first = top(origins.places);
    if (first !== null && first.value !== null)
      facts.push(
        fact(
          t('facts.countryTopEntity', {
            name,
            entity: names.entity(first.code),
            amount: amountOf({ ...first, value: first.value }),
            share: share(first),
          }),
          first.source,
        ),
      );
    return { headline, facts };
  }

  // The nation.
  if (total === null) return { headline: t('facts.headline.none', { process }), facts };
  const headline = t('facts.headline.national', { amount: amountOf(total), date });
  facts.push(fact(t('facts.national', { process, amount: amountOf(total), date }), total.source));
  const firstCountry = top(world.places);
  if (firstCountry !== null && firstCountry.value !== null && firstCountry.share !== null)
    facts.push(
      fact(
        t('facts.topCountry', {
          name: names.country(firstCountry.code),
          share: share(firstCountry),
          amount: amountOf({ ...firstCountry, value: firstCountry.value }),
        }),
        firstCountry.source,
      ),
    );
  const firstEntity = top(mexico.places);
  if (firstEntity !== null && firstEntity.value !== null && firstEntity.share !== null)
    facts.push(
      fact(
        t('facts.topEntity', {
          name: names.entity(firstEntity.code),
          share: share(firstEntity),
          amount: amountOf({ ...firstEntity, value: firstEntity.value }),
        }),
        firstEntity.source,
      ),
    );
  const countries = withValue(world.places).length;
  if (countries > 0)
    facts.push(
      fact(agreeing(t, 'facts.countries', countries, lang, { count: countries }), world.places[0]?.source ?? null),
    );
  return { headline, facts };
}
