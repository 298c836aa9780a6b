/**
 * The integration that makes `astro build` leave its state for `emr-prep build --incremental`
 * (src/site/incremental/rebuild.ts): in `astro:build:done`, after every other integration (register
 * it LAST in astro.config.mjs: it records the digest of the service worker the PWA integration
 * writes), it writes the {@link BuildState} of the build's knowledge base below Astro's cache folder.
 * A build with content errors never gets here (it stops earlier).
 */
import type { AstroIntegration } from 'astro';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDirFromEnv } from '../../core/kb/reader.ts';
import { currentKnowledgeBase } from '../kb-loader.ts';
import { buildFingerprint, md5OfFile, stateFile } from './fingerprint.ts';
import { BUILD_STATE_VERSION, globalDigest, noteStates } from './state.ts';
import { writeBuildState } from './state-file.ts';

/** The integration (see the module comment). */
export function incrementalBuildState(): AstroIntegration {
  let root = '';
  let cacheDir = '';
  let base = '/';
  let site: string | null = null;
  return {
    name: 'emr-prep-incremental-state',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        base = config.base;
        site = config.site ?? null;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const file = stateFile(cacheDir, outDir);
        try {
          const kb = await currentKnowledgeBase();
          const fingerprint = await buildFingerprint(root, { outDir, contentDir: contentDirFromEnv() });
          await writeBuildState(file, {
            version: BUILD_STATE_VERSION,
            fingerprint,
            base,
            site,
            global: globalDigest(kb),
            serviceWorker: await md5OfFile(path.join(outDir, 'sw.js')),
            notes: noteStates(kb),
          });
        } catch (error) {
          // Never fail a build for the next one's sake: without a state the next rebuild is a full one.
          await rm(file, { force: true });
          logger.warn(`no state for an incremental rebuild: ${(error as Error).message ?? error}`);
        }
      },
    },
  };
}
