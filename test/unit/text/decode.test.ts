import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDiagnostics, decodeNoteBytes } from '../../../src/core/text/decode.ts';
import { buildCharFrequencies } from '../../../src/core/text/frequencies.ts';
import { compareRepair, CP1254_UNDEFINED, mojibakeOf } from './helpers.ts';

const PARAGRAPH = readFileSync(new URL('../../fixtures/text/ko-emr-paragraph.md', import.meta.url), 'utf8');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: Array<number[] | string>): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

describe('decodeNoteBytes', () => {
  it('decodes plain UTF-8 unchanged and reports nothing', () => {
    const d = decodeNoteBytes(utf8('---\ntitle: 노트\n---\n# 제목 🎯\n'));
    expect(d).toEqual({
      text: '---\ntitle: 노트\n---\n# 제목 🎯\n',
      bom: false,
      crlf: false,
      binary: false,
      invalidUtf8: 0,
      firstInvalidUtf8: null,
      mojibake: null,
    });
  });

  it('removes a UTF-8 BOM and reports it', () => {
    const d = decodeNoteBytes(bytes([0xef, 0xbb, 0xbf], '# 제목\n'));
    expect(d.bom).toBe(true);
    expect(d.text).toBe('# 제목\n');
  });

  it('normalises CRLF and bare CR to LF without changing line numbers', () => {
    const d = decodeNoteBytes(utf8('a\r\nb\rc\n\r\nd'));
    expect(d.crlf).toBe(true);
    expect(d.text).toBe('a\nb\nc\n\nd');
    expect(d.text.split('\n')).toHaveLength(5); // a, b, c, (empty), d — as an editor shows them
  });

  it('replaces invalid UTF-8 with U+FFFD, counts it and locates the first one', () => {
    // 0xFF can never occur; 0xC3 at the end lacks its continuation byte: two invalid sequences.
    const d = decodeNoteBytes(bytes('x\r\ny\nab', [0xff], 'c', [0xc3]));
    expect(d.text).toBe('x\ny\nab\uFFFDc\uFFFD');
    expect(d.invalidUtf8).toBe(2);
    expect(d.firstInvalidUtf8).toEqual({ line: 3, column: 3 });
  });

  it('does not count a real U+FFFD in a valid file as invalid', () => {
    expect(decodeNoteBytes(utf8('ok \uFFFD ok')).invalidUtf8).toBe(0);
    expect(decodeNoteBytes(bytes('\uFFFD', [0x80])).invalidUtf8).toBe(1);
  });

  it('recognises a binary file by its NUL bytes', () => {
    const d = decodeNoteBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    expect(d.binary).toBe(true);
    expect(d.text).toBe('');
  });

  it('repairs a mojibake file (with CRLF) with the bundled notes as frequencies, never publishing mojibake', () => {
    const file = utf8(mojibakeOf(PARAGRAPH, 'windows-1254').replace(/\n/g, '\r\n'));
    const dir = new URL('../../../content/notes/', import.meta.url);
    const bundled = readdirSync(dir).map((f) => readFileSync(new URL(f, dir), 'utf8'));
    const d = decodeNoteBytes(file, { frequencies: buildCharFrequencies(bundled) });
    expect(d.crlf).toBe(true);
    expect(d.mojibake?.codepage).toBe('windows-1254');
    const cmp = compareRepair(PARAGRAPH, d.text, CP1254_UNDEFINED);
    expect(cmp.intactMismatches).toBe(0);
    expect(cmp.recovered / cmp.lostChars).toBeGreaterThan(0.8);
    expect(d.text).not.toMatch(/[ìëí][œ˜¡•€‚„…†‡ˆ‰Š‹Œ‘’“”–—™š›]/);
  });

  it('uses the frequencies it is given', () => {
    const damaged = utf8(mojibakeOf('스트리밍 데이터', 'windows-1254'));
    const learned = buildCharFrequencies(['스트리밍 처리와 스트리밍 데이터, 실시간 스트리밍']);
    expect(decodeNoteBytes(damaged, { frequencies: learned }).text).toBe('스트리밍 데이터');
  });

  it('restores a BOM that went through the code page as "ï»¿" and reports it', () => {
    const file = utf8(mojibakeOf('\uFEFF# 클러스터 인스턴스 노드 구성 요약', 'windows-1254'));
    expect(new TextDecoder().decode(file.subarray(0, 6))).toBe('ï»¿');
    const d = decodeNoteBytes(file);
    expect(d.bom).toBe(true);
    expect(d.text.startsWith('# 클')).toBe(true);
    for (const g of d.mojibake!.guesses)
      expect(
        d.text
          .split('\n')
          [g.line - 1]!.slice(g.column - 1)
          .startsWith(g.chosen),
      ).toBe(true);
  });

  it('leaves genuine Korean alone', () => {
    expect(decodeNoteBytes(utf8(PARAGRAPH)).mojibake).toBeNull();
  });
});

describe('decodeDiagnostics', () => {
  it('reports a binary file as read/not-text (error)', () => {
    const [d] = decodeDiagnostics('notes/a.md', decodeNoteBytes(new Uint8Array([0x61, 0x00])));
    expect(d).toMatchObject({ code: 'read/not-text', severity: 'error', file: 'notes/a.md', line: 1, column: 1 });
  });

  it('reports invalid UTF-8 at the first bad sequence (warning)', () => {
    const list = decodeDiagnostics('a.md', decodeNoteBytes(bytes('ok\nab', [0xff])));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ code: 'read/invalid-utf8', severity: 'warning', line: 2, column: 3 });
    expect(list[0]!.message).toMatch(/^1 invalid/);
  });

  it('reports a repaired mojibake file with the code page, counts and first guesses (warning)', () => {
    const decoded = decodeNoteBytes(utf8(mojibakeOf(PARAGRAPH, 'windows-1254')));
    const [d] = decodeDiagnostics('ko.md', decoded);
    expect(d).toMatchObject({ code: 'read/mojibake-repaired', severity: 'warning' });
    expect(d!.message).toContain('windows-1254');
    expect(d!.message).toContain(`${decoded.mojibake!.guessed} guessed`);
    expect({ line: d!.line, column: d!.column }).toEqual({
      line: decoded.mojibake!.guesses[0]!.line,
      column: decoded.mojibake!.guesses[0]!.column,
    });
  });

  it('reports nothing for clean text, a BOM or CRLF', () => {
    expect(decodeDiagnostics('a.md', decodeNoteBytes(bytes([0xef, 0xbb, 0xbf], '# 제목\r\n본문\r\n')))).toEqual([]);
  });
});
