/**
 * `emr-prep new note|question`: the file it writes has the frontmatter filled in, passes
 * `emr-prep check` as it is (its placeholders are valid content), and nothing is ever overwritten.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { contentFolder, run } from './helpers.ts';

const TODAY = '2031-02-03';

describe('emr-prep new note', () => {
  it('writes notes/<slug>.md with title, today as created/modified, the tags, passes check with no error, its TODOs flagged as template text', async () => {
    const dir = contentFolder({ 'notes/.keep': '' });
    const result = await run(
      'new',
      'note',
      '--title',
      'Spot interruptions on task nodes',
      '--tag',
      'service/emr',
      '--tag',
      'node/task',
      '--content',
      dir,
    );
    expect(result.code).toBe(0);
    const file = path.join(dir, 'notes', 'spot-interruptions-on-task-nodes.md');
    expect(result.out).toContain('spot-interruptions-on-task-nodes.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(
      /^---\ntitle: "Spot interruptions on task nodes"\ncreated: \d{4}-\d\d-\d\d\nmodified: \d{4}-\d\d-\d\d\ntags:\n {2}- service\/emr\n {2}- node\/task\n/,
    );
    const exported = JSON.parse((await run('export', '--content', dir)).out);
    expect(exported.notes).toHaveLength(1);
    expect(exported.notes[0]).toMatchObject({
      slug: 'spot-interruptions-on-task-nodes',
      title: 'Spot interruptions on task nodes',
      tags: ['service/emr', 'node/task'],
    });
    expect(exported.questions).toHaveLength(1);
    expect(exported.questions[0].options).toHaveLength(4);
    const check = await run('check', '--content', dir);
    expect(check.out).toMatch(/1 note, 1 question, \d+ tags: 0 errors, \d+ warnings/);
    expect(check.code).toBe(0);
    // Every warning is template text to replace (issue 12: TODO must not be published unnoticed).
    const codes = [...check.out.matchAll(/ warning ([a-z]+\/[a-z-]+) /g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set(['note/template-text']));
    expect((await run('check', '--strict', '--content', dir)).code).toBe(1);
  });

  it('uses the date it is given and writes to the content folder itself when it has no notes/ folder', async () => {
    const { newCommand } = await import('../../../src/cli/new.ts');
    const dir = contentFolder();
    let out = '';
    const code = await newCommand(
      'note',
      { title: 'HDFS replication', tag: 'service/emr', content: dir, today: TODAY },
      { out: (t) => (out += t), err: () => {} },
    );
    expect(code).toBe(0);
    expect(readFileSync(path.join(dir, 'hdfs-replication.md'), 'utf8')).toContain(`created: ${TODAY}\nmodified: ${TODAY}\n`);
  });

  it('never overwrites an existing file: exit 1, the file untouched', async () => {
    const dir = contentFolder({ 'notes/spot.md': 'my own words\n' });
    const result = await run('new', 'note', '--title', 'Spot', '--tag', 'service/emr', '--content', dir);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/already exists; it is not overwritten/);
    expect(readFileSync(path.join(dir, 'notes', 'spot.md'), 'utf8')).toBe('my own words\n');
  });

  it('refuses a slug another note already has, even under another file name', async () => {
    const dir = contentFolder({ 'notes/other.md': '---\ntitle: Other\nslug: spot\ntags: [service/emr]\n---\n\n# Other\n' });
    const result = await run('new', 'note', '--title', 'Spot', '--tag', 'service/emr', '--content', dir);
    expect(result.code).toBe(1);
    expect(result.err).toContain('already used by notes/other.md');
    expect(existsSync(path.join(dir, 'notes', 'spot.md'))).toBe(false);
  });

  it('usage errors: no title, no tag, a malformed tag, a title with no Latin letters and no --slug', async () => {
    const dir = contentFolder();
    expect((await run('new', 'note', '--tag', 'service/emr', '--content', dir)).code).toBe(2);
    expect((await run('new', 'note', '--title', 'X', '--content', dir)).err).toMatch(/at least one --tag/);
    const bad = await run('new', 'note', '--title', 'X', '--tag', 'Service EMR', '--content', dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('"Service EMR"');
    const korean = await run('new', 'note', '--title', '스팟 인스턴스', '--tag', 'service/emr', '--content', dir);
    expect(korean.code).toBe(2);
    expect(korean.err).toMatch(/--slug/);
    expect(
      (await run('new', 'note', '--title', '스팟 인스턴스', '--slug', 'spot-instances', '--tag', 'service/emr', '--content', dir)).code,
    ).toBe(0);
    expect(readFileSync(path.join(dir, 'spot-instances.md'), 'utf8')).toContain('title: "스팟 인스턴스"');
  });

  it('says when a tag is not in the registry yet (the note is still written)', async () => {
    const dir = contentFolder();
    const result = await run('new', 'note', '--title', 'Odd', '--tag', 'service/not-registered', '--content', dir);
    expect(result.code).toBe(0);
    expect(result.err).toContain('"service/not-registered" is not in the tag registry');
  });
});

describe('emr-prep new question', () => {
  const NOTE = `---\ntitle: Core nodes\ncreated: 2020-01-01\nmodified: 2020-01-02\ntags: [service/emr]\n---\n\n# Core nodes\n\n## 관련 문제\n\n**Question:** Which node type stores HDFS blocks?\n\n**Options:**\n\n- A) primary\n- B) core\n\n**Answer: B**\n\nExplanation:\n\n- **Option A** - no DataNode\n- **Option B** - DataNode\n`;

  it('--note appends a numbered question template after the existing ones and sets modified to today; the note still passes check', async () => {
    const dir = contentFolder({ 'notes/core-nodes.md': NOTE });
    const before = JSON.parse((await run('export', '--content', dir)).out).questions;
    const first = await run('new', 'question', '--note', 'core-nodes', '--content', dir);
    expect(first.code).toBe(0);
    const second = await run('new', 'question', '--note', 'core-nodes', '--content', dir);
    expect(second.code).toBe(0);
    const text = readFileSync(path.join(dir, 'notes', 'core-nodes.md'), 'utf8');
    expect(text).toContain(NOTE.slice(NOTE.indexOf('# Core nodes'))); // the note's own text is kept as it was
    expect(text).toMatch(/^modified: \d{4}-\d\d-\d\d$/m);
    expect(text).not.toContain('modified: 2020-01-02');
    expect(text).toContain('created: 2020-01-01');
    expect(text).toContain('TODO (question 2)');
    expect(text).toContain('TODO (question 3)');
    const after = JSON.parse((await run('export', '--content', dir)).out).questions;
    expect(after).toHaveLength(3);
    expect(after[0].id).toBe(before[0].id); // the existing question is untouched
    const check = await run('check', '--content', dir);
    expect(check.out).toMatch(/: 0 errors, \d+ warnings/);
    // Two untouched templates: their TODOs, and stems that are the same template (and the
    // test's own note lists no sources).
    expect(new Set([...check.out.matchAll(/ warning ([a-z]+\/[a-z-]+) /g)].map((m) => m[1]))).toEqual(
      new Set(['note/template-text', 'item/near-duplicate-stem', 'source/missing']),
    );
  });

  it('adds a questions heading to a note that has none', async () => {
    const dir = contentFolder({ 'a.md': '---\ntitle: A\ntags: [service/emr]\n---\n\n# A\n\nBody.\n' });
    expect((await run('new', 'question', '--note', 'a', '--content', dir)).code).toBe(0);
    const text = readFileSync(path.join(dir, 'a.md'), 'utf8');
    expect(text).toMatch(/Body\.\n\n## 📝 관련 문제\n\n\*\*Question:\*\* TODO \(question 1\)/);
    expect((await run('check', '--content', dir)).code).toBe(0);
  });

  it('keeps CRLF line endings of the note it appends to', async () => {
    const dir = contentFolder({ 'a.md': '---\r\ntitle: A\r\ntags: [service/emr]\r\n---\r\n\r\n# A\r\n' });
    await run('new', 'question', '--note', 'a', '--content', dir);
    const text = readFileSync(path.join(dir, 'a.md'), 'utf8');
    expect(text.split('\n').every((l, i, all) => i === all.length - 1 || l.endsWith('\r'))).toBe(true);
  });

  it('an unknown note is exit 1 naming close slugs; --tag with --note is a usage error', async () => {
    const dir = contentFolder({ 'notes/core-nodes.md': NOTE });
    const missing = await run('new', 'question', '--note', 'core', '--content', dir);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('did you mean core-nodes?');
    expect((await run('new', 'question', '--note', 'core-nodes', '--tag', 'service/emr', '--content', dir)).code).toBe(2);
  });

  it('without --note it writes a new note holding one question, which passes check', async () => {
    const dir = contentFolder();
    mkdirSync(path.join(dir, 'notes'));
    const result = await run('new', 'question', '--title', 'Managed scaling limits', '--tag', 'service/emr', '--content', dir);
    expect(result.code).toBe(0);
    const text = readFileSync(path.join(dir, 'notes', 'managed-scaling-limits.md'), 'utf8');
    expect(text).toContain('## 🎯 핵심 포인트');
    expect(text).not.toContain('## 🔍 주요개념');
    expect((text.match(/\*\*Question:\*\*/g) ?? []).length).toBe(1);
    expect((await run('check', '--content', dir)).out).toMatch(/1 question, \d+ tags: 0 errors, \d+ warnings/);
  });

  it('an unknown kind is a usage error', async () => {
    const dir = contentFolder();
    writeFileSync(path.join(dir, 'x.md'), '');
    expect((await run('new', 'quiz', '--content', dir)).code).toBe(2);
  });
});
