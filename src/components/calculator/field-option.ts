import type { Bilingual } from '../../i18n/attrs.ts';

/** A select option of a calculator field: `label` from the catalog, or `plain` text that reads the same in both languages (`client`, `lowest-price`). */
export type Option = { value: string; label: Bilingual } | { value: string; plain: string };
