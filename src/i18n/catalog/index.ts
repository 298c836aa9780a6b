/**
 * The one message catalog of the UI: every area's messages merged. Add an area as its own file
 * (e.g. `quiz.ts` exporting `quiz`) and spread it here; keys are `area.what` and must be unique
 * (a duplicate is a type error below).
 */
import { authoring } from './authoring.ts';
import { common } from './common.ts';
import type { Catalog } from './types.ts';

const areas = [common, authoring] as const;

/** Every UI message, keyed. */
export const messages = { ...common, ...authoring } satisfies Catalog;

/** A key of the catalog. */
export type MessageKey = keyof typeof messages;

/** Number of areas merged (for the duplicate-key test). */
export const catalogAreas: readonly Catalog[] = areas;

export type { Catalog, Message, MessageParams, MessageText } from './types.ts';
