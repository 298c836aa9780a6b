/**
 * The export format of `emr-prep export`: the knowledge base as plain JSON for other tools.
 * Shape (documented in README.md, "CLI"):
 * `{notes:[{slug,title,file,tags,aliases,summary,questions}],
 *   questions:[{id,note,stem,options:[{letter,text,explanation}],answer,tags}],
 *   tags:[{path,label:{ko,en},notes,questions}],
 *   exams:[{id,file,title:{ko,en},description:{ko,en},minutes,questions,passing,scaled,domains:[{name:{ko,en},tags,weight}],fixed}],
 *   (an exam's title, description and domain names in both languages; one text in the file fills both)
 *   glossary:[{id,en,ko:[…],spellings:[…],definition:{ko,en},notes,tags}],
 *   diagnostics:[{file,line,column,severity,code,message}]}`
 */
import type { KnowledgeBase } from './schema.ts';

export function toExportJson(kb: KnowledgeBase) {
  return {
    notes: kb.notes.map((n) => ({
      slug: n.slug,
      title: n.title,
      file: n.file,
      tags: n.tags,
      aliases: n.aliases,
      summary: n.summary,
      questions: n.questions,
    })),
    questions: kb.questions.map((q) => ({
      id: q.id,
      note: q.note,
      stem: q.stem,
      options: q.options.map((o) => ({ letter: o.letter, text: o.text, explanation: o.explanation })),
      answer: q.answer,
      tags: q.tags,
    })),
    tags: kb.tags.map((t) => ({ path: t.path, label: t.label, notes: t.notes, questions: t.questions })),
    exams: kb.exams.map((e) => ({
      id: e.id,
      file: e.file,
      title: { ko: e.title.ko, en: e.title.en },
      description: { ko: e.description.ko, en: e.description.en },
      minutes: e.minutes,
      questions: e.questions,
      passing: e.passing,
      scaled: e.scaled,
      domains: e.domains.map((d) => ({ name: { ko: d.name.ko, en: d.name.en }, tags: d.tags, weight: d.weight })),
      fixed: e.fixed,
    })),
    glossary: kb.glossary.map((g) => ({
      id: g.id,
      en: g.en,
      ko: g.ko,
      spellings: g.spellings,
      definition: g.definition,
      notes: g.notes,
      tags: g.tags,
    })),
    diagnostics: kb.diagnostics.map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      severity: d.severity,
      code: d.code,
      message: d.message,
    })),
  };
}
export type ExportedKnowledgeBase = ReturnType<typeof toExportJson>;
