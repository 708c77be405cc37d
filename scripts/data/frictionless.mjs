/**
 * `npm run data:validate`: checks data/ with the official Frictionless JavaScript library
 * (`datapackage`, which reads through `tableschema`), as a researcher's tools would, not
 * with our own validator. Fails on the first of: an invalid descriptor, a resource that is
 * not a tabular data resource, a row that breaks its schema, its primary key or a foreign
 * key, or a file whose size or sha256 differs from its `bytes` and `hash`.
 *   --dir DIR   the folder holding datapackage.json (default data)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Package } from 'datapackage';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'data' } } });
const dir = resolve(values.dir);
const problems = [];

const pkg = await Package.load(join(dir, 'datapackage.json'), { basePath: dir, strict: false });
if (!pkg.valid) for (const e of pkg.errors) problems.push(`datapackage.json: ${e.message}`);

for (const resource of pkg.valid ? pkg.resources : []) {
  const { name, descriptor } = resource;
  if (!resource.tabular) problems.push(`${name}: not a tabular data resource`);
  const bytes = readFileSync(join(dir, descriptor.path));
  const hash = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  if (descriptor.bytes !== bytes.length)
    problems.push(`${name}: ${bytes.length} bytes, bytes says ${descriptor.bytes}`);
  if (descriptor.hash !== hash) problems.push(`${name}: ${hash}, hash says ${descriptor.hash}`);
  try {
    // relations: every foreign key is resolved against its resource; a missing reference throws.
    const rows = await resource.read({ relations: true });
    console.log(`frictionless: ${name}: ${rows.length} rows read, keys and types valid, ${hash.slice(0, 19)}…`);
  } catch (error) {
    const errors = error.errors?.length > 0 ? error.errors : [error];
    const details = errors.slice(0, 5).map((e) => e.message);
    problems.push(`${name}: ${details.join('; ')}`);
  }
}

for (const p of problems) console.error(`frictionless: ${p}`);
console.log(
  problems.length === 0
    ? `frictionless: data/datapackage.json is valid; ${pkg.resources.length} resources read with foreign keys checked`
    : `frictionless: ${problems.length} problems`,
);
process.exit(problems.length === 0 ? 0 : 1);
