/**
 * Property-based tests (fast-check) of the interchange formats: the GIFT and Aiken readers never
 * throw on any input and locate every problem inside the file; and for generated questions whose
 * texts mix GIFT's reserved characters, Markdown's, HTML's and Korean, note → GIFT → note gives the
 * same stem, options, keys and explanations.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { itemsToNotes, parseAiken, parseGift, writeGift } from '../../../src/core/interchange/index.ts';
import { escapeMarkdown } from '../../../src/core/interchange/text.ts';
import { kbFromFiles } from '../../helpers/kb.ts';

const REGISTRY = 'service:\n  ko: 서비스\n  en: Services\nservice/emr:\n  ko: EMR\n  en: EMR\n';

/** Text pieces that stress every layer: GIFT reserved characters, Markdown, HTML, entities, Korean. */
const piece = fc.constantFrom(
  'EMR',
  'Spot',
  '인스턴스를',
  'core',
  'x',
  '~',
  '=',
  '#',
  '{',
  '}',
  ':',
  '\\',
  '*',
  '_',
  '`',
  '[',
  ']',
  '<b>',
  '&amp;',
  '&',
  '%50%',
  '->',
  '//',
  '$CATEGORY:',
  '1.',
  '-',
  '|',
  '"',
  "'",
  '…',
  '**',
  '[[x]]',
  'https://aws.amazon.com/emr/',
  'Answer: B',
  '정답:',
  '<script>',
  '&#37;',
  '####',
  '\\n',
  '$',
  '!',
);
const text = fc
  .array(piece, { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(' ').trim())
  .filter((t) => /[\p{L}\p{N}]/u.test(t));

describe('readers never throw and locate every problem', () => {
  const anyText = fc.oneof(
    fc.string({ maxLength: 400 }),
    fc
      .array(fc.oneof(piece, fc.constantFrom('\n', '\n\n', '{', '}', '=', '~', 'ANSWER: A', 'A. a', 'B) b', '::n::')), { maxLength: 60 })
      .map((p) => p.join('')),
  );
  it('parseGift and parseAiken on arbitrary text', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const lines = input.split(/\r\n?|\n/).length;
        for (const parse of [parseGift, parseAiken]) {
          const { items, problems } = parse(input);
          for (const p of problems) expect(p.line >= 1 && p.line <= lines).toBe(true);
          for (const item of items) {
            expect(item.options.length).toBeGreaterThanOrEqual(2);
            expect(item.options.length).toBeLessThanOrEqual(10);
            expect(item.options.some((o) => o.correct)).toBe(true);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe('note → GIFT → note keeps the question', () => {
  const question = fc
    .record({
      stem: text,
      options: fc.array(fc.record({ text, explanation: fc.option(text, { nil: null }) }), { minLength: 2, maxLength: 6 }),
      keys: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    })
    .map(({ stem, options, keys }) => ({ stem, options, keys: [...new Set(keys.map((k) => k % options.length))].sort((a, b) => a - b) }));

  it('stem, options, keys and explanations survive', () => {
    fc.assert(
      fc.property(question, (q) => {
        const L = 'ABCDEFGHIJ';
        const note = [
          '---',
          'title: Generated',
          'tags: [service/emr]',
          '---',
          '',
          `**Question:** ${escapeMarkdown(q.stem)}`,
          '',
          '**Options:**',
          '',
          ...q.options.map((o, i) => `- ${L[i]}) ${escapeMarkdown(o.text)}`),
          '',
          `**Answer: ${q.keys.map((k) => L[k]).join(', ')}**`,
          '',
          'Explanation:',
          '',
          ...q.options.flatMap((o, i) => (o.explanation ? [`- **Option ${L[i]}** - ${escapeMarkdown(o.explanation)}`] : [])),
          '',
        ].join('\n');
        const before = kbFromFiles({ 'generated.md': note }, REGISTRY);
        expect(before.questions).toHaveLength(1);
        const parsed = parseGift(writeGift(before));
        expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
        const { notes } = itemsToNotes(parsed.items, { source: 'bank.gift', format: 'GIFT', today: '2030-01-01' });
        const after = kbFromFiles(Object.fromEntries(notes.map((n) => [n.fileName, n.text])), REGISTRY);
        const visible = (kb: typeof before) =>
          kb.questions.map((x) => ({
            id: x.id,
            stem: x.stem.replace(/\s+/g, ' '),
            options: x.options.map((o) => [o.text.replace(/\s+/g, ' '), o.explanation?.replace(/\s+/g, ' ') ?? null]),
            answer: x.answer,
          }));
        expect(visible(after)).toEqual(visible(before));
        expect(after.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });
});
