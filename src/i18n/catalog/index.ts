/**
 * The one message catalog of the UI: every area's messages merged. Add an area as its own file
 * (e.g. `quiz.ts` exporting `quiz`) and spread it here; keys are `area.what` and must be unique
 * (test/unit/i18n checks that no two areas share a key).
 */
import { authoring } from './authoring.ts';
import { calculatorInput } from './calculator-input.ts';
import { calculatorPage } from './calculator-page.ts';
import { calculator } from './calculator.ts';
import { common } from './common.ts';
import { glossary } from './glossary.ts';
import { notes } from './notes.ts';
import { pwa } from './pwa.ts';
import { quiz } from './quiz.ts';
import { quizHistory } from './quiz-history.ts';
import { quizPage } from './quiz-page.ts';
import { searchUi } from './search-ui.ts';
import type { Catalog } from './types.ts';

const areas = [
  common,
  notes,
  searchUi,
  calculatorPage,
  calculator,
  calculatorInput,
  pwa,
  quiz,
  quizHistory,
  quizPage,
  glossary,
  authoring,
] as const;

/** Every UI message, keyed. */
export const messages = {
  ...common,
  ...notes,
  ...searchUi,
  ...calculatorPage,
  ...calculator,
  ...calculatorInput,
  ...pwa,
  ...quiz,
  ...quizHistory,
  ...quizPage,
  ...glossary,
  ...authoring,
} satisfies Catalog;

/** A key of the catalog. */
export type MessageKey = keyof typeof messages;

/** Every area's messages, for the duplicate-key test. */
export const catalogAreas: readonly Catalog[] = areas;

export type { Catalog, Message, MessageParams, MessageText } from './types.ts';
