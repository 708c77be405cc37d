/** The committed data/ files, parsed with PapaParse as the app does. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';

export const DATA = resolve('data');

export function readText(name: string): string {
  return readFileSync(resolve(DATA, name), 'utf8');
}

/** Header and rows of a CSV, every cell as text. */
export function readRaw(name: string): { header: string[]; rows: string[][] } {
  const parsed = Papa.parse<string[]>(readText(name), { skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${name}: ${parsed.errors[0].message}`);
  const [header, ...rows] = parsed.data;
  return { header, rows };
}

/** Rows as objects keyed by column name. */
export function readRows(name: string): Record<string, string>[] {
  const { header, rows } = readRaw(name);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

export const num = (s: string) => Number(s);
