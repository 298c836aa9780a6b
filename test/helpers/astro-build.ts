/**
 * A real `npx astro build` of the project from the test process, one at a time across vitest's
 * workers. With `--outDir` outside the project (a temporary folder), Astro builds into the project's
 * `.astro/` folder — where content sync writes too — copies it into the output folder and deletes
 * it; two such builds at once would publish or delete each other's files.
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from './seeds.ts';

const LOCK = path.join(tmpdir(), `emr-prep-astro-build-${createHash('sha256').update(PROJECT_ROOT).digest('hex').slice(0, 12)}.lock`);
const WAIT_MS = 10 * 60_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes the lock (a folder holding the owner's pid), waiting for another build; a dead owner's lock is taken over. */
function lock(): void {
  const until = Date.now() + WAIT_MS;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
      return;
    } catch {
      let owner = Number.NaN;
      try {
        owner = Number(readFileSync(path.join(LOCK, 'pid'), 'utf8'));
      } catch {
        // being created or removed: look again
      }
      if (Number.isInteger(owner) && !alive(owner)) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > until) throw new Error(`another astro build held ${LOCK} for ${WAIT_MS / 1000} s`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
}

/**
 * Runs `npx astro build ...args` in the project root (no colours, no telemetry) and returns its
 * exit status and output.
 */
export function astroBuild(args: readonly string[], env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  lock();
  try {
    return spawnSync('npx', ['astro', 'build', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      encoding: 'utf8',
    });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
