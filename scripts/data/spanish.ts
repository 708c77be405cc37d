/**
 * The Spanish of every note the pipeline writes (`note_es` beside `note`, and `table_es` beside the
 * "text:" descriptions of sources.csv). The extractors keep writing one English note per figure; this
 * module rewrites each one by its shape, numbers and codes carried over, so the two columns always
 * say the same thing. A note no rule knows stops the build instead of reaching a Spanish reader in
 * English: add its rule here.
 */

type Rule = readonly [RegExp, (m: RegExpExecArray) => string];

/** Dimension codes and the "what" of tables.ts's partsQuality, as a Spanish sentence names them. */
const PARTS: Readonly<Record<string, string>> = {
  'INETEL and SRVE': 'INETEL y SRVE',
  'the channel cells': 'las celdas por medio de registro',
  'the analysis statuses': 'los estados del análisis',
  'the sex rows': 'las filas por sexo',
  'the age_group rows': 'las filas por grupo de edad',
  'the voting_modality rows': 'las filas por modalidad de voto',
  sex: 'por sexo',
  age_group: 'por grupo de edad',
  voting_modality: 'por modalidad de voto',
  registration_channel: 'por medio de registro',
  credential_type: 'por tipo de credencial',
};

function part(what: string): string {
  const es = PARTS[what];
  if (es === undefined)
    throw new Error(`spanish: no Spanish for "${what}"; add it to PARTS in scripts/data/spanish.ts`);
  return es;
}

const PRELIMINARY = 'cifra preliminar a la fecha de corte';

const NOTES: readonly Rule[] = [
  [/^preliminary figure at the cut-off date; (.+)$/, (m) => `${PRELIMINARY}; ${noteEs(m[1])}`],
  [
    /^three request types added together: SIILNERE \+ SIVE \+ SIASPE$/,
    () => 'suma de tres tipos de solicitud: SIILNERE + SIVE + SIASPE',
  ],
  [
    /^SIILNERE received by phone \(INETEL\) and online \(SRVE\)$/,
    () => 'SIILNERE recibidas por teléfono (INETEL) y en línea (SRVE)',
  ],
  [
    /^the analysis of requests ran until March (\d{4})$/,
    (m) => `el análisis de las solicitudes siguió hasta marzo de ${m[1]}`,
  ],
  [/^equals the TOTAL row of the entity table$/, () => 'coincide con la fila TOTAL de la tabla por entidad'],
  [
    /^equals the TOTAL row of the entity table of requests that meet the requirements$/,
    () => 'coincide con la fila TOTAL de la tabla por entidad de las solicitudes que cumplen los requisitos',
  ],
  [
    /^SIILNERE only \(individual registration requests\)$/,
    () => 'solo SIILNERE (solicitudes individuales de inscripción)',
  ],
  [
    /^SIVE only \(a request type the report counts apart from SIILNERE and SIASPE\)$/,
    () => 'solo SIVE (un tipo de solicitud que el informe cuenta aparte de SIILNERE y SIASPE)',
  ],
  [
    /^sum of the printed SIILNERE (\d+) \+ SIVE (\d+) \+ SIASPE (\d+)$/,
    (m) => `suma de las cifras impresas SIILNERE ${m[1]} + SIVE ${m[2]} + SIASPE ${m[3]}`,
  ],
  [
    /^sum of the printed SIILNERE, SIVE and SIASPE figures for (men|women)$/,
    (m) => `suma de las cifras impresas de SIILNERE, SIVE y SIASPE de ${m[1] === 'men' ? 'hombres' : 'mujeres'}`,
  ],
  [
    /^(\d+) % \(a rounded share\) of (\d+); the true count lies between (\d+) and (\d+)$/,
    (m) => `${m[1]} % (porcentaje redondeado) de ${m[2]}; la cifra real está entre ${m[3]} y ${m[4]}`,
  ],
  [
    /^remainder: (\d+) less the (\d+) derived country figures, spread over the other (\d+) of the (\d+) countries the report counts(?:; the report puts them at (\d+) %)?$/,
    (m) =>
      `resto: ${m[1]} menos las ${m[2]} cifras derivadas por país, repartido entre los otros ${m[3]} de los ${m[4]} países que cuenta el informe` +
      (m[5] === undefined ? '' : `; el informe les asigna ${m[5]} %`),
  ],
  [
    /^remainder: the national total (\d+) less the (\d+) countries the table lists \((\d+)\); the report counts (\d+) countries of residence but lists (\d+); inherits the doubt of (\d+) uncertain country totals$/,
    (m) =>
      `resto: el total nacional ${m[1]} menos los ${m[2]} países que lista la tabla (${m[3]}); el informe cuenta ${m[4]} países de residencia pero lista ${m[5]}; hereda la duda de ${m[6]} totales por país inciertos`,
  ],
  [
    /^row damaged in the source: (\d+) entity cells printed for (\d+) columns, so they are not attributed to entities \(see crosstab_damaged_cells\.csv\); its printed cells sum to (?:its TOTAL|(\d+), not to its TOTAL (\d+))$/,
    (m) =>
      `fila dañada en la fuente: ${m[1]} celdas de entidad impresas para ${m[2]} columnas, por lo que no se atribuyen a entidades (véase crosstab_damaged_cells.csv); sus celdas impresas suman ` +
      (m[3] === undefined ? 'su TOTAL' : `${m[3]}, no su TOTAL ${m[4]}`),
  ],
  [
    /^this row's (\d+) cells sum to (\d+), not to its printed TOTAL (\d+)$/,
    (m) => `las ${m[1]} celdas de esta fila suman ${m[2]}, no su TOTAL impreso ${m[3]}`,
  ],
  [/^this row's entity cells do not sum to its Total$/, () => 'las celdas por entidad de esta fila no suman su Total'],
  [/^its row or column does not sum to the printed total$/, () => 'su fila o su columna no suma el total impreso'],
  [/^the Total row of the country × entity table$/, () => 'la fila Total de la tabla país × entidad'],
  [/^national: the TOTAL row of the entity table$/, () => 'nacional: la fila TOTAL de la tabla por entidad'],
  [
    /^the (\w+) cells of this row sum to (\d+), not to its printed TOTAL (\d+)$/,
    (m) => `las celdas ${part(m[1])} de esta fila suman ${m[2]}, no su TOTAL impreso ${m[3]}`,
  ],
  [
    /^the column (\w+) sums to (\d+), not to its printed TOTAL (\d+)$/,
    (m) => `la columna ${m[1]} suma ${m[2]}, no su TOTAL impreso ${m[3]}`,
  ],
  [
    /^(.+) sum to (\d+), not to the printed total (\d+)$/,
    (m) => `${part(m[1])} suman ${m[2]}, no el total impreso ${m[3]}`,
  ],
  [
    /^(web and app|men and women) sum to (\d+), not to the (\d+) (\w+)$/,
    (m) =>
      `${m[1] === 'web and app' ? 'portal y aplicación' : 'hombres y mujeres'} suman ${m[2]}, no las ${m[3]} ${m[4]}`,
  ],
  [
    /^mean age in years, as printed \(two decimals, or fewer where the report prints fewer\)$/,
    () => 'edad promedio en años, tal como se imprime (dos decimales, o menos donde el informe imprime menos)',
  ],
  [
    /^met the documentary requirements( \(documents attached and valid\))?; the registry check came later$/,
    (m) =>
      `cumplieron los requisitos documentales${m[1] ? ' (documentos adjuntos y válidos)' : ''}; la verificación registral vino después`,
  ],
  [/^will need to correct their documents \(subsane\)$/, () => 'tendrán que corregir sus documentos (subsanar)'],
  [
    /^sent back to the applicant to correct \(subsane\)$/,
    () => 'devueltas a quien las presentó para corregirlas (subsanar)',
  ],
  [/^still being reviewed at the cut-off date$/, () => 'todavía en revisión a la fecha de corte'],
  [
    /^still in initial clarification and registry checks, not yet analysed$/,
    () => 'todavía en aclaración inicial y verificación registral, sin analizar',
  ],
  [
    /^requests that entered legal analysis: the (\d+) received less the (\d+) still in initial clarification; equals meets_requirements \+ sent_to_correction \+ in_process$/,
    (m) =>
      `solicitudes que entraron al análisis jurídico: las ${m[1]} recibidas menos las ${m[2]} todavía en aclaración inicial; igual a meets_requirements + sent_to_correction + in_process`,
  ],
  [
    /^federal vote only; the report itemizes requests only for the (\d+) entities with local elections$/,
    (m) =>
      `solo voto federal; el informe desglosa las solicitudes solo de las ${m[1]} entidades con elecciones locales`,
  ],
  [
    /^local elections only; there was no federal election from abroad in (\d{4})-(\d{4})$/,
    (m) => `solo elecciones locales; no hubo elección federal desde el extranjero en ${m[1]}-${m[2]}`,
  ],
  [
    /^flagged: section ([\d.]+) lists (.+) among the OPL "that will have VMRE", but the country × entity table, its totals and section (\d+) count (\d+) entities without it$/,
    (m) =>
      `señalado: el apartado ${m[1]} cuenta a ${m[2]} entre los OPL «que tendrán VMRE», pero la tabla país × entidad, sus totales y el apartado ${m[3]} cuentan ${m[4]} entidades sin ella`,
  ],
  [
    /^local vote added on (\d+) Nov (\d{4}) by Acuerdo (\S+) \(local deputies by proportional representation\)$/,
    (m) =>
      `voto local añadido el ${m[1]} de noviembre de ${m[2]} por el Acuerdo ${m[3]} (diputaciones locales de representación proporcional)`,
  ],
  [
    /^the paragraph says the requests were received "during October" although its count is the (\d+) Nov total$/,
    (m) =>
      `el párrafo dice que las solicitudes se recibieron «durante octubre», aunque su cifra es el total al ${m[1]} de noviembre`,
  ],
  [
    /^damaged in the text extraction: (\d+) of its (\d+) rows print more entity cells than the (\d+) columns; (\d+) rows print cells that do not sum to their TOTAL$/,
    (m) =>
      `dañada en la extracción del texto: ${m[1]} de sus ${m[2]} filas imprimen más celdas de entidad que las ${m[3]} columnas; ${m[4]} filas imprimen celdas que no suman su TOTAL`,
  ],
];

/** What the "text:" rows of sources.csv describe (the part in parentheses is the report's own Spanish). */
const PARAGRAPHS: readonly Rule[] = [
  [
    /^the OPL of the entities that will run the vote from abroad in their (\d{4}-\d{4}) local elections$/,
    (m) => `los OPL de las entidades que tendrán voto desde el extranjero en sus elecciones locales ${m[1]}`,
  ],
  [
    /^the OPL whose local legislation provides for the vote from abroad in (\d{4}-\d{4})$/,
    (m) => `los OPL cuya legislación local prevé el voto desde el extranjero en ${m[1]}`,
  ],
  [
    /^requests of each type from the (\d+) entities with local elections (\(.+\))$/,
    (m) => `solicitudes de cada tipo de las ${m[1]} entidades con elecciones locales ${m[2]}`,
  ],
  [
    /^SIILNERE and SIVE by registration channel, web portal or mobile app (\(.+\))$/,
    (m) => `SIILNERE y SIVE por medio de registro, portal web o aplicación móvil ${m[1]}`,
  ],
  [
    /^rounded shares of (SIILNERE|SIVE) by country (\(.+\))$/,
    (m) => `porcentajes redondeados de ${m[1]} por país ${m[2]}`,
  ],
  [/^documentary review of SIILNERE and SIVE (\(.+\))$/, (m) => `revisión documental de SIILNERE y SIVE ${m[1]}`],
  [/^requests of each type by sex (\(.+\))$/, (m) => `solicitudes de cada tipo por sexo ${m[1]}`],
  [
    /^requests received by type \(SIILNERE, SIVE, SIASPE\) at the cut-off date$/,
    () => 'solicitudes recibidas por tipo (SIILNERE, SIVE, SIASPE) a la fecha de corte',
  ],
  [
    /^requests received at the cut-off date, and those in initial clarification$/,
    () => 'solicitudes recibidas a la fecha de corte y las que siguen en aclaración inicial',
  ],
  [
    /^requests analysed, meeting the requirements, sent to correction and in process$/,
    () => 'solicitudes analizadas, que cumplen los requisitos, enviadas a corrección y en proceso',
  ],
  [
    /^Acuerdo (\S+) adds the Estado de México \(local proportional-representation deputies\)$/,
    (m) => `el Acuerdo ${m[1]} añade el Estado de México (diputaciones locales de representación proporcional)`,
  ],
];

function rewrite(rules: readonly Rule[], text: string, what: string): string {
  for (const [pattern, make] of rules) {
    const m = pattern.exec(text);
    if (m) return make(m);
  }
  throw new Error(`spanish: no Spanish for the ${what} "${text}"; add a rule to scripts/data/spanish.ts`);
}

/** The Spanish of a note; an empty note stays empty. */
export function noteEs(note: string): string {
  return note === '' ? '' : rewrite(NOTES, note, 'note');
}

/**
 * The Spanish of sources.csv's `table`: a "text:" description is rewritten ("Texto:" is the app's label);
 * a table's printed header cells are the report's own Spanish and stay as printed, with an English gloss
 * in parentheses, if any, rewritten.
 */
export function tableEs(table: string): string {
  if (table.startsWith('text: ')) return `texto: ${rewrite(PARAGRAPHS, table.slice('text: '.length), 'description')}`;
  return table.replace(
    ' (requests that meet the requirements, by the entity of the credential)',
    ' (solicitudes que cumplen los requisitos, por la entidad de la credencial)',
  );
}
