/**
 * Mock-exam blueprints: the file format and its diagnostics, the weighted seeded draw, scaled
 * scores and per-domain scores.
 */
import { describe, expect, it } from 'vitest';
import {
  allocateByWeight,
  domainOf,
  domainScores,
  drawExam,
  parseBlueprint,
  scaledScore,
  type ExamBlueprint,
} from '../../../src/core/exams/index.ts';
import { questionBank } from '../../../src/core/quiz/bank.ts';
import { loadKnowledgeBase, BUNDLED_CONTENT_DIR } from '../../../src/core/kb/reader.ts';
import { toExportJson } from '../../../src/core/kb/export.ts';
import { makeQuestion } from '../quiz/helpers.ts';

const GOOD = `title: Mock
minutes: 30
questions: 10
passing: 70
scaled: true
domains:
  - name: Storage
    tags: [topic/storage]
    weight: 50
  - name: Spark
    tags: [topic/spark-on-emr]
    weight: 30
  - name: Other
    tags: [topic]
    weight: 20
`;

function bank(counts: Record<string, number>) {
  const qs = Object.entries(counts).flatMap(([tag, n]) =>
    Array.from({ length: n }, (_, i) => makeQuestion({ id: `${tag.replace(/\W/g, '-')}-${i}`, tags: [tag] })),
  );
  return questionBank(qs);
}

function blueprint(text = GOOD): ExamBlueprint {
  const { parsed, diagnostics } = parseBlueprint(text, 'exams/mock.yml');
  expect(diagnostics).toEqual([]);
  return parsed!.blueprint;
}

describe('blueprint file format', () => {
  it('reads a valid blueprint: passing in percent becomes a fraction, defaults filled', () => {
    const bp = blueprint();
    expect(bp).toMatchObject({ id: 'mock', minutes: 30, questions: 10, passing: 0.7, scaled: true, fixed: [] });
    // One text is the text in both languages.
    expect(bp.title).toEqual({ ko: 'Mock', en: 'Mock' });
    expect(bp.description).toEqual({ ko: '', en: '' });
    expect(bp.domains.map((d) => d.name.en)).toEqual(['Storage', 'Spark', 'Other']);
    const plain = blueprint(GOOD.replace('passing: 70\nscaled: true\n', ''));
    expect(plain.passing).toBe(0.72);
    expect(plain.scaled).toBe(false);
  });

  it('locates schema errors at the line of the field, with its name', () => {
    const { parsed, diagnostics } = parseBlueprint(GOOD.replace('    weight: 30', '    weight: -3'), 'exams/mock.yml');
    expect(parsed).toBeNull();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'exam/invalid-field', line: 12, file: 'exams/mock.yml' });
    expect(diagnostics[0]!.message).toContain('domains[1].weight');
  });

  it('rejects a misspelt key instead of ignoring it: once, at the key, with the key it meant', () => {
    const { diagnostics } = parseBlueprint(GOOD.replace('minutes: 30', 'minute: 30'), 'exams/mock.yml');
    // not also "minutes is missing" at the top of the file
    expect(diagnostics.map((d) => `${d.code}:${d.line}:${d.column} ${d.message}`)).toEqual([
      'exam/invalid-field:2:1 unknown key "minute" — did you mean "minutes"?',
    ]);
    expect(diagnostics[0]!.hint).toBe('Rename "minute" to "minutes".');
    const domain = parseBlueprint(GOOD.replace('    weight: 30', '    weigth: 30'), 'exams/mock.yml').diagnostics;
    expect(domain.map((d) => `${d.code}:${d.line}:${d.column} ${d.message}`)).toEqual([
      'exam/invalid-field:12:5 domains[1] has unknown key "weigth" — did you mean "weight"?',
    ]);
    // a key that resembles none stays an unknown key, and a missing one is still reported
    const other = parseBlueprint(GOOD.replace('minutes: 30', 'duration: 30'), 'exams/mock.yml').diagnostics;
    expect(other.map((d) => d.message).sort()).toEqual(['minutes is missing (expected number)', 'unknown key "duration"']);
  });

  it('rejects more fixed questions than the exam asks and a file name that is no id', () => {
    const fixed = parseBlueprint(GOOD.replace('questions: 10', 'questions: 1') + 'fixed: [a, b]\n', 'exams/mock.yml');
    expect(fixed.diagnostics.map((d) => d.code)).toEqual(['exam/invalid-field']);
    expect(fixed.diagnostics[0]!.line).toBe(16);
    expect(parseBlueprint(GOOD, 'exams/Mock Exam.yml').diagnostics.map((d) => d.code)).toEqual(['exam/invalid-field']);
  });

  it('reports broken YAML as exam/invalid-yaml at its line', () => {
    const { diagnostics } = parseBlueprint('title: x\nminutes: [1\n', 'exams/x.yml');
    expect(diagnostics[0]).toMatchObject({ code: 'exam/invalid-yaml', line: 2 });
  });
});

/** GOOD with a title, a description and the first domain's name in both languages. */
const BILINGUAL = GOOD.replace(
  'title: Mock\n',
  'title:\n  ko: 모의고사\n  en: Mock exam\ndescription: { ko: 한 줄 소개, en: One line about it }\n',
).replace('  - name: Storage\n', '  - name:\n      ko: 스토리지\n      en: Storage\n');

describe('titles, descriptions and domain names in Korean and English', () => {
  it('reads { ko, en } into both languages, next to plain texts', () => {
    const bp = blueprint(BILINGUAL);
    expect(bp.title).toEqual({ ko: '모의고사', en: 'Mock exam' });
    expect(bp.description).toEqual({ ko: '한 줄 소개', en: 'One line about it' });
    expect(bp.domains.map((d) => d.name)).toEqual([
      { ko: '스토리지', en: 'Storage' },
      { ko: 'Spark', en: 'Spark' },
      { ko: 'Other', en: 'Other' },
    ]);
  });

  it('a { ko, en } without English is exam/invalid-bilingual at the line of its key, and the exam is not offered', () => {
    // Line 10 is the first domain's `- name:` (title: 3 lines, description 1, then minutes … domains:).
    const text = BILINGUAL.replace('      en: Storage\n', '');
    expect(text.split('\n')[9]).toBe('  - name:');
    const { parsed, diagnostics } = parseBlueprint(text, 'exams/mock.yml');
    expect(parsed).toBeNull();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'exam/invalid-bilingual', file: 'exams/mock.yml', line: 10, severity: 'error' });
    expect(diagnostics[0]!.message).toBe('domains[0].name: the { ko, en } form needs both languages — "en" (English) is missing');
    expect(diagnostics[0]!.hint).toMatch(/Add `en:`.*or write one text/);
    // The title without Korean: at the line of `title:`.
    const noKo = parseBlueprint(BILINGUAL.replace('  ko: 모의고사\n', ''), 'exams/mock.yml').diagnostics;
    expect(noKo.map((d) => `${d.code}:${d.line} ${d.message}`)).toEqual([
      'exam/invalid-bilingual:1 title: the { ko, en } form needs both languages — "ko" (Korean) is missing',
    ]);
  });

  it('an unknown key or an empty language is exam/invalid-bilingual at that key, with "did you mean"', () => {
    const kr = parseBlueprint(BILINGUAL.replace('  ko: 모의고사', '  kr: 모의고사'), 'exams/mock.yml').diagnostics;
    expect(kr.map((d) => `${d.code}:${d.line} ${d.message}`)).toEqual([
      'exam/invalid-bilingual:2 title has unknown key "kr" — did you mean "ko"?',
    ]);
    expect(kr[0]!.hint).toBe('Rename "kr" to "ko".');
    // "Did you mean" names only a language the text lacks: next to `ko:`, `kr:` is no misspelt `ko`.
    const both = parseBlueprint(BILINGUAL.replace('  en: Mock exam\n', '  kr: Mock exam\n'), 'exams/mock.yml').diagnostics;
    expect(both.map((d) => `${d.code}:${d.line} ${d.message}`)).toEqual([
      'exam/invalid-bilingual:3 title has unknown key "kr" — did you mean "en"?',
    ]);
    const extra = parseBlueprint(BILINGUAL.replace('  en: Mock exam\n', '  en: Mock exam\n  ja: 模試\n'), 'exams/mock.yml');
    expect(extra.diagnostics.map((d) => `${d.code}:${d.line}`)).toEqual(['exam/invalid-bilingual:4']);
    const empty = parseBlueprint(BILINGUAL.replace('en: One line about it', "en: ''"), 'exams/mock.yml').diagnostics;
    expect(empty.map((d) => `${d.code}:${d.line} ${d.message}`)).toEqual([
      'exam/invalid-bilingual:4 description.en: the English text is empty',
    ]);
  });

  it('a title that is neither text nor { ko, en }, or is missing, stays exam/invalid-field', () => {
    expect(parseBlueprint(GOOD.replace('title: Mock', 'title: [a, b]'), 'exams/mock.yml').diagnostics.map((d) => d.code)).toEqual([
      'exam/invalid-field',
    ]);
    const missing = parseBlueprint(GOOD.replace('title: Mock\n', ''), 'exams/mock.yml').diagnostics;
    expect(missing.map((d) => `${d.code} ${d.message}`)).toEqual(['exam/invalid-field title: an exam needs a title']);
  });

  it('export carries both languages of the title, description and domain names', () => {
    const bp = blueprint(BILINGUAL);
    const kb = { notes: [], questions: [], tags: [], exams: [bp], glossary: [], diagnostics: [] } as unknown as Parameters<
      typeof toExportJson
    >[0];
    const [exported] = toExportJson(kb).exams;
    expect(exported).toMatchObject({
      id: 'mock',
      title: { ko: '모의고사', en: 'Mock exam' },
      description: { ko: '한 줄 소개', en: 'One line about it' },
    });
    expect(exported!.domains[0]!.name).toEqual({ ko: '스토리지', en: 'Storage' });
    expect(JSON.parse(JSON.stringify(exported)).domains[1].name).toEqual({ ko: 'Spark', en: 'Spark' });
  });
});

describe('weighted seeded draw', () => {
  it('splits the seats by largest remainder: each within one of its exact share, summing to the total', () => {
    for (const [total, weights] of [
      [10, [50, 30, 20]],
      [65, [24, 22, 18, 24, 12]],
      [7, [1, 1, 1]],
      [3, [5, 1, 1, 1, 1]],
    ] as Array<[number, number[]]>) {
      const seats = allocateByWeight(total, weights);
      const sum = weights.reduce((a, b) => a + b, 0);
      expect(seats.reduce((a, b) => a + b, 0)).toBe(total);
      seats.forEach((s, i) => expect(Math.abs(s - (total * weights[i]!) / sum)).toBeLessThan(1));
    }
  });

  it('honours the weights within one question per domain when the bank is large enough', () => {
    const bp = blueprint();
    const b = bank({ 'topic/storage': 30, 'topic/spark-on-emr': 30, 'topic/cost': 30 });
    for (const seed of ['a', 'b', 'week-3']) {
      const draw = drawExam(bp, b, seed);
      expect(draw.questionIds).toHaveLength(10);
      expect(draw.shortfalls).toEqual([]);
      const per = [0, 0, 0];
      for (const id of draw.questionIds) per[domainOf(bp, b.get(id)!.tags)!]!++;
      expect(per).toEqual([5, 3, 2]);
    }
  });

  it('gives the same exam for the same seed and another exam for another seed', () => {
    const bp = blueprint();
    const b = bank({ 'topic/storage': 30, 'topic/spark-on-emr': 30, 'topic/cost': 30 });
    expect(drawExam(bp, b, 'same').questionIds).toEqual(drawExam(bp, b, 'same').questionIds);
    expect(drawExam(bp, b, 'same').questionIds).not.toEqual(drawExam(bp, b, 'other').questionIds);
  });

  it('says which domain the bank cannot fill and never pads it from another domain', () => {
    const bp = blueprint();
    const draw = drawExam(bp, bank({ 'topic/storage': 2, 'topic/spark-on-emr': 30, 'topic/cost': 30 }), 's');
    expect(draw.shortfalls).toEqual([{ domain: 0, wanted: 5, got: 2, pool: 2 }]);
    expect(draw.questionIds).toHaveLength(7);
  });

  it('a question counts for the first domain whose tags it carries', () => {
    const bp = blueprint();
    expect(domainOf(bp, ['topic/spark-on-emr', 'topic/storage'])).toBe(0);
    expect(domainOf(bp, ['topic/cost'])).toBe(2);
    expect(domainOf(bp, ['service/emr'])).toBeNull();
  });

  it('always asks the fixed questions and counts them toward their domain', () => {
    const bp = { ...blueprint(), fixed: ['topic-storage-0', 'topic-storage-1'] };
    const b = bank({ 'topic/storage': 30, 'topic/spark-on-emr': 30, 'topic/cost': 30 });
    for (const seed of ['x', 'y']) {
      const draw = drawExam(bp, b, seed);
      expect(draw.questionIds).toContain('topic-storage-0');
      expect(draw.questionIds).toContain('topic-storage-1');
      expect(draw.questionIds.filter((id) => id.startsWith('topic-storage'))).toHaveLength(5);
    }
  });
});

describe('scaled score (AWS style, 100–1000, pass 720)', () => {
  it('maps 0 → 100, the passing fraction → 720, all right → 1000', () => {
    expect(scaledScore(0, 0.72)).toBe(100);
    expect(scaledScore(0.72, 0.72)).toBe(720);
    expect(scaledScore(1, 0.72)).toBe(1000);
    expect(scaledScore(0.86, 0.72)).toBe(860);
  });
  it('passes exactly when the fraction passes, also just below the mark', () => {
    for (const pass of [0.5, 0.7, 0.72, 0.9]) {
      for (let right = 0; right <= 65; right++) {
        const f = right / 65;
        expect(scaledScore(f, pass) >= 720, `${right}/65 at ${pass}`).toBe(f >= pass);
      }
    }
  });
});

describe('score per domain', () => {
  it('lists every domain in blueprint order from the items’ tag snapshots', () => {
    const bp = blueprint();
    const rows = domainScores(bp, [
      { tags: ['topic/spark-on-emr'], result: 'correct' },
      { tags: ['topic/spark-on-emr'], result: 'incorrect' },
      { tags: ['topic/cost'], result: 'unanswered' },
      { tags: ['topic/cost'], result: 'changed' },
    ]);
    expect(rows.map((r) => [r.name.en, r.correct, r.graded, r.score])).toEqual([
      ['Storage', 0, 0, null],
      ['Spark', 1, 2, 0.5],
      ['Other', 0, 1, 0],
    ]);
  });
});

describe('the bundled blueprints', () => {
  it('load without a diagnostic, cover the 17 exam topics, fill every domain and are exported', async () => {
    const kb = await loadKnowledgeBase(BUNDLED_CONTENT_DIR);
    expect(kb.diagnostics.filter((d) => d.code.startsWith('exam/'))).toEqual([]);
    const full = kb.exams.find((e) => e.id === 'emr-architecture');
    expect(full).toBeDefined();
    const topics = kb.tags.map((t) => t.path).filter((p) => p.startsWith('topic/'));
    expect(topics).toHaveLength(17);
    for (const t of topics)
      expect(
        full!.domains.some((d) => d.tags.includes(t)),
        t,
      ).toBe(true);
    const draw = drawExam(full!, questionBank(kb.questions), 'bundled');
    expect(draw.shortfalls).toEqual([]);
    expect(draw.questionIds).toHaveLength(full!.questions);
    expect(toExportJson(kb).exams.map((e) => e.id)).toContain('emr-architecture');
    // Each bundled exam has its own English title, description and domain names.
    for (const exam of kb.exams) {
      for (const text of [exam.title, exam.description, ...exam.domains.map((d) => d.name)]) {
        expect(text.ko, exam.id).not.toBe('');
        expect(text.en, exam.id).not.toBe('');
        expect(text.en, `${exam.id}: ${text.en}`).not.toMatch(/[\u3130-\u318f\uac00-\ud7af]/);
      }
      expect(exam.title.en).not.toBe(exam.title.ko);
    }
  });
});
