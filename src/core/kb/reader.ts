/**
 * The reader: the one module of the core that touches the file system. It gathers the note files
 * (`.md`, `.markdown`, `.txt`, recursively; dot-folders and node_modules skipped) and the tag
 * registry of a content folder, and hands them to {@link buildKnowledgeBase}.
 */
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKnowledgeBase, type SourceFile } from './build.ts';
import type { KnowledgeBase } from './schema.ts';

const NOTE_FILE = /\.(md|markdown|txt)$/i;
const REGISTRY_NAMES = ['tags.yml', 'tags.yaml'];

/** The project's root folder (where package.json and the bundled `content/` live). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The bundled content folder: `<project>/content`. */
export const BUNDLED_CONTENT_DIR = path.join(PROJECT_ROOT, 'content');

/**
 * The content folder to build: `EMR_PREP_CONTENT` (relative to the working directory) when set,
 * else the bundled `content/`.
 */
export function contentDirFromEnv(env: Record<string, string | undefined> = process.env): string {
  const dir = env.EMR_PREP_CONTENT?.trim();
  return dir ? path.resolve(process.cwd(), dir) : BUNDLED_CONTENT_DIR;
}

/** Lists note files below `dir`, relative POSIX paths, sorted. */
export async function listNoteFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(current: string): Promise<void> {
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && NOTE_FILE.test(entry.name)) out.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  }
  await walk(dir);
  return out.sort();
}

/** Reads every note file of a folder as bytes. */
export async function readNoteFiles(dir: string): Promise<SourceFile[]> {
  const names = await listNoteFiles(dir);
  return Promise.all(
    names.map(async (name): Promise<SourceFile> => {
      try {
        return { path: name, bytes: new Uint8Array(await readFile(path.join(dir, name))) };
      } catch (error) {
        return { path: name, bytes: null, error: (error as Error).message };
      }
    }),
  );
}

/**
 * The tag registry of a content folder (`tags.yml`); when the folder has none, the bundled
 * registry, so a folder of plain notes still gets readable labels.
 */
export async function readTagRegistry(dir: string): Promise<{ file: string; text: string } | null> {
  for (const candidate of [dir, BUNDLED_CONTENT_DIR]) {
    for (const name of REGISTRY_NAMES) {
      const full = path.join(candidate, name);
      if (existsSync(full)) {
        const file = candidate === dir ? name : path.relative(dir, full).split(path.sep).join('/');
        return { file, text: await readFile(full, 'utf8') };
      }
    }
  }
  return null;
}

/**
 * Reads a content folder and builds its knowledge base. The bundled notes (when building another
 * folder) add to the character frequencies used for mojibake repair.
 * @throws Error when `dir` does not exist or is not a folder (a message naming it)
 */
export async function loadKnowledgeBase(dir: string): Promise<KnowledgeBase> {
  if (!existsSync(dir)) throw new Error(`content folder not found: ${dir} (set EMR_PREP_CONTENT or --content to a folder of .md/.txt notes)`);
  const [files, registry] = await Promise.all([readNoteFiles(dir), readTagRegistry(dir)]);
  let frequencyCorpus: string[] = [];
  if (path.resolve(dir) !== path.resolve(BUNDLED_CONTENT_DIR) && existsSync(BUNDLED_CONTENT_DIR)) {
    const bundled = await readNoteFiles(BUNDLED_CONTENT_DIR);
    const decoder = new TextDecoder('utf-8');
    frequencyCorpus = bundled.flatMap((f) => (f.bytes ? [decoder.decode(f.bytes)] : []));
  }
  return buildKnowledgeBase({ files, registry, frequencyCorpus });
}
