/**
 * Issue 13, cases 1 and 3: no command writes anywhere the user did not name. repair --write never
 * follows a symlink planted at FILE.bak or at FILE, never overwrites an existing backup (numbered
 * backups instead); `new question --note` refuses a note whose bytes it cannot reproduce (EUC-KR);
 * import never writes through a symlink at a target name. The corpus is generated here.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { assertRoundTrip, createBackup, safeCreateFile, safeReplaceFile, SafeWriteError } from '../../../src/cli/safe-write.ts';
import { EUC_KR_SAMPLE, GIFT_CATEGORY_NO_BLANK, note } from '../../helpers/hostile-corpus.ts';
import { mojibakeOf } from '../text/helpers.ts';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'emr-prep-hostile-'));

const KOREAN = readFileSync(new URL('../../fixtures/text/ko-emr-paragraph.md', import.meta.url), 'utf8');

/** A mojibake note (UTF-8 read as windows-1252 and saved again), and, damaged twice, worse. */
function damaged(times: number): string {
  let text = KOREAN;
  for (let i = 0; i < times; i += 1) text = mojibakeOf(text, 'windows-1252', false);
  return text;
}

describe('repair --write (case 1)', () => {
  it('never writes through a symlink planted at FILE.bak: the target is untouched, the backup gets the next free name', async () => {
    const dir = tmp();
    const victim = path.join(dir, 'bashrc');
    writeFileSync(victim, 'export PS1=untouched\n');
    const file = path.join(dir, 'note.md');
    writeFileSync(file, damaged(1));
    symlinkSync(victim, `${file}.bak`);
    const { code, err } = await run('repair', file, '--write');
    expect(code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('export PS1=untouched\n');
    expect(lstatSync(`${file}.bak`).isSymbolicLink()).toBe(true);
    expect(readFileSync(`${file}.bak.1`, 'utf8')).toBe(damaged(1));
    expect(err).toContain('original kept as note.md.bak.1');
    expect(readFileSync(file, 'utf8')).toContain('인스턴스');
  });

  it('a second --write on a doubly damaged file keeps both originals (FILE.bak, FILE.bak.1)', async () => {
    const dir = tmp();
    const file = path.join(dir, 'note.md');
    writeFileSync(file, damaged(2));
    expect((await run('repair', file, '--write')).code).toBe(0);
    const once = readFileSync(file, 'utf8');
    expect((await run('repair', file, '--write')).code).toBe(0);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(damaged(2));
    expect(readFileSync(`${file}.bak.1`, 'utf8')).toBe(once);
  });

  it('refuses a FILE that is itself a symlink, and writes nothing (no backup either)', async () => {
    const dir = tmp();
    const target = path.join(dir, 'elsewhere.md');
    writeFileSync(target, damaged(1));
    const link = path.join(dir, 'note.md');
    symlinkSync(target, link);
    const { code, err } = await run('repair', link, '--write');
    expect(code).toBe(1);
    expect(err).toMatch(/symbolic link.*nothing was written/);
    expect(readFileSync(target, 'utf8')).toBe(damaged(1));
    expect(readdirSync(dir).sort()).toEqual(['elsewhere.md', 'note.md']);
  });
});

describe('new question --note (case 3)', () => {
  it('refuses an EUC-KR note with exit 1 and leaves its bytes as they were', async () => {
    const dir = tmp();
    const bytes = new Uint8Array([...new TextEncoder().encode(note('')), ...EUC_KR_SAMPLE, 0x0a]);
    writeFileSync(path.join(dir, 'legacy.md'), bytes);
    const { code, err } = await run('new', 'question', '--note', 'legacy', '--content', dir);
    expect(code).toBe(1);
    expect(err).toMatch(/not valid UTF-8.*nothing was written/);
    expect(new Uint8Array(readFileSync(path.join(dir, 'legacy.md')))).toEqual(bytes);
    expect(readdirSync(dir)).toEqual(['legacy.md']);
  });

  it('still appends to a UTF-8 note with a BOM and CRLF, keeping both', async () => {
    const dir = tmp();
    const text = `\uFEFF${note('Body.').replace(/\n/g, '\r\n')}`;
    writeFileSync(path.join(dir, 'crlf.md'), text);
    const { code } = await run('new', 'question', '--note', 'crlf', '--content', dir);
    expect(code).toBe(0);
    const after = readFileSync(path.join(dir, 'crlf.md'), 'utf8');
    expect(after.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(after).toContain('**Question:** TODO (question 1)');
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

describe('import (never through a symlink)', () => {
  it('a symlink at a target name is "exists": nothing is written through it', async () => {
    const dir = tmp();
    const gift = path.join(dir, 'bank.gift');
    writeFileSync(gift, GIFT_CATEGORY_NO_BLANK.replace('\n', '\n\n'));
    const out = path.join(dir, 'out');
    mkdirSync(out);
    const victim = path.join(dir, 'victim');
    writeFileSync(victim, 'keep\n');
    // The note name import would choose comes from the category: plant links at every .md name it could use.
    const first = await run('import', gift, '--out', path.join(dir, 'probe'));
    const name = readdirSync(path.join(dir, 'probe'))[0]!;
    symlinkSync(victim, path.join(out, name));
    const { code, err } = await run('import', gift, '--out', out);
    expect(first.code).toBe(0);
    expect(code).toBe(1);
    expect(err).toContain('not overwriting');
    expect(readFileSync(victim, 'utf8')).toBe('keep\n');
  });
});

describe('safe-write primitives', () => {
  it('safeCreateFile never replaces a file or a dangling symlink; safeReplaceFile refuses a symlink', () => {
    const dir = tmp();
    const file = path.join(dir, 'a.md');
    safeCreateFile(file, 'one');
    expect(() => safeCreateFile(file, 'two')).toThrow(SafeWriteError);
    symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'dangling.md'));
    expect(() => safeCreateFile(path.join(dir, 'dangling.md'), 'x')).toThrow(/already exists/);
    expect(existsSync(path.join(dir, 'nowhere'))).toBe(false);
    expect(() => safeReplaceFile(path.join(dir, 'dangling.md'), 'x')).toThrow(/symbolic link/);
    safeReplaceFile(file, 'three');
    expect(readFileSync(file, 'utf8')).toBe('three');
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'dangling.md']); // no temporary file left
  });

  it('createBackup numbers its backups and skips symlinks; assertRoundTrip refuses lossy text', () => {
    const dir = tmp();
    const file = path.join(dir, 'n.md');
    writeFileSync(file, 'x');
    symlinkSync(path.join(dir, 'target'), `${file}.bak`);
    expect(createBackup(file, new Uint8Array([1]))).toBe(`${file}.bak.1`);
    expect(createBackup(file, new Uint8Array([2]))).toBe(`${file}.bak.2`);
    expect(existsSync(path.join(dir, 'target'))).toBe(false);
    expect(() => assertRoundTrip('n.md', EUC_KR_SAMPLE, new TextDecoder().decode(EUC_KR_SAMPLE), { bom: false, crlf: false })).toThrow(
      /first difference at byte 0/,
    );
    expect(() => assertRoundTrip('n.md', new TextEncoder().encode('a\r\nb'), 'a\nb', { bom: false, crlf: true })).not.toThrow();
  });
});
