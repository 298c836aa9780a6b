import type { Catalog } from './types.ts';

/** UI strings of authoring features shown on the site: a note's sources and their checked dates. */
export const authoring = {
  'sources.checked': { ko: '{date} 확인', en: 'checked {date}' },
} satisfies Catalog;
