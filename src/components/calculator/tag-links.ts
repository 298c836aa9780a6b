/**
 * Build-time data for the calculator islands: the tags the sizing rules cite (`Rule.tags`, paths of
 * content/tags.yml), with their labels and the URL of their tag page — only for tags that have a
 * page in this build (a content folder without notes on a tag has no page to link to).
 */
import { allTags } from '../data.ts';
import { tagHref } from '../links.ts';
import { RULES } from '../../core/sizing/rules/index.ts';

/** A tag a rule cites: its labels and page (null when this build has no page for it). */
export interface TagLink {
  ko: string;
  en: string;
  href: string | null;
}

/** Tag path → labels and page, for every tag cited by a sizing rule. */
export async function calculatorTagLinks(): Promise<Record<string, TagLink>> {
  const tags = new Map((await allTags()).map((t) => [t.path, t]));
  const out: Record<string, TagLink> = {};
  for (const rule of RULES) {
    for (const path of rule.tags) {
      const tag = tags.get(path);
      out[path] = tag ? { ko: tag.label.ko, en: tag.label.en, href: tagHref(path) } : { ko: path, en: path, href: null };
    }
  }
  return out;
}
