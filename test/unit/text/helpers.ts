/**
 * Test helpers for the text layer: damage text the way seed 000 was damaged, independently of
 * the implementation (straight from the platform's `TextDecoder`, byte by byte).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `../shared/seeds` relative to the project root (absent outside the authoring machine). */
export const SEEDS_DIR = process.env.EMR_PREP_SEEDS
  ? `${process.env.EMR_PREP_SEEDS.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
export const HAVE_SEEDS = existsSync(SEEDS_DIR);

/**
 * UTF-8 bytes of `text` decoded one byte at a time with `label` and re-joined, the way a tool
 * that reads UTF-8 as a Windows code page and saves again produces mojibake. `lossy` drops the
 * bytes the code page leaves undefined (WHATWG decodes them to C1 controls or U+FFFD); otherwise
 * they stay as C1 controls. Uses `TextDecoder` only — not the code under test.
 */
export function mojibakeOf(text: string, label: string, lossy = true): string {
  const decoder = new TextDecoder(label);
  let out = '';
  for (const byte of new TextEncoder().encode(text)) {
    const ch = decoder.decode(new Uint8Array([byte]));
    const c = ch.charCodeAt(0);
    const undefinedByte = ch === '\uFFFD' || (byte >= 0x80 && c >= 0x80 && c <= 0x9f);
    if (undefinedByte && lossy) continue;
    out += undefinedByte ? String.fromCharCode(byte) : ch;
  }
  return out;
}

/** Bytes windows-1254 leaves undefined, per the WHATWG index (index-windows-1254.txt). */
export const CP1254_UNDEFINED = [0x81, 0x8d, 0x8e, 0x8f, 0x90, 0x9d, 0x9e];

/** True when the UTF-8 form of `ch` contains one of `lost`. */
export function losesBytes(ch: string, lost: readonly number[]): boolean {
  return [...new TextEncoder().encode(ch)].some((b) => lost.includes(b));
}

/**
 * Compares original and repaired text code point by code point: how many characters lost a
 * byte and how many of those came back, and whether every intact character came back exactly.
 */
export function compareRepair(
  original: string,
  repaired: string,
  lost: readonly number[],
): { lostChars: number; recovered: number; intactMismatches: number; sameLength: boolean } {
  const o = [...original];
  const r = [...repaired];
  let lostChars = 0;
  let recovered = 0;
  let intactMismatches = 0;
  for (let i = 0; i < o.length; i++) {
    if (losesBytes(o[i]!, lost)) {
      lostChars++;
      if (o[i] === r[i]) recovered++;
    } else if (o[i] !== r[i]) {
      intactMismatches++;
    }
  }
  return { lostChars, recovered, intactMismatches, sameLength: o.length === r.length };
}

/** The character at 1-based line/column (UTF-16 units) of `text`, lines split at LF. */
export function charAt(text: string, line: number, column: number): string {
  const lineText = text.split('\n')[line - 1] ?? '';
  return String.fromCodePoint(lineText.codePointAt(column - 1) ?? 0xfffd);
}
