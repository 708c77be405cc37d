// @vitest-environment node
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/data/dataset.ts';
import { HAVE_SEEDS, SEEDS } from '../scripts/seeds.ts';
import { DATA, readText } from './files.ts';

describe.skipIf(!HAVE_SEEDS)('the committed data/ is what the pipeline makes of the reports', () => {
  const fresh = HAVE_SEEDS ? buildDataset(SEEDS) : {};

  it('writes exactly the committed files', () => {
    expect(Object.keys(fresh).sort()).toEqual(readdirSync(DATA).sort());
  });

  it.each(Object.keys(fresh))('%s is byte-identical to a fresh run', (name) => {
    expect(readText(name)).toBe(fresh[name]);
  });

  it('gives the same bytes when run twice', () => {
    expect(buildDataset(SEEDS)).toEqual(fresh);
  });
});
