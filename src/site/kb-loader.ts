/**
 * Astro content-layer loaders backed by the core pipeline. One knowledge base is built per
 * process (and per content change in dev) and shared by the four collections, so every note is read
 * and parsed once per build, by the same function the CLI calls.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import path from 'node:path';
import { formatDiagnostic, hasErrors } from '../core/diagnostics/diagnostic.ts';
import { contentDirFromEnv, loadKnowledgeBase } from '../core/kb/reader.ts';
import type { KnowledgeBase } from '../core/kb/schema.ts';
import { siteSummary } from './summary.ts';

let cached: { key: string; kb: Promise<KnowledgeBase> } | null = null;
let generation = 0;

/** The knowledge base of the configured content folder, built once per generation. */
export function getKnowledgeBase(): Promise<KnowledgeBase> {
  const dir = contentDirFromEnv();
  const key = `${dir}#${generation}`;
  if (!cached || cached.key !== key) cached = { key, kb: loadKnowledgeBase(dir) };
  return cached.kb;
}

let reported = -1;
/** Logs the diagnostics once per generation; in a build, content errors fail it. */
function report(kb: KnowledgeBase, logger: LoaderContext['logger'], dev: boolean): void {
  if (reported === generation) return;
  reported = generation;
  const dir = contentDirFromEnv();
  const shown = path.relative(process.cwd(), dir) || '.';
  const lines = kb.diagnostics.map((d) => `${path.join(shown, d.file)}:${formatDiagnostic(d).slice(d.file.length + 1)}\n    hint: ${d.hint}`);
  const errors = kb.diagnostics.filter((d) => d.severity === 'error').length;
  const summary = `${kb.notes.length} notes, ${kb.questions.length} questions, ${kb.tags.length} tags from ${shown}: ${errors} errors, ${kb.diagnostics.length - errors} warnings`;
  const limit = 30;
  for (const line of lines.slice(0, limit)) {
    if (line.includes(' error ')) logger.error(line);
    else logger.warn(line);
  }
  if (lines.length > limit) logger.warn(`… and ${lines.length - limit} more (run \`npx emr-prep check\` for all)`);
  logger.info(summary);
  if (hasErrors(kb.diagnostics) && !dev) {
    throw new Error(`content has ${errors} error(s); the site is not built.\n${lines.filter((l) => l.includes(' error ')).join('\n')}`);
  }
}

type Kind = 'notes' | 'questions' | 'tags' | 'site';

function entries(kb: KnowledgeBase, kind: Kind): Array<{ id: string; data: Record<string, unknown> }> {
  switch (kind) {
    case 'notes':
      return kb.notes.map((n) => ({ id: n.slug, data: n }));
    case 'questions':
      return kb.questions.map((q) => ({ id: q.id, data: q }));
    case 'tags':
      return kb.tags.map((t) => ({ id: t.path, data: t }));
    case 'site':
      return [{ id: 'summary', data: { ...siteSummary(kb) } }];
  }
}

/** A loader for one collection of the knowledge base. */
export function knowledgeBaseLoader(kind: Kind): Loader {
  return {
    name: `emr-prep-${kind}`,
    load: async (context) => {
      const { store, logger, watcher, generateDigest } = context;
      const dev = Boolean(watcher);
      const sync = async () => {
        const kb = await getKnowledgeBase();
        report(kb, logger, dev);
        const fresh = entries(kb, kind);
        const ids = new Set(fresh.map((e) => e.id));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        for (const e of fresh) store.set({ id: e.id, data: e.data, digest: generateDigest(e.data) });
      };
      await sync();
      if (watcher) {
        const dir = contentDirFromEnv();
        watcher.add(dir);
        let lastEvent = '';
        watcher.on('all', (event, changed) => {
          if (!path.resolve(changed).startsWith(path.resolve(dir))) return;
          const stamp = `${event}:${changed}:${Math.floor(Date.now() / 500)}`;
          if (stamp !== lastEvent) {
            lastEvent = stamp;
            if (kind === 'notes') generation += 1;
          }
          void sync().catch((error: unknown) => logger.error(String(error)));
        });
      }
    },
  };
}
