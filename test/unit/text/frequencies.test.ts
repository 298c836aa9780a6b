import { describe, expect, it } from 'vitest';
import { buildCharFrequencies, builtinCharFrequencies, charClass, ksx1001Syllables, pairKey } from '../../../src/core/text/frequencies.ts';

const cp = (s: string): number => s.codePointAt(0)!;

describe('buildCharFrequencies', () => {
  it('counts characters, pairs and triples (hand-counted)', () => {
    const f = buildCharFrequencies(['abab', 'ba']);
    expect(f.total).toBe(6);
    expect(f.unigrams.get(cp('a'))).toBe(3);
    expect(f.unigrams.get(cp('b'))).toBe(3);
    // pairs: ab, ba, ab | ba  → ab×2, ba×2; no pair across the two texts
    expect(f.afterChar.get(cp('a'))!.next.get(cp('b'))).toBe(2);
    expect(f.afterChar.get(cp('b'))!.next.get(cp('a'))).toBe(2);
    expect(f.afterChar.get(cp('b'))!.total).toBe(2);
    // triples: aba, bab
    expect(f.afterPair.get(pairKey(cp('a'), cp('b')))!.next.get(cp('a'))).toBe(1);
  });

  it('counts a character outside the BMP once, not as two surrogates', () => {
    const f = buildCharFrequencies(['🎯🎯']);
    expect(f.total).toBe(2);
    expect(f.unigrams.get(cp('🎯'))).toBe(2);
  });

  it('prefers what the texts show: a seen pair beats an unseen one', () => {
    const f = buildCharFrequencies(['데이터 처리와 데이터 저장', '데이터를 읽는다']);
    expect(f.probability(cp('이'), cp('데'))).toBeGreaterThan(f.probability(cp('리'), cp('데')));
    // and a longer context sharpens it: after "터 " the next character was always 처/저/…, never 이
    expect(f.probability(cp('처'), cp(' '), cp('터'))).toBeGreaterThan(f.probability(cp('이'), cp(' '), cp('터')));
  });

  it('gives every character a probability in (0, 1], even unseen ones and empty statistics', () => {
    const empty = buildCharFrequencies([]);
    for (const f of [empty, builtinCharFrequencies()]) {
      for (const c of ['a', '한', '🎯', '⁆', '中', 'ꀀ', '\u{10FFFD}']) {
        const p = f.probability(cp(c), cp(' '), cp('x'));
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThanOrEqual(1);
      }
    }
  });

  it('ranks an unseen everyday Hangul syllable above an unseen rare one (KS X 1001 back-off)', () => {
    expect(ksx1001Syllables().reduce((a, b) => a + b, 0)).toBe(2350);
    const f = buildCharFrequencies(['클러스터의 노드를 관리합니다']);
    // 밍 (in KS X 1001) vs 밐 (not): neither was seen
    expect(f.unigramProbability(cp('밍'))).toBeGreaterThan(f.unigramProbability(cp('밐')));
  });

  it('ranks an unseen Hangul syllable above an unseen Yi syllable or CJK ideograph', () => {
    const f = buildCharFrequencies(['클러스터의 노드를 관리합니다']);
    expect(f.unigramProbability(cp('멍'))).toBeGreaterThan(f.unigramProbability(cp('ꀀ')));
    expect(f.unigramProbability(cp('멍'))).toBeGreaterThan(f.unigramProbability(cp('丁')));
  });

  it('backs off from an unseen syllable to its final consonant: 됩 before 니 behaves like 합/습', () => {
    const f = buildCharFrequencies(['처리합니다. 저장합니다. 있습니다. 없습니다.']);
    // 됩 (final ㅂ) and 됭 (final ㅇ) were never seen; only syllables ending in ㅂ preceded 니.
    expect(f.probability(cp('니'), cp('됩'))).toBeGreaterThan(5 * f.probability(cp('니'), cp('됭')));
  });

  it('classifies characters by Unicode block', () => {
    expect(charClass(cp('a'))).toBe('ascii');
    expect(charClass(cp('한'))).toBe('hangul');
    expect(charClass(cp('ㄱ'))).toBe('hangul-jamo');
    expect(charClass(cp('é'))).toBe('latin');
    expect(charClass(cp('←'))).toBe('arrow');
    expect(charClass(cp('…'))).toBe('punctuation');
    expect(charClass(cp('🎯'))).toBe('emoji');
    expect(charClass(cp('中'))).toBe('cjk');
  });
});
