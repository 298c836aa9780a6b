/**
 * "Compare in the calculator" links for other islands (the quiz review): after a question is
 * answered, a cluster-configuration question gets a link to its options side by side in
 * /calculator/compare/. Knows which questions have a scenario from /calculator/scenario-ids.json
 * (fetched once per page); elements are found by their `data-question-id` attribute. Failing to
 * load the ids only means no links — never an error for the host page.
 */

import { withBase } from '../../components/links.ts';
import { tr } from './ui-text.ts';

let ids: Promise<Set<string>> | null = null;

function scenarioIds(): Promise<Set<string>> {
  ids ??= fetch(withBase('/calculator/scenario-ids.json'))
    .then((r) => (r.ok ? (r.json() as Promise<{ ids?: unknown }>) : { ids: [] }))
    .then((d) => new Set(Array.isArray(d.ids) ? d.ids.filter((x): x is string => typeof x === 'string') : []))
    .catch(() => new Set<string>());
  return ids;
}

/** `/calculator/compare/?q=<id>`. */
export function compareHref(questionId: string): string {
  return withBase(`/calculator/compare/?q=${encodeURIComponent(questionId)}`);
}

/**
 * Appends a "Compare in the calculator" link to every element under `root` whose
 * `data-question-id` names a question with a scenario (once per element).
 */
export async function addCompareLinks(root: ParentNode): Promise<void> {
  const known = await scenarioIds();
  for (const el of root.querySelectorAll<HTMLElement>('[data-question-id]')) {
    const id = el.dataset['questionId'];
    if (!id || !known.has(id) || el.querySelector('.compare-link')) continue;
    const p = document.createElement('p');
    p.className = 'compare-link';
    const a = document.createElement('a');
    a.href = compareHref(id);
    a.textContent = tr('calc.compare.link');
    p.append(a);
    el.append(p);
  }
}
