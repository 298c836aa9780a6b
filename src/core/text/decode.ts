/**
 * Bytes of a note file → text: UTF-8 with or without BOM, CRLF/CR line endings normalised to LF,
 * invalid UTF-8 replaced by U+FFFD and counted, binary files (NUL bytes) recognised, and
 * mojibake (UTF-8 that went through a Windows code page) detected and repaired in memory.
 *
 * Pure and browser-safe: uses only `TextDecoder`. Source for the decoding rules: WHATWG Encoding
 * Standard, "UTF-8 decode" (https://encoding.spec.whatwg.org/#utf-8-decode) — one U+FFFD per
 * maximal invalid subpart, BOM EF BB BF.
 */
import { diagnostic, type Diagnostic, type Location } from '../diagnostics/diagnostic.ts';
import { builtinCharFrequencies, type CharFrequencies } from './frequencies.ts';
import { detectMojibake, repairMojibake, type MojibakeRepair } from './mojibake.ts';
import { firstInvalidUtf8Offset } from './utf8.ts';

/** The text of a note file and what had to be done to get it. */
export interface DecodedText {
  /** The text, LF line endings, without BOM; repaired when it was mojibake; '' for a binary file. */
  text: string;
  /** The file started with a UTF-8 BOM (EF BB BF), which was removed. */
  bom: boolean;
  /** The file had CRLF (or bare CR) line endings; they are LF in `text`, line numbers unchanged. */
  crlf: boolean;
  /** The file contains NUL bytes: not a text file (the caller reports `read/not-text`). */
  binary: boolean;
  /** Number of invalid UTF-8 sequences, each shown as U+FFFD (0 for valid UTF-8). */
  invalidUtf8: number;
  /** 1-based line/column (UTF-16 code units) of the first invalid sequence in `text`, or null. */
  firstInvalidUtf8: Location | null;
  /** The repair report when the file was mojibake, else null. */
  mojibake: MojibakeRepair | null;
  /**
   * The file was UTF-16 (`le` or `be`; with a BOM, or without one when every other byte of its
   * start is NUL) and was decoded as such; absent for UTF-8. UTF-16 holds NUL bytes, so it is
   * recognised before the binary check.
   */
  utf16?: 'le' | 'be';
}

/**
 * The UTF-16 byte order of a file: its BOM (FF FE little endian, FE FF big endian), or, without a
 * BOM, NUL at every odd (LE) or even (BE) position of its first 64 bytes and nowhere else there
 * (ASCII-range text written as UTF-16); null otherwise.
 */
export function utf16ByteOrder(bytes: Uint8Array): 'le' | 'be' | null {
  if (bytes.length >= 2 && bytes.length % 2 === 0) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  }
  const n = Math.min(bytes.length, 64) & ~1;
  if (n < 4 || bytes.length % 2 !== 0) return null;
  let le = true;
  let be = true;
  for (let i = 0; i < n; i += 2) {
    if (!(bytes[i] !== 0 && bytes[i + 1] === 0)) le = false;
    if (!(bytes[i] === 0 && bytes[i + 1] !== 0)) be = false;
  }
  return le ? 'le' : be ? 'be' : null;
}

/** Options of {@link decodeNoteBytes}. */
export interface DecodeOptions {
  /**
   * Character statistics of other texts (other notes, bundled content) used to choose the
   * characters mojibake lost bytes of. Default: {@link builtinCharFrequencies} (priors only, no text).
   */
  frequencies?: CharFrequencies;
}

const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });
const UTF8_FATAL = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });

/** Line and column (1-based, UTF-16 units) of the end of `prefix`, lines split at LF/CRLF/CR. */
function endLocation(prefix: string): Location {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && prefix.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: prefix.length - lineStart + 1 };
}

/** Occurrences of the well-formed sequence EF BF BD (a real U+FFFD in the file). */
function literalReplacementChars(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

/**
 * Decodes the bytes of a note file. Never throws: a binary file gives `binary: true` and empty
 * text; invalid UTF-8 is decoded with U+FFFD and counted; mojibake is repaired only when
 * {@link detectMojibake} fires (clean text costs one decode and one cheap scan — well under a
 * millisecond for a 10 KB note).
 */
export function decodeNoteBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const result: DecodedText = {
    text: '',
    bom: false,
    crlf: false,
    binary: false,
    invalidUtf8: 0,
    firstInvalidUtf8: null,
    mojibake: null,
  };
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) {
    result.utf16 = utf16;
    let text = new TextDecoder(`utf-16${utf16}`).decode(bytes); // drops the BOM
    if (text.includes('\0')) {
      result.binary = true;
      return result;
    }
    if (text.includes('\r')) {
      result.crlf = true;
      text = text.replace(/\r\n?/g, '\n');
    }
    result.text = text;
    return result;
  }
  if (bytes.indexOf(0) !== -1) {
    result.binary = true;
    return result;
  }
  let body = bytes;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    result.bom = true;
    body = bytes.subarray(3);
  }
  let text: string;
  try {
    text = UTF8_FATAL.decode(body);
  } catch {
    text = UTF8.decode(body);
    let replacements = 0;
    for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) replacements++;
    result.invalidUtf8 = Math.max(1, replacements - literalReplacementChars(body));
    const offset = firstInvalidUtf8Offset(body);
    if (offset >= 0) result.firstInvalidUtf8 = endLocation(UTF8.decode(body.subarray(0, offset)));
  }
  if (text.includes('\r')) {
    result.crlf = true;
    text = text.replace(/\r\n?/g, '\n');
  }
  const detected = detectMojibake(text);
  if (detected) {
    const repair = repairMojibake(text, detected.codepage, options.frequencies ?? builtinCharFrequencies());
    result.mojibake = repair;
    text = repair.text;
    if (text.charCodeAt(0) === 0xfeff) {
      // The BOM itself went through the code page (`ï»¿`) and came back.
      result.bom = true;
      text = text.slice(1);
      for (const g of repair.guesses) if (g.line === 1) g.column--;
    }
  }
  result.text = text;
  return result;
}

/** How many guessed characters a `read/mojibake-repaired` message lists. */
const LISTED_GUESSES = 5;

/**
 * The diagnostics a decoded file deserves, located in `file` (path relative to the content
 * folder): `read/not-text` (error) for a binary file, `read/invalid-utf8` (warning) at the first
 * invalid sequence, `read/mojibake-repaired` (warning) naming the code page, the counts and the
 * first guessed characters with their alternatives. BOM and CRLF are normal and not reported.
 */
export function decodeDiagnostics(file: string, decoded: DecodedText): Diagnostic[] {
  if (decoded.binary) {
    return [diagnostic('read/not-text', file, undefined, 'The file contains NUL bytes, so it is not a text note.')];
  }
  const out: Diagnostic[] = [];
  if (decoded.invalidUtf8 > 0) {
    out.push(
      diagnostic(
        'read/invalid-utf8',
        file,
        decoded.firstInvalidUtf8 ?? undefined,
        `${decoded.invalidUtf8} invalid UTF-8 sequence(s) were replaced by U+FFFD (the first is here).`,
      ),
    );
  }
  const m = decoded.mojibake;
  if (m) {
    const listed = m.guesses
      .slice(0, LISTED_GUESSES)
      .map(
        (g) =>
          `${g.line}:${g.column} '${g.chosen}'${
            g.alternatives.length
              ? ` (or ${g.alternatives
                  .slice(0, 3)
                  .map((a) => `'${a}'`)
                  .join(', ')})`
              : ''
          }`,
      )
      .join('; ');
    const first = m.guesses[0];
    out.push(
      diagnostic(
        'read/mojibake-repaired',
        file,
        first ? { line: first.line, column: first.column } : undefined,
        `Mojibake via ${m.codepage} repaired: ${m.restored} character(s) restored exactly, ${m.guessed} guessed` +
          (m.unrecoverable ? ` (${m.unrecoverable} unrecoverable, shown as U+FFFD)` : '') +
          (listed ? `; check ${listed}${m.guesses.length > LISTED_GUESSES ? '; …' : ''}` : '') +
          '.',
      ),
    );
  }
  return out;
}
