/**
 * Arquero can read and write Apache Arrow through @uwdata/flechette, and its
 * table class keeps those methods whether a page calls them or not, so the
 * bundler cannot drop them. The explorer reads CSV only: this stands in for
 * flechette in the browser bundle, and calling any Arrow method says why it
 * is missing instead of shipping ~20 kB gzipped that no reader runs.
 */
function unavailable(): never {
  throw new Error('Apache Arrow formats are not part of this build of the explorer (see build/noArrow.ts)');
}

export const columnFromArray = unavailable;
export const columnFromValues = unavailable;
export const tableFromColumns = unavailable;
export const tableFromIPC = unavailable;
export const tableToIPC = unavailable;
