/**
 * The fallback rules: a state the URL or a click asked for, turned into one
 * the data can show, with a notice for everything changed on the reader's
 * behalf. Pure: the data is asked through `DataFacts`, so the rules are
 * tested table by table without rendering anything.
 */
import type { MeasureAvailability } from '../data/mapQueries';
import type { CountryCode, EntityCode, Measure, PlaceKind, Process } from '../data/schema';
import type { DroppedPlaces, KnownCodes, StateParam, UrlState } from './url';

/** What the rules need to know of the loaded data. */
export interface DataFacts {
  known: KnownCodes;
  availability(process: Process): readonly MeasureAvailability[];
  /** Whether the process lists the country for the measure, so selecting it means something there. */
  countryListed(process: Process, measure: Measure, country: CountryCode): boolean;
  /** The member countries of a UN M49 region or sub-region; absent where the data has no regions. */
  regionMembers?(code: string): readonly CountryCode[];
}

/** Something the page changed or ignored on the reader's behalf, as data; the words follow the language. */
export type Notice =
  | { kind: 'rejected'; param: StateParam; value: string }
  /** A valid value that means something only in an embed (the render flags), on the explorer. */
  | { kind: 'embedOnly'; param: StateParam; value: string }
  | { kind: 'measureFallback'; measure: Measure; process: Process; fallback: Measure }
  | { kind: 'selectionDropped'; countries: readonly CountryCode[]; process: Process }
  /** A list of places in the address lost some items; the rest opens. */
  | { kind: 'placesDropped'; param: StateParam; dropped: DroppedPlaces }
  /** A place could not be added: MAX_PLACES of its kind are selected. */
  | { kind: 'selectionFull'; place: PlaceKind; code: CountryCode | EntityCode };

/** The measure shown when the one asked for cannot be drawn. */
export const FALLBACK_MEASURE: Measure = 'received';

export function reconcile(state: UrlState, facts: DataFacts): { state: UrlState; notices: Notice[] } {
  const notices: Notice[] = [];
  let next = state;
  const availableIn = facts.availability(next.process);
  const available = availableIn.find((a) => a.measure === next.measure);
  if (!available || (!available.world && !available.mexico)) {
    notices.push({ kind: 'measureFallback', measure: next.measure, process: next.process, fallback: FALLBACK_MEASURE });
    next = { ...next, measure: FALLBACK_MEASURE };
  }
  // Only a map that draws countries can drop one: with a measure by entity alone, the selection waits.
  const worldDraws = availableIn.some((a) => a.measure === next.measure && a.world);
  if (worldDraws && next.countries.length > 0) {
    const { process, measure } = next;
    const dropped = next.countries.filter((c) => !facts.countryListed(process, measure, c));
    if (dropped.length > 0) {
      notices.push({ kind: 'selectionDropped', countries: dropped, process });
      next = { ...next, countries: next.countries.filter((c) => !dropped.includes(c)) };
    }
  }
  return { state: next, notices };
}
