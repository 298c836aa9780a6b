/** Shared helpers of the authoring tests: run the CLI in-process, make a temporary content folder. */
import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../../src/cli/main.ts';
import { BUNDLED_CONTENT_DIR } from '../../../src/core/kb/reader.ts';

export async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** A temporary content folder with the given files and (unless `registry: false`) the bundled tags.yml. */
export function contentFolder(files: Record<string, string> = {}, options: { registry?: boolean } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'emr-prep-authoring-'));
  if (options.registry !== false) copyFileSync(path.join(BUNDLED_CONTENT_DIR, 'tags.yml'), path.join(dir, 'tags.yml'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
