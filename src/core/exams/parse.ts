/**
 * Reads blueprint files (`exams/<id>.yml`) into {@link ExamBlueprint}s. Never throws: YAML errors
 * and schema errors become diagnostics at the file's line and column, and a blueprint with an error
 * is not published. {@link checkBlueprints} then checks a blueprint against the content (tags that
 * exist, fixed questions that exist, domains the bank can fill).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { didYouMean, zodIssueDiagnostics } from '../diagnostics/zod-issues.ts';
import type { Question } from '../questions/schema.ts';
import { normaliseTagSelector, tagMatches } from '../quiz/tag-paths.ts';
import { allocateByWeight, domainOf } from './draw.ts';
import {
  BILINGUAL_ISSUE,
  BlueprintDomainFileSchema,
  BlueprintFileSchema,
  missingLanguages,
  DEFAULT_EXAM_PASSING,
  ExamIdSchema,
  type ExamBlueprint,
} from './schema.ts';
import type { TagLabel } from '../graph/schema.ts';

/** A published blueprint with the lines of its parts, for diagnostics of the later checks. */
export interface ParsedBlueprint {
  blueprint: ExamBlueprint;
  /** 1-based line of each domain's `- name:` entry, in order. */
  domainLines: number[];
  /** 1-based line of each domain's tags, in order: `tagLines[d][t]`. */
  tagLines: number[][];
  /** 1-based line of each fixed question id. */
  fixedLines: number[];
}

type Path = ReadonlyArray<string | number>;

/** 1-based line/column of the node at `path` (or of its closest existing ancestor). */
function locate(doc: Document, counter: LineCounter, path: Path): { line: number; column: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0];
    if (offset !== undefined) {
      const pos = counter.linePos(offset);
      return { line: pos.line, column: pos.col };
    }
  }
  return { line: 1, column: 1 };
}

/**
 * 1-based line/column of the KEY at the end of `path` (`title:`, a domain's `name:`, `en:`), or of
 * the list item when the path ends in an index; undefined when the key is not in the file.
 */
function locateKey(doc: Document, counter: LineCounter, path: Path): { line: number; column: number } | undefined {
  const last = path[path.length - 1];
  const parent = doc.getIn(path.slice(0, -1), true);
  let offset: number | undefined;
  if (typeof last === 'number' && isSeq(parent)) {
    const item = parent.items[last] as { range?: [number, number, number] } | undefined;
    offset = item?.range?.[0];
  } else if (isMap(parent)) {
    const key = parent.items.find((p) => isScalar(p.key) && p.key.value === last)?.key as { range?: [number, number, number] } | undefined;
    offset = key?.range?.[0];
  }
  if (offset === undefined) return undefined;
  const pos = counter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** Whether a zod issue path points into a title, description or domain name (a `{ ko, en }` text). */
function isTextPath(path: Path): boolean {
  return path[0] === 'title' || path[0] === 'description' || (path[0] === 'domains' && path[2] === 'name');
}

/** A `{ ko, en }` text for a diagnostic message: `EMR` when both read the same, else `EMR 점검 / EMR check`. */
export function textForMessage(text: TagLabel): string {
  return text.ko === text.en ? text.ko : `${text.ko} / ${text.en}`;
}

/** The keys a blueprint file (path `[]`) or one of its domains (`['domains', n]`) may have. */
function fieldKeysOf(path: Path): readonly string[] | undefined {
  if (path.length === 0) return Object.keys(BlueprintFileSchema.shape);
  if (path.length === 2 && path[0] === 'domains' && typeof path[1] === 'number') return Object.keys(BlueprintDomainFileSchema.shape);
  return undefined;
}

/**
 * The diagnostics of the blueprint schema's issues, worded by the one zod formatter (what was
 * expected and found, "did you mean"). A `{ ko, en }` text's own problems (a language missing or
 * empty, a key other than ko/en) are `exam/invalid-bilingual` at the line of the key (`title:`,
 * `- name:`, `en:`, the unknown key); every other issue is `exam/invalid-field`.
 */
function schemaDiagnostics(error: z.ZodError, where: { doc: Document; counter: LineCounter; file: string; input: unknown }): Diagnostic[] {
  const { doc, counter, file, input } = where;
  const locateIssue = (path: Path) => locate(doc, counter, path);
  const bilingual = (issue: z.ZodIssue) =>
    isTextPath(issue.path) && (issue.code === 'unrecognized_keys' || (issue.code === 'custom' && issue.params?.[BILINGUAL_ISSUE] === true));
  const textIssues = error.issues.filter(bilingual);
  // A misspelt key (`minute:`) is one mistake: reported once, at the key, with "did you mean
  // `minutes`" — not also as "minutes is missing" at the top of the file.
  const misspelt = new Set(
    error.issues.flatMap((i) =>
      i.code === 'unrecognized_keys'
        ? i.keys.flatMap((k) => {
            const guess = didYouMean(k, fieldKeysOf(i.path) ?? []);
            return guess ? [JSON.stringify([...i.path, guess])] : [];
          })
        : [],
    ),
  );
  const fieldIssues = error.issues.filter(
    (i) => !bilingual(i) && !(i.code === 'invalid_type' && i.received === 'undefined' && misspelt.has(JSON.stringify(i.path))),
  );
  const out: Diagnostic[] = [];
  if (fieldIssues.length > 0)
    out.push(
      ...zodIssueDiagnostics(new z.ZodError(fieldIssues), {
        file,
        code: 'exam/invalid-field',
        locate: locateIssue,
        locateKey: (path) => locateKey(doc, counter, path),
        input,
        keys: { keysOf: fieldKeysOf },
      }),
    );
  if (textIssues.length > 0)
    out.push(
      ...zodIssueDiagnostics(new z.ZodError(textIssues), {
        file,
        code: 'exam/invalid-bilingual',
        locate: (path) => locateKey(doc, counter, path) ?? locateIssue(path),
        input,
        // "Did you mean" only names a language the text lacks (`kr:` next to `ko:` is no misspelt `ko`).
        keys: {
          keysOf: (path) => {
            let value: unknown = input;
            for (const part of path)
              value = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[part] : undefined;
            return isTextPath(path) && value !== null && typeof value === 'object'
              ? missingLanguages(value as Record<string, unknown>)
              : undefined;
          },
        },
      }),
    );
  return out;
}

/** The id of a blueprint file: `exams/emr-architecture.yml` → `emr-architecture`. */
export function blueprintIdOf(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.ya?ml$/i, '');
}

/**
 * Parses one blueprint file.
 * @param file path relative to the content folder (shown in diagnostics)
 * @returns the blueprint (null when it has an error) and its diagnostics
 */
export function parseBlueprint(text: string, file: string): { parsed: ParsedBlueprint | null; diagnostics: Diagnostic[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  // An error at the very end (an unclosed bracket) points at the last line, not one past it.
  const lastLine = Math.max(1, text.replace(/\n+$/, '').split('\n').length);
  const at = (offset: number) => {
    const pos = counter.linePos(offset);
    return pos.line > lastLine ? { line: lastLine, column: 1 } : { line: pos.line, column: pos.col };
  };
  if (doc.errors.length > 0) {
    const diagnostics = doc.errors.map((e) =>
      diagnostic('exam/invalid-yaml', file, at(e.pos[0]), `the exam blueprint does not parse: ${e.message.split('\n')[0]}`),
    );
    return { parsed: null, diagnostics };
  }
  const diagnostics: Diagnostic[] = [];
  const id = blueprintIdOf(file);
  if (!ExamIdSchema.safeParse(id).success) {
    diagnostics.push(
      diagnostic(
        'exam/invalid-field',
        file,
        { line: 1, column: 1 },
        `the file name "${id}" is not an exam id`,
        'Rename the file to lowercase letters, digits and "-", e.g. exams/emr-architecture.yml (the name is the exam’s id in links).',
      ),
    );
  }
  const input: unknown = doc.toJS();
  const result = BlueprintFileSchema.safeParse(input);
  if (!result.success) diagnostics.push(...schemaDiagnostics(result.error, { doc, counter, file, input }));
  if (!result.success || diagnostics.length > 0) return { parsed: null, diagnostics };
  const data = result.data;
  const lineOf = (path: Path) => locate(doc, counter, path).line;
  const fixed = [...new Set(data.fixed ?? [])];
  if (fixed.length > data.questions) {
    diagnostics.push(
      diagnostic(
        'exam/invalid-field',
        file,
        locate(doc, counter, ['fixed']),
        `fixed: ${fixed.length} fixed questions but the exam asks only ${data.questions}`,
      ),
    );
    return { parsed: null, diagnostics };
  }
  const blueprint: ExamBlueprint = {
    id,
    file,
    title: data.title,
    description: data.description ?? { ko: '', en: '' },
    minutes: data.minutes,
    questions: data.questions,
    passing: (data.passing ?? DEFAULT_EXAM_PASSING * 100) / 100,
    scaled: data.scaled ?? false,
    domains: data.domains.map((d) => ({ name: d.name, tags: d.tags.map(normaliseTagSelector), weight: d.weight })),
    fixed,
  };
  const domainsNode = doc.get('domains', true);
  const domainCount = isSeq(domainsNode) ? domainsNode.items.length : 0;
  return {
    parsed: {
      blueprint,
      domainLines: Array.from({ length: domainCount }, (_, d) => lineOf(['domains', d])),
      tagLines: data.domains.map((dom, d) => dom.tags.map((_, t) => lineOf(['domains', d, 'tags', t]))),
      fixedLines: (data.fixed ?? []).map((_, i) => lineOf(['fixed', i])),
    },
    diagnostics,
  };
}

/**
 * Checks published blueprints against the content: every domain tag must be a registered tag or a
 * tag of some question (`exam/unknown-tag`), every fixed id a published question
 * (`exam/unknown-question`; both errors, the blueprint is dropped), and the bank should hold enough
 * questions for each domain's share (`exam/domain-shortfall`, a warning: the exam is offered and
 * says which domain is short).
 * @returns the blueprints that stay published and the diagnostics
 */
export function checkBlueprints(
  parsed: readonly ParsedBlueprint[],
  questions: readonly Question[],
  registry: ReadonlyMap<string, unknown>,
): { exams: ExamBlueprint[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const exams: ExamBlueprint[] = [];
  const ids = new Set(questions.map((q) => q.id));
  const questionTags = new Set(questions.flatMap((q) => q.tags));
  const known = (tag: string) => registry.has(tag) || [...questionTags].some((t) => tagMatches(tag, t));
  for (const p of parsed) {
    const bp = p.blueprint;
    let ok = true;
    bp.domains.forEach((d, di) =>
      d.tags.forEach((tag, ti) => {
        if (known(tag)) return;
        ok = false;
        diagnostics.push(
          diagnostic(
            'exam/unknown-tag',
            bp.file,
            { line: p.tagLines[di]?.[ti] ?? 1, column: 1 },
            `domain "${textForMessage(d.name)}": tag "${tag}" is neither in the tag registry nor on any question`,
          ),
        );
      }),
    );
    bp.fixed.forEach((id, i) => {
      if (ids.has(id)) return;
      ok = false;
      diagnostics.push(
        diagnostic('exam/unknown-question', bp.file, { line: p.fixedLines[i] ?? 1, column: 1 }, `fixed question "${id}" does not exist`),
      );
    });
    if (!ok) continue;
    diagnostics.push(...shortfalls(p, questions));
    exams.push(bp);
  }
  return { exams, diagnostics };
}

/** `exam/domain-shortfall` warnings: domains whose share of the exam exceeds the questions they hold. */
function shortfalls(p: ParsedBlueprint, questions: readonly Question[]): Diagnostic[] {
  const bp = p.blueprint;
  const pools = bp.domains.map(() => 0);
  for (const q of questions) {
    const d = domainOf(bp, q.tags);
    if (d !== null) pools[d] = (pools[d] ?? 0) + 1;
  }
  const targets = allocateByWeight(
    bp.questions,
    bp.domains.map((d) => d.weight),
  );
  const out: Diagnostic[] = [];
  bp.domains.forEach((d, i) => {
    const want = targets[i] ?? 0;
    const have = pools[i] ?? 0;
    if (have >= want) return;
    out.push(
      diagnostic(
        'exam/domain-shortfall',
        bp.file,
        { line: p.domainLines[i] ?? 1, column: 1 },
        `domain "${textForMessage(d.name)}" should have ${want} of the ${bp.questions} questions but the bank holds only ${have} under ${d.tags.join(', ')}`,
      ),
    );
  });
  return out;
}
