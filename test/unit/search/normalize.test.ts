/**
 * Korean and English normalisation for search: what a student types and what a note says must
 * meet on the same index term — particles, plurals, case, full-width letters, camelCase names,
 * initial consonants and syllables still being composed by the IME.
 */
import { describe, expect, it } from 'vitest';
import { camelParts, foldPlural } from '../../../src/core/search/english.ts';
import { compoundParts } from '../../../src/core/search/build.ts';
import { typoKeys } from '../../../src/core/search/format.ts';
import {
  choseongOf,
  composeJamo,
  composingReadings,
  isChoseongQuery,
  jamoOf,
  stripParticle,
  syllableCompletions,
} from '../../../src/core/search/korean.ts';
import { parseQuery } from '../../../src/core/search/query.ts';
import { termsOf, tokenize } from '../../../src/core/search/tokenize.ts';

describe('Korean particles', () => {
  it.each([
    ['인스턴스를', '인스턴스'],
    ['인스턴스는', '인스턴스'],
    ['인스턴스의', '인스턴스'],
    ['클러스터에서', '클러스터'],
    ['클러스터에서는', '클러스터'],
    ['네트워크로', '네트워크'],
    ['드라이버가', '드라이버'],
  ])('%s and its bare noun index alike (%s)', (written, stem) => {
    expect(stripParticle(written)).toBe(stem);
    expect(termsOf(written)).toEqual(termsOf(stem));
  });

  it('keeps a word whose stem would be a single syllable (속도 is speed, not 속 + 도)', () => {
    expect(stripParticle('속도')).toBe('속도');
    expect(stripParticle('정도')).toBe('정도');
  });

  it('does not strip a derivational suffix: 상호작용성 stays a word of its own', () => {
    expect(termsOf('상호작용성')).toEqual(['상호작용성']);
  });

  it('drops a particle that the script change cut off (EMR에서 → emr)', () => {
    expect(termsOf('EMR에서 Spot으로')).toEqual(['emr', 'spot']);
  });
});

describe('initial consonants and jamo', () => {
  it('reads the first consonant of each syllable (스팟 → ㅅㅍ)', () => {
    expect(choseongOf('스팟')).toBe('ㅅㅍ');
    expect(choseongOf('스팟인스턴스')).toBe('ㅅㅍㅇㅅㅌㅅ');
  });
  it('tells a consonant-only query from a word', () => {
    expect(isChoseongQuery('ㅅㅍ')).toBe(true);
    expect(isChoseongQuery('스팟')).toBe(false);
    expect(isChoseongQuery('ㅅ')).toBe(false);
    expect(isChoseongQuery('ㅅ', 1)).toBe(true);
  });
  it('spells a syllable as jamo, so one wrong jamo is one small difference (스팟 vs 스팥)', () => {
    expect(jamoOf('스팟')).toBe('ㅅㅡㅍㅏㅅ');
    expect(jamoOf('스팥')).toBe('ㅅㅡㅍㅏㅌ');
  });
  it('composes loose jamo as an IME would (ㅇㅣㄴㅅㅡ → 인스)', () => {
    expect(composeJamo('ㅇㅣㄴㅅㅡ')).toBe('인스');
    expect(composeJamo('스팟')).toBe('스팟');
  });
});

describe('syllables the IME is still composing', () => {
  it('reads a trailing loose consonant as the start of the next syllable (인스턴ㅅ → 인스턴 + ㅅ…)', () => {
    expect(composingReadings('인스턴ㅅ')).toEqual([{ stem: '인스턴', nextInitial: 'ㅅ' }]);
  });
  it('reads a final consonant as one that may move on (인스턴 may become 인스터 + ㄴ…)', () => {
    expect(composingReadings('인스턴')).toEqual([{ stem: '인스터', nextInitial: 'ㄴ' }]);
  });
  it('moves only the second part of a double final consonant (닭 → 달 + ㄱ…)', () => {
    expect(composingReadings('닭')).toEqual([{ stem: '달', nextInitial: 'ㄱ' }]);
  });
  it('has nothing to add for an open syllable or a Latin word', () => {
    expect(composingReadings('가')).toEqual([]);
    expect(composingReadings('spot')).toEqual([]);
  });
});

describe('English', () => {
  it('folds regular plurals so Spot Instances meets spot instance', () => {
    expect(termsOf('Spot Instances')).toEqual(termsOf('spot instance'));
    expect(foldPlural('policies')).toBe('policy');
    expect(foldPlural('classes')).toBe('class');
    expect(foldPlural('nodes')).toBe('node');
  });
  it('keeps words that only look plural', () => {
    for (const word of ['status', 'analysis', 'emrfs', 'aws', 'access']) expect(foldPlural(word)).toBe(word);
  });
  it('indexes camelCase names whole and by part (ResourceManager → resourcemanager, resource, manager)', () => {
    expect(termsOf('ResourceManager')).toEqual(['resourcemanager', 'resource', 'manager']);
    expect(camelParts('YARNNodeManager').map((p) => p.part)).toEqual(['YARN', 'Node', 'Manager']);
    expect(camelParts('m5')).toEqual([]);
  });
  it('reads full-width letters as ordinary ones (Ｓｐｏｔ → spot)', () => {
    expect(termsOf('Ｓｐｏｔ')).toEqual(['spot']);
  });
  it('drops stop words and single letters', () => {
    expect(termsOf('What is the A) option of a spot')).toEqual(['option', 'spot']);
  });
});

describe('token offsets', () => {
  it('points at the stem in the original text, without the particle', () => {
    const text = '먼저 인스턴스를 고른다';
    const token = tokenize(text).find((t) => t.term === '인스턴스')!;
    expect(text.slice(token.start, token.end)).toBe('인스턴스');
  });
  it('points at each camelCase part', () => {
    const text = 'the YARN ResourceManager runs';
    const parts = tokenize(text).filter((t) => t.part);
    expect(parts.map((t) => text.slice(t.start, t.end))).toEqual(['Resource', 'Manager']);
  });
  it('are the offsets of each occurrence when a word repeats (tokens of a word are reused)', () => {
    const text = 'ResourceManager 인스턴스를, then ResourceManager 인스턴스를';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'ResourceManager',
      'Resource',
      'Manager',
      '인스턴스',
      'ResourceManager',
      'Resource',
      'Manager',
      '인스턴스',
    ]);
    // fresh objects: a caller changing one does not change the next text's tokens
    tokens[0]!.term = 'changed';
    expect(tokenize('ResourceManager')[0]!.term).toBe('resourcemanager');
  });
});

describe('queries', () => {
  it('separates #tag filters from words', () => {
    const q = parseQuery('#service/emr spot');
    expect(q.tags).toEqual(['service/emr']);
    expect(q.words.map((w) => w.term)).toEqual(['spot']);
  });
  it('marks the last word open until a space follows it', () => {
    expect(parseQuery('spot inst').words.map((w) => w.open)).toEqual([false, true]);
    expect(parseQuery('spot inst ').words.map((w) => w.open)).toEqual([false, false]);
  });
  it('recognises an initial-consonant word and composes loose jamo', () => {
    expect(parseQuery('ㅅㅍ').words[0]).toMatchObject({ term: 'ㅅㅍ', choseong: true });
    expect(parseQuery('ㅇㅣㄴㅅㅡ').words[0]).toMatchObject({ term: '인스', choseong: false });
  });
  it('ignores an empty or punctuation-only query', () => {
    expect(parseQuery('  ?! ')).toEqual({ tags: [], words: [] });
  });
});

describe('syllable completions (what the IME may still make of the last syllable)', () => {
  it('a syllable without a final may take any final, and a vowel may still grow (고 → 곤, 과, 괜)', () => {
    const next = syllableCompletions('고');
    for (const s of ['고', '곤', '과', '괜', '괴']) expect(next).toContain(s);
    expect(next).not.toContain('구');
  });
  it('a final may still double (갈 → 갉, 갊), but not change (갈 ↛ 감)', () => {
    expect(syllableCompletions('갈')).toEqual(['갈', '갉', '갊', '갋', '갌', '갍', '갎', '갏']);
  });
  it('gives nothing for a Latin letter', () => {
    expect(syllableCompletions('s')).toEqual([]);
  });
});

describe('Korean compounds', () => {
  it('splits a compound where one part is a word of its own', () => {
    expect(compoundParts('스팟인스턴스', new Set(['인스턴스']))).toEqual(['스팟', '인스턴스']);
    expect(compoundParts('데이터베이스', new Set(['데이터', '베이스'])).sort()).toEqual(['데이터', '베이스']);
  });
  it('leaves a compound of unknown parts whole, and never cuts off a single syllable', () => {
    expect(compoundParts('스팟인스턴스', new Set(['노드']))).toEqual([]);
    expect(compoundParts('가용성', new Set(['가용']))).toEqual([]);
  });
});

describe('typo keys', () => {
  it('lists a word under its first letter and its second (a typo rarely hits both)', () => {
    expect(typoKeys('spot')).toEqual(['s', '2p']);
    expect(typoKeys('스팟')).toEqual(['ㅅ', '2ㅍ']);
    expect(typoKeys('#service/emr')).toEqual([]);
  });
});
