/**
 * The emr-prep command as a user runs it: check's output format and exit codes, export's JSON
 * shape, repair on stdout and with --write (keeping a .bak).
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../../src/cli/main.ts';
import { HAVE_SEEDS, SEEDS_DIR, seedFile } from '../../helpers/seeds.ts';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'emr-prep-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** A recent `checked:` date, so the fixture's source is never stale. */
const TODAY = new Date().toISOString().slice(0, 10);
const GOOD = `---\ntitle: Good\ntags: [service/emr]\nsources:\n  - url: https://docs.aws.amazon.com/emr/\n    checked: ${TODAY}\n---\n\n# Good\n\n**Question:** Which node stores HDFS data?\n\n**Options:**\n\n- A) primary\n- B) core\n\n**Answer: B**\n\nExplanation:\n\n- **Option A** - NameNode metadata only\n- **Option B** - DataNode runs here\n`;
const BAD = GOOD.replace('**Answer: B**', '**Answer: E**');

describe('emr-prep check', () => {
  it('prints file:line:col severity code message with a hint, and exits 1 on an error', async () => {
    const dir = folder({
      'good.md': GOOD,
      'sub/bad.md': BAD,
      'tags.yml': 'service:\n  ko: 서비스\n  en: Services\nservice/emr:\n  ko: EMR\n  en: EMR\n',
    });
    const { code, out } = await run('check', '--content', dir);
    expect(code).toBe(1);
    expect(out).toMatch(/sub\/bad\.md:18:1 error question\/unknown-answer the answer key E is not among the options \(A, B\)/);
    expect(out).toMatch(/\n {4}hint: Key one of the option letters/);
    expect(out).toMatch(/2 notes, 1 question, \d+ tags: 1 error, 0 warnings/);
  });

  it('exits 0 when there are only warnings, and --json gives the diagnostics as data', async () => {
    const dir = folder({ 'good.md': GOOD });
    const text = await run('check', '--content', dir);
    expect(text.code).toBe(0);
    const json = await run('check', '--content', dir, '--json');
    const parsed = JSON.parse(json.out) as { diagnostics: Array<{ code: string; severity: string }> };
    expect(parsed.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('the bundled content has no errors and no warnings', async () => {
    const { code, out } = await run('check');
    expect(out).toMatch(/: 0 errors, 0 warnings\n$/);
    expect(code).toBe(0);
  });

  it('checks the folder given as its argument, not the bundled content', async () => {
    const dir = folder({ 'good.md': GOOD, 'bad.md': BAD });
    const { code, out } = await run('check', dir);
    expect(code).toBe(1);
    expect(out).toMatch(/bad\.md:\d+:\d+ error question\/unknown-answer/);
    expect(out).toMatch(/^2 notes, 1 question, \d+ tags: 1 error/m);
  });

  it('refuses two different folders, and an argument a command does not take', async () => {
    const dir = folder({ 'good.md': GOOD });
    const both = await run('check', dir, '--content', '/elsewhere');
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/two content folders given .*give one/);
    const extra = await run('size', 'streaming');
    expect(extra.code).toBe(2);
    expect(extra.err).toContain('unexpected argument "streaming"');
  });

  it('a missing folder is a usage error naming it', async () => {
    const { code, err } = await run('check', '--content', '/nonexistent/notes');
    expect(code).toBe(2);
    expect(err).toContain('/nonexistent/notes');
  });
});

describe('emr-prep export', () => {
  it('prints the knowledge base in the documented shape', async () => {
    const { code, out } = await run('export', '--content', folder({ 'good.md': GOOD }));
    expect(code).toBe(0);
    const kb = JSON.parse(out);
    expect(Object.keys(kb)).toEqual(['notes', 'questions', 'tags', 'exams', 'glossary', 'diagnostics']);
    expect(kb.notes[0]).toEqual({
      slug: 'good',
      title: 'Good',
      file: 'good.md',
      tags: ['service/emr'],
      aliases: [],
      summary: null,
      questions: [kb.questions[0].id],
    });
    expect(kb.questions[0]).toMatchObject({ note: 'good', stem: 'Which node stores HDFS data?', answer: ['B'], tags: ['service/emr'] });
    expect(kb.questions[0].options[1]).toEqual({ letter: 'B', text: 'core', explanation: 'DataNode runs here' });
    expect(kb.tags.map((t: { path: string }) => t.path)).toEqual(['service', 'service/emr']);
    expect(kb.tags[1].notes).toEqual(['good']);
  });
});

describe.skipIf(!HAVE_SEEDS)('emr-prep repair (seed 000)', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = folder({});
    file = path.join(dir, 'note.txt');
    copyFileSync(seedFile('000'), file);
    for (const other of ['001', '002', '004']) copyFileSync(seedFile(other), path.join(dir, `${other}.txt`));
  });

  it('prints the repaired text and says how many characters were restored and guessed', async () => {
    const { code, out, err } = await run('repair', file);
    expect(code).toBe(0);
    expect(out).toContain('## 🎯 핵심 포인트');
    expect(out).toContain('인스턴스');
    expect(out).not.toMatch(/ì[\u0080-\u02ff\u2000-\u20ff]/);
    expect(err).toMatch(/(\d+) characters restored, (\d+) guessed/);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(seedFile('000'), 'utf8')); // not written without --write
  });

  it('--write repairs in place and keeps the original as .bak', async () => {
    const { code, err } = await run('repair', file, '--write');
    expect(code).toBe(0);
    expect(err).toContain('note.txt.bak');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(readFileSync(seedFile('000'), 'utf8'));
    expect(readFileSync(file, 'utf8')).toContain('핵심 포인트');
    const again = await run('repair', file);
    expect(again.err).toContain('no mojibake detected');
  });

  it('leaves a clean note alone', async () => {
    const { out, err } = await run('repair', path.join(SEEDS_DIR, path.basename(seedFile('001'))));
    expect(out).toBe(readFileSync(seedFile('001'), 'utf8'));
    expect(err).toContain('no mojibake detected');
    expect(existsSync(`${seedFile('001')}.bak`)).toBe(false);
  });
});
