/**
 * Input limits checked before the Markdown parser sees a note (issue 13). The parser's time grows
 * faster than linearly inside one block (a 1.6 MB one-paragraph note took 115 s) and its recursion
 * with nesting depth (1,000 `>` or 500 list markers on one line overflowed the call stack; a
 * 2,000-level indented list took over 120 s and 3.3 GB). Bounding the file size, the line length,
 * the size of a block (a run of non-blank lines) and the nesting depth of lists and quotes makes
 * the parse time grow linearly with the file: every block costs at most a constant.
 *
 * The limits are far above any real note: the bundled notes and the owner's seeds have lines of at
 * most ~1,800 characters, blocks of at most ~4,400 characters, files of at most ~23 KB, and lists
 * nested three deep.
 *
 * Pure; one pass over the text, linear in its length.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';

/** The limits (characters are UTF-16 code units, as editors count columns). */
export const NOTE_LIMITS = {
  /** Largest note file, in bytes of UTF-8 text. */
  maxFileBytes: 512 * 1024,
  /** Longest line, in characters. */
  maxLineChars: 10_000,
  /** Largest block (non-blank lines between blank lines, outside fenced code), in characters. */
  maxBlockChars: 10_000,
  /** Deepest nesting of block quotes and lists on one line (markers plus indentation / 2). */
  maxNesting: 32,
} as const;

/** UTF-8 length of a string without allocating its bytes for ASCII-heavy text. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i += 1;
    } else n += 3;
  }
  return n;
}

/**
 * Nesting depth a line opens: block-quote markers and list markers at its start, plus its
 * indentation in steps of two columns (the smallest list indentation). Over-counts rather than
 * under-counts (a continuation line indented 4 in a one-level list counts 2).
 */
export function lineNesting(line: string): number {
  let depth = 0;
  let i = 0;
  let indent = 0;
  for (;;) {
    let spaces = 0;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) {
      spaces += line[i] === '\t' ? 4 : 1;
      i += 1;
    }
    if (depth === 0) indent = spaces;
    const c = line[i];
    if (c === '>') {
      depth += 1;
      i += 1;
      continue;
    }
    if ((c === '-' || c === '*' || c === '+') && (i + 1 === line.length || line[i + 1] === ' ' || line[i + 1] === '\t')) {
      depth += 1;
      i += 1;
      continue;
    }
    const ordered = /^\d{1,9}[.)](?=[ \t]|$)/.exec(line.slice(i, i + 11));
    if (ordered) {
      depth += 1;
      i += ordered[0].length;
      continue;
    }
    break;
  }
  return depth + Math.floor(indent / 2);
}

/** The first limit a note's text breaks, as an error diagnostic at the place it happens; else null. */
export function checkNoteLimits(file: string, text: string): Diagnostic | null {
  const bytes = text.length <= NOTE_LIMITS.maxFileBytes / 3 ? text.length : utf8Length(text);
  if (bytes > NOTE_LIMITS.maxFileBytes) {
    return diagnostic(
      'limit/file-too-large',
      file,
      { line: 1, column: 1 },
      `the note is ${bytes.toLocaleString('en-US')} bytes; a note may be at most ${NOTE_LIMITS.maxFileBytes.toLocaleString('en-US')} bytes (512 KiB); it was not parsed`,
    );
  }
  let lineNo = 0;
  let start = 0;
  let fence: string | null = null;
  let blockChars = 0;
  let blockLine = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo += 1;
    const length = end - start;
    if (length > NOTE_LIMITS.maxLineChars) {
      return diagnostic(
        'limit/line-too-long',
        file,
        { line: lineNo, column: NOTE_LIMITS.maxLineChars + 1 },
        `line ${lineNo} is ${length.toLocaleString('en-US')} characters long; a line may be at most ${NOTE_LIMITS.maxLineChars.toLocaleString('en-US')}; the note was not parsed`,
      );
    }
    const line = text.slice(start, end);
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== null) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length && line.trim() === fenceMark) fence = null;
    } else if (fenceMark) {
      fence = fenceMark;
      blockChars = 0;
    } else if (line.trim() === '') {
      blockChars = 0;
    } else {
      if (blockChars === 0) blockLine = lineNo;
      blockChars += length + 1;
      if (blockChars > NOTE_LIMITS.maxBlockChars) {
        return diagnostic(
          'limit/block-too-long',
          file,
          { line: blockLine, column: 1 },
          `the paragraph or list starting at line ${blockLine} runs past ${NOTE_LIMITS.maxBlockChars.toLocaleString('en-US')} characters without a blank line; the note was not parsed`,
        );
      }
      const depth = lineNesting(line);
      if (depth > NOTE_LIMITS.maxNesting) {
        return diagnostic(
          'limit/nesting-too-deep',
          file,
          { line: lineNo, column: 1 },
          `line ${lineNo} nests lists or block quotes ${depth} levels deep (markers and indentation); at most ${NOTE_LIMITS.maxNesting} levels are read; the note was not parsed`,
        );
      }
    }
    start = end + 1;
  }
  return null;
}
