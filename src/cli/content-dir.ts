/** Resolves the content folder of a CLI command: `--content`, else `$EMR_PREP_CONTENT`, else bundled. */
import path from 'node:path';
import { contentDirFromEnv } from '../core/kb/reader.ts';

export function resolveContentDir(option: string | undefined): string {
  return option ? path.resolve(process.cwd(), option) : contentDirFromEnv();
}
