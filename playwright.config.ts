/**
 * End-to-end tests of the static site in Debian's Chromium (never `npx playwright install`).
 *
 * Two sites are built and served, one per project:
 * - `bundled`: the bundled `content/`, built to `dist/` and served by `astro preview` on port 4321;
 * - `seeds`: the owner's seed notes (`../shared/seeds`), built to `dist-seeds/` and served on 4322 —
 *   only when that folder exists (a notice is printed when it does not).
 * Locally a server that is already running on the port is reused; on CI (`CI` set) never.
 */
import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
/**
 * The owner's seed notes, relative to the project root (read-only, may be absent); EMR_PREP_SEEDS
 * names another place (a git worktree whose parent holds no `shared/`).
 */
export const SEEDS_DIR = process.env.EMR_PREP_SEEDS ? path.resolve(process.env.EMR_PREP_SEEDS) : path.resolve(ROOT, '../shared/seeds');
const haveSeeds = existsSync(SEEDS_DIR);
const CI = Boolean(process.env.CI);
/** Port of the bundled site; the seeds site uses the next one. E2E_PORT lets several work trees test side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4321);
const SEEDS_PORT = PORT + 1;

if (!haveSeeds) {
  console.warn(`\n[playwright] NOTICE: ${SEEDS_DIR} not found — the "seeds" project and its web server are skipped.\n`);
}

const chromium = {
  ...devices['Desktop Chrome'],
  headless: true,
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  },
};

const env = { ASTRO_TELEMETRY_DISABLED: '1' };

export default defineConfig({
  testDir: './test/e2e',
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: CI ? 2 : undefined,
  reporter: CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 30_000,
  use: {
    ...chromium,
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: `npx astro build && npx astro preview --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      env,
      reuseExistingServer: !CI,
      timeout: 240_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    ...(haveSeeds
      ? [
          {
            command: `npx astro build --outDir dist-seeds && npx astro preview --port ${SEEDS_PORT} --outDir dist-seeds`,
            url: `http://127.0.0.1:${SEEDS_PORT}/`,
            env: { ...env, EMR_PREP_CONTENT: SEEDS_DIR },
            reuseExistingServer: !CI,
            timeout: 240_000,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
  ],
  projects: [
    { name: 'bundled', use: { ...chromium, baseURL: `http://127.0.0.1:${PORT}` } },
    ...(haveSeeds ? [{ name: 'seeds', use: { ...chromium, baseURL: `http://127.0.0.1:${SEEDS_PORT}` } }] : []),
  ],
});
