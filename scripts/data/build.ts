/**
 * `npm run data`: reads the INE report texts and writes every file of the data contract into data/.
 *   --seeds DIR   where the report texts are (default ../shared/seeds, or $VMRE_SEEDS)
 *   --out DIR     where to write (default data)
 *   --check       write nothing; exit 1 if data/ differs from what the seeds produce
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDataset } from './dataset.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: process.env.VMRE_SEEDS ?? join('..', 'shared', 'seeds') },
    out: { type: 'string', default: 'data' },
    check: { type: 'boolean', default: false },
  },
});

const seeds = resolve(values.seeds!);
const out = resolve(values.out!);
if (!existsSync(seeds)) {
  console.error(`data: no report texts at ${seeds}; pass --seeds DIR or set VMRE_SEEDS`);
  process.exit(2);
}
// The dataset's version is its own (scripts/data/changelog.ts), not the app's in package.json.
const files = buildDataset(seeds);

if (values.check) {
  const differ = Object.entries(files).filter(([name, text]) => {
    const path = join(out, name);
    return !existsSync(path) || readFileSync(path, 'utf8') !== text;
  });
  for (const [name] of differ) console.error(`data: ${name} differs from a fresh build`);
  console.log(
    differ.length === 0
      ? `data: ${Object.keys(files).length} files match a fresh build`
      : `data: ${differ.length} files differ; run npm run data`,
  );
  process.exit(differ.length === 0 ? 0 : 1);
}
mkdirSync(out, { recursive: true });
for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
console.log(`data: wrote ${Object.keys(files).length} files to ${values.out}`);
