/**
 * The owner's five seed notes (`../shared/seeds`, read-only) as a student sees them on the site
 * built from them (project `seeds`, see playwright.config.ts): every seed file has a note page
 * reachable from the home or tag pages, the three question blocks carry the owner's answer keys,
 * and the mojibake seed reads as Korean.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '../../src/core/kb/reader.ts';

const SEEDS = process.env.EMR_PREP_SEEDS
  ? path.resolve(process.env.EMR_PREP_SEEDS)
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');
const haveSeeds = existsSync(SEEDS);
if (!haveSeeds) console.warn(`[e2e] NOTICE: ${SEEDS} not found — the seed-note tests are skipped.`);
const seedFiles = haveSeeds
  ? readdirSync(SEEDS)
      .filter((f) => /\.(md|markdown|txt)$/i.test(f))
      .sort()
  : [];

/** The owner's answer keys of the seed question blocks (file-name prefix → keyed letter). */
const OWNER_KEYS: Record<string, string> = { '000': 'C', '001': 'D', '002': 'B' };

async function noteLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator('main a[href^="/notes/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.map((h) => h.split('#')[0]!).filter((h) => /^\/notes\/[^/]+\/$/.test(h)))];
}

/** Note pages listed on the home page and on every tag page, by the file each one shows. */
async function listedNotesByFile(page: Page): Promise<Map<string, string>> {
  const links = new Set<string>();
  await page.goto('/');
  for (const l of await noteLinks(page)) links.add(l);
  await page.goto('/tags/');
  const tagPages = await page.locator('main a.tag').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href') ?? ''))]);
  for (const href of tagPages) {
    await page.goto(href);
    for (const l of await noteLinks(page)) links.add(l);
  }
  // The built site does not show file names (authoring details): the knowledge base of the same
  // folder says which page shows which file.
  const kb = await loadKnowledgeBase(SEEDS);
  const byFile = new Map<string, string>();
  for (const note of kb.notes) {
    const href = `/notes/${encodeURIComponent(note.slug)}/`;
    if (links.has(href)) byFile.set(note.file, href);
  }
  return byFile;
}

test.describe('the owner seed notes', () => {
  test.skip(!haveSeeds, 'seed notes not present');
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== 'seeds', 'seed-note checks run against the seeds build only');
  });

  test('all five seed notes are listed on the home or tag pages', async ({ page }) => {
    expect(seedFiles).toHaveLength(5);
    const byFile = await listedNotesByFile(page);
    for (const file of seedFiles) expect(byFile.has(file), `a listed note page shows file ${file}`).toBe(true);
  });

  test('the three seed question blocks show the owner keys C, D, B', async ({ page }) => {
    test.setTimeout(60_000);
    const byFile = await listedNotesByFile(page);
    for (const [prefix, key] of Object.entries(OWNER_KEYS)) {
      const file = seedFiles.find((f) => f.startsWith(`${prefix}_`));
      expect(file, `seed ${prefix} exists`).toBeDefined();
      const link = byFile.get(file!);
      expect(link, `seed ${prefix} has a note page`).toBeDefined();
      await page.goto(link!);
      const questions = page.locator('section.question');
      await expect(questions, `seed ${prefix} shows its question`).toHaveCount(1);
      const q = questions.first();
      await expect(q.locator('.answer__key')).toBeHidden();
      await q.locator('.answer summary').click();
      await expect(q.locator('.answer__key-item strong')).toHaveText([key]);
      await expect(q.locator('.explanation--keyed strong')).toHaveText([key]);
      await expect(q.locator('.question__source'), 'no file name on the built site').toHaveCount(0);
    }
  });

  test('seed 000 shows its Korean repaired, without mojibake', async ({ page }) => {
    const byFile = await listedNotesByFile(page);
    const file = seedFiles.find((f) => f.startsWith('000_'))!;
    await page.goto(byFile.get(file)!);
    const text = (await page.locator('main').innerText()).normalize('NFC');
    expect(text).toMatch(/핵심|인스턴스/);
    // UTF-8 Hangul misread as cp1252/Latin-1 starts with ì, ë or ê.
    expect(text).not.toMatch(/[ìëê]/);
  });

  test('seed 004, a blog post saved as text, keeps its line breaks and paragraphs', async ({ page }) => {
    const byFile = await listedNotesByFile(page);
    const file = seedFiles.find((f) => f.startsWith('004_'));
    test.skip(!file, 'seed 004 absent');
    const source = readFileSync(path.join(SEEDS, file!), 'utf8').replace(/\r\n?/g, '\n');
    await page.goto(byFile.get(file!)!);
    const body = page.locator('.note__body');
    // Consecutive non-list lines of the file (after the first, which is the title) stay on lines of their own.
    const lines = source.split('\n').map((l) => l.trim());
    const pairs: Array<[string, string]> = [];
    for (let i = 1; i + 1 < lines.length && pairs.length < 5; i += 1) {
      const [a, b] = [lines[i]!, lines[i + 1]!];
      if (a && b && !/^[-*|]/.test(a) && !/^[-*|]/.test(b) && !a.includes('|') && !b.includes('|')) pairs.push([a, b]);
    }
    expect(pairs.length).toBeGreaterThan(0);
    const rendered = (await body.innerText()).normalize('NFC');
    for (const [a, b] of pairs) {
      const at = rendered.indexOf(a.slice(0, 20).normalize('NFC'));
      expect(at, `line "${a.slice(0, 30)}" shown`).toBeGreaterThanOrEqual(0);
      const between = rendered.slice(at, rendered.indexOf(b.slice(0, 20).normalize('NFC'), at));
      expect(between, `a line break between "${a.slice(0, 20)}" and "${b.slice(0, 20)}"`).toContain('\n');
    }
    expect(await body.locator('br').count()).toBeGreaterThan(3);
  });

  test('seed 003 shows no Pandoc attributes such as {.objectives}', async ({ page }) => {
    const byFile = await listedNotesByFile(page);
    const file = seedFiles.find((f) => f.startsWith('003_'));
    test.skip(!file, 'seed 003 absent');
    const source = readFileSync(path.join(SEEDS, file!), 'utf8');
    const attributes = [...source.matchAll(/\{\.[\w-]+\}/g)].map((m) => m[0]);
    expect(attributes.length, 'the seed has Pandoc attributes').toBeGreaterThan(0);
    await page.goto(byFile.get(file!)!);
    const text = await page.locator('main').innerText();
    for (const attribute of new Set(attributes)) expect(text).not.toContain(attribute);
    // The heading that carried one is still there, with an id.
    const heading = /^>?\s*#{1,6}\s+(.+?)\s*\{\.[\w-]+\}\s*$/m.exec(source)?.[1];
    if (heading) await expect(page.locator('main :is(h1, h2, h3, h4)', { hasText: heading }).first()).toBeVisible();
  });
});
