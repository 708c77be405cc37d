/** The committed data/ package, loaded and validated exactly as the app loads it. */
import { hasCells, loadData, type LoadedData, type LoadedWithCells } from '../../src/lib/data/load';
import { FIXTURE_BASE, PUBLISHED_DIR, fakeFetch } from './fakeFetch';

let cached: Promise<LoadedWithCells> | null = null;

/** Every file read, the deferred ones too (as the methodology page has them): these tests read the whole package. */
export async function loadAll(load: Promise<LoadedData>): Promise<LoadedWithCells> {
  const data = await load;
  if (!hasCells(data.tables)) throw new Error('loadAll: the country × entity cells were not read');
  return data as LoadedWithCells;
}

export function loadPublished(): Promise<LoadedWithCells> {
  cached ??= loadAll(loadData(FIXTURE_BASE, fakeFetch({}, PUBLISHED_DIR).fetchImpl, []));
  return cached;
}
