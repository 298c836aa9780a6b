/**
 * Korean-aware search over the knowledge base: entries and their fields (`documents.ts`), the
 * tokenizer (`tokenize.ts`, `korean.ts`, `english.ts`), the index files built at build time
 * (`build.ts`, `format.ts`), the query parser (`query.ts`), the engine that answers queries in the
 * browser (`engine.ts`) and snippets (`snippet.ts`).
 */
export * from './documents.ts';
export * from './tokenize.ts';
export * from './korean.ts';
export * from './english.ts';
export * from './format.ts';
export * from './build.ts';
export * from './query.ts';
export * from './snippet.ts';
export * from './engine.ts';
export * from './concepts.ts';
export * from './first-keys.ts';
