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

/** The published package, for tests that check views against the real figures. */
export const PUBLISHED_DIR = resolve('data');

export function fixtureText(name: string, dir = FIXTURE_DIR): string {
  return readFileSync(join(dir, name), 'utf8');
}

/** `dir` is the folder served as `data/`: the fixture package unless told otherwise. */
export function fakeFetch(overrides: Overrides = {}, dir = FIXTURE_DIR) {
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
      return new Response(fixtureText(name, dir), { status: 200 });
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
  return { fetchImpl, requested };
}
