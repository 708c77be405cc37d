/**
 * 2017-18: Informe de avances … Procesos Electorales 2017-2018, noviembre 2017 (cut-off 30 Nov 2017).
 * The figures are in the prose: three request types (SIILNERE, SIVE, SIASPE), the 7 entities with
 * local elections, rounded country shares, channel, sex and documentary review.
 */
import { countryCode, countryNameEs } from './countries.ts';
import { ENTITIES, entityByName } from './entities.ts';
import { emptyExtraction, type Extraction, type Measure, type Process, sourceRow, type ReportMeta } from './model.ts';
import { SourceError, findLine, parseCount, type Report } from './text.ts';

export const FILE_2017 = '002_9b5df074e05c70eb.txt';
const PROCESS: Process = '2017-2018';
const CUTOFF = '2017-11-30';
/** Every figure of this report sits in section 2.1.2; only the list of local elections is elsewhere. */
const SECTION = '2.1.2. Actividades registrales';
const REPORT: ReportMeta = {
  document:
    'Informe de avances del Voto de los Mexicanos Residentes en el Extranjero correspondiente a los Procesos Electorales 2017-2018. Noviembre 2017',
  period: '2017-11-01/2017-11-30',
  published: '2017-12',
  seed_file: FILE_2017,
};
const TYPES = ['siilnere', 'sive', 'siaspe'] as const;
type RequestType = (typeof TYPES)[number];

const S = {
  total: '2017-2.1.2-total',
  entity: '2017-2.1.2-entidad',
  channel: '2017-2.1.2-medio',
  countrySiilnere: '2017-2.1.2-pais-siilnere',
  countrySive: '2017-2.1.2-pais-sive',
  sex: '2017-2.1.2-sexo',
  review: '2017-2.1.2-revision',
  localElections: '2017-2.1.1-opl',
} as const;

/** A short line that starts a new subsection of the prose ("Recepción de SIVE por género"). */
function isHeading(line: string): boolean {
  return line.length > 0 && line.length < 90 && /^[A-ZÁÉÍÓÚ]/.test(line) && !/[.,:;]$/.test(line);
}

/** The prose under a heading (found after `from`), joined into one string, up to the next heading. */
function paragraphAfter(report: Report, heading: string, from = 0): { text: string; line: number } {
  const h = findLine(report, (l) => l.trim() === heading, from, `heading "${heading}"`);
  const parts: string[] = [];
  for (let i = h + 1; i < report.lines.length; i++) {
    const l = report.lines[i].trim();
    if (l === '') continue;
    if (parts.length > 0 && isHeading(l)) break;
    parts.push(l);
  }
  return { text: parts.join(' '), line: h };
}

function match(report: Report, p: { text: string; line: number }, re: RegExp): RegExpMatchArray {
  const m = p.text.match(re);
  if (!m) throw new SourceError(report.file, p.line, `the paragraph no longer matches ${re}`);
  return m;
}

const n = (report: Report, line: number, s: string) => parseCount(s, report, line);

export function extract2017(report: Report): Extraction {
  const out = emptyExtraction();
  const start = findLine(
    report,
    (l) => l.trim() === 'Sistema de Registro para Votar desde el Extranjero',
    0,
    'section 2.1.2',
  );
  const figure = { process: PROCESS, cutoff_date: CUTOFF } as const;

  // National totals by request type.
  const totalP = paragraphAfter(report, 'Sistema de Registro para Votar desde el Extranjero', start - 1);
  const t = match(
    report,
    totalP,
    /Con corte al 30 de noviembre de 2017, se recibieron ([\d,]+) Solicitudes, de las cuales, ([\d,]+) correspondieron a SIILNERE, ([\d,]+) SIVE Y ([\d,]+) SIASPE/i,
  );
  const [national, siilnere, sive, siaspe] = t.slice(1, 5).map((s) => n(report, totalP.line, s));
  if (siilnere + sive + siaspe !== national)
    throw new SourceError(report.file, totalP.line, 'request types no longer add up to the total');
  const byType: Record<RequestType, number> = { siilnere, sive, siaspe };
  // Each type's own subsection repeats its national figure: check it.
  const repeats: [string, RegExp, RequestType][] = [
    ['Recepción de SIILNERE por periodo a nivel federal', /total de ([\d,]+) SIILNERE a nivel federal/, 'siilnere'],
    ['Recepción de SIVE por periodo a nivel federal', /total de ([\d,]+) SIVE a nivel federal/, 'sive'],
    ['Recepción de SIASPE por periodo a nivel federal', /se recibieron ([\d,]+) SIASPE/, 'siaspe'],
  ];
  for (const [heading, re, type] of repeats) {
    const p = paragraphAfter(report, heading, start);
    if (n(report, p.line, match(report, p, re)[1]) !== byType[type])
      throw new SourceError(report.file, p.line, `${type} national figure differs between paragraphs`);
  }
  const typesNote = 'three request types added together: SIILNERE + SIVE + SIASPE';
  out.totals.push(
    {
      ...figure,
      measure: 'received',
      value: national,
      quality: 'exact',
      source: S.total,
      note: `preliminary figure at the cut-off date; ${typesNote}`,
    },
    {
      ...figure,
      measure: 'received_siilnere',
      value: siilnere,
      quality: 'exact',
      source: S.total,
      note: 'SIILNERE only (individual registration requests)',
    },
    {
      ...figure,
      measure: 'received_sive',
      value: sive,
      quality: 'exact',
      source: S.total,
      note: 'SIVE only (a request type the report counts apart from SIILNERE and SIASPE)',
    },
  );
  for (const type of TYPES)
    out.breakdowns.push({
      ...figure,
      measure: 'received',
      entity_code: '',
      dimension: 'request_type',
      category: type,
      value: byType[type],
      quality: 'exact',
      source: S.total,
      note: '',
    });

  addEntities(out, report, start, byType);
  addChannels(out, report, start, byType);
  addCountryShares(out, report, start, siilnere, sive);
  addSex(out, report, start, byType);
  addReview(out, report, start, byType);
  addCoverage(out, report);

  out.sources.push(
    sourceRow(REPORT, S.total, SECTION, 'text: requests received by type (SIILNERE, SIVE, SIASPE) at the cut-off date'),
    sourceRow(
      REPORT,
      S.entity,
      SECTION,
      'text: requests of each type from the 7 entities with local elections (Recepción de SIILNERE / SIVE / SIASPE de las entidades con Proceso Electoral Local 2017-2018)',
    ),
    sourceRow(
      REPORT,
      S.channel,
      SECTION,
      'text: SIILNERE and SIVE by registration channel, web portal or mobile app (Recepción de SIILNERE / SIVE por medio de registro)',
    ),
    sourceRow(
      REPORT,
      S.countrySiilnere,
      SECTION,
      'text: rounded shares of SIILNERE by country (Recepción de SIILNERE por país en el extranjero)',
      'the paragraph says the requests were received "during October" although its count is the 30 Nov total',
    ),
    sourceRow(
      REPORT,
      S.countrySive,
      SECTION,
      'text: rounded shares of SIVE by country (Recepción de SIVE por país de residencia)',
    ),
    sourceRow(
      REPORT,
      S.sex,
      SECTION,
      'text: requests of each type by sex (Recepción de SIILNERE / SIVE / SIASPE por género)',
    ),
    sourceRow(REPORT, S.review, SECTION, 'text: documentary review of SIILNERE and SIVE (Revisión Documental)'),
    sourceRow(
      REPORT,
      S.localElections,
      '2.1.1. Secretaría Técnica de la CVMRE',
      'text: the OPL of the entities that will run the vote from abroad in their 2017-2018 local elections',
    ),
  );
  return out;
}

/** "… 708 SIILNERE correspondieron a la Ciudad de México, 35 a Chiapas, … y 36 a Yucatán." */
function addEntities(out: Extraction, report: Report, start: number, byType: Record<RequestType, number>): void {
  const headings: [RequestType, string, RegExp][] = [
    [
      'siilnere',
      'Recepción de SIILNERE de las entidades con Proceso Electoral Local 2017-2018',
      /total de ([\d,]+) SIILNERE\. De manera específica, (.+?)\.(?: |$)/,
    ],
    [
      'sive',
      'Recepción de SIVE de las entidades con Proceso Electoral Local 2017-2018',
      /total de ([\d,]+) SIVE\. De manera específica, (.+?)\.(?: |$)/,
    ],
    [
      'siaspe',
      'Recepción de SIASPE de las entidades con Proceso Electoral Local 2017-2018',
      /total de ([\d,]+) SIASPE, (.+?)\.(?: |$)/,
    ],
  ];
  const perEntity = new Map<string, Record<RequestType, number>>();
  for (const [type, heading, re] of headings) {
    const p = paragraphAfter(report, heading, start);
    const m = match(report, p, re);
    const total = n(report, p.line, m[1]);
    let sum = 0;
    for (const item of m[2].split(/, y |, | y /)) {
      const im = item.match(/^([\d,]+) (?:SIILNERE )?(?:corresponden |correspondieron )?(?:a|de) (?:la )?(.+)$/);
      const entity = im && entityByName(im[2]);
      if (!im || !entity) throw new SourceError(report.file, p.line, `cannot read "${item}" as a count and an entity`);
      const value = n(report, p.line, im[1]);
      sum += value;
      const rec = perEntity.get(entity.code) ?? { siilnere: NaN, sive: NaN, siaspe: NaN };
      rec[type] = value;
      perEntity.set(entity.code, rec);
    }
    if (sum !== total) throw new SourceError(report.file, p.line, `${type} entity figures sum to ${sum}, not ${total}`);
    if (total > byType[type])
      throw new SourceError(report.file, p.line, `${type} local-entity total exceeds the national one`);
  }
  for (const [code, rec] of [...perEntity].sort(([a], [b]) => a.localeCompare(b))) {
    if (TYPES.some((t) => Number.isNaN(rec[t])))
      throw new SourceError(report.file, null, `entity ${code} lacks a request type`);
    const entity = ENTITIES.find((e) => e.code === code)!;
    const value = rec.siilnere + rec.sive + rec.siaspe;
    out.byEntity.push({
      process: PROCESS,
      cutoff_date: CUTOFF,
      measure: 'received',
      entity_code: code,
      entity_es: entity.name_es,
      value,
      quality: 'derived',
      source: S.entity,
      note: `sum of the printed SIILNERE ${rec.siilnere} + SIVE ${rec.sive} + SIASPE ${rec.siaspe}`,
    });
    for (const type of TYPES)
      out.breakdowns.push({
        process: PROCESS,
        cutoff_date: CUTOFF,
        measure: 'received',
        entity_code: code,
        dimension: 'request_type',
        category: type,
        value: rec[type],
        quality: 'exact',
        source: S.entity,
        note: '',
      });
  }
}

/** Web portal vs mobile app, for SIILNERE and SIVE (SIASPE are filed at consulates). */
function addChannels(out: Extraction, report: Report, start: number, byType: Record<RequestType, number>): void {
  const items: [RequestType, string][] = [
    ['siilnere', 'Recepción de SIILNERE por medio de registro'],
    ['sive', 'Recepción de SIVE por medio de registro'],
  ];
  for (const [type, heading] of items) {
    const p = paragraphAfter(report, heading, start);
    const m = match(
      report,
      p,
      /([\d,]+) (?:se realizaron por medio del|recibidas a través del) Portal Web y ([\d,]+) a través de la Aplicación Móvil/,
    );
    const web = n(report, p.line, m[1]);
    const app = n(report, p.line, m[2]);
    const ok = web + app === byType[type];
    for (const [category, value] of [
      ['web', web],
      ['app', app],
    ] as const)
      out.breakdowns.push({
        process: PROCESS,
        cutoff_date: CUTOFF,
        measure: 'received',
        entity_code: '',
        dimension: 'request_type+registration_channel',
        category: `${type}+${category}`,
        value,
        quality: ok ? 'exact' : 'uncertain',
        source: S.channel,
        note: ok ? '' : `web and app sum to ${web + app}, not to the ${byType[type]} ${type}`,
      });
  }
}

/**
 * The report gives only whole-number percentages of the countries of residence. The derived count is the
 * share times the type's total, rounded half up; since the share was itself rounded, the true count lies
 * anywhere in the interval of (share ± 0.5 %) × total, which the note states.
 */
function addCountryShares(out: Extraction, report: Report, start: number, siilnere: number, sive: number): void {
  const sp = paragraphAfter(report, 'Recepción de SIILNERE por país en el extranjero', start);
  const sCountries = n(report, sp.line, match(report, sp, /provenían de ([\d,]+) países/)[1]);
  const sList = match(report, sp, /fueron: (.+?), mientras el resto de los países concentraron el (\d+)% de SIILNERE/);
  const sShares = [...sList[1].matchAll(/(?:y )?([A-ZÁÉÍÓÚ][\p{L} ]+?) con (?:un|el) (\d+) ?%/gu)].map(
    (m) => [m[1], Number(m[2])] as const,
  );
  addShares(
    out,
    report,
    sp.line,
    'received_siilnere',
    S.countrySiilnere,
    siilnere,
    sCountries,
    sShares,
    Number(sList[2]),
  );

  const vp = paragraphAfter(report, 'Recepción de SIVE por país de residencia', start);
  const vCountries = n(report, vp.line, match(report, vp, /un total de ([\d,]+) países/)[1]);
  const vm = match(
    report,
    vp,
    /el (\d+)% provienen de ([\p{L} ]+?), (\d+)% de ([\p{L} ]+?), (\d+)% de ([\p{L} ]+?), mientras que de ([\p{L}]+) y ([\p{L}]+) proviene un (\d+)% por cada una/u,
  );
  const vShares = [
    [vm[2], Number(vm[1])],
    [vm[4], Number(vm[3])],
    [vm[6], Number(vm[5])],
    [vm[7], Number(vm[9])],
    [vm[8], Number(vm[9])],
  ] as const;
  addShares(out, report, vp.line, 'received_sive', S.countrySive, sive, vCountries, vShares, null);
}

function addShares(
  out: Extraction,
  report: Report,
  line: number,
  measure: Measure,
  source: string,
  total: number,
  countries: number,
  shares: readonly (readonly [string, number])[],
  restShare: number | null,
): void {
  if (shares.length < 2) throw new SourceError(report.file, line, 'too few country shares read');
  const pct = shares.reduce((s, [, p]) => s + p, 0) + (restShare ?? 0);
  if (restShare !== null && pct !== 100) throw new SourceError(report.file, line, `shares add to ${pct} %`);
  let listed = 0;
  for (const [spelling, share] of shares) {
    out.countrySpellings.push(spelling);
    const iso3 = countryCode(spelling);
    const value = Math.floor((share * total) / 100 + 0.5);
    const low = Math.ceil(((share - 0.5) * total) / 100);
    const high = Math.floor(((share + 0.5) * total) / 100);
    listed += value;
    out.byCountry.push({
      process: PROCESS,
      cutoff_date: CUTOFF,
      measure,
      country_iso3: iso3,
      country_es: countryNameEs(iso3),
      value,
      quality: 'derived',
      source,
      note: `${share} % (a rounded share) of ${total}; the true count lies between ${low} and ${high}`,
    });
  }
  const restCountries = countries - shares.length;
  out.byCountry.push({
    process: PROCESS,
    cutoff_date: CUTOFF,
    measure,
    country_iso3: '',
    country_es: 'Otros países (no desglosados)',
    value: total - listed,
    quality: 'derived',
    source,
    note:
      `remainder: ${total} less the ${shares.length} derived country figures, spread over the other ${restCountries} of the ${countries} countries the report counts` +
      (restShare === null ? '' : `; the report puts them at ${restShare} %`),
  });
}

function addSex(out: Extraction, report: Report, start: number, byType: Record<RequestType, number>): void {
  const items: [RequestType, string][] = [
    ['siilnere', 'Recepción de SIILNERE por género'],
    ['sive', 'Recepción de SIVE por género'],
    ['siaspe', 'Recepción de SIIASPE por género'], // sic: the report misspells SIASPE in this heading
  ];
  const national = { men: 0, women: 0 };
  let allExact = true;
  for (const [type, heading] of items) {
    const p = paragraphAfter(report, heading, start);
    const women = n(
      report,
      p.line,
      match(
        report,
        p,
        /mujeres \(([\d,]+)\)|([\d,]+) \(\d+ ?%\) (?:solicitudes fueron realizadas )?por mujeres/,
      ).filter(Boolean)[1],
    );
    const men = n(
      report,
      p.line,
      match(
        report,
        p,
        /hombres \(([\d,]+)\)|([\d,]+) \(\d+ ?%\) (?:solicitudes fueron realizadas )?por hombres/,
      ).filter(Boolean)[1],
    );
    const ok = women + men === byType[type];
    national.men += men;
    national.women += women;
    allExact &&= ok;
    for (const [category, value] of [
      ['men', men],
      ['women', women],
    ] as const)
      out.breakdowns.push({
        process: PROCESS,
        cutoff_date: CUTOFF,
        measure: 'received',
        entity_code: '',
        dimension: 'request_type+sex',
        category: `${type}+${category}`,
        value,
        quality: ok ? 'exact' : 'uncertain',
        source: S.sex,
        note: ok ? '' : `men and women sum to ${women + men}, not to the ${byType[type]} ${type}`,
      });
  }
  // All requests by sex, so that the profile compares with later processes; every type reports sex.
  for (const category of ['men', 'women'] as const)
    out.breakdowns.push({
      process: PROCESS,
      cutoff_date: CUTOFF,
      measure: 'received',
      entity_code: '',
      dimension: 'sex',
      category,
      value: national[category],
      quality: 'derived',
      source: S.sex,
      note:
        `sum of the printed SIILNERE, SIVE and SIASPE figures for ${category}` +
        (allExact ? '' : '; some of them do not add up to their type total'),
    });
}

/** Documentary review: only SIILNERE and SIVE are reported; SIASPE are confirmed on credential delivery. */
function addReview(out: Extraction, report: Report, start: number, byType: Record<RequestType, number>): void {
  const firstReview = findLine(report, (l) => l.trim() === 'Recepción de SIILNERE por género', start);
  const sp = paragraphAfter(report, 'Revisión Documental', firstReview);
  const siilnere = match(
    report,
    sp,
    /Del total de SIILNERE recibidas \(([\d,]+) solicitudes\), sólo ([\d,]+) solicitudes cumplieron con los requisitos documentales/,
  );
  if (n(report, sp.line, siilnere[1]) !== byType.siilnere)
    throw new SourceError(report.file, sp.line, 'SIILNERE review base differs');
  const secondReview = findLine(report, (l) => l.trim() === 'Recepción de SIVE por género', start);
  const vp = paragraphAfter(report, 'Revisión Documental', secondReview);
  const sive = match(
    report,
    vp,
    /De las ([\d,]+) SIVE recibidas, ([\d,]+) cumplieron con los requisitos documentales, por lo que posteriormente sólo ([\d,]+) solicitudes necesitarán realizar un subsane/,
  );
  const [base, meets, correction] = sive.slice(1, 4).map((s) => n(report, vp.line, s));
  if (base !== byType.sive) throw new SourceError(report.file, vp.line, 'SIVE review base differs');
  const ok = meets + correction === base;
  const row = (category: string, value: number, quality: 'exact' | 'uncertain', note: string) =>
    out.breakdowns.push({
      process: PROCESS,
      cutoff_date: CUTOFF,
      measure: 'received',
      entity_code: '',
      dimension: 'request_type+review_status',
      category,
      value,
      quality,
      source: S.review,
      note,
    });
  row(
    'siilnere+meets_requirements',
    n(report, sp.line, siilnere[2]),
    'exact',
    'met the documentary requirements (documents attached and valid); the registry check came later',
  );
  row(
    'sive+meets_requirements',
    meets,
    ok ? 'exact' : 'uncertain',
    'met the documentary requirements; the registry check came later',
  );
  row(
    'sive+sent_to_correction',
    correction,
    ok ? 'exact' : 'uncertain',
    'will need to correct their documents (subsane)',
  );
}

/** Federal vote for all; local too in the 7 entities whose OPL the report names. */
function addCoverage(out: Extraction, report: Report): void {
  const line = findLine(
    report,
    (l) => l.includes('entidades que implementarán el voto desde el extranjero para el Proceso Electoral 2017-2018'),
    0,
    'the list of local elections',
  );
  const m = report.lines[line].match(/Organismos Públicos Locales de (.+?), entidades que implementarán/);
  if (!m) throw new SourceError(report.file, line, 'the list of local elections changed');
  const local = m[1].split(/, | y /).map((name) => {
    const e = entityByName(name);
    if (!e) throw new SourceError(report.file, line, `unknown entity "${name}"`);
    return e.code;
  });
  if (local.length !== 7)
    throw new SourceError(report.file, line, `expected 7 entities with local elections, read ${local.length}`);
  for (const e of ENTITIES)
    out.coverage.push({
      process: PROCESS,
      entity_code: e.code,
      vote_from_abroad: local.includes(e.code) ? 'federal+local' : 'federal',
      source: S.localElections,
      note: local.includes(e.code)
        ? ''
        : 'federal vote only; the report itemizes requests only for the 7 entities with local elections',
    });
}
