/**
 * The reader's text layer: bytes of a note file → text (BOM, CRLF, invalid UTF-8, binary
 * files) with mojibake detection and repair. See {@link decodeNoteBytes}.
 */
export { decodeNoteBytes, decodeDiagnostics, type DecodedText, type DecodeOptions } from './decode.ts';
export {
  detectMojibake,
  repairMojibake,
  type MojibakeDetection,
  type MojibakeGuess,
  type MojibakeRepair,
} from './mojibake.ts';
export { buildCharFrequencies, builtinCharFrequencies, CharFrequencies, type CharModelOptions } from './frequencies.ts';
export { MOJIBAKE_CODEPAGES, codepageTable, codepageTables, type CodepageTable } from './codepages.ts';
