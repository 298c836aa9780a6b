// @ts-check
import { defineConfig } from 'astro/config';
import { contentDiagnosticsOverlay } from './src/site/kb-loader.ts';
import { dataFiles } from './src/site/data-files.ts';
import { astroCacheDir } from './src/site/incremental/fingerprint.ts';
import { incrementalBuildState } from './src/site/incremental/integration.ts';
import { modulePreload } from './src/site/modulepreload.ts';
import { buildMemory } from './src/site/build-memory.ts';
import { dotAstroLeftovers } from './src/site/dot-astro-leftovers.ts';
import { serviceWorker } from './src/site/pwa.ts';

// The site is fully static. Content comes from the emr-prep core loader (src/content.config.ts);
// EMR_PREP_CONTENT=path/to/notes points it at another folder of notes. Each content folder gets its
// own cache (Astro keeps the content-layer data store there), so two builds of different folders
// never mix their notes.
const cacheDir = astroCacheDir(process.env.EMR_PREP_CONTENT);

/**
 * The small modules most pages' scripts share, bundled as one chunk (`site-*.js`) instead of a
 * handful of sub-kilobyte chunks: the site script (src/islands/site/start.ts) and what it imports,
 * the link helper, the language switch and DOM helpers of the islands. Over HTTP/1.1 a browser
 * opens 6 connections per host; the quiz page's 7 scripts, 2 stylesheets and its question-bank
 * manifest took two rounds of 562 ms on a slow phone (issue 16).
 * @param {string} id
 */
function siteChunk(id) {
  return /\/src\/(islands\/site\/|islands\/pwa\/|islands\/shared\/|islands\/quiz\/quiz-status\.ts|core\/quiz\/status\.ts|components\/links\.ts|i18n\/(client|format|lang)\.ts)|vite\/preload-helper|virtual:pwa-register/.test(
    id,
  )
    ? 'site'
    : undefined;
}

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  // Styles inline in every page: a phone on a slow network paints from the HTML alone. The global
  // stylesheet (20 KB, 4.9 KB gzip) was a render-blocking second request: first paint 1.6 s on
  // Lighthouse's mobile profile (562.5 ms per request, 4× CPU), ~1.05 s inline; a page weighs 4.8 KB
  // gzip more, and a returning student's pages come from the service worker.
  build: { format: 'directory', inlineStylesheets: 'always' },
  server: { port: 4321, host: '127.0.0.1' },
  cacheDir,
  devToolbar: { enabled: false },
  prefetch: false,
  vite: { build: { rollupOptions: { output: { manualChunks: siteChunk } } } },
  // `npm run dev`: content errors (file, line, code frame) in the browser's error overlay.
  integrations: [
    // Peak memory of a build (issue 16 item 6): caps V8's heap growth once the notes are parsed;
    // EMR_PREP_MEM=1 prints the build's memory every 250 ms.
    buildMemory(),
    contentDiagnosticsOverlay(),
    // The quiz bank's and search index's shards, written after the build without a route each
    // (issue 16: memory at 5,000 notes). Before AstroPWA: its build-done hook globs the output folder.
    dataFiles(),
    // modulepreload links for the chunks each page's script imports (one round trip less on a slow
    // phone, issue 16); before AstroPWA, whose build:done hook precaches the pages as finally written.
    modulePreload(),
    // `astro build --outDir <folder outside the project>`: Astro copies its own working files from
    // .astro/ into the output folder (withastro/astro#14903); this removes them, before the PWA's
    // build:done hook globs the folder.
    dotAstroLeftovers(),
    // Installable, offline-capable site (issue 11): a Workbox service worker precaches every page,
    // script, style, the question bank and the search index, so after one visit the student can
    // read notes, search and take a quiz offline. `prompt`: a new deployment is offered to the
    // student (src/components/pwa/UpdatePrompt.astro), never forced, never during a timed exam.
    // serviceWorker() is @vite-pwa/astro told Astro's resolved outDir (src/site/pwa.ts), so the worker
    // and its precache list are right for any --outDir, inside the project or not.
    serviceWorker({
      // Our own worker (src/pwa/sw.js), built by Vite, with the precache manifest injected: the
      // generated worker went through Babel and Terser with the whole manifest inside it, about
      // 5 s of CPU per build at 1,000 notes (issue 16).
      strategies: 'injectManifest',
      srcDir: 'src/pwa',
      filename: 'sw.js',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'emr-prep — Amazon EMR 시험 대비',
        short_name: 'emr-prep',
        description: 'Amazon EMR 아키텍처 시험 대비 노트, 퀴즈, 클러스터 계산기',
        lang: 'ko',
        display: 'standalone',
        start_url: '.',
        scope: '.',
        theme_color: '#1d4ed8',
        background_color: '#ffffff',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      injectManifest: {
        // No `webmanifest`: @vite-pwa adds manifest.webmanifest to the precache list itself (it was listed twice).
        globPatterns: ['**/*.{html,js,css,json,svg,png,ico,txt}'],
        // 404.html is served by the host for unknown paths; as a page (/404/) it does not exist.
        // Pages are static; a query (`/quiz/?tags=…`, `/search/?q=…`) never changes the file
        // served: the worker ignores every query (src/pwa/sw.js).
        // search/next/*.json (the second-keystroke answers, ~0.5–0.8 MB gzip in all) are a shortcut
        // over the index files the worker holds: offline, the engine answers the second key from those.
        // quiz/pack/*.json (random-quiz packs, src/islands/quiz/bank-packs.ts: 32 files, ~200 KB gzip on the
        // bundled content, 10 % of its precache; ~110 KB at 1,000 notes, under 1 %)
        // ARE precached: a returning student's page asks for one before anything else, and on a slow
        // network a pack from the network came ~0.6 s after every shard the worker holds.
        globIgnores: ['404.html', 'search/next/**'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
    // Last: the state `emr-prep build --incremental` starts from (it records the service worker above).
    incrementalBuildState(),
  ],
});
