/**
 * `emr-prep repair FILE [--write]`: repairs a mojibake note. The repaired text goes to stdout (or
 * back into the file with --write, keeping the original as FILE.bak, or FILE.bak.N when that exists;
 * written atomically and never through a symlink, see safe-write.ts); stderr says how many characters were restored
 * exactly and how many were guessed, with the line and column of every guess.
 * The character model is the build's (text/repair-model.ts, reader.ts `repairModelForFile`): the
 * clean notes of the file's own folder (at most 200, not its subfolders) and the bundled notes, so
 * the text written is exactly the text the site shows.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { decodeNoteBytes } from '../core/text/decode.ts';
import { repairModelForFile } from '../core/kb/reader.ts';
import type { Io } from './io.ts';
import { assertReplaceable, createBackup, safeReplaceFile, SafeWriteError } from './safe-write.ts';

export async function repairCommand(file: string, options: { write?: boolean }, io: Io): Promise<number> {
  const full = path.resolve(process.cwd(), file);
  if (!existsSync(full)) {
    io.err(`emr-prep: file not found: ${file}\n`);
    return 2;
  }
  if (options.write) {
    try {
      assertReplaceable(full);
    } catch (error) {
      io.err(`emr-prep repair: ${(error as Error).message}\n`);
      return 1;
    }
  }
  const bytes = new Uint8Array(await readFile(full));
  const first = decodeNoteBytes(bytes);
  if (first.binary) {
    io.err(`emr-prep: ${file} is binary (it holds NUL bytes), not a note\n`);
    return 1;
  }
  if (!first.mojibake) {
    if (!options.write) io.out(first.crlf ? first.text.replace(/\n/g, '\r\n') : first.text);
    io.err(`${file}: no mojibake detected; nothing to repair (0 characters restored, 0 guessed)\n`);
    return 0;
  }
  const repaired = decodeNoteBytes(bytes, { frequencies: await repairModelForFile(full) });
  const m = repaired.mojibake!;
  let text = repaired.crlf ? repaired.text.replace(/\n/g, '\r\n') : repaired.text;
  if (repaired.bom) text = `\uFEFF${text}`;
  let backup = '';
  if (options.write) {
    try {
      backup = createBackup(full, bytes);
      safeReplaceFile(full, text);
    } catch (error) {
      if (!(error instanceof SafeWriteError)) throw error;
      io.err(`emr-prep repair: ${error.message}\n`);
      return 1;
    }
  } else io.out(text);
  io.err(
    `${file}: UTF-8 decoded as ${m.codepage} and saved again; ${m.restored} characters restored, ${m.guessed} guessed` +
      (options.write ? ` (written; original kept as ${path.basename(backup)})` : '') +
      '\n',
  );
  for (const g of m.guesses) {
    io.err(
      `  ${file}:${g.line}:${g.column} guessed "${g.chosen}"${g.alternatives.length ? ` (alternatives: ${g.alternatives.slice(0, 4).join(' ')})` : ''}\n`,
    );
  }
  return 0;
}
