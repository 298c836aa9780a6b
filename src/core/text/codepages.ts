/**
 * Single-byte code pages that mojibake is made with: the Windows code pages 1250–1258 and 874
 * (Thai), and ISO-8859-1 (Latin-1). Each table is built at runtime from the platform's
 * `TextDecoder` over the bytes 0x00–0xFF, so the module works in Node and in the browser
 * without shipping the tables.
 *
 * Sources:
 * - WHATWG Encoding Standard, legacy single-byte encodings and their indexes:
 *   https://encoding.spec.whatwg.org/#legacy-single-byte-encodings — a byte the Windows code
 *   page leaves undefined in 0x80–0x9F decodes to the C1 control of the same value (U+0080–U+009F);
 *   a byte without an index entry elsewhere decodes to U+FFFD.
 * - WHATWG index of windows-1252: https://encoding.spec.whatwg.org/index-windows-1252.txt (used as
 *   a fallback, see {@link WINDOWS_1252_HIGH_ROW}).
 * - ISO/IEC 8859-1 maps byte b to U+00b (so 0x80–0x9F are the C1 controls); WHATWG aliases the
 *   label `iso-8859-1` to windows-1252, so the Latin-1 table here is built directly, not with
 *   `TextDecoder`.
 */

/** Names of the code pages tried, in the order ties are broken (the most common first). */
export const MOJIBAKE_CODEPAGES = [
  'windows-1252',
  'windows-1254',
  'windows-1250',
  'windows-1251',
  'windows-1253',
  'windows-1255',
  'windows-1256',
  'windows-1257',
  'windows-1258',
  'windows-874',
  'iso-8859-1',
] as const;

export type MojibakeCodepage = (typeof MOJIBAKE_CODEPAGES)[number];

/** A code page as the mojibake detector and repairer need it. */
export interface CodepageTable {
  /** WHATWG label, e.g. `windows-1254`. */
  readonly name: string;
  /**
   * Character (as a UTF-16 code unit; every character of these code pages is in the BMP) → byte,
   * for every byte the code page defines (0x00–0xFF), plus the lossless variant: each C1 control
   * U+0080–U+009F maps back to its own byte value unless the code page defines another character
   * for that byte — a tool that keeps undefined bytes writes them as C1 controls.
   */
  readonly charToByte: ReadonlyMap<number, number>;
  /** Byte → character (code unit) for the defined bytes; -1 for an undefined byte. */
  readonly byteToChar: Int32Array;
  /**
   * The bytes this code page leaves undefined (sorted ascending): a lossy conversion drops them,
   * so they are the candidates for a lost byte.
   */
  readonly undefinedBytes: readonly number[];
  /**
   * Defined bytes whose character is invisible (Unicode `Default_Ignorable_Code_Point`, e.g.
   * the soft hyphen U+00AD at 0xAD, or ZWNJ/ZWJ in windows-1256): tools that strip invisible
   * characters lose these bytes too, so when a text never contains them they are candidates
   * for a lost byte as well.
   */
  readonly ignorableBytes: readonly number[];
}

/**
 * The 0x80–0x9F row of windows-1252 per the WHATWG index (index-windows-1252.txt); 0 marks the
 * five bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). Node 20's `TextDecoder`
 * decodes the label `windows-1252` as plain Latin-1 (every byte 0x80–0x9F → C1 control); when the
 * platform shows that behaviour this row is used instead, so Node and the browser agree.
 */
export const WINDOWS_1252_HIGH_ROW: readonly number[] = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeAllBytes(name: MojibakeCodepage): Int32Array | null {
  const byteToChar = new Int32Array(256).fill(-1);
  if (name === 'iso-8859-1') {
    for (let b = 0; b < 256; b++) byteToChar[b] = b;
    return byteToChar;
  }
  let decoded: string;
  try {
    const all = new Uint8Array(256);
    for (let b = 0; b < 256; b++) all[b] = b;
    decoded = new TextDecoder(name).decode(all);
  } catch {
    return null; // the platform does not know this encoding: the code page is not tried
  }
  // Every byte of a single-byte encoding decodes to exactly one BMP code unit.
  if (decoded.length !== 256) return null;
  for (let b = 0; b < 256; b++) {
    const c = decoded.charCodeAt(b);
    const undefinedByte = c === 0xfffd || (b >= 0x80 && c >= 0x80 && c <= 0x9f);
    byteToChar[b] = undefinedByte ? -1 : c;
  }
  if (name === 'windows-1252' && byteToChar[0x80] === -1) {
    for (let i = 0; i < 32; i++) byteToChar[0x80 + i] = WINDOWS_1252_HIGH_ROW[i] || -1;
  }
  return byteToChar;
}

function buildTable(name: MojibakeCodepage): CodepageTable | null {
  const byteToChar = decodeAllBytes(name);
  if (!byteToChar) return null;
  const charToByte = new Map<number, number>();
  const undefinedBytes: number[] = [];
  const ignorableBytes: number[] = [];
  for (let b = 0; b < 256; b++) {
    const c = byteToChar[b]!;
    if (c === -1) undefinedBytes.push(b);
    else charToByte.set(c, b);
    if (c !== -1 && b >= 0x80 && IGNORABLE.test(String.fromCharCode(c))) ignorableBytes.push(b);
  }
  // Lossless variant: a C1 control in the text is the byte of the same value.
  for (let c = 0x80; c <= 0x9f; c++) if (!charToByte.has(c)) charToByte.set(c, c);
  return { name, charToByte, byteToChar, undefinedBytes, ignorableBytes };
}

const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

let cache: readonly CodepageTable[] | null = null;

/**
 * The tables of {@link MOJIBAKE_CODEPAGES} that the platform's `TextDecoder` supports, in the
 * same order. Built once, on first use (about 3 000 map entries in all).
 */
export function codepageTables(): readonly CodepageTable[] {
  if (!cache) {
    cache = MOJIBAKE_CODEPAGES.map(buildTable).filter((t): t is CodepageTable => t !== null);
  }
  return cache;
}

/** The table of one code page by its label, or `undefined` when it is not one of ours. */
export function codepageTable(name: string): CodepageTable | undefined {
  return codepageTables().find((t) => t.name === name.toLowerCase());
}
