/**
 * `emr-prep export --format gift` then `emr-prep import --format gift` gives the same questions
 * (stem, options, keys, per-option explanations, the explanation intro, ids and tags), for the bundled
 * question bank and for a note written to stress the escapes; and imported notes pass `emr-prep check`.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { ExportedKnowledgeBase } from '../../../src/core/kb/export.ts';
import { loadKnowledgeBase, BUNDLED_CONTENT_DIR } from '../../../src/core/kb/reader.ts';
import type { Question } from '../../../src/core/questions/schema.ts';
import { contentFolder, run } from '../authoring/helpers.ts';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** What a student sees of a question, whitespace-normalised. */
function visible(q: Question) {
  return {
    id: q.id,
    stem: norm(q.stem),
    options: q.options.map((o) => [o.letter, norm(o.text), norm(o.explanation)]),
    answer: q.answer,
    intro: norm(q.explanationIntro),
    tags: q.tags,
  };
}

async function roundTrip(
  content: string,
): Promise<{ before: Question[]; after: Question[]; importErr: string; checkOut: string; checkCode: number }> {
  const exported = await run('export', '--format', 'gift', '--content', content);
  expect(exported.code).toBe(0);
  const work = contentFolder();
  const giftFile = path.join(work, 'bank.gift');
  writeFileSync(giftFile, exported.out);
  const imported = await run('import', giftFile, '--out', path.join(work, 'notes'));
  expect(imported.code).toBe(0);
  const check = await run('check', '--content', work);
  return {
    before: (await loadKnowledgeBase(content)).questions,
    after: (await loadKnowledgeBase(work)).questions,
    importErr: imported.err,
    checkOut: check.out,
    checkCode: check.code,
  };
}

describe('GIFT round trip', () => {
  it('the bundled question bank comes back question for question, and the imported notes pass check', async () => {
    const { before, after, importErr, checkOut, checkCode } = await roundTrip(BUNDLED_CONTENT_DIR);
    expect(before.length).toBeGreaterThan(50);
    expect(importErr).toBe('');
    const byId = new Map(after.map((q) => [q.id, visible(q)]));
    for (const q of before) expect(byId.get(q.id), q.id).toEqual(visible(q));
    expect(after).toHaveLength(before.length);
    // GIFT has no field for a note's sources, so each imported note warns that it lists none; nothing else.
    expect(checkOut).toMatch(/: 0 errors, \d+ warnings?\n$/);
    const warnings = checkOut.split('\n').filter((line) => / warning /.test(line));
    for (const line of warnings) expect(line).toMatch(/ warning source\/missing /);
    expect(checkCode).toBe(0);
  }, 120_000); // exports, imports and checks all 219 questions: 40–48 s on a loaded 2-core machine

  it('keeps GIFT and Markdown special characters, code, paragraphs, multiple keys and the intro', async () => {
    const note = [
      '---',
      'title: "Escapes: {braces} = ~ # and / slashes"',
      'tags: [service/emr, node/core]',
      '---',
      '',
      '# Escapes',
      '',
      '**Question:** Which setting is `spark.executor.memory=10g` in *Spark* terms: {a} ~ b # c \\\\ d?',
      '',
      'A second paragraph with <tag> & [brackets] and 100% * 2_000.',
      '',
      '**Options:**',
      '',
      '- A) `--conf a=b` (executor) ~ first',
      '- B) **Spot(스팟)**은 core: no',
      '- C) 1. not a list',
      '- D) # not a heading',
      '',
      '**Answer: A, C**',
      '',
      'Explanation:',
      '',
      'An intro that applies to all options: see {docs}.',
      '',
      '- **Option A** - right: `a=b` sets it',
      '- **Option B** - wrong ~ really',
      '- **Option C** - right #2',
      '- **Option D** - wrong',
      '',
    ].join('\n');
    const dir = contentFolder({ 'escapes.md': note });
    const check = await run('check', '--content', dir);
    expect(check.code).toBe(0);
    const { before, after, checkCode } = await roundTrip(dir);
    expect(before).toHaveLength(1);
    expect(before[0]!.answer).toEqual(['A', 'C']);
    expect(after.map(visible)).toEqual(before.map(visible));
    expect(checkCode).toBe(0);
  });
});

describe('emr-prep import', () => {
  const GIFT = [
    '$CATEGORY: $course$/top/EMR/Node types',
    '',
    '::n1:: Which node type runs the HDFS DataNode daemon? {=core#It stores HDFS blocks. ~primary#It runs the NameNode. ~task#No HDFS.}',
    '',
    'When was Ulysses S. Grant born?{#1822:5}',
    '',
    '$CATEGORY: $course$/top/EMR/Purchasing',
    '',
    'Which two nodes may safely run on Spot for a transient batch job? {~%50%task ~%50%core ~%-100%primary ####Transient: data lives in S3.}',
  ].join('\n');

  it('writes one note per category with the category as tag; the notes pass check; the rest is reported with lines', async () => {
    const work = contentFolder({ 'in/quiz.gift': GIFT });
    const out = path.join(work, 'notes');
    const result = await run('import', path.join(work, 'in', 'quiz.gift'), '--out', out, '--tag', 'service/emr');
    expect(result.code).toBe(1); // one question could not be imported
    expect(result.err).toMatch(/quiz\.gift:5: error the question is a numerical question/);
    expect(readdirSync(out).sort()).toEqual(['node-types.md', 'purchasing.md']);
    expect(result.out).toMatch(/2 questions imported into 2 notes; 1 error/);
    const exported = JSON.parse((await run('export', '--content', work)).out) as ExportedKnowledgeBase;
    const nodeTypes = exported.notes.find((n) => n.slug === 'node-types')!;
    expect(nodeTypes.title).toBe('Node types');
    expect(nodeTypes.tags).toEqual(['emr/node-types', 'service/emr']);
    const [q1, q2] = exported.questions;
    expect(q1).toMatchObject({ stem: 'Which node type runs the HDFS DataNode daemon?', answer: ['A'] });
    expect(q1!.options.map((o) => [o.text, o.explanation])).toEqual([
      ['core', 'It stores HDFS blocks.'],
      ['primary', 'It runs the NameNode.'],
      ['task', 'No HDFS.'],
    ]);
    expect(q2!.answer).toEqual(['A', 'B']);
    const check = await run('check', '--content', work);
    expect(check.out).toMatch(/: 0 errors, /);
    expect(check.code).toBe(0);
  });

  it('Aiken: several keys stay several keys; --tag tags the note; the note passes check', async () => {
    const work = contentFolder({ 'week1.aiken': 'Which two run HDFS daemons?\nA. core\nB. primary\nC. task\nANSWER: AB\n' });
    const result = await run('import', path.join(work, 'week1.aiken'), '--out', path.join(work, 'notes'), '--tag', 'service/emr');
    expect(result.code).toBe(0);
    const text = readFileSync(path.join(work, 'notes', 'week1.md'), 'utf8');
    expect(text).toContain('**Answer: A, B**');
    const exported = JSON.parse((await run('export', '--content', work)).out) as ExportedKnowledgeBase;
    expect(exported.questions[0]!.answer).toEqual(['A', 'B']);
    expect(exported.notes[0]!.tags).toEqual(['service/emr']);
    expect((await run('check', '--content', work)).code).toBe(0);
  });

  it('never overwrites: when a note it would write exists, nothing is written and it exits 1', async () => {
    const work = contentFolder({ 'quiz.gift': GIFT, 'notes/purchasing.md': 'mine\n' });
    const result = await run('import', path.join(work, 'quiz.gift'), '--out', path.join(work, 'notes'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/not overwriting .*purchasing\.md; nothing was written/);
    expect(readFileSync(path.join(work, 'notes', 'purchasing.md'), 'utf8')).toBe('mine\n');
    expect(existsSync(path.join(work, 'notes', 'node-types.md'))).toBe(false);
  });

  it('usage errors: no format for an unknown extension, no --out, a missing file', async () => {
    const work = contentFolder({ 'quiz.txt': GIFT });
    expect((await run('import', path.join(work, 'quiz.txt'), '--out', work)).code).toBe(2);
    expect((await run('import', path.join(work, 'quiz.txt'), '--format', 'gift')).code).toBe(2);
    expect((await run('import', path.join(work, 'nope.gift'), '--out', work)).code).toBe(2);
    expect((await run('import', path.join(work, 'quiz.txt'), '--format', 'qti', '--out', work)).code).toBe(2);
  });
});

describe('emr-prep export --format', () => {
  it('gift writes a $CATEGORY per note and the keys as = / ~%w%; an unknown format is a usage error', async () => {
    const dir = contentFolder({
      'a.md':
        '---\ntitle: A\ntags: [service/emr]\n---\n\n# A\n\n**Question:** Pick two.\n\n**Options:**\n\n- A) x\n- B) y\n- C) z\n\n**Answer: A, C**\n',
    });
    const gift = await run('export', '--format', 'gift', '--content', dir);
    expect(gift.out).toContain('$CATEGORY: emr-prep/A\n');
    expect(gift.out).toMatch(/\t~%50%x\n\t~%-100%y\n\t~%50%z\n/);
    expect((await run('export', '--format', 'xml', '--content', dir)).code).toBe(2);
  });
});
