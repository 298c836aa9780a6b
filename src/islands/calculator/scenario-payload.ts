/**
 * `/calculator/scenarios.json`: the cluster-configuration questions that carry an `emr-scenario`
 * block, with their stems, options, answer keys and parsed scenarios — built once at build time
 * (src/pages/calculator/scenarios.json.ts) and fetched by the compare view, which ranks the options
 * in the browser with the same core the build's answer-key check uses.
 *
 * The schema validates what the browser fetched (a stale or foreign file is reported, not
 * half-rendered); configurations are re-parsed with the model's own `ClusterSchema`.
 */
import { z } from 'zod';
import { formatZodIssues } from '../../core/diagnostics/zod-issues.ts';
import { ClusterSchema, WorkloadSchema } from '../../core/sizing/model.ts';

/** `format` of the payload (a foreign JSON file is rejected). */
export const SCENARIOS_FORMAT = 'emr-prep-scenarios';
/** `version` of the payload shape; bump when it changes. */
export const SCENARIOS_VERSION = 1;

/** One option of a scenario: a configuration, or why the option is not one. */
export const PayloadScenarioOptionSchema = z.object({
  letter: z.string().regex(/^[A-J]$/),
  cluster: ClusterSchema.nullable(),
  notACluster: z.string().nullable(),
  line: z.number().int().min(1),
});

/** A question with its scenario. HTML fields were sanitized by the core at build time. */
export const ScenarioQuestionSchema = z.object({
  id: z.string(),
  note: z.string(),
  noteTitle: z.string(),
  file: z.string(),
  stemHtml: z.string(),
  answer: z.array(z.string()),
  options: z.array(z.object({ letter: z.string(), text: z.string(), html: z.string() })),
  scenario: z.object({
    workload: WorkloadSchema,
    options: z.array(PayloadScenarioOptionSchema).min(2),
    line: z.number().int().min(1),
  }),
});
export type ScenarioQuestion = z.infer<typeof ScenarioQuestionSchema>;

/** The whole payload. */
export const ScenariosPayloadSchema = z.object({
  format: z.literal(SCENARIOS_FORMAT),
  version: z.literal(SCENARIOS_VERSION),
  questions: z.array(ScenarioQuestionSchema),
});
export type ScenariosPayload = z.infer<typeof ScenariosPayloadSchema>;

/**
 * Checks a fetched `/calculator/scenarios.json`: its questions, or a message naming the first
 * field that does not match (a stale or foreign file).
 */
export function parseScenariosPayload(data: unknown): { ok: true; payload: ScenariosPayload } | { ok: false; message: string } {
  const parsed = ScenariosPayloadSchema.safeParse(data);
  if (parsed.success) return { ok: true, payload: parsed.data };
  return { ok: false, message: `unexpected data: ${formatZodIssues(parsed.error, data)[0] ?? 'not a scenarios file'}` };
}
