/**
 * The knowledge base: one typed, serialisable object holding every published note, question and
 * tag, and every diagnostic. The site, the CLI and the tests all read this one shape.
 */
import { z } from 'zod';
import { DiagnosticSchema } from '../diagnostics/diagnostic.ts';
import { NoteSchema } from '../notes/schema.ts';
import { QuestionSchema } from '../questions/schema.ts';
import { TagSchema } from '../graph/schema.ts';
import { ExamBlueprintSchema } from '../exams/schema.ts';
import { GlossaryEntrySchema } from '../glossary/schema.ts';

/** The raw `emr-scenario` block of a cluster-config question, checked by the sizing rules. */
export const ScenarioSourceSchema = z.object({
  question: z.string(),
  file: z.string(),
  /** File line of the first line inside the fence. */
  line: z.number().int().min(1),
  text: z.string(),
});
export type ScenarioSource = z.infer<typeof ScenarioSourceSchema>;

export const KnowledgeBaseSchema = z.object({
  notes: z.array(NoteSchema),
  questions: z.array(QuestionSchema),
  tags: z.array(TagSchema),
  scenarios: z.array(ScenarioSourceSchema),
  /** Mock-exam blueprints (`exams/<id>.yml`) without errors, sorted by id. */
  exams: z.array(ExamBlueprintSchema),
  /** The glossary (bundled, extended by the folder's own `glossary.yml`), sorted by English term. */
  glossary: z.array(GlossaryEntrySchema),
  diagnostics: z.array(DiagnosticSchema),
});
export type KnowledgeBase = z.infer<typeof KnowledgeBaseSchema>;
