/**
 * The quiz engine (pure, no DOM): selection, seeded shuffle, attempts with absolute deadlines,
 * scoring, ts-fsrs review cards, the persisted state format and the two-tab commit. The `/quiz`
 * island drives it; see each module for details.
 */
export * from './errors.ts';
export * from './clock.ts';
// The model and its checks (no zod: the browser ships this); the zod reference is `schema.ts`.
export * from './model.ts';
export * from './bank.ts';
export * from './tag-paths.ts';
export * from './fingerprint.ts';
export * from './shuffle.ts';
export * from './deadline.ts';
export * from './selection.ts';
export * from './attempt.ts';
export * from './scoring.ts';
export * from './presentation.ts';
export * from './review-cards.ts';
export * from './review-scheduler.ts';
export * from './persistence.ts';
export * from './commit.ts';
export * from './spec.ts';
export * from './history.ts';
export * from './readiness.ts';
export * from './machine.ts';
