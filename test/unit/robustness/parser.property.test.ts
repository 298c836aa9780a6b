/**
 * Property-based tests (fast-check) of the reader and parser: thousands of generated and mutated
 * notes — broken YAML, truncated blocks, stray markers, huge lines, binary bytes, mixed encodings —
 * never make the pipeline throw; every problem becomes a diagnostic located inside the file; and a
 * valid note never loses a question.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildKnowledgeBase } from '../../../src/core/kb/build.ts';

const REGISTRY = { file: 'tags.yml', text: 'service:\n  ko: 서비스\n  en: Services\nservice/emr:\n  ko: EMR\n  en: EMR\n' };
const encoder = new TextEncoder();

const word = fc.constantFrom('EMR', 'Spot', '인스턴스', '클러스터', 'core', 'task', 'primary', '노드를', 'Spark', 'HDFS', 'the', 'node');
const sentence = fc.array(word, { minLength: 2, maxLength: 12 }).map((w) => w.join(' '));

interface GeneratedQuestion {
  stem: string;
  options: string[];
  answer: number[];
  style: 0 | 1 | 2;
  korean: boolean;
}
const question: fc.Arbitrary<GeneratedQuestion> = fc
  .record({
    stem: sentence,
    options: fc.array(sentence, { minLength: 2, maxLength: 6 }),
    style: fc.constantFrom(0 as const, 1 as const, 2 as const),
    korean: fc.boolean(),
    pick: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }),
  })
  .map(({ stem, options, style, korean, pick }) => ({
    stem,
    options,
    style,
    korean,
    answer: [...new Set(pick.map((p) => p % options.length))].sort((a, b) => a - b),
  }));

const LETTERS = 'ABCDEFGHIJ';
function renderQuestion(q: GeneratedQuestion): string {
  const letters = q.answer.map((i) => LETTERS[i]).join(', ');
  const bullets = q.options.map((_o, i) => {
    const l = LETTERS[i];
    const lead = q.style === 0 ? `**${l}) label ${i}**` : q.style === 1 ? `**Option ${l} (label ${i})**` : `**Option ${l}**`;
    return `- ${lead} - reason ${i}`;
  });
  return [
    `**Question:** ${q.stem}`,
    '',
    '**Options:**',
    '',
    ...q.options.map((o, i) => `- ${LETTERS[i]}) ${o}`),
    '',
    q.korean ? `**정답: ${letters}**` : `**Answer: ${letters}**`,
    '',
    q.korean ? '💡 추가 설명:' : 'Explanation:',
    '',
    ...bullets,
  ].join('\n');
}
function renderNote(title: string, questions: GeneratedQuestion[]): string {
  return `---\ntitle: ${JSON.stringify(title)}\ntags: [service/emr]\n---\n\n# ${title}\n\n## 핵심 포인트\n\nPoint.\n\n## 관련 문제\n\n${questions.map(renderQuestion).join('\n\n---\n\n')}\n`;
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '---\n',
      '**Options:**\n',
      '**정답: Z**\n',
      '- F) x\n',
      ': : [\n',
      '```\n',
      '<script>x</script>',
      '[[nowhere]]',
      '\u0000',
      'x'.repeat(20_000),
      '\r\n',
      '\uFEFF',
      'ì—ì„œ',
    ),
  }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const at = bytes.length === 0 ? 0 : m.at % bytes.length;
  switch (m.kind) {
    case 'delete':
      return new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + m.length)]);
    case 'truncate':
      return bytes.subarray(0, at);
    case 'insert':
      return new Uint8Array([...bytes.subarray(0, at), ...encoder.encode(m.text), ...bytes.subarray(at)]);
    case 'bytes':
      return new Uint8Array([...bytes.subarray(0, at), ...m.bytes, ...bytes.subarray(at)]);
  }
}

describe('reader and parser never crash, and locate every problem', () => {
  it('mutated notes: no exception, every diagnostic inside its file', () => {
    fc.assert(
      fc.property(
        fc.array(question, { minLength: 1, maxLength: 3 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (questions, mutations) => {
          let bytes: Uint8Array = encoder.encode(renderNote('Generated', questions));
          for (const m of mutations) bytes = mutate(bytes, m);
          const kb = buildKnowledgeBase({ files: [{ path: 'g.md', bytes }], registry: REGISTRY });
          const lines = new TextDecoder().decode(bytes).split(/\r\n|\r|\n/).length;
          for (const d of kb.diagnostics) {
            expect(d.file).toBe('g.md');
            expect(d.line).toBeGreaterThanOrEqual(1);
            expect(d.line).toBeLessThanOrEqual(lines);
            expect(d.column).toBeGreaterThanOrEqual(1);
            expect(d.message).not.toMatch(/undefined|NaN|\[object/);
          }
          // A published question is always well-formed.
          for (const q of kb.questions) {
            const letters = q.options.map((o) => o.letter);
            expect(q.answer.every((a) => letters.includes(a))).toBe(true);
            expect(letters).toEqual([...LETTERS.slice(0, letters.length)]);
          }
        },
      ),
      { numRuns: 500 },
    );
  }, 180_000);

  it('valid notes never lose a question, in any of the three explanation styles', () => {
    fc.assert(
      fc.property(fc.array(question, { minLength: 1, maxLength: 5 }), sentence, (questions, title) => {
        const kb = buildKnowledgeBase({
          files: [{ path: 'v.md', bytes: encoder.encode(renderNote(title, questions)) }],
          registry: REGISTRY,
        });
        const distinctStems = new Set(questions.map((q) => q.stem.replace(/\s+/g, ' ').toLowerCase()));
        expect(kb.diagnostics.filter((d) => d.severity === 'error' && d.code !== 'question/duplicate-id')).toEqual([]);
        expect(kb.questions).toHaveLength(distinctStems.size);
        for (const q of kb.questions) {
          const source = questions.find((g) => g.stem === q.stem)!;
          expect(q.answer).toEqual(source.answer.map((i) => LETTERS[i]));
          expect(q.options.map((o) => o.explanation)).toEqual(source.options.map((_, i) => `reason ${i}`));
        }
      }),
      { numRuns: 300 },
    );
  }, 180_000);

  it('random bytes and random text never throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 4000 }),
          fc.string({ unit: 'binary', maxLength: 4000 }).map((s) => encoder.encode(s)),
        ),
        (bytes) => {
          const kb = buildKnowledgeBase({ files: [{ path: 'r.md', bytes }], registry: REGISTRY });
          expect(Array.isArray(kb.diagnostics)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  }, 180_000);
});
