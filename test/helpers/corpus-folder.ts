/** Content folders of generated notes on disk, for tests of the reader. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateNote, registryYaml } from '../../bench/corpus.ts';

/**
 * A new temporary folder holding `count` notes of the benchmark corpus (bench/corpus.ts) and its
 * tags.yml; the caller removes it.
 * @param prefix the folder name's prefix under the OS temp folder
 * @returns the folder's absolute path
 */
export async function generatedContentFolder(prefix: string, count: number): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  for (let i = 0; i < count; i += 1) {
    const note = generateNote(i, count);
    await writeFile(path.join(dir, note.file), note.text);
  }
  await writeFile(path.join(dir, 'tags.yml'), registryYaml());
  return dir;
}
