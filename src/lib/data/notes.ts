/**
 * The data's notes in the reader's language. Each file carries an English
 * `note` and its Spanish `note_es` (sources.csv also `table_es` beside
 * `table`); the cells, sums and gaps the views get keep the English note, and
 * a view that shows one asks `noteIn` for it in the page's language. The
 * Spanish is learnt once from the loaded tables, keyed by the English text,
 * so a note reads the same wherever it appears.
 */
import type { ColumnTable } from 'arquero';
import type { Lang } from '../i18n/translate';

const SPANISH = new Map<string, string>();

/** The prefix sources.csv puts before what a paragraph (not a table) gives, in each column. */
const PARAGRAPH = { en: 'text: ', es: 'texto: ' } as const;

function learnPairs(table: ColumnTable, en: string, es: string): void {
  if (!table.columnNames().includes(en) || !table.columnNames().includes(es)) return;
  const english = table.array(en) as ArrayLike<string | null>;
  const spanish = table.array(es) as ArrayLike<string | null>;
  for (let i = 0; i < english.length; i++) {
    const e = english[i];
    const s = spanish[i];
    if (!e || !s) continue;
    SPANISH.set(e, s);
    // A paragraph's description shows without its prefix.
    if (e.startsWith(PARAGRAPH.en) && s.startsWith(PARAGRAPH.es))
      SPANISH.set(e.slice(PARAGRAPH.en.length), s.slice(PARAGRAPH.es.length));
  }
}

/** Learns the Spanish of every note of the loaded tables; loading calls it once per file set. */
export function learnNotes(tables: Readonly<Record<string, ColumnTable | undefined>>): void {
  for (const table of Object.values(tables)) {
    if (table === undefined) continue;
    learnPairs(table, 'note', 'note_es');
    learnPairs(table, 'table', 'table_es');
  }
}

/**
 * A note (or a paragraph's description) in the page's language. A note the
 * data gives no Spanish for stays as written (and `noteLang` says it is
 * English); the published package has none, as the pipeline stops on a note
 * it has no Spanish rule for (scripts/data/spanish.ts).
 */
export function noteIn<T extends string | null | undefined>(note: T, lang: Lang): T {
  if (lang === 'en' || !note) return note;
  return (SPANISH.get(note) ?? note) as T;
}

/** The language a note shown by `noteIn` is written in, for the element's `lang`. */
export function noteLang(note: string | null | undefined, lang: Lang): Lang {
  return lang === 'es' && note && SPANISH.has(note) ? 'es' : 'en';
}

/** A note's Spanish as the data gives it (`note_es`), or null where it gives none: a download's `note_es` column. */
export function spanishNote(note: string | null | undefined): string | null {
  return (note && SPANISH.get(note)) || null;
}
