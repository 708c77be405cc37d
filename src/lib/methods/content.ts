/**
 * The prose of the sources and methodology page, in Spanish and English. Spanish is the reference:
 * English is typed against it, so a missing or extra key fails type-check. Numbers, dates and
 * names arrive already formatted, computed from the data by methodsView.ts.
 */
import type { Measure, Process } from '../data/schema';
import type { Lang } from '../i18n/translate';

/** Acronyms explained on the page, in alphabetical order. */
export const GLOSSARY_TERMS = [
  'CPV',
  'CPVE',
  'CVMRE',
  'INE',
  'INEGI',
  'INETEL',
  'LNE-Extranjero',
  'LNERE',
  'OPL',
  'SIASPE',
  'SIILNERE',
  'SIVE',
  'SRVE',
  'VMRE',
] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

/**
 * Official Spanish names, the same in both languages. Null where the reports use the acronym
 * without spelling it out: we would rather describe it than guess its expansion.
 */
export const GLOSSARY_NAMES: Record<GlossaryTerm, string | null> = {
  CPV: 'Credencial para Votar',
  CPVE: 'Credencial para Votar desde el Extranjero',
  CVMRE: 'Comisión Temporal del Voto de las y los Mexicanos Residentes en el Extranjero',
  INE: 'Instituto Nacional Electoral',
  INEGI: 'Instituto Nacional de Estadística y Geografía',
  INETEL: 'Centro de Atención Ciudadana INETEL',
  'LNE-Extranjero': 'Lista Nominal del Electorado en el Extranjero',
  LNERE: 'Lista Nominal de Electores Residentes en el Extranjero',
  OPL: 'Organismos Públicos Locales',
  SIASPE: 'Solicitud Individual de Inscripción o Actualización de la Sección del Padrón Electoral',
  SIILNERE: 'Solicitud Individual de Inscripción a la Lista Nominal de Electores Residentes en el Extranjero',
  SIVE: null,
  SRVE: 'Sistema de Registro para Votar desde el Extranjero',
  VMRE: 'Voto de las Mexicanas y los Mexicanos Residentes en el Extranjero',
};

/**
 * Spanish definitions of the measures we know; datapackage.json describes them in English only.
 * A measure added to the package later shows its English description until one is written here.
 */
export const MEASURE_DESCRIPTIONS_ES: Record<Measure, string> = {
  received:
    'Solicitudes de inscripción que el INE había recibido a la fecha de corte. Qué tipos de solicitud abarca depende del proceso.',
  eligible:
    'Solicitudes que, a la fecha de corte, cumplían los requisitos legales. No es todavía la lista definitiva de votantes: la revisión seguía abierta.',
  received_siilnere:
    'Solo 2017-2018: solicitudes individuales de inscripción (SIILNERE), uno de los tres tipos de solicitud que se sumaron ese año.',
  received_sive:
    'Solo 2017-2018: solicitudes recibidas como SIVE, otro de los tres tipos de solicitud que el informe cuenta ese año (no desarrolla la sigla); como la SIILNERE, se presentaba en línea, por el portal web o la aplicación móvil.',
};

const es = {
  title: 'Fuentes y metodología',
  lede: 'De dónde sale cada cifra, qué mide, cuánto se puede confiar en ella y qué comparaciones no se sostienen.',
  tocLabel: 'En esta página',
  headings: {
    sources: 'Fuentes',
    measures: 'Medidas',
    comparability: 'Reglas para comparar',
    quality: 'Indicadores de calidad',
    damage: 'Daños en las fuentes y qué hicimos con ellos',
    glossary: 'Glosario de siglas',
    cite: 'Cómo citar',
  },
  sources: {
    intro:
      'Todas las cifras se transcribieron de tres informes de avance del Instituto Nacional Electoral (INE). En los archivos CSV, la columna «source» de cada fila remite a uno de los identificadores de abajo, que señalan el apartado y la tabla o el párrafo de origen.',
    notesLanguages: 'Cada nota de los datos está en inglés (columna «note») y en español («note_es»).',
    process: 'Proceso',
    period:
      'Periodo del informe (las cifras son acumuladas desde el 1 de septiembre, inicio del registro, hasta la fecha de corte)',
    published: 'Publicación',
    publishedUnknown: 'sin fecha en la lista de fuentes',
    used: 'Apartados y tablas usados',
    section: 'Apartado',
    table: 'Tabla',
    paragraph: 'Texto',
    note: 'Nota',
  },
  measures: {
    intro:
      'La columna «measure» de los archivos dice qué se cuenta. Estas son las medidas que define datapackage.json:',
    receivedByProcess: 'En cada proceso, «solicitudes recibidas» cuenta:',
    received: {
      '2017-2018': 'Tres tipos de solicitud sumados: SIILNERE, SIVE y SIASPE',
      '2020-2021': 'SIILNERE, recibidas por teléfono (INETEL) o en línea (SRVE)',
      '2023-2024': 'Solicitudes de inscripción a la LNE-Extranjero',
    } satisfies Record<Process, string>,
  },
  comparability: {
    intro:
      'Las tres series no miden lo mismo, así que una diferencia entre procesos no es por fuerza un cambio en la participación. Antes de comparar, tenga en cuenta lo siguiente.',
    tableLabel: 'Los tres procesos, lado a lado',
    caption: 'Qué elecciones hubo desde el extranjero, qué se contó y a qué fecha, en cada proceso',
    process: 'Proceso',
    elections: 'Elecciones desde el extranjero',
    counted: 'Solicitudes contadas',
    modalities: 'Modalidades de voto',
    cutoff: 'Fecha de corte',
    federalAll: (f: string) => `Federal en las ${f} entidades`,
    federalSome: (n: number, f: string) => (n === 1 ? 'Federal en 1 entidad' : `Federal en ${f} entidades`),
    federalNone: 'Sin elección federal',
    local: (n: number, f: string, names: string) =>
      n === 1 ? `local en 1 entidad: ${names}` : `local en ${f} entidades: ${names}`,
    localNone: 'sin elecciones locales',
    localOnly: (n: number, f: string, names: string) =>
      n === 1 ? `Solo local, en 1 entidad: ${names}` : `Solo locales, en ${f} entidades: ${names}`,
    modalitiesNone: 'el informe no las desglosa',
    noCutoff: 'sin fecha',
    rules: {
      preliminary:
        'Son cifras preliminares. Cada informe describe el registro en su fecha de corte, meses antes de que cerrara la inscripción, y los tres cortes caen en momentos distintos de su periodo de registro. No son las listas nominales definitivas.',
      types:
        'En 2017-2018 se suman tres tipos de solicitud; en 2020-2021 y 2023-2024 se cuenta uno solo. El total de 2017-2018 incluye las SIASPE, hechas al tramitar la credencial en el extranjero, que fueron la gran mayoría.',
      notApplicable: (f: string) =>
        `En 2020-2021 no hubo elección federal desde el extranjero: las personas originarias de las otras ${f} entidades no tenían en qué votar, así que es lógico que no aparezcan.`,
      rounded: (pct: string, total: string, low: string, high: string) =>
        `Las cifras por país de 2017-2018 no son conteos. El informe solo da porcentajes enteros de los cinco países principales de SIILNERE y de SIVE; publicamos porcentaje × total, redondeado, marcado como derivado. Un porcentaje redondeado deja un margen: ${pct} de ${total} puede ser cualquier cifra entre ${low} y ${high}. No hay cifra por país para el total de solicitudes de 2017-2018.`,
      estadoDeMexico:
        'En 2023-2024, el Estado de México se sumó al voto local desde el extranjero el 22 de noviembre de 2023 (Acuerdo INE/CG621/2023), ocho días antes del corte.',
      likeWithLike: (a: string, b: string) =>
        `Compare lo comparable: la misma medida, las mismas entidades y, si puede, cortes en un punto parecido del periodo de registro. Por ejemplo, el total de 2020-2021 abarca ${a} entidades y el de 2023-2024, ${b}: para compararlos, sume en 2023-2024 solo esas mismas entidades.`,
    },
  },
  quality: {
    intro: 'Cada cifra lleva en la columna «quality» uno de estos tres valores. Así se decide cuál:',
    labels: { exact: 'exacto', uncertain: 'incierto', derived: 'derivado' },
    definitions: {
      exact:
        'Copiada de una celda del informe y coherente con los totales de su propia tabla: las partes de su fila suman el total de la fila y, donde la tabla imprime un total por columna, la columna también cuadra.',
      uncertain:
        'Copiada del informe, pero su fila o su columna no cuadra, o sus celdas no se pueden colocar bajo sus columnas sin adivinar. Como no se puede saber qué celda de una fila incoherente es la errónea, se marcan todas las que intervienen.',
      derived:
        'Calculada por nosotros; la columna «note» explica cómo: una suma de cifras impresas (los totales por entidad de 2017-2018), un porcentaje redondeado por un total (los países de 2017-2018) o un resto (los países que el informe no enumera).',
    },
    tableLabel: 'Filas por archivo e indicador de calidad',
    caption: 'Número de filas de cada archivo según su indicador de calidad',
    file: 'Archivo',
    total: 'Total',
  },
  damage: {
    intro:
      'La extracción de texto de la tabla país × entidad de 2023-2024 llegó dañada. Esto encontramos y esto hicimos.',
    source: 'Fuente:',
    columns:
      'Sus columnas de entidad son abreviaturas del INE en orden alfabético (AGS, BC, BCS, CAMP, CHIS, CHIH, CDMX, COAH…), no el orden de las claves del INEGI. Cada abreviatura se asignó a su clave.',
    rows: (damaged: string, listed: string, columns: string) =>
      `${damaged} de sus ${listed} filas de país imprimen más celdas que las ${columns} columnas de entidad. Cualquier manera de repartirlas sería una suposición, así que esas celdas no se atribuyen a ninguna entidad y no están en by_country_entity.csv.`,
    cells: (total: string, min: string, max: string) =>
      `Para quien quiera estudiarlas, crosstab_damaged_cells.csv guarda las ${total} celdas impresas de esas filas, en su orden (entre ${min} y ${max} por fila).`,
    tried:
      'Leer las primeras celdas de cada fila dañada, o las últimas, atribuye a algunas entidades más solicitudes de las que admite su propio total; no encontramos ninguna alineación que cuadre.',
    uncertain: (count: string, names: string, rest: string) =>
      `En ${count} de esas filas (${names}) las celdas impresas no suman el TOTAL de la fila: ese TOTAL queda marcado como incierto. En las otras ${rest} filas dañadas el TOTAL coincide con sus celdas y se conserva como exacto.`,
    readable: (count: string) =>
      `Las ${count} filas restantes imprimen exactamente una celda por entidad y suman su TOTAL: se publican como exactas.`,
    remainder: (value: string) =>
      `El informe cuenta más países de residencia de los que enumera. Las ${value} solicitudes que faltan forman una fila «otros países», derivada como resto del total nacional.`,
    attribution: 'Por eso el total de una entidad no siempre se reparte entero entre países:',
    example: (entity: string, attributed: string, total: string) =>
      `de las ${total} solicitudes de personas originarias de ${entity}, ${attributed} tienen país asignado`,
    otherHeading: 'Otras incoherencias de los informes',
    other2017:
      'Informe de 2017-2018: el párrafo de SIILNERE por país dice que se recibieron «durante octubre», pero su cifra es el total al 30 de noviembre. La leemos como cifra al 30 de noviembre y lo anotamos en sources.csv.',
    other2020: (count: string) =>
      `Informe de 2020-2021: un párrafo incluye a Guanajuato entre las entidades con voto desde el extranjero, pero la tabla país × entidad, sus totales y otro apartado cuentan ${count} entidades sin él. coverage.csv sigue a las tablas y anota la contradicción.`,
    statesHeading: 'Los estados de una cifra en los mapas',
    deriveHeading: 'Cómo obtener cada estado de los archivos',
    derive: [
      'Valor o cero: la fila existe en by_entity.csv, by_country.csv o by_country_entity.csv; value 0 es un cero impreso.',
      'No aplica: no hay fila y coverage.csv da vote_from_abroad = none para esa entidad y ese proceso.',
      'No reportado: no hay fila, pero coverage.csv da federal, local o federal+local: hubo voto y el informe no lo desglosa.',
      'No atribuible (país × entidad de 2023-24): el país tiene filas en crosstab_damaged_cells.csv y ninguna en by_country_entity.csv; su total está en by_country.csv.',
      'breakdowns.csv: las filas con unit = years (mean_age) son edades promedio, no conteos: no se suman.',
    ],
    statesIntro:
      'Un hueco nunca se pinta como cero. Cada caso tiene su propia trama, su entrada en la leyenda y sus palabras:',
    states: {
      value: { term: 'Con valor', text: 'El informe da la cifra: un círculo cuya área es proporcional a ella.' },
      zero: {
        term: 'Cero',
        text: 'El informe imprime un cero: aro blanco y hueco. Es un dato, no una ausencia de dato.',
      },
      notApplicable: {
        term: 'No aplica',
        text: 'No hubo voto desde el extranjero para esa entidad en ese proceso (trama rayada).',
      },
      notReported: {
        term: 'No reportado',
        text: 'Hubo voto desde el extranjero, pero el informe no desglosa la cifra (trama punteada).',
      },
      notAttributable: {
        term: 'No atribuible',
        text: 'La fila del país está dañada en la tabla país × entidad de 2023-2024, así que sus solicitudes no se pueden repartir por entidad (trama cruzada naranja).',
      },
    },
    zeroCount: (zeros: string, cells: string) =>
      `by_country_entity.csv publica ${cells} celdas de las tablas país × entidad; ${zeros} son ceros.`,
    printedZeroCount: (zeros: string, cells: string) =>
      `Las tablas imprimen ${cells} celdas, ${zeros} de ellas ceros, contando las de las filas dañadas, que no se publican bajo ninguna entidad.`,
    entitiesIn: (n: number, f: string, process: string) =>
      n === 1 ? `Por ejemplo, 1 entidad en ${process}.` : `Por ejemplo, ${f} entidades en ${process}.`,
    countriesIn: (n: number, f: string, process: string) =>
      n === 1 ? `1 país en ${process}.` : `${f} países en ${process}.`,
  },
  glossary: {
    intro: 'Las siglas que aparecen en los informes y en esta página. Los nombres oficiales se dejan en español.',
    notExpanded: 'El informe usa la sigla sin desarrollarla.',
    terms: {
      CPV: 'La credencial de elector tramitada en México. Quien vive fuera puede inscribirse con ella; en 2020-2021 y 2023-2024 es uno de los dos tipos de credencial que distinguen los informes.',
      CPVE: 'La credencial de elector que se tramita fuera del país, en embajadas y consulados de México, y se entrega en el extranjero.',
      CVMRE:
        'Comisión temporal del Consejo General del INE que supervisa los trabajos del voto desde el extranjero en cada proceso.',
      INE: 'La autoridad electoral nacional de México. Organiza las elecciones federales, lleva el padrón de electores y publicó los informes de los que salen estas cifras.',
      INEGI:
        'El instituto nacional de estadística de México. Sus claves de dos dígitos (01 a 32) identifican a las entidades en estos datos.',
      INETEL:
        'El servicio de atención a la ciudadanía del INE, por teléfono; también es una vía para pedir la inscripción.',
      'LNE-Extranjero':
        'El nombre que dan los informes de 2023-2024 a la lista de electores en el extranjero (la LNERE).',
      LNERE:
        'La lista de personas que viven fuera de México y quedaron inscritas para votar desde allí en un proceso. Solo quien figura en ella puede votar desde el extranjero.',
      OPL: 'Los institutos electorales de cada entidad. Organizan las elecciones locales, incluido el voto desde el extranjero donde su ley lo prevé, en coordinación con el INE.',
      SIASPE:
        'Tipo de solicitud de 2017-2018: quien tramitaba su credencial en el extranjero indicaba ahí que quería votar desde fuera, y quedaba inscrito al confirmar que la había recibido. Fue, con mucho, el tipo más numeroso.',
      SIILNERE:
        'La solicitud individual para entrar en la lista de electores en el extranjero. En 2017-2018 fue uno de tres tipos de solicitud; en 2020-2021, el único que se contó.',
      SIVE: 'Otro tipo de solicitud de 2017-2018, presentada en línea (portal web o aplicación móvil) como la SIILNERE. El informe no desarrolla la sigla ni dice en qué se distingue de la SIILNERE. No debe confundirse con SIVEI, el sistema de voto electrónico por internet.',
      SRVE: 'El sistema en línea del INE donde se llena la solicitud de inscripción. En 2017-2018 también se llamó así la aplicación móvil de registro.',
      VMRE: 'El voto de quienes viven fuera de México, y el conjunto de trabajos del INE y de los OPL para hacerlo posible.',
    } satisfies Record<GlossaryTerm, string>,
  },
  cite: {
    intro: 'Si usa estos datos, cite el conjunto de datos y al INE como fuente de las cifras:',
    version: (v: string) => `Versión ${v}`,
    figures: 'Cifras:',
    defaultSource:
      'Instituto Nacional Electoral (INE), México, informes de avance del Voto de las y los Mexicanos Residentes en el Extranjero',
    licence: (name: string) => `Licencia de esta compilación: ${name}.`,
    copy: 'Copiar la cita',
    copyFormat: (format: string) => `Copiar en ${format}`,
    copied: 'Cita copiada al portapapeles.',
    selected: 'No se pudo copiar automáticamente: la cita quedó seleccionada; cópiela con Ctrl+C (⌘+C en Mac).',
  },
};

export type MethodsContent = typeof es;

const en: MethodsContent = {
  title: 'Sources and methodology',
  lede: 'Where each figure comes from, what it measures, how far it can be trusted, and which comparisons do not hold.',
  tocLabel: 'On this page',
  headings: {
    sources: 'Sources',
    measures: 'Measures',
    comparability: 'Rules for comparing',
    quality: 'Quality flags',
    damage: 'Damage in the sources and what we did about it',
    glossary: 'Glossary of acronyms',
    cite: 'How to cite',
  },
  sources: {
    intro:
      'Every figure was transcribed from one of three progress reports by Mexico’s Instituto Nacional Electoral (INE). In the CSV files, the “source” column of each row points to one of the ids below, which name the section and the table or paragraph it came from.',
    notesLanguages: 'Every data note is in English (column “note”) and in Spanish (“note_es”).',
    process: 'Process',
    period:
      'Period of the report (counts are cumulative from 1 September, when registration opened, to the cut-off date)',
    published: 'Published',
    publishedUnknown: 'no date in the list of sources',
    used: 'Sections and tables used',
    section: 'Section',
    table: 'Table',
    paragraph: 'Text',
    note: 'Note',
  },
  measures: {
    intro: 'The “measure” column of the files says what is counted. These are the measures datapackage.json defines:',
    receivedByProcess: 'In each process, “requests received” counts:',
    received: {
      '2017-2018': 'Three request types added together: SIILNERE, SIVE and SIASPE',
      '2020-2021': 'SIILNERE, received by phone (INETEL) or online (SRVE)',
      '2023-2024': 'Requests to join the LNE-Extranjero (Solicitudes de Inscripción)',
    },
  },
  comparability: {
    intro:
      'The three series do not measure the same thing, so a difference between processes is not necessarily a change in participation. Keep the following in mind before comparing.',
    tableLabel: 'The three processes side by side',
    caption: 'Which elections could be voted in from abroad, what was counted and as of when, in each process',
    process: 'Process',
    elections: 'Elections from abroad',
    counted: 'Requests counted',
    modalities: 'Voting modalities',
    cutoff: 'Cut-off date',
    federalAll: (f) => `Federal in all ${f} entities`,
    federalSome: (n, f) => (n === 1 ? 'Federal in 1 entity' : `Federal in ${f} entities`),
    federalNone: 'No federal election',
    local: (n, f, names) => (n === 1 ? `local in 1 entity: ${names}` : `local in ${f} entities: ${names}`),
    localNone: 'no local elections',
    localOnly: (n, f, names) =>
      n === 1 ? `Local only, in 1 entity: ${names}` : `Local only, in ${f} entities: ${names}`,
    modalitiesNone: 'not broken down in the report',
    noCutoff: 'no date',
    rules: {
      preliminary:
        'The figures are preliminary. Each report describes registration at its cut-off date, months before registration closed, and the three cut-offs fall at different points of their registration periods. They are not the final lists of voters.',
      types:
        '2017-18 adds three request types; 2020-21 and 2023-24 count one. The 2017-18 total includes SIASPE requests, made when applying for a credential abroad, which were the large majority.',
      notApplicable: (f) =>
        `There was no federal election from abroad in 2020-21: people from the other ${f} entities had nothing to vote in, so their absence is expected.`,
      rounded: (pct, total, low, high) =>
        `The 2017-18 country figures are not counts. The report gives only whole-number percentages for the top five countries of SIILNERE and of SIVE; we publish share × total, rounded, flagged as derived. A rounded share leaves a margin: ${pct} of ${total} can be any count from ${low} to ${high}. There is no country figure for all 2017-18 requests.`,
      estadoDeMexico:
        'In 2023-24 the Estado de México joined the local vote from abroad on 22 November 2023 (Acuerdo INE/CG621/2023), eight days before the cut-off.',
      likeWithLike: (a, b) =>
        `Compare like with like: the same measure, the same entities and, where possible, cut-offs at a similar point of the registration period. For instance, the 2020-21 total covers ${a} entities and the 2023-24 total ${b}: to compare them, add up only those same entities in 2023-24.`,
    },
  },
  quality: {
    intro: 'Every figure carries one of these three values in its “quality” column. This is how we choose:',
    labels: { exact: 'exact', uncertain: 'uncertain', derived: 'derived' },
    definitions: {
      exact:
        'Copied from a cell of the report and consistent with its own table’s totals: the parts of its row add up to the row’s total and, where the table prints a column total, the column adds up too.',
      uncertain:
        'Copied from the report, but its row or column does not add up, or its cells cannot be placed under their columns without guessing. Since nobody can tell which cell of an inconsistent row is wrong, every cell involved is flagged.',
      derived:
        'Computed by us; the “note” column says how: a sum of printed figures (the 2017-18 entity totals), a rounded percentage times a total (the 2017-18 countries), or a remainder (countries the report does not list).',
    },
    tableLabel: 'Rows per file and quality flag',
    caption: 'Number of rows in each file by quality flag',
    file: 'File',
    total: 'Total',
  },
  damage: {
    intro:
      'The text extraction of the 2023-24 country × entity table is damaged. This is what we found and what we did.',
    source: 'Source:',
    columns:
      'Its entity columns are INE abbreviations in alphabetical order (AGS, BC, BCS, CAMP, CHIS, CHIH, CDMX, COAH…), not in the order of INEGI keys. Each abbreviation was mapped to its key.',
    rows: (damaged, listed, columns) =>
      `${damaged} of its ${listed} country rows print more cells than its ${columns} entity columns. Any way of placing them would be a guess, so those cells are not attributed to any entity and are left out of by_country_entity.csv.`,
    cells: (total, min, max) =>
      `For anyone who wants to study them, crosstab_damaged_cells.csv keeps the ${total} printed cells of those rows, in order (${min} to ${max} per row).`,
    tried:
      'Reading the first cells of each damaged row, or the last ones, gives some entities more requests than their own totals allow; we found no alignment that fits.',
    uncertain: (count, names, rest) =>
      `In ${count} of those rows (${names}) the printed cells do not add up to the row’s TOTAL, so that TOTAL is flagged uncertain. In the other ${rest} damaged rows the TOTAL agrees with its cells and stays exact.`,
    readable: (count) =>
      `The remaining ${count} rows print exactly one cell per entity and add up to their TOTAL: they are published as exact.`,
    remainder: (value) =>
      `The report counts more countries of residence than it lists. The missing ${value} requests form one “other countries” row, derived as the remainder of the national total.`,
    attribution: 'This is why an entity’s total cannot always be split fully across countries:',
    example: (entity, attributed, total) =>
      `of the ${total} requests from people from ${entity}, ${attributed} have a country`,
    otherHeading: 'Other inconsistencies in the reports',
    other2017:
      '2017-18 report: the paragraph on SIILNERE by country says they were received “during October”, but its count is the 30 November total. We read it as the 30 November figure and say so in sources.csv.',
    other2020: (count) =>
      `2020-21 report: one paragraph lists Guanajuato among the entities with a vote from abroad, but the country × entity table, its totals and another section count ${count} entities without it. coverage.csv follows the tables and notes the contradiction.`,
    statesHeading: 'The states of a figure on the maps',
    deriveHeading: 'How to derive each state from the files',
    derive: [
      'Value or zero: the row exists in by_entity.csv, by_country.csv or by_country_entity.csv; value 0 is a printed zero.',
      'Not applicable: there is no row and coverage.csv gives vote_from_abroad = none for that entity and process.',
      'Not reported: there is no row, but coverage.csv gives federal, local or federal+local: there was a vote and the report does not itemize it.',
      'Not attributable (2023-24 country × entity): the country has rows in crosstab_damaged_cells.csv and none in by_country_entity.csv; its total is in by_country.csv.',
      'breakdowns.csv: rows with unit = years (mean_age) are mean ages, not counts: never sum them.',
    ],
    statesIntro: 'A gap is never drawn as a zero. Each case has its own pattern, legend entry and wording:',
    states: {
      value: { term: 'A value', text: 'The report gives the figure: a circle whose area is proportional to it.' },
      zero: {
        term: 'Zero',
        text: 'The report prints a zero: a white, hollow ring. It is a figure, not a missing one.',
      },
      notApplicable: {
        term: 'Not applicable',
        text: 'There was no vote from abroad for that entity in that process (hatched).',
      },
      notReported: {
        term: 'Not reported',
        text: 'There was a vote from abroad, but the report does not itemize the figure (dotted).',
      },
      notAttributable: {
        term: 'Not attributable',
        text: 'The country’s row of the 2023-24 country × entity table is damaged, so its requests cannot be split by entity (orange cross-hatch).',
      },
    },
    zeroCount: (zeros, cells) =>
      `by_country_entity.csv publishes ${cells} cells of the country × entity tables; ${zeros} are zeros.`,
    printedZeroCount: (zeros, cells) =>
      `The tables print ${cells} cells, ${zeros} of them zeros, counting those of the damaged rows, which are published under no entity.`,
    entitiesIn: (n, f, process) =>
      n === 1 ? `For example, 1 entity in ${process}.` : `For example, ${f} entities in ${process}.`,
    countriesIn: (n, f, process) => (n === 1 ? `1 country in ${process}.` : `${f} countries in ${process}.`),
  },
  glossary: {
    intro: 'The acronyms used in the reports and on this page. Official names are kept in Spanish.',
    notExpanded: 'The report uses the acronym without spelling it out.',
    terms: {
      CPV: 'The voter credential obtained in Mexico. People living abroad can register with it; in 2020-21 and 2023-24 it is one of the two credential types the reports tell apart.',
      CPVE: 'The voter credential applied for outside Mexico, at Mexican embassies and consulates, and delivered abroad.',
      CVMRE:
        'A temporary commission of INE’s General Council that oversees the work on the vote from abroad in each process.',
      INE: 'Mexico’s national electoral authority. It runs federal elections, keeps the register of voters and published the reports these figures come from.',
      INEGI:
        'Mexico’s national statistics institute. Its two-digit keys (01 to 32) identify the entities in this data.',
      INETEL: 'INE’s citizen service over the phone; it is also one of the ways to ask for registration.',
      'LNE-Extranjero': 'The name the 2023-24 reports give to the list of voters abroad (the LNERE).',
      LNERE:
        'The list of people living outside Mexico who were registered to vote from there in a process. Only those on it can vote from abroad.',
      OPL: 'The electoral institutes of each entity. They run local elections, including the vote from abroad where their law provides for it, together with INE.',
      SIASPE:
        'A 2017-18 request type: people applying for a credential abroad stated there that they wanted to vote from abroad, and were registered once they confirmed they had received it. By far the most numerous type.',
      SIILNERE:
        'The individual request to join the list of voters abroad. In 2017-18 it was one of three request types; in 2020-21, the only one counted.',
      SIVE: 'Another 2017-18 request type, filed online (web portal or mobile app) like SIILNERE. The report neither spells out the acronym nor says how it differs from SIILNERE. Not to be confused with SIVEI, the internet voting system.',
      SRVE: 'INE’s online system where the registration request is filled in. In 2017-18 the mobile registration app had the same name.',
      VMRE: 'The vote of people living outside Mexico, and the work of INE and the OPL that makes it possible.',
    },
  },
  cite: {
    intro: 'If you use this data, cite the dataset and INE as the source of the figures:',
    version: (v) => `Version ${v}`,
    figures: 'Figures:',
    defaultSource:
      'Instituto Nacional Electoral (INE), México, progress reports on the vote of Mexicans residing abroad (VMRE)',
    licence: (name) => `Licence of this compilation: ${name}.`,
    copy: 'Copy the citation',
    copyFormat: (format) => `Copy as ${format}`,
    copied: 'Citation copied to the clipboard.',
    selected: 'Could not copy automatically: the citation is selected; copy it with Ctrl+C (⌘+C on a Mac).',
  },
};

export const METHODS_CONTENT: Record<Lang, MethodsContent> = { es, en };
