/**
 * Astro collections backed by the emr-prep core loader (see src/site/kb-loader.ts). The content
 * folder is `EMR_PREP_CONTENT` when set, else the bundled `content/`.
 */
import { defineCollection } from 'astro:content';
import { knowledgeBaseLoader } from './site/kb-loader.ts';

export const collections = {
  notes: defineCollection({ loader: knowledgeBaseLoader() }),
};
