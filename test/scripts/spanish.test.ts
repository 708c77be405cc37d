import { describe, expect, it } from 'vitest';
import { noteEs, tableEs } from '../../scripts/data/spanish';
import { readRows } from '../published/files';

describe('the Spanish of the notes', () => {
  it.each([
    ['', ''],
    [
      '13 % (a rounded share) of 2587; the true count lies between 324 and 349',
      '13 % (porcentaje redondeado) de 2587; la cifra real está entre 324 y 349',
    ],
    [
      'sum of the printed SIILNERE 35 + SIVE 17 + SIASPE 500',
      'suma de las cifras impresas SIILNERE 35 + SIVE 17 + SIASPE 500',
    ],
    [
      'row damaged in the source: 33 entity cells printed for 32 columns, so they are not attributed to entities (see crosstab_damaged_cells.csv); its printed cells sum to 44, not to its TOTAL 43',
      'fila dañada en la fuente: 33 celdas de entidad impresas para 32 columnas, por lo que no se atribuyen a entidades (véase crosstab_damaged_cells.csv); sus celdas impresas suman 44, no su TOTAL 43',
    ],
    [
      'preliminary figure at the cut-off date; equals the TOTAL row of the entity table',
      'cifra preliminar a la fecha de corte; coincide con la fila TOTAL de la tabla por entidad',
    ],
    ['the sex rows sum to 10, not to the printed total 11', 'las filas por sexo suman 10, no el total impreso 11'],
  ])('%j', (en, es) => expect(noteEs(en)).toBe(es));

  it('stops the build on a note it has no Spanish for, rather than publish it in English', () => {
    expect(() => noteEs('a new kind of note')).toThrow(/no Spanish/);
    expect(() => tableEs('text: a new paragraph')).toThrow(/no Spanish/);
  });

  it('keeps a table caption as printed and rewrites a paragraph description', () => {
    expect(tableEs('SEXO, TOTAL, %')).toBe('SEXO, TOTAL, %');
    expect(tableEs('text: requests received by type (SIILNERE, SIVE, SIASPE) at the cut-off date')).toBe(
      'texto: solicitudes recibidas por tipo (SIILNERE, SIVE, SIASPE) a la fecha de corte',
    );
  });
});

describe('every published note has its Spanish beside it', () => {
  it.each([
    'totals.csv',
    'by_country.csv',
    'by_entity.csv',
    'by_country_entity.csv',
    'breakdowns.csv',
    'coverage.csv',
    'sources.csv',
    'crosstab_damaged_cells.csv',
  ])('%s', (file) => {
    for (const r of readRows(file)) {
      expect(r.note_es === '').toBe(r.note === '');
      expect(r.note_es).toBe(noteEs(r.note!));
    }
  });
});
