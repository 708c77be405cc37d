/** The committed data/ package, loaded and validated exactly as the app loads it. */
import { loadData, type LoadedData } from '../../src/lib/data/load';
import { FIXTURE_BASE, PUBLISHED_DIR, fakeFetch } from './fakeFetch';

let cached: Promise<LoadedData> | null = null;

export function loadPublished(): Promise<LoadedData> {
  // Every file, the deferred ones too: these tests read the whole package.
  cached ??= loadData(FIXTURE_BASE, fakeFetch({}, PUBLISHED_DIR).fetchImpl, []);
  return cached;
}
