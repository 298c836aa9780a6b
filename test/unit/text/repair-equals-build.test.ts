/**
 * `emr-prep repair` writes exactly the text the site shows (issue 12): for any damaged note, the
 * text `repair` prints equals the text the build decodes for the same file, because both use the
 * one repair model (src/core/text/repair-model.ts). Also: the model reads only the note's own
 * folder (not its subfolders), and the fair restoration figure on seeds the model never saw.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { decodeContent } from '../../../src/core/kb/build.ts';
import { readContentFolder, repairGeneralCorpus } from '../../../src/core/kb/reader.ts';
import { detectMojibake, repairMojibake } from '../../../src/core/text/mojibake.ts';
import { repairFrequencies } from '../../../src/core/text/repair-model.ts';
import { HAVE_SEEDS, SEEDS_DIR, seedFile } from '../../helpers/seeds.ts';
import { compareRepair, CP1254_UNDEFINED, mojibakeOf } from './helpers.ts';

const PARAGRAPH = readFileSync(new URL('../../fixtures/text/ko-emr-paragraph.md', import.meta.url), 'utf8');
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'emr-prep-repair-'));
  made.push(dir);
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), body);
  }
  return dir;
}

async function repairOut(file: string): Promise<string> {
  let out = '';
  const code = await main(['repair', file], { out: (t) => (out += t), err: () => {} });
  expect(code).toBe(0);
  return out.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
}

async function builtText(dir: string, file: string): Promise<string> {
  const content = decodeContent(await readContentFolder(dir));
  const note = content.notes.find((n) => n.file === file);
  if (!note?.text) throw new Error(`${file} not decoded`);
  return note.text;
}

const sentences = PARAGRAPH.split(/(?<=[.다])\s+/).filter((s) => /[가-힣]/.test(s));
const hangul = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCodePoint(c));
const noteText = fc
  .tuple(fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 6 }), fc.array(hangul, { maxLength: 12 }))
  .map(([parts, extra]) => `---\ntitle: t\n---\n\n# 노트\n\n${parts.join('\n\n')} ${extra.join('')}\n`);

describe('repair writes what the build shows', () => {
  it('for any damaged note (code page, neighbours, subfolders, CRLF), repair output = build text', async () => {
    await fc.assert(
      fc.asyncProperty(
        noteText,
        fc.constantFrom('windows-1254', 'windows-1252'),
        fc.array(noteText, { maxLength: 3 }),
        fc.boolean(),
        async (text, codepage, neighbours, crlf) => {
          let damaged = mojibakeOf(text, codepage);
          if (crlf) damaged = damaged.replace(/\n/g, '\r\n');
          const files: Record<string, string> = { 'notes/damaged.md': damaged, 'notes/sub/deeper.md': PARAGRAPH };
          neighbours.forEach((n, i) => {
            files[`notes/n${i}.md`] = n;
          });
          const dir = folder(files);
          const expected = await builtText(dir, 'notes/damaged.md');
          expect(await repairOut(path.join(dir, 'notes/damaged.md'))).toBe(expected);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('the model of a note reads its own folder only: a note in a subfolder does not change it', async () => {
    const damaged = mojibakeOf(PARAGRAPH, 'windows-1254');
    const alone = folder({ 'a/damaged.md': damaged });
    const withSub = folder({ 'a/damaged.md': damaged, 'a/sub/same.md': PARAGRAPH });
    const withSibling = folder({ 'a/damaged.md': damaged, 'a/same.md': PARAGRAPH });
    const a = await repairOut(path.join(alone, 'a/damaged.md'));
    expect(await repairOut(path.join(withSub, 'a/damaged.md'))).toBe(a);
    // A sibling with the original text teaches the model every lost character.
    expect(await repairOut(path.join(withSibling, 'a/damaged.md'))).toBe(PARAGRAPH);
  });
});

describe.skipIf(!HAVE_SEEDS)('seeds: repair and build agree, fair restoration figure', () => {
  it('seed 000: repair output equals the text the build of the seeds folder shows, line for line', async () => {
    const file = path.basename(seedFile('000'));
    expect(await repairOut(seedFile('000'))).toBe(await builtText(SEEDS_DIR, file));
  });

  it('seeds 001–004 damaged like seed 000, repaired with the build model of the seeds folder (never the seed itself)', async () => {
    const general = await repairGeneralCorpus(SEEDS_DIR);
    const names = readdirSync(SEEDS_DIR).filter((f) => /^00[1-4]/.test(f));
    let lost = 0;
    let recovered = 0;
    for (const name of names) {
      const original = readFileSync(path.join(SEEDS_DIR, name), 'utf8');
      const others = names.filter((n) => n !== name).map((n) => readFileSync(path.join(SEEDS_DIR, n), 'utf8'));
      const damaged = mojibakeOf(original, 'windows-1254');
      const repair = repairMojibake(damaged, detectMojibake(damaged)!.codepage, repairFrequencies(general, others));
      const cmp = compareRepair(original, repair.text, CP1254_UNDEFINED);
      expect(cmp.intactMismatches).toBe(0);
      lost += cmp.lostChars;
      recovered += cmp.recovered;
      console.info(`[repair] ${name.slice(0, 3)}: ${cmp.recovered}/${cmp.lostChars} lost characters recovered`);
    }
    console.info(`[repair] fair figure, seeds 001–004: ${recovered}/${lost} (${((100 * recovered) / lost).toFixed(1)}%)`);
    expect(recovered / lost).toBeGreaterThanOrEqual(0.9);
  });
});
