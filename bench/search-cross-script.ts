/**
 * Search across scripts (issue 10), on the bundled content: recall@10 of the search regression set
 * (test/unit/search/regression-cases.ts; its cross-script part on its own too) and the ko/en
 * note-count ratios of test/unit/search/cross-script.test.ts, with the glossary and the
 * romanisation fallback each switched on or off, so each one's share is measured.
 *
 * Run: `node --import tsx bench/search-cross-script.ts`. Prints a table; writes nothing.
 */
import { BUNDLED_CONTENT_DIR, loadKnowledgeBase } from '../src/core/kb/reader.ts';
import type { SearchEngineOptions } from '../src/core/search/engine.ts';
import { indexFiles, memoryEngine, noteSlugOf } from '../test/unit/search/helpers.ts';
import { CROSS_SCRIPT_CASES, REGRESSION_CASES } from '../test/unit/search/regression-cases.ts';
import { SCRIPT_PAIRS } from '../test/unit/search/script-pairs.ts';

const kb = await loadKnowledgeBase(BUNDLED_CONTENT_DIR);
const files = indexFiles(kb);
const configs: Array<[string, SearchEngineOptions]> = [
  ['neither', { matchers: { glossary: false, phonetic: false } }],
  ['glossary only', { matchers: { phonetic: false } }],
  ['fallback only', { matchers: { glossary: false } }],
  ['both', {}],
];
const rows: string[] = [];
for (const [name, options] of configs) {
  const { engine } = await memoryEngine(files, options);
  const recall = async (cases: typeof REGRESSION_CASES): Promise<number> => {
    let found = 0;
    for (const [query, slug] of cases) {
      const { hits } = await engine.search(query, { limit: 10 });
      if (hits.some((h) => noteSlugOf(h.href) === slug)) found++;
    }
    return found / cases.length;
  };
  const notes = async (q: string) =>
    new Set((await engine.search(q, { limit: 10_000 })).hits.map((h) => noteSlugOf(h.href)).filter((s) => s !== null)).size;
  let pairsOk = 0;
  let ratioSum = 0;
  for (const [ko, en] of SCRIPT_PAIRS) {
    const [k, e] = [await notes(ko), await notes(en)];
    const ratio = e === 0 ? 1 : Math.min(1, k / e);
    ratioSum += ratio;
    if (k >= 0.9 * e) pairsOk++;
  }
  rows.push(
    `${name.padEnd(14)} recall@10 all ${(await recall(REGRESSION_CASES)).toFixed(3)} (${REGRESSION_CASES.length} queries) · cross-script ${(await recall(CROSS_SCRIPT_CASES)).toFixed(3)} (${CROSS_SCRIPT_CASES.length}) · pairs ≥ 90%: ${pairsOk}/${SCRIPT_PAIRS.length}, mean ko/en note ratio ${(ratioSum / SCRIPT_PAIRS.length).toFixed(2)}`,
  );
}
console.log(rows.join('\n'));
