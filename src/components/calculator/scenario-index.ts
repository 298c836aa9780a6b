/**
 * Build-time access to the scenarios of cluster-configuration questions: the knowledge base's raw
 * `emr-scenario` blocks (the `site` collection does not carry them) parsed with the core's
 * `parseScenario`, joined with the `questions` and `notes` collections. Used by
 * `/calculator/scenarios.json` and by the note page's "Compare in the calculator" links.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { allNotes, allQuestions } from '../data.ts';
import { getKnowledgeBase } from '../../site/kb-loader.ts';
import { contentDirFromEnv, loadKnowledgeBase } from '../../core/kb/reader.ts';
import type { KnowledgeBase } from '../../core/kb/schema.ts';
import { parseScenario } from '../../core/sizing/scenario.ts';
import type { ScenarioQuestion } from '../../islands/calculator/scenario-payload.ts';

let fallback: Promise<KnowledgeBase> | null = null;

/**
 * The knowledge base, from `getKnowledgeBase()`. Work-around: the core reader finds the bundled
 * `content/` from its own module URL, which points outside the project once Astro bundles page code
 * into `.astro/chunks/` (it resolves to `<project>/../content`). When that folder does not exist
 * and `EMR_PREP_CONTENT` is not set, the bundled folder is taken relative to the working directory
 * (Astro builds from the project root) — the same folder the content collections were built from.
 */
function knowledgeBase(): Promise<KnowledgeBase> {
  if (process.env['EMR_PREP_CONTENT']?.trim() || existsSync(contentDirFromEnv())) return getKnowledgeBase();
  fallback ??= loadKnowledgeBase(path.resolve(process.cwd(), 'content'));
  return fallback;
}

let cached: { kb: Promise<KnowledgeBase>; value: Promise<ScenarioQuestion[]> } | null = null;

/**
 * Every published question with a scenario that parses (a block with problems fails the build
 * anyway), sorted by id. Computed once per knowledge base (once per build; again in dev when the
 * content changes).
 */
export function scenarioQuestions(): Promise<ScenarioQuestion[]> {
  const kb = knowledgeBase();
  if (!cached || cached.kb !== kb) cached = { kb, value: collect(kb) };
  return cached.value;
}

async function collect(kbPromise: Promise<KnowledgeBase>): Promise<ScenarioQuestion[]> {
  const [kb, questions, notes] = await Promise.all([kbPromise, allQuestions(), allNotes()]);
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
