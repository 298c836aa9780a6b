/**
 * Safe writes: the one way every emr-prep command writes a file (repair --write, new, import).
 *
 * - Atomic: the bytes go to a temporary file in the same folder, which is flushed and then renamed
 *   over (or linked to) the target, so a crash or a full disk never leaves a half-written note.
 * - Never through a symlink: the target is checked with `lstat`; a symlink (or anything but a
 *   regular file) is refused. The rename replaces the directory entry itself, so even a symlink
 *   planted between the check and the rename is replaced, never followed.
 * - Never over an existing backup: backups are created with O_CREAT|O_EXCL (which also refuses a
 *   symlink, dangling or not) as `FILE.bak`, else `FILE.bak.1`, `FILE.bak.2` … — the first free name.
 * - Never lossy: {@link assertRoundTrip} refuses to rewrite a file whose decoded text does not
 *   give back the bytes that were read (invalid UTF-8, a legacy code page such as EUC-KR, UTF-16,
 *   mixed line endings), since writing it would replace what the user had with U+FFFD.
 *
 * Errors are {@link SafeWriteError}s whose message names the file and what to do.
 */
import { closeSync, constants, fsyncSync, linkSync, lstatSync, openSync, renameSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/** A refused or failed write; the message names the file and the fix. */
export class SafeWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SafeWriteError';
  }
}

const encoder = new TextEncoder();

function toBytes(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? encoder.encode(data) : data;
}

function lstatOrNull(file: string): Stats | null {
  try {
    return lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Writes `bytes` to a new temporary file beside `file` (O_EXCL, flushed); returns its path. */
function writeTemp(file: string, bytes: Uint8Array, mode: number): string {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
  try {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(tmp);
    throw error;
  }
  closeSync(fd);
  return tmp;
}

/**
 * Creates a new file atomically; never replaces anything (a file, a folder or a symlink at the path).
 * @throws SafeWriteError when something exists at `file` or the write fails
 */
export function safeCreateFile(file: string, data: string | Uint8Array): void {
  if (lstatOrNull(file)) throw new SafeWriteError(`${file} already exists; it is not overwritten`);
  const tmp = writeTemp(file, toBytes(data), 0o644);
  try {
    // link() fails with EEXIST when the name was taken meanwhile: create-only, atomically.
    linkSync(tmp, file);
  } catch (error) {
    unlinkSync(tmp);
    const code = (error as NodeJS.ErrnoException).code;
    throw new SafeWriteError(
      code === 'EEXIST' ? `${file} already exists; it is not overwritten` : `could not create ${file}: ${(error as Error).message}`,
    );
  }
  unlinkSync(tmp);
}

/**
 * Checks that `file` is an existing regular file that {@link safeReplaceFile} may replace; call it
 * before any other step of a write (a backup, a prompt) so nothing happens for a refused file.
 * @throws SafeWriteError when `file` is a symlink, is not a regular file or does not exist
 */
export function assertReplaceable(file: string): Stats {
  const stat = lstatOrNull(file);
  if (!stat) throw new SafeWriteError(`${file} does not exist`);
  if (stat.isSymbolicLink())
    throw new SafeWriteError(
      `${file} is a symbolic link; emr-prep does not write through links (edit the file it points to directly); nothing was written`,
    );
  if (!stat.isFile()) throw new SafeWriteError(`${file} is not a regular file; nothing was written`);
  return stat;
}

/**
 * Replaces the contents of an existing regular file atomically (temporary file + rename), keeping
 * its permission bits.
 * @throws SafeWriteError when `file` is a symlink, is not a regular file, does not exist, or the write fails
 */
export function safeReplaceFile(file: string, data: string | Uint8Array): void {
  const stat = assertReplaceable(file);
  const tmp = writeTemp(file, toBytes(data), stat.mode & 0o7777);
  try {
    renameSync(tmp, file);
  } catch (error) {
    unlinkSync(tmp);
    throw new SafeWriteError(`could not write ${file}: ${(error as Error).message}`);
  }
}

/**
 * Saves `bytes` (the file's original contents) as a backup beside `file`: `FILE.bak`, or the first
 * free `FILE.bak.N`. An existing backup — or a symlink planted at its name — is never written.
 * @returns the backup's path
 * @throws SafeWriteError when no backup could be created (then the caller must not write `file`)
 */
export function createBackup(file: string, bytes: Uint8Array): string {
  for (let n = 0; n < 1000; n += 1) {
    const candidate = n === 0 ? `${file}.bak` : `${file}.bak.${n}`;
    let fd: number;
    try {
      fd = openSync(candidate, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' || (error as NodeJS.ErrnoException).code === 'ELOOP') continue;
      throw new SafeWriteError(`could not create a backup of ${file}: ${(error as Error).message}; nothing was written`);
    }
    try {
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return candidate;
  }
  throw new SafeWriteError(`${file} has 1000 backups already (${file}.bak …); remove old ones, nothing was written`);
}

/** How a file's bytes were turned into text (see core/text/decode.ts). */
export interface ReadForm {
  bom: boolean;
  crlf: boolean;
}

/**
 * The bytes a text gives back when written in its file's form: UTF-8, BOM restored, LF → CRLF
 * when the file had CRLF line endings.
 */
export function encodeLike(text: string, form: ReadForm): Uint8Array {
  return encoder.encode(`${form.bom ? '\uFEFF' : ''}${form.crlf ? text.replace(/\n/g, '\r\n') : text}`);
}

/**
 * Refuses to rewrite a file whose decoded text does not give back exactly the bytes that were read.
 * @param reason what was lost in decoding, for the message (e.g. "it is not valid UTF-8")
 * @throws SafeWriteError naming the file and the first byte that would change
 */
export function assertRoundTrip(file: string, original: Uint8Array, text: string, form: ReadForm, reason?: string): void {
  const again = encodeLike(text, form);
  let i = 0;
  while (i < original.length && i < again.length && original[i] === again[i]) i += 1;
  if (i === original.length && i === again.length) return;
  throw new SafeWriteError(
    `${file} cannot be rewritten without changing bytes it holds (first difference at byte ${i}${reason ? `: ${reason}` : ''}); nothing was written. Convert it to UTF-8 with one kind of line ending first (e.g. iconv -f EUC-KR -t UTF-8), or edit it by hand`,
  );
}
