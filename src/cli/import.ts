/**
 * `emr-prep import FILE --format gift|aiken --out DIR [--tag TAG…]`: converts a Moodle GIFT or
 * Aiken file (multiple-choice subset) into emr-prep notes in DIR — one note per GIFT category, or
 * one for the whole file. Everything it cannot convert is printed as `FILE:LINE: error …` (the
 * question is not imported) and every loss as `FILE:LINE: warning …` (partial credit, a relative
 * link); nothing is dropped silently. Never overwrites: when a note file it would write exists,
 * nothing is written and the command exits 1.
 *
 * Exit code: 0 when every question was imported, 1 when any could not be (the others are written),
 * or when a file would be overwritten; 2 for usage errors.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeNoteBytes } from '../core/text/decode.ts';
import { itemsToNotes, parseAiken, parseGift, type InterchangeProblem } from '../core/interchange/index.ts';
import { localDate } from './new.ts';
import type { Io } from './io.ts';
import { safeCreateFile } from './safe-write.ts';
import { escapeTerminal } from './terminal.ts';

export interface ImportOptions {
  format?: string;
  out?: string;
  tag?: string | string[];
  /** Today's date as `YYYY-MM-DD` (tests fix it). */
  today?: string;
}

function formatOf(file: string, option: string | undefined): 'gift' | 'aiken' | null {
  const wanted = (option ?? '').toLowerCase();
  if (wanted === 'gift' || wanted === 'aiken') return wanted;
  if (option !== undefined) return null;
  if (/\.gift$/i.test(file)) return 'gift';
  if (/\.aiken$/i.test(file)) return 'aiken';
  return null;
}

/**
 * Runs `emr-prep import FILE`. Problems go to stderr as `FILE:LINE: error|warning message`; the
 * notes written go to stdout.
 * @returns 0 every question imported; 1 some could not be (the rest are written) or a note file
 *   exists (nothing written); 2 usage errors (format, --out, a missing or binary file)
 */
export async function importCommand(file: string, options: ImportOptions, io: Io): Promise<number> {
  const format = formatOf(file, options.format);
  if (!format) {
    io.err(
      `emr-prep import: ${options.format === undefined ? 'give' : `unknown format "${options.format}"; use`} --format gift or --format aiken\n`,
    );
    return 2;
  }
  if (!options.out) {
    io.err('emr-prep import: --out DIR is required (the folder the notes are written to, e.g. --out content/notes/imported)\n');
    return 2;
  }
  const source = path.resolve(process.cwd(), file);
  if (!existsSync(source)) {
    io.err(`emr-prep import: file not found: ${file}\n`);
    return 2;
  }
  const decoded = decodeNoteBytes(new Uint8Array(readFileSync(source)));
  if (decoded.binary) {
    io.err(`emr-prep import: ${file} is binary (it holds NUL bytes), not a ${format === 'gift' ? 'GIFT' : 'Aiken'} file\n`);
    return 2;
  }
  const parsed = format === 'gift' ? parseGift(decoded.text) : parseAiken(decoded.text);
  const tags = options.tag === undefined ? [] : (Array.isArray(options.tag) ? options.tag : [options.tag]).map(String);
  const converted = itemsToNotes(parsed.items, {
    source: path.basename(file),
    format: format === 'gift' ? 'GIFT' : 'Aiken',
    today: options.today ?? localDate(),
    tags,
  });
  const problems: InterchangeProblem[] = [...parsed.problems, ...converted.problems].sort((a, b) => a.line - b.line);
  for (const p of problems) io.err(`${escapeTerminal(`${file}:${p.line}: ${p.severity} ${p.message}`)}\n`);
  if (decoded.mojibake)
    io.err(
      `${file}: warning the file was mojibake (UTF-8 decoded as ${decoded.mojibake.codepage}); it was repaired before import — check the text\n`,
    );

  const out = path.resolve(process.cwd(), options.out);
  const targets = converted.notes.map((n) => ({ note: n, file: path.join(out, n.fileName) }));
  const taken = (file: string): boolean => {
    try {
      lstatSync(file); // a dangling symlink counts: it is never written through
      return true;
    } catch {
      return false;
    }
  };
  const existing = targets.filter((t) => taken(t.file));
  if (existing.length) {
    io.err(
      `emr-prep import: not overwriting ${existing.map((t) => path.relative(process.cwd(), t.file)).join(', ')}; nothing was written (choose another --out, or move those files away)\n`,
    );
    return 1;
  }
  mkdirSync(out, { recursive: true });
  for (const t of targets) {
    try {
      safeCreateFile(t.file, t.note.text);
    } catch (error) {
      io.err(`emr-prep import: ${(error as Error).message}\n`);
      return 1;
    }
    io.out(
      `wrote ${path.relative(process.cwd(), t.file)} (${t.note.questions} question${t.note.questions === 1 ? '' : 's'}${t.note.tags.length ? `, tags ${t.note.tags.join(', ')}` : ', no tags — add some'})\n`,
    );
  }
  const notImported = problems.filter((p) => p.severity === 'error').length;
  io.out(
    `${parsed.items.length} question${parsed.items.length === 1 ? '' : 's'} imported into ${converted.notes.length} note${converted.notes.length === 1 ? '' : 's'}` +
      (notImported ? `; ${notImported} error${notImported === 1 ? '' : 's'} (listed above with their lines)` : '') +
      `. Next: emr-prep check --content ${options.out}\n`,
  );
  return notImported > 0 ? 1 : 0;
}
