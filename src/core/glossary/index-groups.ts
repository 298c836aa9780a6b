/**
 * The indexes of the glossary page: terms grouped by the initial consonant of their Korean term
 * (ㄱ–ㅎ, a double consonant with its single one: ㄲ under ㄱ) and by the first letter of their
 * English term (A–Z), each group sorted (Korean collation, English case-insensitive). A Korean
 * term that starts with a Latin letter (`IAM 역할`) is grouped under that letter in the Korean
 * index; one that starts with a digit or anything else under `#`.
 */
import { getChoseong } from 'es-hangul';
import type { GlossaryEntry } from './schema.ts';

/** The 14 initial consonants of the Korean index, in dictionary order. */
export const KOREAN_INITIALS = ['ㄱ', 'ㄴ', 'ㄷ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅅ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'] as const;
/** The 26 letters of the English index. */
export const LATIN_INITIALS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

const DOUBLE: Record<string, string> = { ㄲ: 'ㄱ', ㄸ: 'ㄷ', ㅃ: 'ㅂ', ㅆ: 'ㅅ', ㅉ: 'ㅈ' };

/** The index key of a term as written: its initial consonant (ㄱ–ㅎ), its capital letter (A–Z), or `#`. */
export function initialKey(text: string): string {
  const first = text.trim()[0] ?? '';
  const choseong = getChoseong(first);
  if (choseong) return DOUBLE[choseong] ?? choseong;
  const upper = first.normalize('NFKC').toUpperCase();
  return /^[A-Z]$/.test(upper) ? upper : '#';
}

/** One group of an index: its key and its items, sorted. */
export interface IndexGroup<T> {
  key: string;
  items: T[];
}

const koCollator = new Intl.Collator('ko');
const enCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The Korean index: one item per Korean term (a term with two Korean names appears twice), in
 * groups ㄱ–ㅎ, then A–Z, then `#`; empty groups left out.
 */
export function koreanIndex(glossary: readonly GlossaryEntry[]): Array<IndexGroup<{ ko: string; entry: GlossaryEntry }>> {
  const items = glossary.flatMap((entry) => entry.ko.map((ko) => ({ ko, entry })));
  const order = [...KOREAN_INITIALS, ...LATIN_INITIALS, '#'];
  return order
    .map((key) => ({
      key,
      items: items.filter((i) => initialKey(i.ko) === key).sort((a, b) => koCollator.compare(a.ko, b.ko)),
    }))
    .filter((g) => g.items.length > 0);
}

/** The English index: every term in groups A–Z, then `#`; empty groups left out. */
export function englishIndex(glossary: readonly GlossaryEntry[]): Array<IndexGroup<GlossaryEntry>> {
  return [...LATIN_INITIALS, '#']
    .map((key) => ({
      key,
      items: glossary.filter((e) => initialKey(e.en) === key).sort((a, b) => enCollator.compare(a.en, b.en)),
    }))
    .filter((g) => g.items.length > 0);
}
