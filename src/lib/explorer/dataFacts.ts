/** What the state's rules and the page's layout need to know of the loaded data. */
import { datasetOf } from '../data/dataset';
import type { LoadedData } from '../data/load';
import type { MapName } from '../geo/geometry';
import type { DataFacts } from '../state/rules';
import type { Embed } from '../state/url';

/** The rules ask the page's one Dataset, so they share its memo with the maps. */
export function factsOf(data: LoadedData): DataFacts {
  const dataset = datasetOf(data);
  return {
    known: dataset.knownCodes(),
    availability: (process) => dataset.availability(process),
    countryListed: (process, measure, country) => dataset.countryListed({ process, measure }, country),
    regionMembers: (code) => dataset.region(code)?.members ?? [],
  };
}

/** The maps a page draws: both, the one embedded, or none when the comparison is embedded alone. */
export function mapsShown(embed: Embed | null): readonly MapName[] {
  if (embed === null) return ['world', 'mexico'];
  return embed === 'comparison' ? [] : [embed];
}
