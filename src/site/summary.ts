/**
 * Site-wide figures computed once per build for the home page and navigation: counts, the tag
 * namespaces with their sizes, the recently modified notes, and the diagnostics.
 */
import { byRegistryOrder, type TagDescription } from '../core/graph/schema.ts';
import type { KnowledgeBase } from '../core/kb/schema.ts';

export interface SiteSummary {
  counts: { notes: number; questions: number; tags: number; errors: number; warnings: number };
  namespaces: Array<{
    path: string;
    label: { ko: string; en: string };
    description: TagDescription | null;
    notes: number;
    questions: number;
    children: number;
  }>;
  recent: Array<{ slug: string; title: string; modified: string | null; summary: string | null }>;
}

/** @param recentLimit how many recently modified notes to list (newest `modified`/`created` first) */
export function siteSummary(kb: KnowledgeBase, recentLimit = 8): SiteSummary {
  const errors = kb.diagnostics.filter((d) => d.severity === 'error').length;
  return {
    counts: {
      notes: kb.notes.length,
      questions: kb.questions.length,
      tags: kb.tags.length,
      errors,
      warnings: kb.diagnostics.length - errors,
    },
    namespaces: kb.tags
      .filter((t) => t.parent === null)
      .sort(byRegistryOrder)
      .map((t) => ({
        path: t.path,
        label: t.label,
        description: t.description,
        notes: t.notes.length,
        questions: t.questions.length,
        children: t.children.length,
      })),
    recent: [...kb.notes]
      .sort((a, b) => (b.modified ?? b.created ?? '').localeCompare(a.modified ?? a.created ?? '') || a.title.localeCompare(b.title))
      .slice(0, recentLimit)
      .map((n) => ({ slug: n.slug, title: n.title, modified: n.modified ?? n.created, summary: n.summary })),
  };
}
