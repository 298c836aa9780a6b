/**
 * `/quiz/bank.json`: the question bank's manifest (tag labels, mock-exam blueprints, every note's
 * title, tags and question ids), fetched by the quiz islands before they load the questions a quiz
 * asks from `/quiz/bank/<k>.json`. Shape: `BankManifest` in src/islands/quiz/bank-payload.ts.
 */
import type { APIRoute } from 'astro';
import { json } from '../../components/search/search-index.ts';
import { siteQuizBank } from '../../components/quiz-bank.ts';

export const GET: APIRoute = async () => json((await siteQuizBank()).manifest);
