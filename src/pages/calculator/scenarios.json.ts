/**
 * `/calculator/scenarios.json`: every cluster-configuration question with its parsed scenario
 * (shape: {@link ScenariosPayload}), built once at build time and fetched by the compare view.
 */
import type { APIRoute } from 'astro';
import { scenarioQuestions } from '../../components/calculator/scenario-index.ts';
import { SCENARIOS_FORMAT, SCENARIOS_VERSION, type ScenariosPayload } from '../../islands/calculator/scenario-payload.ts';

/** Serves the payload (prerendered to a static file at build time). */
export const GET: APIRoute = async () => {
  const payload: ScenariosPayload = { format: SCENARIOS_FORMAT, version: SCENARIOS_VERSION, questions: await scenarioQuestions() };
  return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
