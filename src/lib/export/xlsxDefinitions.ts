/**
 * The words of a downloaded workbook's definitions sheet, in both languages: what each
 * column holds, the quality flags and the states of a figure. Column names stay in
 * English, as in the published files, so a workbook joins with them.
 */
import type { Lang } from '../i18n/translate';

type Bilingual = Record<Lang, string>;

const COLUMNS: Record<string, Bilingual> = {
  process: { es: 'Proceso electoral.', en: 'Electoral process.' },
  cutoff_date: {
    es: 'Fecha de corte: cifras acumuladas desde el inicio del registro (1 de septiembre) hasta esta fecha.',
    en: 'Cut-off date: counts are cumulative from the start of registration (1 September) to this date.',
  },
  measure: {
    es: 'Qué se cuenta (definido en datapackage.json).',
    en: 'What is counted (defined in datapackage.json).',
  },
  country_iso3: {
    es: 'Código ISO 3166-1 alfa-3 del país de residencia.',
    en: 'ISO 3166-1 alpha-3 code of the country of residence.',
  },
  entity_code: {
    es: 'Clave INEGI de dos dígitos de la entidad (texto: 01 sigue siendo 01).',
    en: "INEGI's two-digit entity key (text: 01 stays 01).",
  },
  selected_entity_code: {
    es: 'Entidad que filtra las filas, si la hay; con varias, separadas por comas, y cada fila es su suma.',
    en: 'The entity that filters the rows, if any; several are comma-separated, and each row is their sum.',
  },
  selected_country_iso3: {
    es: 'País que filtra las filas, si lo hay; con varios, separados por comas, y cada fila es su suma.',
    en: 'The country that filters the rows, if any; several are comma-separated, and each row is their sum.',
  },
  country: { es: 'Nombre del país.', en: 'Country name.' },
  entity: { es: 'Nombre de la entidad.', en: 'Entity name.' },
  country_name: { es: 'Nombre del país (de countries.csv).', en: 'Country name (from countries.csv).' },
  entity_name: { es: 'Nombre de la entidad (de entities.csv).', en: 'Entity name (from entities.csv).' },
  country_es: { es: 'Nombre del país en español.', en: 'Country name in Spanish.' },
  entity_es: { es: 'Nombre de la entidad en español.', en: 'Entity name in Spanish.' },
  status: { es: 'Estado de la cifra (ver abajo).', en: 'State of the figure (see below).' },
  value: {
    es: 'La cifra; vacía en un hueco, nunca 0. Un conteo de solicitudes, salvo donde unit = years (edad promedio).',
    en: 'The figure; empty for a gap, never 0. A count of requests, except where unit = years (a mean age).',
  },
  share: { es: 'Proporción del total (0 a 1).', en: 'Share of the total (0 to 1).' },
  rank: { es: 'Lugar por valor, de mayor a menor.', en: 'Rank by value, largest first.' },
  quality: { es: 'Calidad de la cifra (ver abajo).', en: 'Quality of the figure (see below).' },
  source: { es: 'Tabla de origen: una fila de la hoja de fuentes.', en: 'Source table: a row of the sources sheet.' },
  note: { es: 'Nota (en inglés).', en: 'Note.' },
  note_es: { es: 'La misma nota en español.', en: 'The same note in Spanish.' },
  dimension: { es: 'Por qué se desglosa la tabulación.', en: 'What the tabulation splits by.' },
  category: { es: 'Código de la categoría de la dimensión.', en: 'Code of the category of the dimension.' },
  scope_code: { es: 'entity_code, o 00 si la fila es nacional.', en: 'entity_code, or 00 for a national row.' },
  unit: {
    es: 'requests (conteo) o years (edad promedio: no se suma).',
    en: 'requests (a count) or years (a mean age: never summed).',
  },
  position: {
    es: 'Orden de la celda en la fila impresa, desde 1.',
    en: 'Order of the cell in the printed row, from 1.',
  },
  printed_value: {
    es: 'El número tal como está impreso; no atribuido a ninguna entidad.',
    en: 'The number as printed; not attributed to any entity.',
  },
  rows: { es: 'Cuántas filas publicadas suma esta fila.', en: 'How many published rows this row adds up.' },
  scope: {
    es: 'Qué se compara: nacional, una entidad, un país o una celda.',
    en: 'What is compared: national, an entity, a country or a cell.',
  },
  scope_name: { es: 'Nombre de lo comparado.', en: 'Name of what is compared.' },
  change_absolute: { es: 'Cambio respecto al punto anterior.', en: 'Change from the point before.' },
  change_relative: {
    es: 'Cambio relativo respecto al punto anterior (0.1 = 10 %).',
    en: 'Relative change from the point before (0.1 = 10%).',
  },
  change_not_computed: { es: 'Por qué no se calcula el cambio.', en: 'Why no change is computed.' },
  coverage_mode: {
    es: 'all: todas las entidades; same: solo las comunes.',
    en: 'all: every entity; same: only the shared ones.',
  },
  restricted_sum: {
    es: 'yes si el valor es una suma sobre las entidades comunes.',
    en: 'yes where the value is a sum over the shared entities.',
  },
  entities_counted: { es: 'Claves de las entidades contadas.', en: 'Keys of the entities counted.' },
};

export function columnDefinition(column: string, lang: Lang): string {
  return COLUMNS[column]?.[lang] ?? '';
}

interface SheetText {
  dataSheet: string;
  aboutSheet: string;
  sourcesSheet: string;
  gaps: string;
  column: string;
  meaning: string;
  quality: string;
  status: string;
  qualities: Record<string, string>;
  statuses: Record<string, string>;
}

export const SHEET_TEXT: Record<Lang, SheetText> = {
  es: {
    dataSheet: 'datos',
    aboutSheet: 'definiciones',
    sourcesSheet: 'fuentes',
    gaps: 'Una celda vacía en value es un hueco (no aplica, no reportado, no atribuible), nunca un cero. Cifras del Instituto Nacional Electoral (INE), México; preliminares a la fecha de corte.',
    column: 'columna',
    meaning: 'significado',
    quality: 'quality',
    status: 'status',
    qualities: {
      exact: 'Transcrita de una celda y consistente con los totales de su tabla.',
      uncertain: 'Transcrita, pero su fila o columna es inconsistente o no puede alinearse sin adivinar.',
      derived:
        'Calculada (una suma, un porcentaje redondeado por un total, un remanente); una suma que incluye una cifra derivada o incierta es derivada.',
    },
    statuses: {
      value: 'Una cifra mayor que cero.',
      zero: 'Un cero impreso.',
      not_applicable: 'No hubo voto desde el extranjero para esa entidad en ese proceso.',
      not_reported: 'Hubo voto, pero el informe no desglosa la cifra.',
      not_attributable:
        'La fila del país en el cruce de 2023-24 está dañada: sus solicitudes no pueden asignarse a entidades.',
    },
  },
  en: {
    dataSheet: 'data',
    aboutSheet: 'definitions',
    sourcesSheet: 'sources',
    gaps: 'An empty value cell is a gap (not applicable, not reported, not attributable), never a zero. Figures of the Instituto Nacional Electoral (INE), Mexico; preliminary, at the cut-off date.',
    column: 'column',
    meaning: 'meaning',
    quality: 'quality',
    status: 'status',
    qualities: {
      exact: 'Transcribed from a cell and consistent with its table’s totals.',
      uncertain: 'Transcribed, but its row or column is inconsistent or cannot be aligned without a guess.',
      derived:
        'Computed (a sum, a rounded share times a total, a remainder); a sum that includes a derived or uncertain figure is derived.',
    },
    statuses: {
      value: 'A figure above zero.',
      zero: 'A printed zero.',
      not_applicable: 'No vote from abroad for that entity in that process.',
      not_reported: 'There was a vote, but the report does not itemize the figure.',
      not_attributable:
        'The country’s row of the 2023-24 cross-tab is damaged: its requests cannot be given to entities.',
    },
  },
};
