/**
 * The answer-key check of cluster-config questions: each question's `emr-scenario` block is
 * parsed and its options ranked by the sizing rules (src/core/sizing); a keyed option that is not
 * ranked best, or is invalid, is a `scenario/answer-key` error naming the rules that decided.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Question } from '../questions/schema.ts';
import { checkAnswerKey, parseScenario } from '../sizing/index.ts';
import type { ScenarioSource } from './schema.ts';

export function checkScenarios(scenarios: readonly ScenarioSource[], questions: readonly Question[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const source of scenarios) {
    const question = byId.get(source.question);
    if (!question) continue;
    const { scenario, problems } = parseScenario(source.text, source.line);
    for (const p of problems) {
      out.push(diagnostic('scenario/invalid', source.file, { line: p.line, column: p.column }, p.message, p.hint));
    }
    if (!scenario) continue;
    const letters = new Set(question.options.map((o) => o.letter));
    for (const option of scenario.options) {
      if (!letters.has(option.letter)) {
        out.push(
          diagnostic(
            'scenario/invalid',
            source.file,
            { line: option.line, column: 1 },
            `the scenario describes option ${option.letter}, which the question does not have`,
          ),
        );
      }
    }
    const result = checkAnswerKey(scenario, question.answer);
    if (!result.ok) {
      out.push(diagnostic('scenario/answer-key', source.file, { line: result.line, column: 1 }, result.message.en));
    }
  }
  return out;
}
