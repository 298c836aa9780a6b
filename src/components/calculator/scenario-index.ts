/**
 * Build-time access to the scenarios of cluster-configuration questions: the knowledge base's raw
 * `emr-scenario` blocks parsed with the core's `parseScenario`, joined with the questions and
 * notes (src/components/data.ts). Used by
 * `/calculator/scenarios.json` and by the note page's "Compare in the calculator" links.
 */
import { allNotes, allQuestions } from '../data.ts';
import { currentKnowledgeBase } from '../../site/kb-loader.ts';
import type { KnowledgeBase } from '../../core/kb/schema.ts';
import { parseScenario } from '../../core/sizing/scenario.ts';
import type { ScenarioQuestion } from '../../islands/calculator/scenario-payload.ts';

let cached: { kb: KnowledgeBase; value: Promise<ScenarioQuestion[]> } | null = null;

/**
 * Every published question with a scenario that parses (a block with problems fails the build
 * anyway), sorted by id. Computed once per knowledge base (once per build; again in dev when the
 * content changes).
 */
export async function scenarioQuestions(): Promise<ScenarioQuestion[]> {
  const kb = await currentKnowledgeBase();
  if (!cached || cached.kb !== kb) cached = { kb, value: collect(kb) };
  return cached.value;
}

async function collect(kb: KnowledgeBase): Promise<ScenarioQuestion[]> {
  const [questions, notes] = await Promise.all([allQuestions(), allNotes()]);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const titles = new Map(notes.map((n) => [n.slug, n.title]));
  const out: ScenarioQuestion[] = [];
  for (const source of kb.scenarios) {
    const q = byId.get(source.question);
    if (!q) continue;
    const { scenario } = parseScenario(source.text, source.line);
    if (!scenario) continue;
    out.push({
      id: q.id,
      note: q.note,
      noteTitle: titles.get(q.note) ?? q.note,
      file: q.file,
      stemHtml: q.stemHtml,
      answer: q.answer,
      options: q.options.map((o) => ({ letter: o.letter, text: o.text, html: o.html })),
      scenario: {
        workload: scenario.workload,
        options: scenario.options.map((o) => ({ letter: o.letter, cluster: o.cluster, notACluster: o.notACluster, line: o.line })),
        line: scenario.line,
      },
    });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Ids of the questions the compare view can open. */
export async function questionsWithScenario(): Promise<Set<string>> {
  return new Set((await scenarioQuestions()).map((q) => q.id));
}

/** `/calculator/compare/?q=<id>`: a question's options side by side. */
export { compareHref } from '../../islands/calculator/compare-links.ts';
