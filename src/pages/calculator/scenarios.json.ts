/**
 * `/calculator/scenarios.json`: every cluster-configuration question with its parsed scenario
 * (shape: `ScenariosPayload` in src/islands/calculator/scenario-payload.ts), built once at build
 * time and fetched by the compare view.
 */
import type { APIRoute } from 'astro';
import { calculatorScenariosJson } from '../../components/data-file-sets.ts';

/** Serves the payload (prerendered to a static file at build time). */
export const GET: APIRoute = async () =>
  new Response(await calculatorScenariosJson(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
