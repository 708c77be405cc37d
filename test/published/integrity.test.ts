// @vitest-environment node
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_VERSION, RELEASES } from '../../scripts/data/changelog.ts';
import { readRows, readText } from './files.ts';

interface Described {
  name: string;
  path: string;
  profile?: string;
  dialect?: { delimiter?: string };
  bytes?: number;
  hash?: string;
  schema: { primaryKey: string[] };
}
const pkg = JSON.parse(readText('datapackage.json')) as { version: string; created: string; resources: Described[] };

describe('what the official Frictionless tools need of each resource', () => {
  it.each(pkg.resources.map((r) => [r.name, r] as const))('%s: its bytes and sha256 match its file', (_, r) => {
    const bytes = readFileSync(resolve('data', r.path));
    expect(r.bytes).toBe(bytes.length);
    expect(r.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
  });

  it.each(pkg.resources.map((r) => [r.name, r] as const))(
    '%s: profile, dialect and a key without empty cells',
    (_, r) => {
      expect(r.profile).toBe('tabular-data-resource');
      expect(r.dialect?.delimiter).toBe(',');
      for (const row of readRows(r.path)) for (const k of r.schema.primaryKey) expect(row[k], `${k}`).not.toBe('');
    },
  );

  it('breakdowns: scope_code is entity_code or 00, and only mean_age rows are in years', () => {
    for (const row of readRows('breakdowns.csv')) {
      expect(row.scope_code).toBe(row.entity_code === '' ? '00' : row.entity_code);
      expect(row.unit).toBe(row.dimension === 'mean_age' ? 'years' : 'requests');
    }
  });
});

describe('a version one can cite', () => {
  it('is semantic, the changelog newest entry, and named in CHANGELOG.md', () => {
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.version).toBe(DATA_VERSION);
    expect(pkg.created.slice(0, 10)).toBe(RELEASES[0].date);
    expect(readText('CHANGELOG.md')).toContain(`## ${pkg.version} (`);
  });
});
