/**
 * Reads glossary files (`glossary.yml`) and resolves them against the knowledge base: the bundled
 * glossary first, a content folder's own glossary extending it (a term of the same English name
 * replaces the bundled one). Never throws: every problem is a diagnostic at its file and line.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { describeZodIssue } from '../diagnostics/zod-issues.ts';
import { type GlossaryEntry, GlossaryFileEntrySchema, glossaryId } from './schema.ts';

/** A glossary file to read. */
export interface GlossarySource {
  /** Path shown in diagnostics (relative to the content folder). */
  file: string;
  text: string;
  /**
   * True for the content folder's own glossary (its note and tag references are checked); false
   * for the bundled glossary used by another folder (references to notes that folder does not
   * have are left out quietly: they are not the author's mistake).
   */
  own: boolean;
}

/** A parsed term with the lines of its note and tag references. */
export interface ParsedGlossaryEntry extends GlossaryEntry {
  /** `note:<slug>` / `tag:<path>` → line of the reference. */
  refLines: Map<string, number>;
  own: boolean;
}

/**
 * Parses one glossary file: a mapping of English term → term fields. Bad entries become
 * `glossary/invalid` errors at their line and are left out; the others are kept.
 */
export function parseGlossaryFile(source: GlossarySource): { entries: ParsedGlossaryEntry[]; diagnostics: Diagnostic[] } {
  const { file, text } = source;
  const entries: ParsedGlossaryEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined): number => lineCounter.linePos(offset ?? 0).line;
  const bad = (offset: number | undefined, message: string, hint?: string) =>
    diagnostics.push(diagnostic('glossary/invalid', file, { line: lineOf(offset), column: 1 }, message, hint));
  for (const error of doc.errors) bad(error.pos[0], `${file} does not parse: ${error.message.split('\n')[0]}`);
  if (doc.errors.length > 0 || doc.contents === null) return { entries, diagnostics };
  if (!isMap(doc.contents)) {
    bad(0, `${file} must be a mapping of English term → { ko, spellings, definition, notes, tags }`);
    return { entries, diagnostics };
  }
  const seen = new Map<string, number>();
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value ?? '').trim() : '';
    const keyOffset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    const line = lineOf(keyOffset);
    if (!key) {
      bad(keyOffset, 'a glossary term must be named by its English term (a plain text key)');
      continue;
    }
    const value = pair.value as YamlNode | null;
    const parsed = GlossaryFileEntrySchema.safeParse(value && 'toJSON' in value ? value.toJSON() : value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      // Point at the field at fault when it can be found.
      let at = keyOffset;
      if (isMap(value) && issue.path.length > 0) {
        const field = value.items.find((p) => isScalar(p.key) && p.key.value === issue.path[0]);
        if (field && isScalar(field.key)) at = field.key.range?.[0];
      }
      // Worded by the one zod formatter (what was expected, what was found, "did you mean").
      const input: unknown = value && 'toJSON' in value ? value.toJSON() : value;
      const described = parsed.error.issues.map((i) => describeZodIssue(i, input));
      bad(
        at,
        `glossary term "${key}" is invalid: ${described.map((d) => d.message).join('; ')}`,
        described.length === 1 && described[0]!.hint
          ? described[0]!.hint
          : 'Each term is `English term: { ko, spellings: [...], definition: { ko, en }, notes: [...], tags: [...] }`; ko and definition are required.',
      );
      continue;
    }
    const id = glossaryId(key);
    const previous = seen.get(id);
    if (previous !== undefined) {
      bad(keyOffset, `glossary term "${key}" is already defined at line ${previous}`, 'Merge the two entries into one.');
      continue;
    }
    seen.set(id, line);
    const refLines = new Map<string, number>();
    if (isMap(value)) {
      for (const kind of ['notes', 'tags'] as const) {
        const list = value.items.find((p) => isScalar(p.key) && p.key.value === kind)?.value;
        if (isSeq(list))
          for (const item of list.items)
            if (isScalar(item)) refLines.set(`${kind === 'notes' ? 'note' : 'tag'}:${String(item.value).trim()}`, lineOf(item.range?.[0]));
      }
    }
    const data = parsed.data;
    entries.push({
      id,
      en: key,
      ko: typeof data.ko === 'string' ? [data.ko] : data.ko,
      spellings: data.spellings,
      definition: data.definition,
      notes: data.notes,
      tags: data.tags,
      file,
      line,
      refLines,
      own: source.own,
    });
  }
  return { entries, diagnostics };
}

/**
 * Reads glossary files in order (bundled first, then the folder's own) and merges them: a term
 * whose id a later file defines again is replaced by the later one.
 */
export function parseGlossaries(sources: readonly GlossarySource[]): { entries: ParsedGlossaryEntry[]; diagnostics: Diagnostic[] } {
  const byId = new Map<string, ParsedGlossaryEntry>();
  const diagnostics: Diagnostic[] = [];
  for (const source of sources) {
    const parsed = parseGlossaryFile(source);
    diagnostics.push(...parsed.diagnostics);
    for (const entry of parsed.entries) {
      byId.delete(entry.id); // a replaced term moves to the end, in the order of its own file
      byId.set(entry.id, entry);
    }
  }
  return { entries: [...byId.values()], diagnostics };
}

/**
 * Checks the note and tag references of the terms against the knowledge base: an unknown note or
 * tag in the folder's own glossary is a `glossary/unknown-reference` warning at its line; every
 * unknown reference is left out of the result. Terms come out sorted by English term.
 *
 * @param notes slugs of the published notes; @param aliases alias → slug (a reference may name an alias).
 * @param tags paths of the tags of the knowledge base (registered or used).
 */
export function resolveGlossary(
  entries: readonly ParsedGlossaryEntry[],
  known: { notes: ReadonlySet<string>; aliases: ReadonlyMap<string, string>; tags: ReadonlySet<string> },
): { glossary: GlossaryEntry[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const glossary = entries.map((entry): GlossaryEntry => {
    const { refLines, own, ...rest } = entry;
    const check = (kind: 'note' | 'tag', ref: string): string | null => {
      const found = kind === 'note' ? (known.notes.has(ref) ? ref : (known.aliases.get(ref) ?? null)) : known.tags.has(ref) ? ref : null;
      if (found === null && own) {
        diagnostics.push(
          diagnostic(
            'glossary/unknown-reference',
            entry.file,
            { line: refLines.get(`${kind}:${ref}`) ?? entry.line, column: 1 },
            `glossary term "${entry.en}" names ${kind === 'note' ? 'a note' : 'a tag'} "${ref}" that does not exist; the link is left out`,
          ),
        );
      }
      return found;
    };
    return {
      ...rest,
      notes: [...new Set(entry.notes.map((n) => check('note', n)).filter((n): n is string => n !== null))],
      tags: [...new Set(entry.tags.map((t) => check('tag', t)).filter((t): t is string => t !== null))],
    };
  });
  glossary.sort((a, b) => a.en.localeCompare(b.en, 'en', { sensitivity: 'base' }));
  return { glossary, diagnostics };
}
