/** What the state's rules and the page's layout need to know of the loaded data, asked once per process. */
import type { LoadedData } from '../data/load';
import { countryListed, measureAvailability, type MeasureAvailability } from '../data/mapQueries';
import type { Process } from '../data/schema';
import type { MapName } from '../geo/geometry';
import type { DataFacts } from '../state/rules';
import type { Embed } from '../state/url';

const made = new WeakMap<LoadedData, DataFacts>();

/** One per loaded data, so the root's rules and the explorer's controls share the memo. */
export function factsOf(data: LoadedData): DataFacts {
  let facts = made.get(data);
  if (facts === undefined) {
    facts = makeFacts(data);
    made.set(data, facts);
  }
  return facts;
}

function makeFacts(data: LoadedData): DataFacts {
  const memo: Partial<Record<Process, MeasureAvailability[]>> = {};
  return {
    known: {
      countries: new Set(data.rows.countries.map((c) => c.country_iso3)),
      entities: new Set(data.rows.entities.map((e) => e.entity_code)),
    },
    // Every state change asks: computed once per process.
    availability: (process) => (memo[process] ??= measureAvailability(data.tables, process)),
    countryListed: (process, measure, country) => countryListed(data.tables, { process, measure }, country),
  };
}

/** The maps a page draws: both, the one embedded, or none when the comparison is embedded alone. */
export function mapsShown(embed: Embed | null): readonly MapName[] {
  if (embed === null) return ['world', 'mexico'];
  return embed === 'comparison' ? [] : [embed];
}
