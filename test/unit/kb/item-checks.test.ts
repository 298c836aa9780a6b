/**
 * The item-writing checks (src/core/questions/item-checks.ts) as an author meets them: each fires
 * on the item that breaks its rule, at the stem or option line, and stays quiet on the fixed item —
 * with the exact definitions the content is written against (issue 12).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jaccard, nearDuplicateStems, NEAR_DUPLICATE_JACCARD, stemTokens } from '../../../src/core/questions/item-checks.ts';
import type { Question } from '../../../src/core/questions/schema.ts';
import { kbFromFiles } from '../../helpers/kb.ts';

const REGISTRY = `service:\n  ko: 서비스\n  en: Services\nservice/emr:\n  ko: Amazon EMR\n  en: Amazon EMR\n`;

/** Diagnostics (code and line) of one question with the given stem, options and answer line. */
function codesOf(stem: string, options: string[], answer: string): Array<{ code: string; line: number; message: string }> {
  const letters = 'ABCDEFGHIJ';
  const opts = options.map((o, i) => `- ${letters[i]}) ${o}`).join('\n');
  const expl = options.map((_, i) => `- **Option ${letters[i]}** - why`).join('\n');
  const text = `---\ntitle: T\ntags: [service/emr]\n---\n\n# T\n\n## 관련 문제\n\n**Question:** ${stem}\n\n**Options:**\n\n${opts}\n\n${answer}\n\n💡 추가 설명:\n\n${expl}\n`;
  return kbFromFiles({ 'q.md': text }, REGISTRY).diagnostics.map((d) => ({ code: d.code, line: d.line, message: d.message }));
}
const codes = (stem: string, options: string[], answer: string) => codesOf(stem, options, answer).map((d) => d.code);

describe('item/longest-key: longer than every distractor AND ≥ 1.25× the longest', () => {
  it('fires at the key line when both hold', () => {
    const found = codesOf('Which?', ['aaaaa', 'bbbb', 'cccccccccc'], '**Answer: C**');
    expect(found).toContainEqual(expect.objectContaining({ code: 'item/longest-key', line: 16 }));
  });
  it('stays quiet at 1.2× and when a distractor is as long', () => {
    expect(codes('Which?', ['aaaaaaaaaa', 'bbbbbbbbbbbb', 'cc'], '**Answer: B**')).not.toContain('item/longest-key');
    expect(codes('Which?', ['aaaaaaaaaa', 'bbbbbbbbbb', 'cc'], '**Answer: B**')).not.toContain('item/longest-key');
  });
  it('counts Markdown-stripped text with collapsed whitespace, not the source', () => {
    expect(codes('Which?', ['**one**', 'two   three', 'four'], '**Answer: A**')).not.toContain('item/longest-key');
  });
});

describe('item/absolute-word', () => {
  it('fires on an absolute word only distractors use (English as a word, Korean as text)', () => {
    expect(codes('Which?', ['one', 'always two', 'three'], '**Answer: A**')).toContain('item/absolute-word');
    expect(codes('무엇인가?', ['하나', '반드시 둘', '셋'], '**Answer: A**')).toContain('item/absolute-word');
  });
  it('stays quiet when the key uses the same word, or the word is inside another (install, alloy)', () => {
    expect(codes('Which?', ['only one', 'only two', 'three'], '**Answer: A**')).not.toContain('item/absolute-word');
    expect(codes('Which?', ['one', 'install two', 'alloy'], '**Answer: A**')).not.toContain('item/absolute-word');
  });
});

describe('item/all-of-the-above', () => {
  it.each(['All of the above', 'None of the above', '모두 정답', '정답 없음', '위의 모든 것', '해당 없음'])('fires on "%s"', (option) => {
    expect(codes('Which?', ['one', 'two', option], '**Answer: A**')).toContain('item/all-of-the-above');
  });
});

describe('item/negative-stem', () => {
  it('fires on an unemphasised negative in the question sentence', () => {
    expect(codes('Which is not a core node role?', ['a', 'b', 'c'], '**Answer: A**')).toContain('item/negative-stem');
    expect(codes('다음 중 틀린 것은?', ['a', 'b', 'c'], '**Answer: A**')).toContain('item/negative-stem');
  });
  it('accepts NOT in capitals, a bold negative, and a negative outside the question sentence', () => {
    expect(codes('Which is NOT a core node role?', ['a', 'b', 'c'], '**Answer: A**')).not.toContain('item/negative-stem');
    expect(codes('다음 중 **틀린** 것은?', ['a', 'b', 'c'], '**Answer: A**')).not.toContain('item/negative-stem');
    expect(codes('The team does not want servers. Which service fits?', ['a', 'b', 'c'], '**Answer: A**')).not.toContain(
      'item/negative-stem',
    );
  });
});

describe('item/choose-count', () => {
  it('fires when the stem asks for two or three and the key count differs', () => {
    expect(codes('Which are right? (Choose TWO.)', ['a', 'b', 'c'], '**Answer: A**')).toContain('item/choose-count');
    expect(codes('옳은 것을 세 개를 고르시오.', ['a', 'b', 'c', 'd'], '**Answer: A, B**')).toContain('item/choose-count');
  });
  it('stays quiet when they agree', () => {
    expect(codes('Which are right? (Choose TWO.)', ['a', 'b', 'c'], '**Answer: A, C**')).not.toContain('item/choose-count');
    expect(codes('옳은 것을 두 개를 고르시오.', ['a', 'b', 'c'], '**Answer: A, B**')).not.toContain('item/choose-count');
  });
});

describe('item/duplicate-option-text and item/stem-asks-nothing', () => {
  it('duplicate text (case, whitespace, final period ignored) at the later option', () => {
    const found = codesOf('Which?', ['one', 'Two.', 'two'], '**Answer: A**');
    expect(found).toContainEqual(expect.objectContaining({ code: 'item/duplicate-option-text', line: 16 }));
  });
  it('a stem without question mark or instruction; imperative stems pass', () => {
    expect(codes('Core nodes and HDFS.', ['a', 'b'], '**Answer: A**')).toContain('item/stem-asks-nothing');
    for (const stem of ['Choose the node that stores HDFS data.', '가장 적절한 구성을 고르시오.', 'HDFS를 저장하는 노드는 무엇인가'])
      expect(codes(stem, ['a', 'b'], '**Answer: A**'), stem).not.toContain('item/stem-asks-nothing');
  });
});

describe('question/key-text-mismatch compares numbers', () => {
  it('**정답: C) 2** against C) 3 is an error; the right number passes', () => {
    const wrong = codesOf('What replication?', ['1', '2', '3'], '**정답: C) 2**');
    expect(wrong).toContainEqual(expect.objectContaining({ code: 'question/key-text-mismatch' }));
    expect(codes('What replication?', ['1', '2', '3'], '**정답: C) 3**')).not.toContain('question/key-text-mismatch');
    expect(codes('How long?', ['1 minute', '2 minutes', '5 minutes'], '**정답: B) 2분**')).not.toContain('question/key-text-mismatch');
    expect(codes('How long?', ['1 minute', '2 minutes', '5 minutes'], '**정답: B) 5분**')).toContain('question/key-text-mismatch');
  });
});

describe('item/near-duplicate-stem', () => {
  const q = (stem: string, i: number): Question =>
    ({ id: `q${i}`, file: `f${String(i).padStart(3, '0')}.md`, line: 1, stem, options: [], answer: ['A'] }) as unknown as Question;
  it('prefix filtering finds exactly the pairs a brute-force Jaccard ≥ 0.85 finds', () => {
    const word = fc.constantFrom('emr', 'spot', 'core', 'task', 'node', 'hdfs', 'which', 'spark', 'yarn', 's3', '노드', '스팟');
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 8 }), { minLength: 2, maxLength: 12 }), (stems) => {
        const questions = stems.map((s, i) => q(s.join(' '), i));
        const flagged = new Set(nearDuplicateStems(questions).map((d) => d.file));
        const sets = stems.map((s) => stemTokens(s.join(' ')));
        const expected = new Set<string>();
        sets.forEach((a, i) => {
          if (sets.slice(0, i).some((b) => jaccard(a, b) >= NEAR_DUPLICATE_JACCARD)) expected.add(questions[i]!.file);
        });
        expect(flagged).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
