/**
 * UTF-8 byte-sequence rules used by the mojibake detector and repairer.
 *
 * Source: The Unicode Standard, Chapter 3, Table 3-7 "Well-Formed UTF-8 Byte Sequences"
 * (https://www.unicode.org/versions/latest/core-spec/chapter-3/#G27506) and RFC 3629
 * (https://www.rfc-editor.org/rfc/rfc3629#section-4): a lead byte C2–DF takes 1 continuation
 * byte, E0–EF takes 2, F0–F4 takes 3; continuation bytes are 80–BF, except the second byte after
 * E0 (A0–BF, no overlongs), ED (80–9F, no surrogates), F0 (90–BF, no overlongs) and F4 (80–8F,
 * nothing above U+10FFFF). C0, C1 and F5–FF never occur.
 */

/** True for a continuation byte (0x80–0xBF). */
export function isContinuationByte(byte: number): boolean {
  return byte >= 0x80 && byte <= 0xbf;
}

/**
 * Number of continuation bytes a lead byte takes: 1 for C2–DF, 2 for E0–EF, 3 for F0–F4;
 * 0 for an ASCII byte; -1 for a byte that cannot start a sequence (80–C1, F5–FF).
 */
export function continuationCount(lead: number): number {
  if (lead < 0x80) return 0;
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return -1;
}

/** Allowed range of the byte right after `lead` (Unicode Table 3-7). */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/**
 * Decodes one complete multi-byte sequence (lead byte plus all its continuation bytes).
 * Returns the code point, or -1 when the sequence is not well-formed (wrong length, bad lead,
 * overlong form, surrogate, above U+10FFFF).
 */
export function decodeUtf8Sequence(seq: readonly number[]): number {
  const lead = seq[0];
  if (lead === undefined) return -1;
  const n = continuationCount(lead);
  if (n <= 0 || seq.length !== n + 1) return -1;
  const [lo, hi] = secondByteRange(lead);
  const second = seq[1]!;
  if (second < lo || second > hi) return -1;
  let cp = lead & (n === 1 ? 0x1f : n === 2 ? 0x0f : 0x07);
  for (let i = 1; i <= n; i++) {
    const b = seq[i]!;
    if (!isContinuationByte(b)) return -1;
    cp = (cp << 6) | (b & 0x3f);
  }
  return cp;
}

/**
 * Byte offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1 when
 * all of `bytes` (from `start`) is valid UTF-8.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array, start = 0): number {
  let i = start;
  const len = bytes.length;
  while (i < len) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = continuationCount(b);
    if (n < 0 || i + n >= len) return i; // bad lead, or the sequence runs past the end
    const [lo, hi] = secondByteRange(b);
    const second = bytes[i + 1]!;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= n; k++) if (!isContinuationByte(bytes[i + k]!)) return i;
    i += n + 1;
  }
  return -1;
}

/**
 * True for a code point that can stand in repaired text: not a surrogate, not a noncharacter
 * (U+FDD0–U+FDEF, U+xxFFFE/U+xxFFFF), not a C0/C1 control other than tab/LF/CR, and assigned in
 * the Unicode version of the JavaScript engine (`\p{Cn}` is "unassigned").
 */
export function isPlausibleCodePoint(cp: number): boolean {
  if (cp < 0 || cp > 0x10ffff) return false;
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  if (cp >= 0xfdd0 && cp <= 0xfdef) return false;
  if ((cp & 0xfffe) === 0xfffe) return false;
  if (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) return false;
  if (cp >= 0x7f && cp <= 0x9f) return false;
  return !UNASSIGNED.test(String.fromCodePoint(cp));
}

const UNASSIGNED = /^\p{Cn}$/u;
