/**
 * The owner's five seed notes, exactly as received, load into the knowledge base: titles, tags,
 * sections, the three question blocks with keys C, D and B, every explanation on its option.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { loadKnowledgeBase } from '../../../src/core/kb/reader.ts';
import type { KnowledgeBase } from '../../../src/core/kb/schema.ts';
import { HAVE_SEEDS, SEEDS_DIR } from '../../helpers/seeds.ts';

describe.skipIf(!HAVE_SEEDS)('seed notes (../shared/seeds)', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await loadKnowledgeBase(SEEDS_DIR);
  });
  const note = (file: string) => {
    const n = kb.notes.find((x) => x.file.startsWith(file));
    if (!n) throw new Error(`seed ${file} not published`);
    return n;
  };
  const questionsOf = (file: string) => note(file).questions.map((id) => kb.questions.find((q) => q.id === id)!);

  it('publishes all five seeds and has no errors', () => {
    expect(kb.notes).toHaveLength(5);
    expect(kb.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('seed 000 (mojibake) is repaired and reported, never published as mojibake', () => {
    const n = note('000');
    // One syllable of the title lost a byte; with the fair model (bundled notes and the other
    // seeds, no text written after seeing this seed) it is guessed, and the guess is reported.
    expect(n.title).toMatch(/^EMR에서 Apache Spark 기반 .호작용성 높은 ML 워크로드 최적화$/u);
    expect(n.slug).toBe('emr-spark-ml-interactivity');
    expect(n.encoding.mojibake?.codepage).toMatch(/1254/);
    expect(n.summary).toContain('인스턴스');
    expect(n.html + n.summary).not.toMatch(/[ìëíê][\u0080-\u02ff\u2000-\u20ff]/);
    expect(n.sections.map((s) => s.kind)).toEqual(expect.arrayContaining(['keyPoint', 'explanation', 'keyConcepts', 'questions']));
    const repaired = kb.diagnostics.find((d) => d.file.startsWith('000') && d.code === 'read/mojibake-repaired');
    expect(repaired?.message).toMatch(/\d+ characters restored, \d+ guessed/);
  });

  it('seed 000: key C, explanations in the `**A) label**` style, m5.large warned with m5.xlarge instead', () => {
    const [q] = questionsOf('000');
    expect(q!.answer).toEqual(['C']);
    expect(q!.options.map((o) => o.letter)).toEqual(['A', 'B', 'C', 'D', 'E']);
    const byLetter = Object.fromEntries(q!.options.map((o) => [o.letter, o]));
    expect(byLetter.A!.explanationLabel).toBe('r5.8xlarge 구성');
    expect(byLetter.A!.explanation).toMatch(/메모리/);
    expect(byLetter.D!.explanationLabel).toBe('r4.xlarge 구성');
    expect(byLetter.E!.explanation).toMatch(/마스터 노드/);
    expect(byLetter.C!.explanation).toBeNull(); // the seed gives no reason for its key
    const warning = kb.diagnostics.find(
      (d) => d.code === 'question/unsupported-instance-type' && d.file.startsWith('000') && d.message.includes('option C'),
    );
    expect(warning?.message).toContain('m5.large');
    expect(warning?.message).toContain('m5.xlarge');
  });

  it('seed 001: key D, `**Option A (label)**` bullets, frontmatter and sections', () => {
    const n = note('001');
    expect(n.title).toBe('실시간 스트리밍 데이터를 위한 EMR + SageMaker ML 파이프라인');
    expect(n.tags).toEqual([
      'service/emr',
      'service/sagemaker',
      'constraint/real-time',
      'usecase/streaming-ml',
      'architecture/distributed',
    ]);
    expect(n.aliases).toEqual(['EMR', 'elastic-mapreduce', 'streaming-ml']);
    expect(n.created).toBe('2025-08-20');
    expect(n.summary).toMatch(/^소셜 미디어/);
    const [q] = questionsOf('001');
    expect(q!.answer).toEqual(['D']);
    expect(q!.answerText).toBe('Amazon EMR + Amazon SageMaker');
    expect(q!.stem).toMatch(/^A company is building a machine learning pipeline/);
    const a = q!.options.find((o) => o.letter === 'A')!;
    expect(a.explanationLabel).toBe('Kinesis Data Analytics');
    expect(a.explanation).toMatch(/^SQL 기반/);
    expect(q!.options.find((o) => o.letter === 'E')!.explanation).toMatch(/15분/);
  });

  it('seed 002: key B, plain `**Option A**` bullets', () => {
    const [q] = questionsOf('002');
    expect(q!.answer).toEqual(['B']);
    expect(q!.options.map((o) => o.letter)).toEqual(['A', 'B', 'C', 'D', 'E']);
    for (const letter of ['A', 'C', 'D', 'E']) {
      const o = q!.options.find((x) => x.letter === letter)!;
      expect(o.explanation, letter).toBeTruthy();
      expect(o.explanationLabel).toBeNull();
    }
    expect(q!.options.find((o) => o.letter === 'C')!.explanation).toMatch(/AWS Batch/);
  });

  it('seed 003 (R Markdown / Jekyll frontmatter) loads with a warning, unknown keys kept', () => {
    const n = note('003');
    expect(n.title).toBe('기계학습');
    expect(n.frontmatter).toMatchObject({ layout: 'page', subtitle: 'EMR 스파크 클러스터 - wadal', mainfont: 'NanumGothic' });
    expect(n.questions).toEqual([]);
    const codes = kb.diagnostics.filter((d) => d.file.startsWith('003')).map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['frontmatter/unknown-keys', 'note/untagged']));
  });

  it('seed 004 (no frontmatter) takes its title from its first line, with a warning', () => {
    const n = note('004');
    expect(n.title).toBe('EMR Serverless가 client mode로 설정되어 있는 것을 보면서 왜 client 모드 일까?');
    expect(n.tags).toEqual([]);
    expect(n.text).toContain('Spark Driver');
    expect(kb.diagnostics.some((d) => d.file.startsWith('004') && d.code === 'frontmatter/missing')).toBe(true);
  });

  it('every seed tag has a tag page, with its prefixes', () => {
    const paths = kb.tags.map((t) => t.path);
    for (const t of [
      'service',
      'service/emr',
      'instance/spot-instances',
      'constraint/high-interactivity',
      'architecture/cost-optimization',
    ]) {
      expect(paths).toContain(t);
    }
    const service = kb.tags.find((t) => t.path === 'service')!;
    expect(service.notes).toHaveLength(3);
    expect(service.questions).toHaveLength(3);
  });
});
