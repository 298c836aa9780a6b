/**
 * `/calculator/scenario-ids.json`: `{ "ids": [...] }`, the ids of the questions that have a
 * cluster scenario — small enough for the quiz review to fetch just to know where to put a
 * "Compare in the calculator" link (src/islands/calculator/compare-links.ts).
 */
import type { APIRoute } from 'astro';
import { calculatorScenarioIdsJson } from '../../components/data-file-sets.ts';

/** Serves the ids (prerendered to a static file at build time). */
export const GET: APIRoute = async () =>
  new Response(await calculatorScenarioIdsJson(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
