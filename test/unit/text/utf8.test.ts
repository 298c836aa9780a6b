import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { continuationCount, decodeUtf8Sequence, firstInvalidUtf8Offset, isPlausibleCodePoint } from '../../../src/core/text/utf8.ts';

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function platformDecode(bytes: number[]): number {
  try {
    const s = fatal.decode(new Uint8Array(bytes));
    return [...s].length === 1 ? s.codePointAt(0)! : -1;
  } catch {
    return -1;
  }
}

describe('UTF-8 sequences', () => {
  it('agree with the platform decoder on every 2-byte and 3-byte sequence with a valid lead', () => {
    for (let lead = 0xc0; lead <= 0xef; lead++) {
      for (let b1 = 0x70; b1 <= 0xc0; b1++) {
        if (continuationCount(lead) === 1) {
          expect(decodeUtf8Sequence([lead, b1])).toBe(platformDecode([lead, b1]));
        } else if (continuationCount(lead) === 2) {
          for (const b2 of [0x7f, 0x80, 0x9d, 0xbf, 0xc0]) {
            expect(decodeUtf8Sequence([lead, b1, b2])).toBe(platformDecode([lead, b1, b2]));
          }
        }
      }
    }
  });

  it('agree with the platform decoder on random 4-byte sequences', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0xf0, max: 0xf7 }),
        fc.array(fc.integer({ min: 0x70, max: 0xc5 }), { minLength: 3, maxLength: 3 }),
        (lead, rest) => {
          const seq = [lead, ...rest];
          expect(decodeUtf8Sequence(seq)).toBe(platformDecode(seq));
        },
      ),
    );
  });

  it('report the first invalid byte offset exactly where the fatal decoder starts failing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        const off = firstInvalidUtf8Offset(bytes);
        let valid = true;
        try {
          fatal.decode(bytes);
        } catch {
          valid = false;
        }
        expect(off === -1).toBe(valid);
        if (off >= 0) {
          // Everything before the offset is valid UTF-8.
          expect(() => fatal.decode(bytes.subarray(0, off))).not.toThrow();
        }
      }),
    );
  });

  it('reject surrogates, noncharacters, controls and unassigned code points as repairs', () => {
    expect(isPlausibleCodePoint('한'.codePointAt(0)!)).toBe(true);
    expect(isPlausibleCodePoint('🎯'.codePointAt(0)!)).toBe(true);
    expect(isPlausibleCodePoint(0xd800)).toBe(false);
    expect(isPlausibleCodePoint(0xfdd0)).toBe(false);
    expect(isPlausibleCodePoint(0x1fffe)).toBe(false);
    expect(isPlausibleCodePoint(0x85)).toBe(false);
    expect(isPlausibleCodePoint(0x0378)).toBe(false); // unassigned in the Greek block
  });
});
