/**
 * A fetch that serves the fixture package from test/fixtures/data/ at
 * `${FIXTURE_BASE}data/<name>`, with per-file overrides to break things.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIXTURE_BASE = 'https://example.test/sub/dir/';
// Vitest runs from the project root; import.meta.url is not a file URL under jsdom.
const FIXTURE_DIR = resolve('test/fixtures/data');

/** Per file name: replacement text, an HTTP status to answer with, or an error to reject with. */
export type Overrides = Record<string, string | number | Error>;

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURE_DIR, name), 'utf8');
}

export function fakeFetch(overrides: Overrides = {}) {
  const requested: string[] = [];
  const fetchImpl = async (input: string): Promise<Response> => {
    requested.push(input);
    const prefix = `${FIXTURE_BASE}data/`;
    if (!input.startsWith(prefix)) return new Response('not found', { status: 404 });
    const name = input.slice(prefix.length);
    const override = overrides[name];
    if (override instanceof Error) throw override;
    if (typeof override === 'number') return new Response('', { status: override });
    if (typeof override === 'string') return new Response(override, { status: 200 });
    try {
      return new Response(fixtureText(name), { status: 200 });
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
  return { fetchImpl, requested };
}
