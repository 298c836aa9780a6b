/**
 * Where the owner's seed notes are (`../shared/seeds` beside the project). Tests that need them skip
 * with a visible notice where the folder is absent (a user's own clone); CI always has it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** `EMR_PREP_SEEDS` when set (a worktree elsewhere), else `../shared/seeds` beside the project. */
export const SEEDS_DIR = process.env.EMR_PREP_SEEDS
  ? path.resolve(process.env.EMR_PREP_SEEDS)
  : path.resolve(PROJECT_ROOT, '..', 'shared', 'seeds');
export const HAVE_SEEDS = existsSync(SEEDS_DIR);

if (!HAVE_SEEDS) {
  console.warn(`\n[emr-prep] NOTICE: ${SEEDS_DIR} is absent — tests that read the owner's seed notes are SKIPPED.\n`);
}

/** Seed files by their number prefix (`000` … `004`). */
export function seedFile(prefix: string): string {
  const names = [
    '000_330522310a0cdc92.txt',
    '001_e45674b8a82906ae.txt',
    '002_fa449b6d13d72eff.txt',
    '003_3397605a007622ed.txt',
    '004_ecd32b872a628ebc.txt',
  ];
  const name = names.find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return path.join(SEEDS_DIR, name);
}
