// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { listDataFiles, versionedZipName, zipDataFolder } from '../../build/dataFolder';

const DATA = resolve('data');

describe('the dataset as one ZIP', () => {
  it('holds every file of data/, byte for byte, under vmre-data/', () => {
    const entries = unzipSync(zipDataFolder(DATA));
    const names = listDataFiles(DATA);
    expect(names).toContain('datapackage.json');
    expect(names).toContain('by_country_entity.csv');
    expect(Object.keys(entries).sort()).toEqual(names.map((n) => `vmre-data/${n}`).sort());
    for (const name of names) {
      expect(Buffer.from(entries[`vmre-data/${name}`]).equals(readFileSync(join(DATA, name))), name).toBe(true);
    }
  });

  it('is also named with the dataset version of datapackage.json', () => {
    const version = JSON.parse(readFileSync(join(DATA, 'datapackage.json'), 'utf8')).version;
    expect(versionedZipName(DATA)).toBe(`vmre-data-${version}.zip`);
    expect(versionedZipName(resolve('no-such-folder'))).toBeNull();
  });

  it('is the same bytes every time, so builds are reproducible', () => {
    expect(Buffer.from(zipDataFolder(DATA)).equals(Buffer.from(zipDataFolder(DATA)))).toBe(true);
  });
});
