/**
 * The bundled glossary (content/glossary.yml) against the bundled notes: it loads without a
 * diagnostic, it is big enough (150+ terms), and every frequent term the notes write in Latin
 * letters has an entry — a term written with a capital letter (`Spark`, `YARN`, `NodeManager`;
 * URLs and inline code left out) in at least {@link MIN_NOTES} notes. The threshold keeps the test
 * steady while notes are added: a term one new note mentions does not fail it, a term three notes
 * use does. English words that are not terms (`Best`, `Guide`) are listed in {@link NOT_TERMS}.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_CONTENT_DIR, loadKnowledgeBase } from '../../../src/core/kb/reader.ts';
import { glossaryForms } from '../../../src/core/glossary/schema.ts';
import { tokenize } from '../../../src/core/search/tokenize.ts';
import { ConceptMatcher, conceptTable } from '../../../src/core/search/concepts.ts';
import { glossaryConcepts } from '../../../src/core/search/documents.ts';

/** Notes a Latin term must appear in (capitalised) before the glossary must have it. */
const MIN_NOTES = 3;

/**
 * Capitalised words of the notes that are English prose, units or document titles, not terms of
 * AWS, EMR, Spark, YARN or HDFS (index forms: lower case, plural folded).
 */
const NOT_TERMS = new Set(
  (
    'best practice guide developer configure using understand understanding blog post knowledge domain readme work ' +
    'reliability mb gb mib gib kb tb gi mi tib'
  ).split(/\s+/),
);

const kb = await loadKnowledgeBase(BUNDLED_CONTENT_DIR);

describe('the bundled glossary', () => {
  it('loads without a diagnostic and has at least 150 terms', () => {
    expect(kb.diagnostics.filter((d) => d.file.includes('glossary'))).toEqual([]);
    expect(kb.glossary.length).toBeGreaterThanOrEqual(150);
  });

  it('every term has a Korean and an English definition, and links to a note or a tag', () => {
    const bare = kb.glossary.filter((g) => !g.definition.ko.trim() || !g.definition.en.trim());
    expect(bare.map((g) => g.en)).toEqual([]);
    const unlinked = kb.glossary.filter((g) => g.notes.length === 0 && g.tags.length === 0);
    expect(unlinked.map((g) => g.en)).toEqual([]);
  });

  it('every note a term names as teaching it mentions the term (one of its forms)', () => {
    const matcher = new ConceptMatcher(conceptTable(glossaryConcepts(kb.glossary)));
    const mentions = new Map(
      kb.notes.map((n) => [
        n.slug,
        matcher.match(
          tokenize(`${n.title}\n${n.text}`)
            .filter((t) => !t.part)
            .map((t) => t.term),
        ),
      ]),
    );
    const wrong = kb.glossary.flatMap((g, i) => g.notes.filter((slug) => !mentions.get(slug)?.has(i)).map((slug) => `${g.en} → ${slug}`));
    expect(wrong).toEqual([]);
  });

  it(`has an entry for every Latin term written with a capital in ${MIN_NOTES}+ notes`, () => {
    const covered = new Set(kb.glossary.flatMap((g) => glossaryForms(g).flatMap((f) => tokenize(f).map((t) => t.term))));
    const notesOf = new Map<string, Set<string>>();
    for (const note of kb.notes) {
      const text = `${note.title}\n${note.text}`.replace(/https?:\/\/\S+/g, ' ').replace(/`[^`\n]*`/g, ' ');
      for (const token of tokenize(text)) {
        if (token.script !== 'latin' || token.part || !/^[a-z][a-z0-9]+$/.test(token.term)) continue;
        if (!/[A-Z]/.test(text.slice(token.start, token.end))) continue;
        const set = notesOf.get(token.term) ?? new Set<string>();
        set.add(note.slug);
        notesOf.set(token.term, set);
      }
    }
    const missing = [...notesOf]
      .filter(([term, notes]) => notes.size >= MIN_NOTES && !covered.has(term) && !NOT_TERMS.has(term))
      .map(([term, notes]) => `${term} (${notes.size} notes)`);
    expect(missing, 'add these terms to content/glossary.yml (or, if not a term, to NOT_TERMS)').toEqual([]);
  });
});
