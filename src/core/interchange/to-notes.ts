/**
 * Imported items → emr-prep notes (Markdown files in the note format of README.md and
 * docs/AUTHORING.md). One note per category (GIFT `$CATEGORY:`), or one note for the whole file
 * when it has none (Aiken, or GIFT without categories). Every generated note is parsed again with
 * the real note parser, so a conversion that would not pass `emr-prep check` is reported, with the
 * source line of the question it came from.
 *
 * Tags: an item's own tags (GIFT `// [tag:…]`), else its category path as a tag (each segment in
 * lowercase ASCII kebab-case: `EMR/Spot Instances` → `emr/spot-instances`), plus the tags the caller
 * adds to every note (`emr-prep import --tag`).
 */
import { parseNote } from '../notes/parse-note.ts';
import { isValidTag } from '../tags/tag-path.ts';
import type { InterchangeItem, InterchangeProblem } from './item.ts';
import { oneLine } from './text.ts';

/** One note file to write. */
export interface ImportedNote {
  /** File name (`<slug>.md`), unique within one import. */
  fileName: string;
  title: string;
  tags: string[];
  /** The note's Markdown text. */
  text: string;
  /** How many questions the note holds. */
  questions: number;
}

export interface ItemsToNotesOptions {
  /** Name of the source file, for the note's provenance line (e.g. `week1.gift`). */
  source: string;
  /** Source format name, for the provenance line. */
  format: 'GIFT' | 'Aiken';
  /** Today's date, `YYYY-MM-DD` (the notes' created/modified). */
  today: string;
  /** Tags added to every note (validated; invalid ones are reported and left out). */
  tags?: readonly string[];
}

export interface ItemsToNotesResult {
  notes: ImportedNote[];
  problems: InterchangeProblem[];
}

const LETTERS = 'ABCDEFGHIJ';
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** A segment as lowercase ASCII kebab-case (accents dropped); '' when nothing Latin or numeric is left. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The tag a category path becomes, or null when no segment has Latin letters or digits. Moodle's
 * automatic "Default for <course>" category is left out of the tag (it says nothing about the topic).
 */
export function categoryTag(category: readonly string[]): string | null {
  const segments = category
    .filter((s, i) => !(i === 0 && category.length > 1 && /^default for\b/i.test(s.trim())))
    .map(asciiSlug)
    .filter((s) => s !== '');
  return segments.length ? segments.join('/') : null;
}

/**
 * A file-name slug for a note title, in ASCII: the note's slug starts every derived question id,
 * and ids are lowercase ASCII (questions/schema.ts). A title without Latin letters or digits
 * falls back to the source file's name.
 */
function fileSlug(title: string, fallback: string): string {
  const base = asciiSlug(title) || asciiSlug(fallback) || 'imported-questions';
  if (base.length <= 60) return base;
  const cut = base.slice(0, 60);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/** `--tag` values, cleaned of a leading `#`; an invalid one is warned and left out. */
function cleanExtraTags(raw: readonly string[], problems: InterchangeProblem[]): string[] {
  const extraTags: string[] = [];
  for (const tag of raw) {
    const cleaned = tag.trim().replace(/^#/, '');
    if (isValidTag(cleaned)) extraTags.push(cleaned);
    else
      problems.push({
        line: 1,
        severity: 'warning',
        message: `--tag "${tag}" is not lowercase kebab-case segments separated by "/"; left out`,
      });
  }
  return extraTags;
}

/** Items grouped by their category path (joined with `/`), in source order. */
function groupByCategory(items: readonly InterchangeItem[]): Map<string, InterchangeItem[]> {
  const groups = new Map<string, InterchangeItem[]>();
  for (const item of items) {
    const key = item.category.join('/');
    const list = groups.get(key) ?? [];
    list.push(item);
    groups.set(key, list);
  }
  return groups;
}

/**
 * A note's tags: each item's own valid tags, else its category as a tag, then the `--tag` values.
 * An invalid tag, or a category with nothing to make a tag of (once per category), is warned.
 */
function noteTags(
  group: readonly InterchangeItem[],
  key: string,
  extraTags: readonly string[],
  reportedCategories: Set<string>,
  problems: InterchangeProblem[],
): string[] {
  const tags = new Set<string>();
  for (const item of group) {
    if (item.tags.length) {
      for (const tag of item.tags) {
        if (isValidTag(tag)) tags.add(tag);
        else
          problems.push({
            line: item.line,
            severity: 'warning',
            message: `tag "${tag}" is not lowercase kebab-case segments separated by "/"; left out`,
          });
      }
    } else if (item.category.length) {
      const tag = categoryTag(item.category);
      if (tag) tags.add(tag);
      else if (!reportedCategories.has(key)) {
        reportedCategories.add(key);
        problems.push({
          line: item.line,
          severity: 'warning',
          message: `category "${item.category.join('/')}" has no Latin letters or digits to make a tag of; add one with --tag or edit the note's tags`,
        });
      }
    }
  }
  for (const tag of extraTags) tags.add(tag);
  return [...tags];
}

/**
 * The question blocks of one note. An item keeps its own id when it is valid and unused in the
 * file; a repeated stem gets a derived id `<slug>-q<n>` so both are kept (warned).
 */
function questionBlocks(group: readonly InterchangeItem[], slug: string, usedIds: Set<string>, problems: InterchangeProblem[]): string[] {
  const blocks: string[] = [];
  const stems = new Map<string, number>();
  group.forEach((item, index) => {
    let id: string | null = null;
    if (item.id !== null) {
      if (!ID_PATTERN.test(item.id)) {
        problems.push({
          line: item.line,
          severity: 'warning',
          message: `id "${item.id}" is not lowercase letters, digits and "-"; the question gets a derived id`,
        });
      } else if (usedIds.has(item.id)) {
        problems.push({
          line: item.line,
          severity: 'warning',
          message: `id "${item.id}" is used by an earlier question of this file; this one gets a derived id`,
        });
      } else id = item.id;
    }
    const stemKey = item.stem.replace(/\s+/g, ' ').trim().toLowerCase();
    const seen = stems.get(stemKey);
    if (id === null && seen !== undefined) {
      id = `${slug}-q${index + 1}`;
      problems.push({
        line: item.line,
        severity: 'warning',
        message: `the question repeats the stem of the question on line ${seen}; it gets the id "${id}" so both are kept`,
      });
    }
    if (seen === undefined) stems.set(stemKey, item.line);
    if (id) usedIds.add(id);
    blocks.push(questionBlock(item, id));
  });
  return blocks;
}

/** A whole imported note: frontmatter, title, provenance line and the question section. */
function noteMarkdown(
  title: string,
  key: string,
  tagList: readonly string[],
  blocks: readonly string[],
  options: ItemsToNotesOptions,
): string {
  const lines = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `created: ${options.today}`,
    `modified: ${options.today}`,
    `tags: [${tagList.join(', ')}]`,
    '---',
    '',
    `# ${title.replace(/^#+/, '')}`,
    '',
    `Imported from \`${options.source.replace(/`/g, "'")}\` (${options.format}${key ? `, category "${key.replace(/`/g, "'")}"` : ''}) on ${options.today}.`,
    '',
    '## 📝 관련 문제',
    '',
    blocks.join('\n\n---\n\n'),
    '',
  ];
  return lines.join('\n');
}

/** Parses the written note with the real parser; each error becomes a problem on its source item. */
function selfCheck(text: string, slug: string, group: readonly InterchangeItem[], problems: InterchangeProblem[]): void {
  const parsed = parseNote({ file: `${slug}.md`, text, encoding: { bom: false, crlf: false, mojibake: null } });
  const questionLines = [...text.split('\n').entries()].filter(([, l]) => l.startsWith('**Question:**')).map(([i]) => i + 1);
  for (const d of parsed.diagnostics) {
    if (d.severity !== 'error') continue;
    let k = questionLines.length - 1;
    while (k > 0 && questionLines[k]! > d.line) k -= 1;
    const item = group[Math.max(0, k)]!;
    problems.push({
      line: item.line,
      severity: 'error',
      message: `the converted question does not pass emr-prep check (${slug}.md:${d.line} ${d.code}: ${d.message})`,
    });
  }
}

/**
 * Groups items into notes and writes each note's Markdown. Items keep their source order.
 * Never throws; problems carry the source line of the item concerned.
 */
export function itemsToNotes(items: readonly InterchangeItem[], options: ItemsToNotesOptions): ItemsToNotesResult {
  const problems: InterchangeProblem[] = [];
  const extraTags = cleanExtraTags(options.tags ?? [], problems);
  const usedFiles = new Set<string>();
  const usedIds = new Set<string>();
  const sourceStem =
    options.source
      .split(/[\\/]/)
      .pop()!
      .replace(/\.[^.]+$/, '') || 'imported questions';
  const notes: ImportedNote[] = [];
  const reportedCategories = new Set<string>();

  for (const [key, group] of groupByCategory(items)) {
    const title = group[0]!.category.at(-1) ?? sourceStem;
    let slug = fileSlug(title, sourceStem);
    for (let n = 2; usedFiles.has(slug); n += 1) slug = `${fileSlug(title, sourceStem)}-${n}`;
    usedFiles.add(slug);
    const tagList = noteTags(group, key, extraTags, reportedCategories, problems);
    const blocks = questionBlocks(group, slug, usedIds, problems);
    const text = noteMarkdown(title, key, tagList, blocks, options);
    notes.push({ fileName: `${slug}.md`, title, tags: tagList, text, questions: group.length });
    selfCheck(text, slug, group, problems);
  }
  return { notes, problems };
}

/** One question block in the note format. */
function questionBlock(item: InterchangeItem, id: string | null): string {
  const out: string[] = [];
  if (id) out.push(`<!-- id: ${id} -->`);
  const paragraphs = item.stem.split(/\n{2,}/);
  // A stem that opens with a block (code fence, list, table, quote) starts on the line after the label.
  if (/^(```|~~~|[-+*] |\d+[.)] |\||>)/.test(paragraphs[0]!)) out.push('**Question:**');
  else out.push(`**Question:** ${paragraphs.shift()}`);
  for (const para of paragraphs) out.push('', para);
  out.push('', '**Options:**', '');
  item.options.forEach((o, i) => out.push(`- ${LETTERS[i]}) ${oneLine(o.text)}`));
  const keys = item.options.flatMap((o, i) => (o.correct ? [LETTERS[i]!] : []));
  out.push('', `**Answer: ${keys.join(', ')}**`);
  const explained = item.options.some((o) => o.feedback) || item.generalFeedback;
  if (explained) {
    out.push('', 'Explanation:', '');
    if (item.generalFeedback) out.push(item.generalFeedback, '');
    item.options.forEach((o, i) => {
      if (o.feedback) out.push(`- **Option ${LETTERS[i]}** - ${oneLine(o.feedback)}`);
    });
  }
  return out.join('\n').replace(/\n+$/, '');
}
