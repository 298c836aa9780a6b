import { describe, expect, it } from 'vitest';
import { codepageTable, codepageTables, MOJIBAKE_CODEPAGES } from '../../../src/core/text/codepages.ts';
import { CP1254_UNDEFINED } from './helpers.ts';

describe('code page tables', () => {
  it('cover the Windows code pages 1250–1258, 874 and Latin-1', () => {
    expect(codepageTables().map((t) => t.name)).toEqual([...MOJIBAKE_CODEPAGES]);
  });

  it('windows-1254 leaves exactly 0x81, 0x8D–0x90, 0x9D, 0x9E undefined (WHATWG index-windows-1254)', () => {
    expect(codepageTable('windows-1254')!.undefinedBytes).toEqual(CP1254_UNDEFINED);
    // ğ is 0xF0 in windows-1254 (and not in windows-1252): the clue seed 000 gives.
    expect(codepageTable('windows-1254')!.charToByte.get('ğ'.charCodeAt(0))).toBe(0xf0);
    expect(codepageTable('windows-1252')!.charToByte.has('ğ'.charCodeAt(0))).toBe(false);
  });

  it('windows-1252 follows the WHATWG index even where Node decodes the label as Latin-1', () => {
    const t = codepageTable('windows-1252')!;
    expect(t.byteToChar[0x80]).toBe(0x20ac); // €
    expect(t.byteToChar[0x8e]).toBe(0x017d); // Ž
    expect(t.byteToChar[0x9f]).toBe(0x0178); // Ÿ
    expect(t.undefinedBytes).toEqual([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
  });

  it('ISO-8859-1 is the identity on bytes (C1 controls included)', () => {
    const t = codepageTable('iso-8859-1')!;
    for (let b = 0; b < 256; b++) expect(t.byteToChar[b]).toBe(b);
    expect(t.undefinedBytes).toEqual([]);
  });

  it('every table is a bijection between its defined bytes and their characters', () => {
    for (const t of codepageTables()) {
      for (let b = 0; b < 256; b++) {
        const c = t.byteToChar[b]!;
        if (c >= 0) expect(t.charToByte.get(c), `${t.name} byte ${b.toString(16)}`).toBe(b);
      }
    }
  });

  it('maps a C1 control back to its own byte (the lossless variant of mojibake)', () => {
    for (const t of codepageTables()) {
      for (const b of t.undefinedBytes.filter((x) => x >= 0x80 && x <= 0x9f)) expect(t.charToByte.get(b)).toBe(b);
    }
  });

  it('lists the soft hyphen as an invisible byte that tools may strip', () => {
    expect(codepageTable('windows-1254')!.ignorableBytes).toEqual([0xad]);
  });

  it('finds no table for an unknown label', () => {
    expect(codepageTable('koi8-r')).toBeUndefined();
  });
});
