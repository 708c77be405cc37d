/** The 32 federal entities: INEGI keys, names, INE's column abbreviations and the spellings the reports use. */
import { fold } from './text.ts';

export interface Entity {
  code: string;
  name_es: string;
  name_en: string;
  /** The abbreviation INE prints over the 2023-24 country × entity columns. */
  abbreviation: string;
  /** Other spellings met in the reports (the short name is always accepted). */
  spellings: string[];
}

export const ENTITIES: readonly Entity[] = [
  { code: '01', name_es: 'Aguascalientes', name_en: 'Aguascalientes', abbreviation: 'AGS', spellings: [] },
  { code: '02', name_es: 'Baja California', name_en: 'Baja California', abbreviation: 'BC', spellings: [] },
  { code: '03', name_es: 'Baja California Sur', name_en: 'Baja California Sur', abbreviation: 'BCS', spellings: [] },
  { code: '04', name_es: 'Campeche', name_en: 'Campeche', abbreviation: 'CAMP', spellings: [] },
  { code: '05', name_es: 'Coahuila', name_en: 'Coahuila', abbreviation: 'COAH', spellings: ['Coahuila de Zaragoza'] },
  { code: '06', name_es: 'Colima', name_en: 'Colima', abbreviation: 'COL', spellings: [] },
  { code: '07', name_es: 'Chiapas', name_en: 'Chiapas', abbreviation: 'CHIS', spellings: [] },
  { code: '08', name_es: 'Chihuahua', name_en: 'Chihuahua', abbreviation: 'CHIH', spellings: [] },
  { code: '09', name_es: 'Ciudad de México', name_en: 'Mexico City', abbreviation: 'CDMX', spellings: [] },
  { code: '10', name_es: 'Durango', name_en: 'Durango', abbreviation: 'DGO', spellings: [] },
  { code: '11', name_es: 'Guanajuato', name_en: 'Guanajuato', abbreviation: 'GTO', spellings: [] },
  { code: '12', name_es: 'Guerrero', name_en: 'Guerrero', abbreviation: 'GRO', spellings: [] },
  { code: '13', name_es: 'Hidalgo', name_en: 'Hidalgo', abbreviation: 'HGO', spellings: [] },
  { code: '14', name_es: 'Jalisco', name_en: 'Jalisco', abbreviation: 'JAL', spellings: [] },
  // The reports' tables print the State of Mexico as plain "México".
  { code: '15', name_es: 'Estado de México', name_en: 'State of Mexico', abbreviation: 'MEX', spellings: ['México'] },
  { code: '16', name_es: 'Michoacán', name_en: 'Michoacán', abbreviation: 'MICH', spellings: ['Michoacán de Ocampo'] },
  { code: '17', name_es: 'Morelos', name_en: 'Morelos', abbreviation: 'MOR', spellings: [] },
  { code: '18', name_es: 'Nayarit', name_en: 'Nayarit', abbreviation: 'NAY', spellings: [] },
  { code: '19', name_es: 'Nuevo León', name_en: 'Nuevo León', abbreviation: 'N.L.', spellings: [] },
  { code: '20', name_es: 'Oaxaca', name_en: 'Oaxaca', abbreviation: 'OAX', spellings: [] },
  { code: '21', name_es: 'Puebla', name_en: 'Puebla', abbreviation: 'PUE', spellings: [] },
  { code: '22', name_es: 'Querétaro', name_en: 'Querétaro', abbreviation: 'QRO', spellings: [] },
  { code: '23', name_es: 'Quintana Roo', name_en: 'Quintana Roo', abbreviation: 'QR', spellings: [] },
  { code: '24', name_es: 'San Luis Potosí', name_en: 'San Luis Potosí', abbreviation: 'SLP', spellings: [] },
  { code: '25', name_es: 'Sinaloa', name_en: 'Sinaloa', abbreviation: 'SIN', spellings: [] },
  { code: '26', name_es: 'Sonora', name_en: 'Sonora', abbreviation: 'SON', spellings: [] },
  { code: '27', name_es: 'Tabasco', name_en: 'Tabasco', abbreviation: 'TAB', spellings: [] },
  { code: '28', name_es: 'Tamaulipas', name_en: 'Tamaulipas', abbreviation: 'TAMPS', spellings: [] },
  { code: '29', name_es: 'Tlaxcala', name_en: 'Tlaxcala', abbreviation: 'TLAX', spellings: [] },
  {
    code: '30',
    name_es: 'Veracruz',
    name_en: 'Veracruz',
    abbreviation: 'VER',
    spellings: ['Veracruz de Ignacio de la Llave'],
  },
  { code: '31', name_es: 'Yucatán', name_en: 'Yucatán', abbreviation: 'YUC', spellings: [] },
  { code: '32', name_es: 'Zacatecas', name_en: 'Zacatecas', abbreviation: 'ZAC', spellings: [] },
];

const byName = new Map<string, Entity>();
const byAbbreviation = new Map<string, Entity>();
for (const e of ENTITIES) {
  for (const s of [e.name_es, ...e.spellings]) byName.set(fold(s), e);
  byAbbreviation.set(e.abbreviation, e);
}

/** The entity a printed name refers to, or undefined. */
export function entityByName(name: string): Entity | undefined {
  return byName.get(fold(name));
}

export function entityByAbbreviation(abbreviation: string): Entity | undefined {
  return byAbbreviation.get(abbreviation.trim());
}
