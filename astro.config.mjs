// @ts-check
import { defineConfig } from 'astro/config';
import { contentDiagnosticsOverlay } from './src/site/kb-loader.ts';
import { createHash } from 'node:crypto';
import path from 'node:path';

// The site is fully static. Content comes from the emr-prep core loader (src/content.config.ts);
// EMR_PREP_CONTENT=path/to/notes points it at another folder of notes. Each content folder gets its
// own cache (Astro keeps the content-layer data store there), so two builds of different folders
// never mix their notes.
const contentDir = process.env.EMR_PREP_CONTENT?.trim();
const cacheDir = contentDir
  ? `./node_modules/.astro/content-${createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 12)}`
  : './node_modules/.astro';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  server: { port: 4321, host: '127.0.0.1' },
  cacheDir,
  devToolbar: { enabled: false },
  prefetch: false,
  // `npm run dev`: content errors (file, line, code frame) in the browser's error overlay.
  integrations: [contentDiagnosticsOverlay()],
});
