// @ts-check
import { defineConfig } from 'astro/config';

// The site is fully static. Content comes from the emr-prep core loader (src/content.config.ts);
// EMR_PREP_CONTENT=path/to/notes points it at another folder of notes.
export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
  prefetch: false,
});
