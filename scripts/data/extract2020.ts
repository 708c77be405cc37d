/**
 * 2020-21: Informe trimestral de avances, 1° de septiembre al 30 de noviembre de 2020.
 * Local elections only, in the 11 entities of its country × entity table; one request type (SIILNERE).
 */
import { countryCode, countryNameEs } from './countries.ts';
import { ENTITIES, entityByName } from './entities.ts';
import {
  emptyExtraction,
  type BreakdownRow,
  type Extraction,
  type Process,
  type Quality,
  sourceRow,
  type ReportMeta,
} from './model.ts';
import { SourceError, fold, findLine, parseCount, type Report } from './text.ts';
import { partsQuality, readLabelledTable, rowLabelled } from './tables.ts';

export const FILE_2020 = '001_f71869ea3e59e3e5.txt';
const PROCESS: Process = '2020-2021';
const CUTOFF = '2020-11-30';
const REPORT: ReportMeta = {
  document:
    'Voto de las Mexicanas y los Mexicanos Residentes en el Extranjero. Informe trimestral de avances. 1° de septiembre al 30 de noviembre de 2020',
  period: '2020-09-01/2020-11-30',
  published: '',
  seed_file: FILE_2020,
};

const S = {
  channel: '2020-4.1.1-medio',
  crosstab: '2020-4.1.2-pais-entidad',
  credential: '2020-4.1.3-credencial',
  sex: '2020-4.1.4-sexo',
  age: '2020-4.1.4-edad',
  modality: '2020-4.1.5-modalidad',
  analysis: '2020-4.1.6-analisis',
} as const;

export function extract2020(report: Report): Extraction {
  const out = emptyExtraction();
  const section = findLine(report, (l) => l.startsWith('4.1.1. SIILNERE recibidas'), 0, 'section 4.1.1');
  const base = { process: PROCESS, cutoff_date: CUTOFF, measure: 'received' } as const;
  const breakdown = (
    dimension: string,
    category: string,
    value: number,
    source: string,
    q: { quality: Quality; note: string },
  ): BreakdownRow => ({
    ...base,
    entity_code: '',
    dimension,
    category,
    value,
    source,
    ...q,
  });

  // 4.1.1 received by channel: a header line "INETEL  SRVE" over one row "SIILNERE  4,586  1,988  6,574".
  const channelLine = findLine(report, (l) => l.startsWith('SIILNERE\t'), section, 'the SIILNERE by channel row');
  if (!/\tINETEL\tSRVE\b/.test(report.lines[channelLine - 1]))
    throw new SourceError(report.file, channelLine, 'channel table header changed');
  const [inetel, srve, national] = report.lines[channelLine]
    .split('\t')
    .slice(1, 4)
    .map((c) => parseCount(c.trim(), report, channelLine));
  const channelQ = partsQuality([inetel, srve], national, 'INETEL and SRVE');
  out.totals.push({
    ...base,
    value: national,
    source: S.channel,
    quality: channelQ.quality,
    note: 'preliminary figure at the cut-off date; SIILNERE received by phone (INETEL) and online (SRVE)',
  });
  out.breakdowns.push(
    breakdown('registration_channel', 'inetel', inetel, S.channel, channelQ),
    breakdown('registration_channel', 'srve', srve, S.channel, channelQ),
  );

  addCrosstab(out, report, section, national);

  // 4.1.3 credential type by channel.
  const cred = readLabelledTable(report, 'TIPO DE CREDENCIAL\t', section);
  const cpve = rowLabelled(cred, /^Con CPVE$/, report);
  const cpv = rowLabelled(cred, /^Con CPV emitida en territorio nacional$/, report);
  if (cred.header.slice(1).join('|') !== 'INETEL|SRVE|TOTAL')
    throw new SourceError(report.file, null, 'credential table columns changed');
  const credRows = [
    ['cpve', cpve],
    ['cpv', cpv],
  ] as const;
  for (const [category, row] of credRows) {
    const q = partsQuality(row.values.slice(0, 2), row.values[2], 'the channel cells');
    out.breakdowns.push(
      breakdown('credential_type', category, row.values[2], S.credential, q),
      breakdown('registration_channel+credential_type', `inetel+${category}`, row.values[0], S.credential, q),
      breakdown('registration_channel+credential_type', `srve+${category}`, row.values[1], S.credential, q),
    );
  }
  for (let c = 0; c < 3; c++) {
    const sum = cpve.values[c] + cpv.values[c];
    if (sum !== cred.total.values[c])
      throw new SourceError(report.file, cred.total.line, `credential column ${c + 1} sums to ${sum}`);
  }
  if (cred.total.values[2] !== national)
    throw new SourceError(report.file, cred.total.line, 'credential table total differs from the national total');

  // 4.1.4 sex and age, 4.1.5 modality: label, count, percentage.
  const simple = (headerStart: string, dimension: string, source: string, categories: [RegExp, string][]) => {
    const t = readLabelledTable(report, headerStart, section);
    if (t.total.values[0] !== national)
      throw new SourceError(report.file, t.total.line, `${dimension} total differs from the national total`);
    const rows = categories.map(([label, category]) => [category, rowLabelled(t, label, report).values[0]] as const);
    if (rows.length !== t.rows.length)
      throw new SourceError(report.file, t.total.line, `${dimension} table has unexpected rows`);
    const q = partsQuality(
      rows.map((r) => r[1]),
      national,
      `the ${dimension} rows`,
    );
    for (const [category, value] of rows) out.breakdowns.push(breakdown(dimension, category, value, source, q));
  };
  simple('SEXO\t', 'sex', S.sex, [
    [/^Hombres$/, 'men'],
    [/^Mujeres$/, 'women'],
  ]);
  const ageTable = readLabelledTable(report, 'RANGO DE EDAD', section);
  simple(
    'RANGO DE EDAD',
    'age_group',
    S.age,
    ageTable.rows.map((r) => {
      const label = r.label.replace(/ o más$/, '+');
      if (!/^\d+(-\d+|\+)?$/.test(label))
        throw new SourceError(report.file, r.line, `unexpected age range "${r.label}"`);
      return [new RegExp(`^${r.label}$`), label] as [RegExp, string];
    }),
  );
  simple('MODALIDAD\t', 'voting_modality', S.modality, [
    [/^Postal$/, 'postal'],
    [/^Electrónico por internet$/i, 'internet'],
  ]);

  // 4.1.6 analysis: label<TAB>count lines.
  const analysis = findLine(report, (l) => l.startsWith('4.1.6. Análisis'), section, 'section 4.1.6');
  const count = (label: string) => {
    const i = findLine(report, (l) => l.startsWith(`${label}\t`), analysis, label);
    return parseCount(report.lines[i].split('\t')[1].trim(), report, i);
  };
  const analysed = count('Total de SIILNERE recibidas');
  const meets = count('SIILNERE que cumplen los requisitos');
  const inconsistent = count('SIILNERE con inconsistencias');
  const review = count('SIILNERE en revisión');
  if (analysed !== national)
    throw new SourceError(report.file, analysis, 'analysis total differs from the national total');
  const aq = partsQuality([meets, inconsistent, review], analysed, 'the analysis statuses');
  out.breakdowns.push(
    breakdown('review_status', 'meets_requirements', meets, S.analysis, aq),
    breakdown('review_status', 'with_inconsistencies', inconsistent, S.analysis, aq),
    breakdown('review_status', 'in_review', review, S.analysis, aq),
  );
  out.totals.push({
    ...base,
    measure: 'eligible',
    value: meets,
    source: S.analysis,
    quality: aq.quality,
    note: 'preliminary figure at the cut-off date; the analysis of requests ran until March 2021',
  });

  out.sources.push(
    sourceRow(REPORT, S.channel, '4.1.1. SIILNERE recibidas', 'MEDIO DE REGISTRO: INETEL, SRVE, TOTAL'),
    sourceRow(
      REPORT,
      S.crosstab,
      '4.1.2. Recepción de SIILNERE por país de residencia y entidad',
      'País, Total, Baja California Sur, Chihuahua, Ciudad de México, Colima, Guerrero, Jalisco, Michoacán, Nayarit, Querétaro, San Luis Potosí, Zacatecas',
    ),
    sourceRow(
      REPORT,
      S.credential,
      '4.1.3. SIILNERE recibidas por tipo de Credencial',
      'TIPO DE CREDENCIAL, INETEL, SRVE, TOTAL',
    ),
    sourceRow(REPORT, S.sex, '4.1.4. SIILNERE por sexo y rangos de edad', 'SEXO, TOTAL, %'),
    sourceRow(REPORT, S.age, '4.1.4. SIILNERE por sexo y rangos de edad', 'RANGO DE EDAD (AÑOS), TOTAL, %'),
    sourceRow(REPORT, S.modality, '4.1.5. SIILNERE por modalidad de voto', 'MODALIDAD, TOTAL, %'),
    sourceRow(
      REPORT,
      S.analysis,
      '4.1.6. Análisis de las SIILNERE recibidas',
      'Total de SIILNERE recibidas; SIILNERE que cumplen los requisitos; con inconsistencias; en revisión',
    ),
  );
  return out;
}

/** 68 countries × 11 entities; every row and column is checked against its printed total. */
function addCrosstab(out: Extraction, report: Report, from: number, national: number): void {
  const t = readLabelledTable(report, 'País\tTotal\t', from);
  const columns = t.header.slice(2).map((name) => {
    const e = entityByName(name);
    if (!e) throw new SourceError(report.file, null, `unknown entity "${name}" in the country table header`);
    return e;
  });
  const width = columns.length + 1;
  const rowOk = t.rows.map((r) => {
    if (r.values.length !== width)
      throw new SourceError(report.file, r.line, `${r.label}: ${r.values.length} cells, expected ${width}`);
    return r.values.slice(1).reduce((s, v) => s + v, 0) === r.values[0];
  });
  const colOk = t.total.values.map((total, c) => t.rows.reduce((s, r) => s + r.values[c], 0) === total);
  if (t.total.values[0] !== national)
    throw new SourceError(report.file, t.total.line, 'country table total differs from the national total');
  const base = { process: PROCESS, cutoff_date: CUTOFF, measure: 'received', source: S.crosstab } as const;
  t.rows.forEach((r, i) => {
    const spelling = r.label.replace(/^\d+\s+/, '');
    out.countrySpellings.push(spelling);
    const iso3 = countryCode(spelling);
    out.byCountry.push({
      ...base,
      country_iso3: iso3,
      country_es: countryNameEs(iso3),
      value: r.values[0],
      quality: rowOk[i] && colOk[0] ? 'exact' : 'uncertain',
      note: rowOk[i] ? '' : "this row's entity cells do not sum to its Total",
    });
    columns.forEach((e, k) => {
      const ok = rowOk[i] && colOk[k + 1];
      out.byCountryEntity.push({
        ...base,
        country_iso3: iso3,
        entity_code: e.code,
        value: r.values[k + 1],
        quality: ok ? 'exact' : 'uncertain',
        note: ok ? '' : 'its row or column does not sum to the printed total',
      });
    });
  });
  columns.forEach((e, k) => {
    out.byEntity.push({
      ...base,
      entity_code: e.code,
      entity_es: e.name_es,
      value: t.total.values[k + 1],
      quality: colOk[k + 1] ? 'exact' : 'uncertain',
      note: 'the Total row of the country × entity table',
    });
  });

  // Only the 11 entities with a column had a vote from abroad (local elections only; no federal election).
  const named = new Set(columns.map((e) => e.code));
  const gto = entityByName('Guanajuato')!.code;
  const mentionsGto = report.lines.some(
    (l) => fold(l).includes('entidades que contaran con vmre') && l.includes('Guanajuato'),
  );
  for (const e of ENTITIES) {
    const local = named.has(e.code);
    out.coverage.push({
      process: PROCESS,
      entity_code: e.code,
      vote_from_abroad: local ? 'local' : 'none',
      source: S.crosstab,
      note:
        e.code === gto && mentionsGto
          ? 'flagged: section 2.1.4 lists Guanajuato among the OPL "that will have VMRE", but the country × entity table, its totals and section 3 count 11 entities without it'
          : local
            ? 'local elections only; there was no federal election from abroad in 2020-2021'
            : '',
    });
  }
}
