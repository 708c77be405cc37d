/**
 * 2023-24: Informe de avances, Procesos Electorales Federal y Locales 2023-2024 (cut-off 30 Nov 2023).
 * Entity tables of requests received and of requests that meet the requirements, the damaged
 * country × entity table, the legal-analysis status and which entities hold local elections.
 */
import { countryCode, countryNameEs } from './countries.ts';
import { ENTITIES, entityByAbbreviation, entityByName, type Entity } from './entities.ts';
import {
  emptyExtraction,
  type Extraction,
  type Measure,
  type Process,
  type Quality,
  sourceRow,
  type ReportMeta,
} from './model.ts';
import {
  SourceError,
  cells,
  findLine,
  findText,
  isCount,
  matchLine,
  parseCount,
  parseDecimal,
  trimTrailingEmpty,
  type Report,
} from './text.ts';

export const FILE_2023 = '000_087acb19488fabe2.txt';
const PROCESS: Process = '2023-2024';
const CUTOFF = '2023-11-30';
const REPORT: ReportMeta = {
  document:
    'Voto de las Mexicanas y los Mexicanos Residentes en el Extranjero. Informe de avances. Procesos Electorales Federal y Locales 2023-2024. Periodo del 1° al 30 de noviembre de 2023',
  period: '2023-11-01/2023-11-30',
  published: '2023-12',
  seed_file: FILE_2023,
};

const S = {
  total: '2023-4.1.1-total',
  entityReceived: '2023-4.1.1-entidad',
  crosstab: '2023-4.1.1-pais-entidad',
  analysis: '2023-4.1.2-analisis',
  entityEligible: '2023-4.1.2-entidad',
  localElections: '2023-5.2.3-pel',
  stateOfMexico: '2023-5.2.3-cg621',
} as const;

/** The columns of the entity tables, in print order after ENTIDAD. */
const ENTITY_COLUMNS = [
  'total',
  'inetel',
  'srve',
  'cpve',
  'cpv',
  'internet',
  'postal',
  'in_person',
  'men',
  'women',
  'mean_age',
] as const;
/** Groups of columns that partition the row's TOTAL. */
const PARTITIONS: { dimension: string; columns: number[] }[] = [
  { dimension: 'registration_channel', columns: [1, 2] },
  { dimension: 'credential_type', columns: [3, 4] },
  { dimension: 'voting_modality', columns: [5, 6, 7] },
  { dimension: 'sex', columns: [8, 9] },
];
const SECOND_HEADER = [
  'INETEL',
  'SRVE',
  'EXTRANJERO',
  'NACIONAL',
  'ELECTRÓNICO POR INTERNET',
  'POSTAL',
  'PRESENCIAL',
  'HOMBRES',
  'MUJERES',
  'PROMEDIO DE EDAD',
];

interface EntityTable {
  rows: { entity: Entity; values: number[]; line: number }[];
  total: number[];
}

/** Reads one POR ENTIDAD table from `start` to its TOTAL row, skipping repeated page headers. */
function readEntityTable(report: Report, start: number): EntityTable {
  const header = findLine(
    report,
    (l) => l.startsWith('ENTIDAD\tTOTAL\tMEDIO DE REGISTRO'),
    start,
    'entity table header',
  );
  const second = trimTrailingEmpty(cells(report.lines[header + 1])).filter((c) => c !== '');
  if (second.join('|') !== SECOND_HEADER.join('|'))
    throw new SourceError(report.file, header + 1, `entity table columns changed: ${second.join(', ')}`);
  const rows: EntityTable['rows'] = [];
  for (let i = header + 2; i < report.lines.length; i++) {
    const row = trimTrailingEmpty(cells(report.lines[i]));
    if (row.length === 0 || row[0] === '' || /^(ENTIDAD|PANORAMA GENERAL|POR ENTIDAD)/.test(row[0])) continue;
    if (row[0] === 'TOTAL') {
      if (row.length !== 11)
        throw new SourceError(report.file, i, `TOTAL row has ${row.length - 1} cells, expected 10`);
      const total = row.slice(1).map((c) => parseCount(c, report, i));
      if (rows.length !== 32)
        throw new SourceError(report.file, i, `entity table has ${rows.length} rows, expected 32`);
      return { rows, total };
    }
    const entity = entityByName(row[0]);
    if (!entity) throw new SourceError(report.file, i, `unknown entity "${row[0]}"`);
    if (row.length !== 12) throw new SourceError(report.file, i, `${row[0]}: ${row.length - 1} cells, expected 11`);
    const values = row.slice(1, 11).map((c) => parseCount(c, report, i));
    values.push(parseDecimal(row[11], report, i));
    rows.push({ entity, values, line: i });
  }
  throw new SourceError(report.file, null, 'entity table has no TOTAL row');
}

/**
 * Quality of every cell of an entity table: a cell is exact when each partition of its row sums to the
 * row's TOTAL and its column sums to the printed TOTAL row; otherwise we cannot tell which cell is wrong,
 * so every cell involved is uncertain.
 */
function auditEntityTable(t: EntityTable): { quality: Quality[][]; notes: string[][]; totalQuality: Quality[] } {
  const quality: Quality[][] = t.rows.map(() => ENTITY_COLUMNS.map(() => 'exact' as Quality));
  const notes: string[][] = t.rows.map(() => ENTITY_COLUMNS.map(() => ''));
  const totalQuality: Quality[] = t.total.map(() => 'exact' as Quality);
  t.rows.forEach((r, i) => {
    for (const p of PARTITIONS) {
      const sum = p.columns.reduce((s, c) => s + r.values[c], 0);
      if (sum !== r.values[0]) {
        for (const c of [0, ...p.columns]) {
          quality[i][c] = 'uncertain';
          notes[i][c] = `the ${p.dimension} cells of this row sum to ${sum}, not to its printed TOTAL ${r.values[0]}`;
        }
      }
    }
  });
  for (let c = 0; c < t.total.length; c++) {
    const sum = t.rows.reduce((s, r) => s + r.values[c], 0);
    if (sum !== t.total[c]) {
      totalQuality[c] = 'uncertain';
      t.rows.forEach((_, i) => {
        quality[i][c] = 'uncertain';
        notes[i][c] = `the column ${ENTITY_COLUMNS[c]} sums to ${sum}, not to its printed TOTAL ${t.total[c]}`;
      });
    }
  }
  return { quality, notes, totalQuality };
}

function addEntityTable(out: Extraction, t: EntityTable, measure: Measure, source: string): void {
  const { quality, notes, totalQuality } = auditEntityTable(t);
  t.rows.forEach((r, i) => {
    const base = { process: PROCESS, cutoff_date: CUTOFF, measure, source } as const;
    out.byEntity.push({
      ...base,
      entity_code: r.entity.code,
      entity_es: r.entity.name_es,
      value: r.values[0],
      quality: quality[i][0],
      note: notes[i][0],
    });
    for (const p of PARTITIONS) {
      for (const c of p.columns) {
        out.breakdowns.push({
          ...base,
          entity_code: r.entity.code,
          dimension: p.dimension,
          category: ENTITY_COLUMNS[c],
          value: r.values[c],
          quality: quality[i][c],
          note: notes[i][c],
        });
      }
    }
    out.breakdowns.push({
      ...base,
      entity_code: r.entity.code,
      dimension: 'mean_age',
      category: 'mean',
      value: r.values[10],
      quality: 'exact',
      note: 'mean age in years, as printed (two decimals, or fewer where the report prints fewer)',
    });
  });
  for (const p of PARTITIONS) {
    for (const c of p.columns) {
      out.breakdowns.push({
        process: PROCESS,
        cutoff_date: CUTOFF,
        measure,
        source,
        entity_code: '',
        dimension: p.dimension,
        category: ENTITY_COLUMNS[c],
        value: t.total[c],
        quality: totalQuality[c],
        note: 'national: the TOTAL row of the entity table',
      });
    }
  }
}

/** The country × entity table: every row checked; damaged rows kept only as printed cells. */
export function addCrosstab(out: Extraction, report: Report, start: number, nationalTotal: number): CrosstabStats {
  const header = findLine(report, (l) => l.startsWith('PAÍS\tTOTAL\t'), start, 'country × entity header');
  const abbreviations = trimTrailingEmpty(cells(report.lines[header])).slice(2);
  const columns = abbreviations.map((a) => {
    const e = entityByAbbreviation(a);
    if (!e) throw new SourceError(report.file, header, `unknown entity abbreviation "${a}"`);
    return e;
  });
  if (columns.length !== 32 || new Set(columns.map((e) => e.code)).size !== 32)
    throw new SourceError(report.file, header, 'the header does not name the 32 entities once each');
  let itemized = 0;
  let countries = 0;
  let uncertainTotals = 0;
  let damaged = 0;
  for (let i = header + 1; i < report.lines.length; i++) {
    const row = trimTrailingEmpty(cells(report.lines[i]));
    if (row.length === 0) continue;
    if (/^\d+(\.\d+)+\.?\s/.test(row[0])) break; // the next numbered heading ends the table
    if (row.length < 2 || !isCount(row[1]))
      throw new SourceError(report.file, i, `unexpected line in the country table`);
    const spelling = row[0];
    out.countrySpellings.push(spelling);
    const iso3 = countryCode(spelling);
    const total = parseCount(row[1], report, i);
    const printed = row.slice(2).map((c) => parseCount(c, report, i));
    const sum = printed.reduce((s, v) => s + v, 0);
    countries++;
    itemized += total;
    const base = { process: PROCESS, cutoff_date: CUTOFF, measure: 'received' as const, source: S.crosstab };
    if (printed.length === 32) {
      const fits = sum === total;
      if (!fits) uncertainTotals++;
      const cellNote = fits ? '' : `this row's 32 cells sum to ${sum}, not to its printed TOTAL ${total}`;
      printed.forEach((value, k) =>
        out.byCountryEntity.push({
          ...base,
          country_iso3: iso3,
          entity_code: columns[k].code,
          value,
          quality: fits ? 'exact' : 'uncertain',
          note: cellNote,
        }),
      );
      out.byCountry.push({
        ...base,
        country_iso3: iso3,
        country_es: countryNameEs(iso3),
        value: total,
        quality: fits ? 'exact' : 'uncertain',
        note: cellNote,
      });
      continue;
    }
    // More (or fewer) cells than entity columns: any placement would be a guess, so no cell is published
    // under an entity; the printed cells stay available in order.
    const contradicts = sum !== total;
    damaged++;
    if (contradicts) uncertainTotals++;
    printed.forEach((value, k) =>
      out.damagedCells.push({
        ...base,
        country_iso3: iso3,
        position: k + 1,
        printed_value: value,
        note: '',
      }),
    );
    out.byCountry.push({
      ...base,
      country_iso3: iso3,
      country_es: countryNameEs(iso3),
      value: total,
      quality: contradicts ? 'uncertain' : 'exact',
      note:
        `row damaged in the source: ${printed.length} entity cells printed for 32 columns, so they are not attributed to entities (see crosstab_damaged_cells.csv)` +
        (contradicts
          ? `; its printed cells sum to ${sum}, not to its TOTAL ${total}`
          : '; its printed cells sum to its TOTAL'),
    });
  }
  if (itemized > nationalTotal)
    throw new SourceError(
      report.file,
      header,
      `itemized countries sum to ${itemized}, more than the national ${nationalTotal}`,
    );
  out.byCountry.push({
    process: PROCESS,
    cutoff_date: CUTOFF,
    measure: 'received',
    country_iso3: '',
    country_es: 'Otros países (no desglosados)',
    value: nationalTotal - itemized,
    quality: 'derived',
    source: S.crosstab,
    note:
      `remainder: the national total ${nationalTotal} less the ${countries} countries the table lists (${itemized}); ` +
      `the report counts 101 countries of residence but lists ${countries}` +
      (uncertainTotals > 0 ? `; inherits the doubt of ${uncertainTotals} uncertain country totals` : ''),
  });
  return { countries, damaged, uncertainTotals };
}

export interface CrosstabStats {
  /** Rows (countries) the table lists. */
  countries: number;
  /** Rows whose cells cannot be placed under the 32 columns. */
  damaged: number;
  /** Rows whose cells contradict their TOTAL. */
  uncertainTotals: number;
}

export function extract2023(report: Report): Extraction {
  const out = emptyExtraction();
  const section = findLine(report, (l) => l.startsWith('4.1.1. Solicitudes de Inscripción'), 0, 'section 4.1.1');
  const totalLine = findText(report, 'se han recibido **', section);
  const national = parseCount(
    matchLine(report, totalLine, /se han recibido \*\*([\d,]+)\*\* Solicitudes/)[1],
    report,
    totalLine,
  );

  const received = readEntityTable(report, section);
  if (received.total[0] !== national)
    throw new SourceError(
      report.file,
      null,
      `entity table TOTAL ${received.total[0]} differs from the text's ${national}`,
    );
  addEntityTable(out, received, 'received', S.entityReceived);
  out.totals.push({
    process: PROCESS,
    cutoff_date: CUTOFF,
    measure: 'received',
    value: national,
    quality: 'exact',
    source: S.total,
    note: 'preliminary figure at the cut-off date; equals the TOTAL row of the entity table',
  });

  const clarLine = findText(report, 'etapas iniciales de clarificación', section);
  const inClarification = parseCount(
    matchLine(report, clarLine, /([\d,]+) solicitudes se encuentran en las etapas iniciales/)[1],
    report,
    clarLine,
  );

  const crosstab = addCrosstab(out, report, clarLine, national);

  const analysisSection = findLine(report, (l) => l.startsWith('4.1.2. Análisis jurídico'), clarLine, 'section 4.1.2');
  const aLine = findText(report, 'recibidas para análisis normativo', analysisSection);
  const m = matchLine(
    report,
    aLine,
    /\*\*([\d,]+) Solicitudes de Inscripción\*\* recibidas para análisis normativo, de las cuales, \*\*([\d,]+) cumplen con los requisitos\*\*.*?; ([\d,]+) se enviaron a subsane, y ([\d,]+) se encuentran en procesamiento/,
  );
  const [analysed, meets, correction, inProcess] = m.slice(1, 5).map((c) => parseCount(c, report, aLine));
  if (meets + correction + inProcess !== analysed)
    throw new SourceError(report.file, aLine, 'the analysis statuses no longer add up to the requests analysed');
  if (analysed + inClarification !== national)
    throw new SourceError(
      report.file,
      aLine,
      'requests analysed plus those in clarification differ from the national total',
    );
  const status = (category: string, value: number, source: string, note: string) =>
    out.breakdowns.push({
      process: PROCESS,
      cutoff_date: CUTOFF,
      measure: 'received',
      entity_code: '',
      dimension: 'review_status',
      category,
      value,
      quality: 'exact',
      source,
      note,
    });
  status(
    'analysed',
    analysed,
    S.analysis,
    `requests that entered legal analysis: the ${national} received less the ${inClarification} still in initial clarification; equals meets_requirements + sent_to_correction + in_process`,
  );
  status('meets_requirements', meets, S.analysis, '');
  status('sent_to_correction', correction, S.analysis, 'sent back to the applicant to correct (subsane)');
  status('in_process', inProcess, S.analysis, 'still being reviewed at the cut-off date');
  status(
    'initial_clarification',
    inClarification,
    S.total,
    'still in initial clarification and registry checks, not yet analysed',
  );

  const eligible = readEntityTable(report, aLine);
  if (eligible.total[0] !== meets)
    throw new SourceError(
      report.file,
      null,
      `eligible entity table TOTAL ${eligible.total[0]} differs from the text's ${meets}`,
    );
  addEntityTable(out, eligible, 'eligible', S.entityEligible);
  out.totals.push({
    process: PROCESS,
    cutoff_date: CUTOFF,
    measure: 'eligible',
    value: meets,
    quality: 'exact',
    source: S.analysis,
    note: 'preliminary figure at the cut-off date; equals the TOTAL row of the entity table of requests that meet the requirements',
  });

  addCoverage(out, report);
  out.sources.push(
    sourceRow(
      REPORT,
      S.total,
      '4.1.1. Solicitudes de Inscripción en la LNE-Extranjero recibidas',
      'text: requests received at the cut-off date, and those in initial clarification',
    ),
    sourceRow(
      REPORT,
      S.entityReceived,
      '4.1.1. Solicitudes de Inscripción en la LNE-Extranjero recibidas',
      'PANORAMA GENERAL DE LNE-EXTRANJERO POR ENTIDAD: ENTIDAD, TOTAL, MEDIO DE REGISTRO (INETEL, SRVE), TIPO DE CPV (EXTRANJERO, NACIONAL), MODALIDAD DE VOTACIÓN (ELECTRÓNICO POR INTERNET, POSTAL, PRESENCIAL), SOLICITUDES POR SEXO Y EDAD (HOMBRES, MUJERES, PROMEDIO DE EDAD)',
    ),
    sourceRow(
      REPORT,
      S.crosstab,
      '4.1.1. Solicitudes de Inscripción en la LNE-Extranjero recibidas',
      'PAÍS, TOTAL, AGS, BC, BCS, CAMP, CHIS, CHIH, CDMX, COAH, … ZAC',
      `damaged in the text extraction: ${crosstab.damaged} of its ${crosstab.countries} rows print more entity cells than the 32 columns; ${crosstab.uncertainTotals} rows print cells that do not sum to their TOTAL`,
    ),
    sourceRow(
      REPORT,
      S.analysis,
      '4.1.2. Análisis jurídico de las Solicitudes de Inscripción',
      'text: requests analysed, meeting the requirements, sent to correction and in process',
    ),
    sourceRow(
      REPORT,
      S.entityEligible,
      '4.1.2. Análisis jurídico de las Solicitudes de Inscripción',
      'ENTIDAD, TOTAL, MEDIO DE REGISTRO, TIPO DE CPV, MODALIDAD DE VOTACIÓN, SOLICITUDES POR SEXO Y EDAD (requests that meet the requirements, by the entity of the credential)',
    ),
    sourceRow(
      REPORT,
      S.localElections,
      '5.2.3. Generación de la documentación electoral para la modalidad electrónica por internet',
      'text: the OPL whose local legislation provides for the vote from abroad in 2023-2024',
    ),
    sourceRow(
      REPORT,
      S.stateOfMexico,
      '5.2.3. Generación de la documentación electoral para la modalidad electrónica por internet',
      'text: Acuerdo INE/CG621/2023 adds the Estado de México (local proportional-representation deputies)',
    ),
  );
  return out;
}

/** Federal vote for all 32 entities; local too in those the report names, plus the Estado de México. */
function addCoverage(out: Extraction, report: Report): void {
  const line = findText(report, 'cuya legislación local contempla el voto extraterritorial para los PEL 2023-2024');
  const list = matchLine(report, line, /los OPL de las entidades de (.+?), cuya legislación local/)[1];
  const local = list.split(/, | y /).map((name) => {
    const e = entityByName(name);
    if (!e) throw new SourceError(report.file, line, `unknown entity "${name}" in the list of local elections`);
    return e.code;
  });
  const cg621 = findText(report, 'mediante Acuerdo INE/CG621/2023, el CG aprobó la incorporación del IEEM');
  if (!report.lines[cg621].includes('Estado de México'))
    throw new SourceError(report.file, cg621, 'INE/CG621/2023 no longer names the Estado de México');
  const mex = entityByName('Estado de México')!.code;
  for (const e of ENTITIES) {
    const isLocal = local.includes(e.code) || e.code === mex;
    out.coverage.push({
      process: PROCESS,
      entity_code: e.code,
      vote_from_abroad: isLocal ? 'federal+local' : 'federal',
      source: e.code === mex ? S.stateOfMexico : S.localElections,
      note:
        e.code === mex
          ? 'local vote added on 22 Nov 2023 by Acuerdo INE/CG621/2023 (local deputies by proportional representation)'
          : '',
    });
  }
}
