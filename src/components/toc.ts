import type { Lang } from '../i18n/lang.ts';

/** One entry of a note's "On this page" (src/components/Toc.astro): a heading's text as written, or a page section's label in both languages. */
export type TocEntry = { id: string; depth: number } & ({ text: string } | { label: Readonly<Record<Lang, string>> });
