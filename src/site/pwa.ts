/**
 * The service worker integration (@vite-pwa/astro), told where the build's output folder is.
 *
 * @vite-pwa/astro 1.2 passes vite-plugin-pwa no `outDir` for a static site, so vite-plugin-pwa
 * (1.3, `resolveOptions`) takes Vite's `build.outDir` of the build it is configured in: where it
 * writes `sw.js` (`swDest`) and the folder it globs for the precache list (`globDirectory`). Astro
 * builds a static site with Vite into its `outDir` — except when `outDir` is outside the working
 * directory (`astro build --outDir /srv/www/emr-prep`): then Vite builds into `<project>/.astro/`,
 * which Astro copies into `outDir` and deletes before `astro:build:done` (astro 5,
 * `getOutDirWithinCwd` and `cleanServerOutput` in core/build). The worker then went to `.astro/sw.js`
 * with one precache entry, and the published site had no worker at all.
 *
 * {@link serviceWorker} creates the integration in `astro:config:setup`, when Astro's config is
 * resolved (the `outDir` of astro.config.mjs or of `--outDir`), with vite-plugin-pwa's own `outDir`
 * option set to it, and hands every hook of @vite-pwa/astro through to it. A build into any folder
 * then writes the same `sw.js`, precaching the same files, as a build into `dist/`.
 */
import AstroPWA from '@vite-pwa/astro';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** @vite-pwa/astro's options (vite-plugin-pwa's, without `outDir`: {@link serviceWorker} sets it). */
export type ServiceWorkerOptions = Omit<NonNullable<Parameters<typeof AstroPWA>[0]>, 'outDir'>;

type Hooks = AstroIntegration['hooks'];
type Hook = (params: unknown) => unknown;

/**
 * @vite-pwa/astro with vite-plugin-pwa's `outDir` set to Astro's resolved `outDir` (see the module
 * comment). Every hook @vite-pwa/astro defines is passed on to the instance made for the build.
 */
export function serviceWorker(options: ServiceWorkerOptions): AstroIntegration {
  let pwa: AstroIntegration | undefined;
  const hookOf = (name: string): Hook | undefined => (pwa?.hooks as Record<string, Hook | undefined> | undefined)?.[name];
  const hooks: Record<string, Hook> = {};
  // The hook names come from the library itself, so a hook a later version adds is passed on too.
  for (const name of Object.keys(AstroPWA(options).hooks)) {
    hooks[name] = (params) => {
      if (name === 'astro:config:setup') {
        const { config } = params as Parameters<NonNullable<Hooks['astro:config:setup']>>[0];
        pwa = AstroPWA({ ...options, outDir: fileURLToPath(config.outDir) });
      }
      return hookOf(name)?.(params);
    };
  }
  return { name: 'emr-prep:service-worker', hooks: hooks as Hooks };
}
