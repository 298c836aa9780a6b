/** Builds a knowledge base from in-memory files, for tests. */
import { buildKnowledgeBase } from '../../src/core/kb/build.ts';
import type { KnowledgeBase } from '../../src/core/kb/schema.ts';

/** A file that is not read: a symlinked note or an unreadable folder (see SourceFile.problem). */
export interface UnreadEntry {
  problem: 'symlink' | 'unreadable-folder';
  error: string;
}

/** `glossary`: the folder's own glossary.yml text (no bundled glossary in tests unless given). */
export function kbFromFiles(
  files: Record<string, string | Uint8Array | null | UnreadEntry>,
  registry?: string,
  glossary?: string,
): KnowledgeBase {
  const encoder = new TextEncoder();
  return buildKnowledgeBase({
    files: Object.entries(files).map(([path, content]) =>
      content !== null && typeof content === 'object' && 'problem' in content
        ? { path, bytes: null, ...content }
        : {
            path,
            bytes: typeof content === 'string' ? encoder.encode(content) : content,
            ...(content === null ? { error: 'EACCES: permission denied' } : {}),
          },
    ),
    registry: registry === undefined ? null : { file: 'tags.yml', text: registry },
    glossaries: glossary === undefined ? [] : [{ file: 'glossary.yml', text: glossary, own: true }],
  });
}
