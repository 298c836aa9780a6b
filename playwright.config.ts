/**
 * End-to-end tests of the static site in Debian's Chromium (never `npx playwright install`).
 *
 * Three sites are built and served, one per project:
 * - `bundled`: the bundled `content/`, built to `dist/` and served by `astro preview` on port 4321;
 * - `seeds`: the owner's seed notes (`../shared/seeds`), built to `dist-seeds/` and served on 4322 —
 *   only when that folder exists (a notice is printed when it does not);
 * - `base`: the bundled content built below a path (`--base /emr-prep/`, as a GitHub Pages project
 *   site), to `dist-base/`, served at http://127.0.0.1:4323/emr-prep/; runs only `base.spec.ts`,
 *   which the other projects skip.
 * A project's site is built and served only when that project runs (`--project=bundled` builds one
 * site, no `--project` builds all). Locally a server already running on the port is reused; on CI
 * (`CI` set) never.
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
const BASE_PORT = PORT + 2;
/** The base path of the `base` project's build (keep in step with test/e2e/base.spec.ts). */
export const BASE_PATH = '/emr-prep/';
/** Spec files of the `base` project (the other projects ignore them). */
const BASE_SPECS = /base\.spec\.ts$/;

/**
 * Projects named on the command line (`--project=a`, `--project a`), or null for all. Playwright
 * starts every web server of the config whatever projects run; this keeps a run of one project from
 * building the other sites (about a minute each).
 */
function requestedProjects(argv: readonly string[]): Set<string> | null {
  const names = new Set<string>();
  argv.forEach((arg, i) => {
    if (arg.startsWith('--project=')) names.add(arg.slice('--project='.length));
    else if (arg === '--project' && argv[i + 1]) names.add(argv[i + 1]!);
  });
  return names.size > 0 ? names : null;
}
const requested = requestedProjects(process.argv);
const runs = (project: string) => requested === null || requested.has(project);

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
    ...(runs('bundled')
      ? [
          {
            command: `npx astro build && npx astro preview --port ${PORT}`,
            url: `http://127.0.0.1:${PORT}/`,
            env,
            reuseExistingServer: !CI,
            timeout: 240_000,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
    ...(haveSeeds && runs('seeds')
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
    ...(runs('base')
      ? [
          {
            command: `npx astro build --outDir dist-base --base ${BASE_PATH} --site http://127.0.0.1:${BASE_PORT} && npx astro preview --port ${BASE_PORT} --outDir dist-base --base ${BASE_PATH}`,
            url: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}`,
            env,
            reuseExistingServer: !CI,
            timeout: 240_000,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
  ],
  projects: [
    { name: 'bundled', testIgnore: BASE_SPECS, use: { ...chromium, baseURL: `http://127.0.0.1:${PORT}` } },
    ...(haveSeeds ? [{ name: 'seeds', testIgnore: BASE_SPECS, use: { ...chromium, baseURL: `http://127.0.0.1:${SEEDS_PORT}` } }] : []),
    // Origin only: the spec writes every path with the base, so a URL missing it is a failure, not a fallback.
    { name: 'base', testMatch: BASE_SPECS, use: { ...chromium, baseURL: `http://127.0.0.1:${BASE_PORT}` } },
  ],
});
