import { describe, expect, it } from 'vitest';
import { loadData, loadDeferred } from '../../src/lib/data/load';
import { noteIn, noteLang } from '../../src/lib/data/notes';
import { FIXTURE_BASE, PUBLISHED_DIR, fakeFetch, fixtureText } from '../helpers/fakeFetch';

/** The published damaged cells with one note (and its Spanish) that no other file gives. */
function damagedWithNote(english: string, spanish: string): string {
  const [header, first, ...rest] = fixtureText('crosstab_damaged_cells.csv', PUBLISHED_DIR).trimEnd().split('\n');
  expect(header!.endsWith(',note,note_es')).toBe(true);
  expect(first!.endsWith(',,')).toBe(true);
  return [header, `${first!.slice(0, -2)},${english},${spanish}`, ...rest].join('\n') + '\n';
}

describe('notes in the page language', () => {
  it('are learnt from the first load and from a deferred file when it arrives', async () => {
    const english = 'A note only the deferred damaged cells give';
    const spanish = 'Una nota que solo dan las celdas dañadas diferidas';
    const { fetchImpl } = fakeFetch({ 'crosstab_damaged_cells.csv': damagedWithNote(english, spanish) }, PUBLISHED_DIR);
    const data = await loadData(FIXTURE_BASE, fetchImpl);

    // A note of a first-loaded file (sources.csv's) is in Spanish at once.
    const sourceNote = (data.tables.sources.array('note') as (string | null)[]).find(Boolean)!;
    const sourceNoteEs = (data.tables.sources.array('note_es') as (string | null)[]).find(Boolean)!;
    expect(noteIn(sourceNote, 'es')).toBe(sourceNoteEs);
    expect(noteIn(sourceNote, 'en')).toBe(sourceNote);

    // The deferred file's own note is not known until it is read…
    expect(noteIn(english, 'es')).toBe(english);
    expect(noteLang(english, 'es')).toBe('en');
    await loadDeferred(data, ['crosstab_damaged_cells']);
    // …and is in Spanish once it is.
    expect(noteIn(english, 'es')).toBe(spanish);
    expect(noteLang(english, 'es')).toBe('es');
    expect(noteIn(english, 'en')).toBe(english);
  });
});
