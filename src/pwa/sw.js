/**
 * The service worker (issue 11): precaches every page, script, style, the question bank and the
 * search index, so after one visit the site works offline. It does what @vite-pwa/astro's
 * `generateSW` wrote for us before (issue 16): `precacheAndRoute` with the manifest Workbox injects
 * at build time (`self.__WB_MANIFEST`), any query ignored (a query never changes the file served),
 * old precaches removed, and `skipWaiting` only when the page asks (registerType `prompt`: the
 * student accepts the update, src/islands/pwa/update-prompt.ts). Written by hand so the build no
 * longer runs Babel and Terser over a manifest of thousands of entries (seconds per build).
 */
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'index.html', ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();
