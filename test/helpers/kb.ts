/** Builds a knowledge base from in-memory files, for tests. */
import { buildKnowledgeBase } from '../../src/core/kb/build.ts';
import type { KnowledgeBase } from '../../src/core/kb/schema.ts';
import type { SourcePolicy } from '../../src/core/kb/check-sources.ts';

/** `sourcePolicy` turns on the freshness check of sources (off by default, as it depends on today). */
export function kbFromFiles(
  files: Record<string, string | Uint8Array | null>,
  registry?: string,
  sourcePolicy?: SourcePolicy,
): KnowledgeBase {
  const encoder = new TextEncoder();
  return buildKnowledgeBase({
    files: Object.entries(files).map(([path, content]) => ({
      path,
      bytes: typeof content === 'string' ? encoder.encode(content) : content,
      ...(content === null ? { error: 'EACCES: permission denied' } : {}),
    })),
    registry: registry === undefined ? null : { file: 'tags.yml', text: registry },
    ...(sourcePolicy ? { sourcePolicy } : {}),
  });
}
