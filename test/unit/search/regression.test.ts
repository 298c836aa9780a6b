/**
 * The search regression set (`regression-cases.ts`: Korean, English and mixed queries with the
 * bundled notes they must find) run over the bundled content: each note must be among the first
 * ten results, what the search dialog shows. Content grows; a renamed or removed target note fails
 * the first test with its slug.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_CONTENT_DIR, loadKnowledgeBase } from '../../../src/core/kb/reader.ts';
import { indexFiles, memoryEngine, noteSlugOf } from './helpers.ts';
import { REGRESSION_CASES as CASES } from './regression-cases.ts';

const kb = await loadKnowledgeBase(BUNDLED_CONTENT_DIR);
const { engine } = await memoryEngine(indexFiles(kb));
const slugs = new Set(kb.notes.map((n) => n.slug));

describe('search regression set (bundled content)', () => {
  it('has at least 30 queries, Korean, English and mixed, whose notes all exist', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    const hangul = /[\u3131-\u318e\uac00-\ud7a3]/;
    const latin = /[A-Za-z]/;
    expect(CASES.filter(([q]) => hangul.test(q) && !latin.test(q)).length).toBeGreaterThanOrEqual(10);
    expect(CASES.filter(([q]) => latin.test(q) && !hangul.test(q)).length).toBeGreaterThanOrEqual(10);
    expect(CASES.filter(([q]) => latin.test(q) && hangul.test(q)).length).toBeGreaterThanOrEqual(5);
    expect(CASES.map(([, slug]) => slug).filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  it.each(CASES)('%s → %s (%s)', async (query, slug) => {
    const { hits } = await engine.search(query, { limit: 10 });
    const found = hits.map((h) => noteSlugOf(h.href));
    expect(found, `first ten results of "${query}"`).toContain(slug);
  });
});
