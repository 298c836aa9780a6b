/**
 * `/quiz/bank.json`: the question bank's manifest (tag labels, mock-exam blueprints, every note's
 * title, tags and question ids), fetched by the quiz islands before they load the questions a quiz
 * asks from `/quiz/bank/<k>.json`. Shape: `BankManifest` in src/islands/quiz/bank-payload.ts.
 * The shards are not routes: this route publishes them, from the same bank, and the data-files
 * integration (src/site/data-files.ts) writes them after the build.
 */
import type { APIRoute } from 'astro';
import { json } from '../../components/search/search-index.ts';
import { forgetSiteQuizBank, siteQuizBank } from '../../components/quiz-bank.ts';
import { bankDataFiles } from '../../components/data-file-sets.ts';
import { publishDataFiles } from '../../site/data-files.ts';

export const GET: APIRoute = async () => {
  const bank = await siteQuizBank();
  publishDataFiles('quiz bank shards and random-quiz packs (quiz/bank/, quiz/pack/)', () => bankDataFiles(bank), forgetSiteQuizBank);
  return json(bank.manifest);
};
