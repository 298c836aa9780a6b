/** Builds a knowledge base from in-memory files, for tests. */
import { buildKnowledgeBase } from '../../src/core/kb/build.ts';
import type { KnowledgeBase } from '../../src/core/kb/schema.ts';
import type { SourcePolicy } from '../../src/core/kb/check-sources.ts';

/** A file that is not read: a symlinked note or an unreadable folder (see SourceFile.problem). */
export interface UnreadEntry {
  problem: 'symlink' | 'unreadable-folder';
  error: string;
}

/** What a test build may add: the folder's own glossary.yml text, and the freshness policy of sources. */
export interface TestBuildExtras {
  /** The folder's own glossary.yml text (no bundled glossary in tests unless given). */
  glossary?: string;
  /** Turns on the freshness check of sources (off by default, as it depends on today). */
  sourcePolicy?: SourcePolicy;
}

/** `extras`: a glossary text (string), a source policy, or both ({@link TestBuildExtras}). */
export function kbFromFiles(
  files: Record<string, string | Uint8Array | null | UnreadEntry>,
  registry?: string,
  extras?: string | SourcePolicy | TestBuildExtras,
): KnowledgeBase {
  const { glossary, sourcePolicy }: TestBuildExtras =
    typeof extras === 'string' ? { glossary: extras } : extras && 'today' in extras ? { sourcePolicy: extras } : (extras ?? {});
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
    ...(sourcePolicy ? { sourcePolicy } : {}),
  });
}
