/** Where the tests find the INE report texts: ../shared/seeds beside the project, or $VMRE_SEEDS. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SEEDS = resolve(process.env.VMRE_SEEDS ?? resolve('..', 'shared', 'seeds'));
/** CI always has the seeds; a checkout without them skips only the tests that read them. */
export const HAVE_SEEDS = existsSync(resolve(SEEDS, 'INDEX.md'));
