import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCharFrequencies, builtinCharFrequencies } from '../../../src/core/text/frequencies.ts';
import { detectMojibake, repairMojibake, scoreCodepages } from '../../../src/core/text/mojibake.ts';
import { charAt, compareRepair, CP1254_UNDEFINED, HAVE_SEEDS, losesBytes, mojibakeOf, SEEDS_DIR } from './helpers.ts';

const PARAGRAPH = readFileSync(new URL('../../fixtures/text/ko-emr-paragraph.md', import.meta.url), 'utf8');
/** The bundled notes: the general corpus of the repair model (text/repair-model.ts). */
const BUNDLED_NOTES_DIR = new URL('../../../content/notes/', import.meta.url);
const BUNDLED_TEXTS = readdirSync(BUNDLED_NOTES_DIR)
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(new URL(f, BUNDLED_NOTES_DIR), 'utf8'));

describe('detectMojibake: no false positives on genuine text', () => {
  const genuine: Record<string, string> = {
    korean: PARAGRAPH,
    english:
      'The primary node runs the YARN ResourceManager — core nodes store HDFS data… “Spot” task nodes • save up to 90% ™ © ® € £ ° ± ½.',
    french: "Le café de Müller à Noël : élève, garçon, « très » naïve, où, déjà, œuvre. Ça va ? L'été dernier, c'était génial… À bientôt !",
    german: 'Müller, Straße, Größe, Übergröße, Äpfel, Öl, schön, Grüße – „Anführungszeichen“ ‚einfach‘, Maß…',
    turkish: 'ağaç, çiçek, öğretmen, Işık, İstanbul, şişe, üzüm, Çağ, Doğu, değil; Türkçe öğrenmek güzeldir.',
    russian: 'Съешь же ещё этих мягких французских булок, да выпей чаю. Київ, Україна, її, Січень, ґанок.',
    greek: 'Καλημέρα κόσμε, ξεσκεπάζω την ψυχοφθόρα βδελυγμία. ΆΈΉΊΌΎΏ ΐΰ.',
    polishCzech: 'Zażółć gęślą jaźń. Łódź, Gdańsk, źdźbło. Příliš žluťoučký kůň úpěl ďábelské ódy.',
    vietnamese: 'Tiếng Việt có dấu: Xin chào thế giới, cảm ơn bạn rất nhiều, ổn định, được.',
    mixedNote: '## 🎯 핵심 포인트\n\n스팟 인스턴스는 café처럼 — “따옴표” … → ↓ 💡 추가 설명: Müller, ağaç',
    ascii: 'plain ASCII only\nline two\n',
    empty: '',
  };
  for (const [name, text] of Object.entries(genuine)) {
    it(`leaves ${name} text alone`, () => {
      expect(detectMojibake(text)).toBeNull();
    });
  }

  it('never fires on sentences built from accented words of many languages', () => {
    const words = [
      'café',
      'Müller',
      'ağaç',
      'naïve',
      'Straße',
      'Größe',
      'élève',
      'garçon',
      'déjà',
      'œuvre',
      'İstanbul',
      'şişe',
      'öğretmen',
      'Łódź',
      'žluťoučký',
      'kůň',
      'año',
      'niño',
      'São',
      'coração',
      'Ærø',
      'smørrebrød',
      'façade',
      'Zürich',
      '«très»',
      '“quoted”',
      '—',
      '…',
      '•',
      '€5',
      '½',
      '±3°',
      '클러스터',
      '노드',
      'EMR',
      'Spark',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 60 }), fc.constantFrom(' ', '\n', ', '), (ws, sep) => {
        expect(detectMojibake(ws.join(sep))).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

describe('detectMojibake: finds the code page', () => {
  const source = '클러스터의 프라이머리 노드와 코어 노드는 온디맨드로, 태스크 노드는 스팟으로 구성합니다. 🎯 핵심 포인트';
  for (const label of ['windows-1250', 'windows-1251', 'windows-1254', 'windows-1256', 'windows-1257', 'windows-1258']) {
    it(`detects Korean mojibake made with ${label}`, () => {
      const found = detectMojibake(mojibakeOf(source, label));
      expect(found?.codepage).toBe(label);
      expect(found!.confidence).toBeGreaterThan(0);
      expect(found!.confidence).toBeLessThanOrEqual(1);
    });
  }

  it('detects mojibake made with the heavily lossy windows-874 and windows-1253 too', () => {
    for (const label of ['windows-874', 'windows-1253']) expect(detectMojibake(mojibakeOf(source, label))?.codepage).toBe(label);
  });

  it('prefers windows-1254 over windows-1252 when bytes 0x8E/0x9E (defined only in 1252) never occur', () => {
    // No Turkish letter here, so 1252 and 1254 re-encode the text identically; the missing
    // 0x8E/0x9E bytes are what single out 1254 — the repair then also considers them.
    const text = mojibakeOf(PARAGRAPH.replace(/\p{Extended_Pictographic}/gu, ''), 'windows-1254');
    expect(text).not.toMatch(/[ğĞşŞıİ]/);
    expect(detectMojibake(text)?.codepage).toBe('windows-1254');
  });

  it('recognises the classic windows-1252 mojibake of 안녕하세요 and repairs it', () => {
    // 안 EC 95 88 → ì • ˆ, 녕 EB 85 95 → ë … •, 하 ED 95 98 → í • ˜, 세 EC 84 B8 → ì „ ¸, 요 EC 9A 94 → ì š ”
    const text = 'ì•ˆë…•í•˜ì„¸ìš”';
    const found = detectMojibake(text);
    expect(found).toEqual({ codepage: 'windows-1252', confidence: 1 });
    expect(repairMojibake(text, found!.codepage, builtinCharFrequencies()).text).toBe('안녕하세요');
  });

  it('fills the bytes windows-1252 dropped from "ë°ì´í„°" (데이터: 0x8D and 0x9D lost)', () => {
    // 데 EB 8D B0 → ë ° (8D undefined), 이 EC 9D B4 → ì ´ (9D undefined), 터 ED 84 B0 → í „ °
    const repair = repairMojibake('ë°ì´í„°', 'windows-1252', buildCharFrequencies(['데이터를 읽고 데이터를 쓴다']));
    expect(repair.text).toBe('데이터');
    expect(repair.restored).toBe(1);
    expect(repair.guessed).toBe(2);
    expect(repair.guesses.map((g) => [g.line, g.column, g.chosen])).toEqual([
      [1, 1, '데'],
      [1, 2, '이'],
    ]);
  });

  it('explains its decision with per-code-page scores', () => {
    const scores = scoreCodepages(mojibakeOf(source, 'windows-1254'));
    const cp1254 = scores.find((s) => s.codepage === 'windows-1254')!;
    expect(cp1254.literals).toBe(0);
    expect(cp1254.valid).toBeGreaterThan(cp1254.explainable);
  });
});

describe('repairMojibake', () => {
  it('restores lossless mojibake of any text exactly, with no guesses', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const text = s + ' 한국어 텍스트 ';
        const repair = repairMojibake(mojibakeOf(text, 'windows-1252', false), 'windows-1252', builtinCharFrequencies());
        expect(repair.text).toBe(text);
        expect(repair.guessed).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('restores every intact character of lossy mojibake and guesses exactly the damaged ones', () => {
    const hangul = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCodePoint(c));
    const piece = fc.oneof(hangul, hangul, hangul, fc.constantFrom(' ', '\n', 'a', 'Z', '1', '.', '🎯', '→', '—', 'é'));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 80 }), (chars) => {
        const text = chars.join('');
        const repair = repairMojibake(mojibakeOf(text, 'windows-1254'), 'windows-1254', builtinCharFrequencies());
        const cmp = compareRepair(text, repair.text, CP1254_UNDEFINED);
        expect(cmp.sameLength).toBe(true);
        expect(cmp.intactMismatches).toBe(0);
        expect(repair.guessed).toBe(cmp.lostChars);
        expect(repair.restored).toBe([...text].filter((c) => c.codePointAt(0)! >= 0x80 && !losesBytes(c, CP1254_UNDEFINED)).length);
      }),
      { numRuns: 200 },
    );
  });

  it('locates each guess at its line/column in the repaired text and lists real alternatives', () => {
    const repair = repairMojibake(mojibakeOf(PARAGRAPH, 'windows-1254'), 'windows-1254', builtinCharFrequencies());
    expect(repair.guesses.length).toBeGreaterThan(20);
    for (const g of repair.guesses) {
      expect(charAt(repair.text, g.line, g.column)).toBe(g.chosen);
      expect(g.alternatives).not.toContain(g.chosen);
      expect(new Set(g.alternatives).size).toBe(g.alternatives.length);
      expect(g.confidence).toBeGreaterThan(0);
      expect(g.confidence).toBeLessThanOrEqual(1);
      // every alternative differs from the chosen character only in the lost byte(s)
      for (const alt of g.alternatives) expect(losesBytes(alt, [...CP1254_UNDEFINED, 0xad])).toBe(true);
    }
  });

  it('repairs a self-written Korean EMR paragraph: all intact text, ≥ 90% of lost characters', () => {
    const damaged = mojibakeOf(PARAGRAPH, 'windows-1254');
    // Frequencies from the bundled notes only (the repair model's general corpus), not from the paragraph.
    for (const text of BUNDLED_TEXTS) expect(text).not.toContain(PARAGRAPH.slice(0, 40));
    const frequencies = buildCharFrequencies(BUNDLED_TEXTS);
    const repair = repairMojibake(damaged, detectMojibake(damaged)!.codepage, frequencies);
    const cmp = compareRepair(PARAGRAPH, repair.text, CP1254_UNDEFINED);
    const rate = cmp.recovered / cmp.lostChars;
    console.info(
      `[text] self-written paragraph: ${cmp.recovered}/${cmp.lostChars} lost characters recovered (${(100 * rate).toFixed(1)}%), ${repair.restored} restored intact`,
    );
    expect(cmp.sameLength).toBe(true);
    expect(cmp.intactMismatches).toBe(0);
    expect(cmp.lostChars).toBeGreaterThan(60);
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });

  it('writes U+FFFD for a byte sequence no candidate explains and counts it', () => {
    // "À" is byte C0 in windows-1252, which never starts a UTF-8 sequence.
    const repair = repairMojibake('abÀcd', 'windows-1252', builtinCharFrequencies());
    expect(repair.text).toBe('ab\uFFFDcd');
    expect(repair.unrecoverable).toBe(1);
    expect(repair.guesses[0]).toMatchObject({ line: 1, column: 3, chosen: '\uFFFD', alternatives: [] });
  });

  it('throws a clear error for an unknown code page', () => {
    expect(() => repairMojibake('x', 'koi8-r', builtinCharFrequencies())).toThrow(/unknown code page "koi8-r"/);
  });
});

const seedFiles = ['001_e45674b8a82906ae.txt', '002_fa449b6d13d72eff.txt', '003_3397605a007622ed.txt', '004_ecd32b872a628ebc.txt'];
if (!HAVE_SEEDS) console.warn(`[text] SKIPPED seed tests: ${SEEDS_DIR} is absent`);

describe.skipIf(!HAVE_SEEDS)('seeds (../shared/seeds)', () => {
  const read = (f: string): string => readFileSync(SEEDS_DIR + f, 'utf8');

  it('the Korean seeds 001–004 are genuine UTF-8, not mojibake', () => {
    for (const f of seedFiles) expect(detectMojibake(read(f)), f).toBeNull();
  });

  for (let i = 0; i < seedFiles.length; i++) {
    it(`repairs seed ${seedFiles[i]!.slice(0, 3)} damaged like seed 000, learning only from the other seeds (≥ 90%)`, () => {
      const original = read(seedFiles[i]!);
      const damaged = mojibakeOf(original, 'windows-1254');
      const frequencies = buildCharFrequencies(seedFiles.filter((_, j) => j !== i).map(read));
      const found = detectMojibake(damaged);
      expect(found?.codepage).toBe('windows-1254');
      const repair = repairMojibake(damaged, found!.codepage, frequencies);
      const cmp = compareRepair(original, repair.text, CP1254_UNDEFINED);
      const rate = cmp.recovered / cmp.lostChars;
      console.info(
        `[text] seed ${seedFiles[i]!.slice(0, 3)}: ${cmp.recovered}/${cmp.lostChars} lost characters recovered (${(100 * rate).toFixed(1)}%), ${repair.restored} restored intact`,
      );
      expect(cmp.sameLength).toBe(true);
      expect(cmp.intactMismatches).toBe(0);
      expect(repair.guessed).toBe(cmp.lostChars);
      expect(rate).toBeGreaterThanOrEqual(0.9);
    });
  }

  it('repairs seed 000 (windows-1254 mojibake) into clean Korean', () => {
    const input = read('000_330522310a0cdc92.txt');
    const found = detectMojibake(input);
    expect(found?.codepage).toBe('windows-1254');
    const repair = repairMojibake(input, found!.codepage, buildCharFrequencies(seedFiles.map(read)));
    console.info(
      `[text] seed 000: ${repair.restored} characters restored, ${repair.guessed} guessed, ${repair.unrecoverable} unrecoverable`,
    );
    const out = repair.text;
    // No mojibake left: no Latin-1 lead letters next to cp1252/1254 continuation symbols.
    expect(out).not.toMatch(/[ìëíêâ][œ˜¡•€‚ƒ„…†‡ˆ‰Š‹Œ‘’“”–—™š›Ÿ¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿]/);
    expect(out).not.toMatch(/[\u0080-\u009f\uFFFD]/);
    expect(detectMojibake(out)).toBeNull();
    // Frontmatter and every ASCII-only line are byte-identical, on the same line.
    const inLines = input.split('\n');
    const outLines = out.split('\n');
    expect(outLines.length).toBe(inLines.length);
    const frontmatterEnd = inLines.indexOf('---', 1);
    expect(outLines.slice(0, frontmatterEnd + 1)).toEqual(inLines.slice(0, frontmatterEnd + 1));
    inLines.forEach((line, n) => {
      if (/^[\x00-\x7f]*$/.test(line)) expect(outLines[n], `line ${n + 1}`).toBe(line);
    });
    expect(out).toContain('## 🎯 핵심 포인트');
    expect(out).toContain('💡 추가 설명:');
    expect(out).toContain('인스턴스');
    expect(out).toContain('클러스터');
  });
});
