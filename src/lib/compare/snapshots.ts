/**
 * The maps' figures per snapshot for one measure, as the comparison reads
 * them: the Dataset's memoised queries bound to the measure, so a point
 * always equals what the map shows for that snapshot and every series of one
 * comparison (the small multiples ask for 32 entities at a time) shares them.
 */
import type { Dataset } from '../data/dataset';
import type { MapFigures } from '../data/mapQueries';
import type { Figure } from '../data/queries';
import type { CountryCode, CoverageRow, EntityCode, Measure, Process } from '../data/schema';

export class Snapshots {
  readonly #covered = new Map<Process, EntityCode[]>();

  constructor(
    readonly dataset: Dataset,
    readonly measure: Measure,
  ) {}

  national(process: Process, cutoff: string): Figure | null {
    return this.dataset.nationalTotal(process, this.measure, cutoff);
  }

  cutoffs(process: Process): readonly string[] {
    return this.dataset.cutoffs(process);
  }

  countries(process: Process, cutoff: string): MapFigures {
    return this.dataset.countryFigures({ process, measure: this.measure, cutoff });
  }

  entities(process: Process, cutoff: string, country: CountryCode | null = null): MapFigures {
    return this.dataset.entityFigures({
      process,
      measure: this.measure,
      cutoff,
      countries: country === null ? [] : [country],
    });
  }

  coverage(process: Process): ReadonlyMap<EntityCode, CoverageRow> {
    return this.dataset.coverage(process);
  }

  /** Entities whose residents abroad could register in the process (a vote of any kind), sorted; every point asks. */
  covered(process: Process): EntityCode[] {
    let covered = this.#covered.get(process);
    if (covered === undefined) {
      covered = [...this.coverage(process).values()]
        .filter((c) => c.vote_from_abroad !== 'none')
        .map((c) => c.entity_code)
        .sort();
      this.#covered.set(process, covered);
    }
    return covered;
  }

  elections(process: Process, entities: readonly EntityCode[]): string[] {
    const coverage = this.coverage(process);
    const kinds = entities.map((e) => coverage.get(e)?.vote_from_abroad).filter((k) => k !== undefined);
    return [...new Set(kinds)].sort();
  }
}

/** The entities every compared process covered: what "same coverage" restricts totals to. */
export function sharedEntities(snapshots: Snapshots, processes: readonly Process[]): EntityCode[] {
  const [first, ...rest] = processes.map((p) => snapshots.covered(p));
  if (first === undefined) return [];
  return first.filter((e) => rest.every((set) => set.includes(e)));
}
