/**
 * The Astro content-layer loader backed by the core pipeline. One knowledge base is built per
 * process (and per content change in dev), by the same function the CLI calls; the pages read it
 * through src/components/data.ts. The one collection it fills (`notes`, a slim entry per note) is
 * what tells Astro the content changed: in dev an edit changes an entry's digest and the page
 * reloads.
 *
 * In `astro build` content errors fail the build. In `astro dev` they never stop the server: they
 * are logged, the broken questions are left out of the site, and {@link contentDiagnosticsOverlay}
 * (an integration registered in astro.config.mjs) shows them in the browser's error overlay with
 * the file, line and a code frame, and clears it when they are fixed.
 */
import type { AstroIntegration } from 'astro';
import type { HotPayload } from 'vite';
import type { Loader, LoaderContext } from 'astro/loaders';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../core/diagnostics/diagnostic.ts';
import { contentDirFromEnv, loadKnowledgeBase } from '../core/kb/reader.ts';
import type { KnowledgeBase } from '../core/kb/schema.ts';

/**
 * The process-wide slot of the built knowledge base. It lives on `globalThis` because `astro build`
 * loads this module twice (once for the content layer, once more inside the bundled page code), and
 * both copies must share one build of the notes, not parse them all again (issue 7).
 */
const shared = globalThis as typeof globalThis & {
  __emrPrepKnowledgeBase?: { key: string; kb: Promise<KnowledgeBase> };
  /** The last knowledge base that was built without a failure (dev keeps serving it). */
  __emrPrepLastGood?: KnowledgeBase;
};
let generation = 0;

/**
 * The knowledge base of the configured content folder, built once per generation.
 * @param options.cacheDir the parse cache's folder (the loaders pass one under Astro's cache dir, so
 *   a rebuild parses only the notes that changed); ignored when the knowledge base is already built
 */
export function getKnowledgeBase(options: { cacheDir?: string } = {}): Promise<KnowledgeBase> {
  const dir = contentDirFromEnv();
  const key = `${dir}#${generation}`;
  const cached = shared.__emrPrepKnowledgeBase;
  if (cached && cached.key === key) return cached.kb;
  const kb = loadKnowledgeBase(dir, { cacheDir: options.cacheDir });
  shared.__emrPrepKnowledgeBase = { key, kb };
  kb.then(
    (built) => (shared.__emrPrepLastGood = built),
    () => undefined,
  );
  return kb;
}

/** The parse cache's folder under Astro's cache folder of the content (see astro.config.mjs). */
function parseCacheDir(astroCacheDir: URL): string {
  return fileURLToPath(new URL('emr-prep-parse/', astroCacheDir));
}

/**
 * Starts building the knowledge base without waiting for it, so the parse threads work while Astro
 * starts; {@link getKnowledgeBase} with the same content folder returns that build. A failure (the
 * folder is missing) is left to the loader, which awaits the same promise and reports it.
 */
export function prewarmKnowledgeBase(cacheDir: string): void {
  getKnowledgeBase({ cacheDir }).catch(() => undefined);
}

/**
 * Forgets the knowledge base built in this process, so that the next {@link getKnowledgeBase}
 * reads the content folder again (an incremental rebuild, src/site/incremental/rebuild.ts, that runs
 * more than once in one process; Astro's builds and dev server never need it).
 */
export function forgetKnowledgeBase(): void {
  shared.__emrPrepKnowledgeBase = undefined;
}

/**
 * The knowledge base the content collections were last filled from, for the pages (through
 * src/components/data.ts): the one the loaders built in this process (in `astro build` the
 * bundled page code holds a second copy of this module, which must not build its own), else a new
 * build. When the last build failed (the folder vanished in dev), the last good one.
 */
export async function currentKnowledgeBase(): Promise<KnowledgeBase> {
  const slot = shared.__emrPrepKnowledgeBase;
  if (!slot) return getKnowledgeBase();
  try {
    return await slot.kb;
  } catch (error) {
    if (shared.__emrPrepLastGood) return shared.__emrPrepLastGood;
    throw error;
  }
}

let reported = -1;
/** Logs the diagnostics once per generation; in a build, content errors fail it. */
function report(kb: KnowledgeBase, logger: LoaderContext['logger'], dev: boolean): void {
  if (reported === generation) return;
  reported = generation;
  const dir = contentDirFromEnv();
  const shown = path.relative(process.cwd(), dir) || '.';
  const lines = kb.diagnostics.map(
    (d) => `${path.join(shown, d.file)}:${formatDiagnostic(d).slice(d.file.length + 1)}\n    hint: ${d.hint}`,
  );
  const errors = kb.diagnostics.filter((d) => d.severity === 'error').length;
  const summary = `${plural(kb.notes.length, 'note')}, ${plural(kb.questions.length, 'question')}, ${plural(kb.tags.length, 'tag')} from ${shown}: ${plural(errors, 'error')}, ${plural(kb.diagnostics.length - errors, 'warning')}`;
  // Every error once, in the `emr-prep check` format; warnings up to a limit.
  const limit = 30;
  const errorLines = lines.filter((_, i) => kb.diagnostics[i]!.severity === 'error');
  const warningLines = lines.filter((_, i) => kb.diagnostics[i]!.severity !== 'error');
  for (const line of errorLines) logger.error(line);
  for (const line of warningLines.slice(0, Math.max(0, limit - errorLines.length))) logger.warn(line);
  const hidden = warningLines.length - Math.max(0, limit - errorLines.length);
  if (hidden > 0) logger.warn(`… and ${plural(hidden, 'more warning')} (run \`npx emr-prep check\` for all)`);
  logger.info(summary);
  if (dev) publishDevReport({ dir, diagnostics: kb.diagnostics, failure: null });
  if (hasErrors(kb.diagnostics) && !dev) {
    // A clean failure: the errors above, one line, no stack trace (issue 12).
    logger.error(
      `Nothing was published: ${plural(errors, 'content error')} must be fixed first. \`npm run dev\` shows them in the browser as you fix them; \`npx emr-prep check\` lists every diagnostic.`,
    );
    process.exit(1);
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The collection's entries: one per note, holding only what identifies it (the pages read the
 * knowledge base itself, and Astro turns the whole data store into a JavaScript module that Vite
 * bundles — 78 MB at 5,000 notes with full notes, issue 7). The digest covers the full note and its
 * questions, so any edit to a note is a change of the collection.
 */
function entries(kb: KnowledgeBase): Array<{ id: string; data: Record<string, unknown>; digestOf: Record<string, unknown> }> {
  const questionsByNote = new Map<string, KnowledgeBase['questions']>();
  for (const q of kb.questions) {
    const list = questionsByNote.get(q.note);
    if (list) list.push(q);
    else questionsByNote.set(q.note, [q]);
  }
  return kb.notes.map((n) => ({
    id: n.slug,
    data: { title: n.title, file: n.file, tags: n.tags },
    digestOf: { note: n, questions: questionsByNote.get(n.slug) ?? [] },
  }));
}

/** The loader of the `notes` collection: builds the knowledge base, reports it, and watches in dev. */
export function knowledgeBaseLoader(): Loader {
  return {
    name: 'emr-prep',
    load: async (context) => {
      const { store, logger, watcher, generateDigest } = context;
      const dev = Boolean(watcher);
      const sync = async () => {
        let kb: KnowledgeBase;
        try {
          kb = await getKnowledgeBase({ cacheDir: parseCacheDir(context.config.cacheDir) });
        } catch (error) {
          // The pipeline never throws on content; this is the folder itself (gone, unreadable).
          // In dev, keep serving what was loaded last and say why.
          if (!dev) throw error;
          logger.error(String((error as Error).message ?? error));
          publishDevReport({ dir: contentDirFromEnv(), diagnostics: [], failure: (error as Error).message ?? String(error) });
          return;
        }
        report(kb, logger, dev);
        const fresh = entries(kb);
        const ids = new Set(fresh.map((e) => e.id));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        for (const e of fresh) store.set({ id: e.id, data: e.data, digest: generateDigest(e.digestOf) });
      };
      await sync();
      if (watcher) {
        const dir = contentDirFromEnv();
        watcher.add(dir);
        watcher.on('all', (_event, changed) => {
          if (!path.resolve(changed).startsWith(path.resolve(dir))) return;
          generation += 1;
          void sync().catch((error: unknown) => logger.error(String(error)));
        });
      }
    },
  };
}

// ── dev: content errors in the browser overlay ──────────────────────────────────────────────────

/** What the loader last found, handed to the dev-server integration. */
interface DevReport {
  /** Absolute content folder. */
  dir: string;
  diagnostics: readonly Diagnostic[];
  /** Why the content folder could not be read at all, or null. */
  failure: string | null;
}

interface DevChannel {
  latest: DevReport | null;
  /** The dev server that shows reports: only the newest one (Astro restarts it on config changes). */
  show: ((report: DevReport) => void) | null;
}

/**
 * The loader and the integration run in the same dev-server process but are loaded as separate
 * module instances (content config and astro config), so they meet on a global.
 */
function devChannel(): DevChannel {
  const key = Symbol.for('emr-prep.content-diagnostics');
  const store = globalThis as unknown as Record<symbol, DevChannel | undefined>;
  return (store[key] ??= { latest: null, show: null });
}

function publishDevReport(report: DevReport): void {
  const channel = devChannel();
  channel.latest = report;
  try {
    channel.show?.(report);
  } catch {
    // Showing errors must never break loading content (or a dev-server restart).
  }
}

/** Vite's `error` payload as Astro's overlay reads it. */
export interface OverlayError {
  name: string;
  title: string;
  message: string;
  hint: string;
  /** File relative to the project root (Astro joins it to the root and reads the code frame). */
  loc?: { file: string; line: number; column: number };
  stack: string;
}

/**
 * The overlay payload for a report with errors, or null when there are none.
 * @param root the project root (Vite's `config.root`): the file is given relative to it, because
 *   Astro joins any path outside the root onto the root before it reads the code frame.
 */
export function overlayError(report: DevReport, root: string = process.cwd()): OverlayError | null {
  const shown = path.relative(process.cwd(), report.dir) || '.';
  if (report.failure) {
    return {
      name: 'ContentFolderError',
      title: 'The content folder cannot be read',
      message: `emr-prep could not read the content folder ${shown}: ${report.failure}`,
      hint: 'Set EMR_PREP_CONTENT to a folder of .md/.txt notes and restart `npm run dev`.',
      stack: '',
    };
  }
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return null;
  const first = errors[0]!;
  const list = errors
    .slice(0, 12)
    .map((d) => `${path.join(shown, d.file)}:${d.line}:${d.column} ${d.code} — ${d.message}`)
    .join('\n');
  const more = errors.length > 12 ? `\n… and ${errors.length - 12} more (run \`npx emr-prep check\`)` : '';
  return {
    name: 'ContentError',
    title: `${errors.length} content error${errors.length === 1 ? '' : 's'} in the notes`,
    message:
      `${errors.length} content error${errors.length === 1 ? '' : 's'} — the broken notes and questions are left out of the site until fixed; save the file to re-check.\n` +
      list +
      more,
    hint: `${path.join(shown, first.file)}:${first.line}:${first.column} ${first.code}: ${first.hint}`,
    loc: { file: path.relative(root, path.join(report.dir, first.file)), line: first.line, column: first.column },
    stack: '',
  };
}

/**
 * A dev-server integration that shows content errors in the browser's error overlay (Vite's
 * `{type: 'error'}` message, which Astro renders with the file, line and a code frame of the first
 * error), re-sends them to every page that connects while they last, and reloads the pages once
 * they are fixed. Register it in astro.config.mjs; it does nothing in `astro build`.
 */
export function contentDiagnosticsOverlay(): AstroIntegration {
  return {
    name: 'emr-prep-content-diagnostics',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        // `astro build`: start parsing the notes now, on the parse threads, while Astro is still
        // starting (loading the content config through Vite takes seconds of one core, issue 16);
        // the loader then awaits the same build (same content folder, same parse cache).
        if (command === 'build') prewarmKnowledgeBase(parseCacheDir(config.cacheDir));
      },
      'astro:server:setup': ({ server }) => {
        const channel = devChannel();
        let showing = false;
        const root = server.config.root;
        let closed = false;
        server.httpServer?.once('close', () => (closed = true));
        const post = (payload: HotPayload) => {
          if (closed) return;
          try {
            server.hot.send(payload);
          } catch {
            // a closing server; the next one shows the report
          }
        };
        const show = (report: DevReport | null) => {
          const err = report ? overlayError(report, root) : null;
          if (err) {
            showing = true;
            post({ type: 'error', err });
          } else if (showing) {
            showing = false;
            post({ type: 'full-reload', path: '*' });
          }
        };
        channel.show = show;
        server.ws.on('connection', () => {
          const err = channel.latest ? overlayError(channel.latest, root) : null;
          // After the client's own "connected" handshake, so its overlay is ready.
          if (err) setTimeout(() => post({ type: 'error', err }), 100);
        });
        // Pages that connect later get the report on connection; sending now, while the server
        // starts, would reach no page.
      },
    },
  };
}
