/**
 * The pipeline as one pure function: files (bytes) + tag registry → {@link KnowledgeBase}.
 * read (decode, mojibake repair) → parse (notes, question blocks) → link (aliases, wikilinks,
 * backlinks, related notes, tag graph) → check the answer keys of cluster-config questions with the
 * sizing rules → knowledge base. The reader (`reader.ts`) gathers the
 * files from disk; the site, the CLI and the tests all call this same function.
 */
import { diagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { decodeNoteBytes } from '../text/decode.ts';
import type { CharFrequencies } from '../text/frequencies.ts';
import { folderOf, repairFrequencies, repairNeighbours } from '../text/repair-model.ts';
import { parseNote, type ParsedNote } from '../notes/parse-note.ts';
import { checkNoteLimits, utf8Length } from '../notes/limits.ts';
import type { EncodingReport, Note } from '../notes/schema.ts';
import type { Question } from '../questions/schema.ts';
import { mergeTagRegistries, nearestRegisteredTag, type TagRegistry } from '../graph/registry.ts';
import { buildTagGraph } from '../graph/tag-graph.ts';
import { buildLinkIndex, resolveLinks } from '../graph/links.ts';
import { computeRelatedNotes } from '../graph/related.ts';
import { checkScenarios } from './check-scenarios.ts';
import { checkBlueprints, isBlueprintPath, parseBlueprint, type ParsedBlueprint } from '../exams/index.ts';
import { parseGlossaries, resolveGlossary, type GlossarySource, type ParsedGlossaryEntry } from '../glossary/parse.ts';
import { checkItems } from '../questions/item-checks.ts';
import { checkSources, type SourcePolicy } from './check-sources.ts';
import { isSettingsPath, parseFolderSettings, withFolderSettings, type FolderSettings } from './folder-settings.ts';
import type { KnowledgeBase, ScenarioSource } from './schema.ts';

/** One content file as read from disk. */
export interface SourceFile {
  /** Path relative to the content folder, POSIX separators. */
  path: string;
  /** The file's bytes, or null when it could not be read (then `error` says why). */
  bytes: Uint8Array | null;
  error?: string;
  /**
   * Why there are no bytes, when it is not a read error: `symlink` (a note file that is a symbolic
   * link, not followed) or `unreadable-folder` (`path` is a folder, ending in `/`, that could not
   * be listed).
   */
  problem?: 'symlink' | 'unreadable-folder';
}

export interface BuildInput {
  files: readonly SourceFile[];
  /** The tag registry's text and the name to show in diagnostics, or null when there is none. */
  registry: { file: string; text: string } | null;
  /**
   * The glossary files, bundled first then the folder's own (see core/glossary/parse.ts); none
   * gives an empty glossary.
   */
  glossaries?: readonly GlossarySource[];
  /**
   * The bundled registry that `registry` extends (content/tags.yml when building another folder),
   * unless `registry` opts out with `_bundled: false`; null or absent: `registry` alone.
   */
  baseRegistry?: { file: string; text: string } | null;
  /**
   * The general corpus of mojibake repair (the bundled notes when building another folder; see
   * text/repair-model.ts): with the clean notes of a damaged note's own folder, it gives the
   * character frequencies used to guess bytes lost to mojibake — the same model `emr-prep repair`
   * uses, so both produce the same text.
   */
  frequencyCorpus?: readonly string[];
  /**
   * Today's date and the allowed age of a source's `checked:` date: with it, notes without
   * `sources:` and stale sources are warnings (check-sources.ts). The reader always passes one. A
   * settings file among `files` (`emr-prep.yml`, kb/folder-settings.ts) replaces a default age.
   */
  sourcePolicy?: SourcePolicy;
  /**
   * Called once per pipeline phase with its duration in milliseconds (wall clock, from
   * `performance.now()`), in pipeline order; for benchmarks (`EMR_PREP_TIMINGS=1`, see reader.ts).
   */
  onPhase?: (phase: BuildPhase, ms: number) => void;
}

/**
 * The phases of {@link buildKnowledgeBase}, as reported to {@link BuildInput.onPhase}:
 * `decode` (bytes → text, mojibake repair), `parse` (notes and question blocks), `link` (slugs,
 * tags, aliases, wikilinks, backlinks, related notes), `assemble` (notes, unique question ids,
 * answer keys of cluster-config questions checked by the sizing rules, tag graph).
 */
export type BuildPhase = 'decode' | 'parse' | 'link' | 'assemble';

/** A note file after decoding: the text to parse, or nothing when the file is binary. */
export interface DecodedNote {
  /** Path relative to the content folder, POSIX separators. */
  file: string;
  /** Decoded text with LF line endings, or null when the file is not text (NUL bytes). */
  text: string | null;
  encoding: EncodingReport;
  /** Diagnostics about reading this file (binary, invalid UTF-8, mojibake repaired). */
  diagnostics: Diagnostic[];
}

/** The content after the read stage: the registry, the decoded notes, and the diagnostics so far. */
export interface DecodedContent {
  registry: TagRegistry;
  /** The glossary terms as read (references not yet checked). */
  glossary: ParsedGlossaryEntry[];
  /** The content folder's own tags.yml (as named in diagnostics), or null when it has none. */
  registryFile?: string | null;
  /** The freshness policy of the build input, if any. */
  sourcePolicy?: SourcePolicy;
  /** Diagnostics of the registry and of unreadable files. */
  diagnostics: Diagnostic[];
  /** Readable files in input order. */
  notes: DecodedNote[];
  /** Mock-exam blueprint files (`exams/*.yml`) that parsed without error (checked against the content later). */
  blueprints: ParsedBlueprint[];
}

/** What {@link parseDecodedNote} returns for one note (serialisable with structured clone). */
export type ParsedNoteResult = ReturnType<typeof parseNote>;

type DecodeResult = ReturnType<typeof decodeNoteBytes>;

/** The diagnostic for a file that has no bytes to read (a symbolic link, an unreadable folder or file). */
function unreadableDiagnostic(f: SourceFile): Diagnostic {
  if (f.problem === 'symlink') {
    return diagnostic(
      'read/symlink',
      f.path,
      { line: 1, column: 1 },
      `the note is a ${f.error ?? 'symbolic link'}; links are not followed, so it was not read`,
    );
  }
  if (f.problem === 'unreadable-folder') {
    return diagnostic(
      'read/unreadable',
      f.path,
      { line: 1, column: 1 },
      `the folder could not be read (${f.error ?? 'unknown error'}); its notes were not checked, the rest were`,
      'Make the folder readable (chmod 755 FOLDER) or move it out of the content folder.',
    );
  }
  return diagnostic('read/unreadable', f.path, { line: 1, column: 1 }, `the file could not be read: ${f.error ?? 'unknown error'}`);
}

/**
 * Re-decodes every file that holds mojibake with character frequencies of its folder's clean
 * neighbours (and `frequencyCorpus`); `decoded` is updated in place.
 */
function repairMojibake(
  decoded: Array<{ file: SourceFile & { bytes: Uint8Array }; result: DecodeResult }>,
  frequencyCorpus: readonly string[],
): void {
  const needsRepair = decoded.filter((d) => d.result.mojibake !== null);
  if (needsRepair.length > 0) {
    const clean = decoded
      .filter((d) => d.result.mojibake === null && !d.result.binary)
      .map((d) => ({ path: d.file.path, text: d.result.text }));
    const models = new Map<string, CharFrequencies>();
    for (const d of needsRepair) {
      const folder = folderOf(d.file.path);
      let frequencies = models.get(folder);
      if (!frequencies) {
        const neighbours = repairNeighbours(d.file.path, clean).map((c) => c.text);
        frequencies = repairFrequencies(frequencyCorpus, neighbours);
        models.set(folder, frequencies);
      }
      d.result = decodeNoteBytes(d.file.bytes, { frequencies });
    }
  }
}

/** One decoded file as a {@link DecodedNote}, with its encoding report and read diagnostics. */
function decodedNote(path: string, result: DecodeResult): DecodedNote {
  const noteDiagnostics: Diagnostic[] = [];
  const encoding: EncodingReport = {
    bom: result.bom,
    crlf: result.crlf,
    mojibake: result.mojibake
      ? { codepage: result.mojibake.codepage, restored: result.mojibake.restored, guessed: result.mojibake.guessed }
      : null,
  };
  if (result.binary) {
    noteDiagnostics.push(diagnostic('read/not-text', path, { line: 1, column: 1 }, 'the file is binary (it holds NUL bytes), not a note'));
    return { file: path, text: null, encoding, diagnostics: noteDiagnostics };
  }
  if (result.utf16) {
    noteDiagnostics.push(
      diagnostic(
        'read/utf16',
        path,
        { line: 1, column: 1 },
        `the file is UTF-16 (${result.utf16 === 'le' ? 'little' : 'big'} endian), not UTF-8; it was decoded as UTF-16 — convert it to UTF-8`,
      ),
    );
  }
  if (result.invalidUtf8 > 0) {
    noteDiagnostics.push(
      diagnostic(
        'read/invalid-utf8',
        path,
        { line: 1, column: 1 },
        `${result.invalidUtf8} byte sequences are not valid UTF-8 and show as �`,
      ),
    );
  }
  if (result.mojibake) {
    const m = result.mojibake;
    const first = m.guesses[0];
    noteDiagnostics.push(
      diagnostic(
        'read/mojibake-repaired',
        path,
        { line: first?.line ?? 1, column: first?.column ?? 1 },
        `the file is UTF-8 that was decoded as ${m.codepage} and saved again; repaired in memory: ${m.restored} characters restored, ${m.guessed} guessed`,
      ),
    );
  }
  return { file: path, text: result.text, encoding, diagnostics: noteDiagnostics };
}

/**
 * Stage 1 of {@link buildKnowledgeBase}: parses the tag registry and decodes every file (BOM, CRLF,
 * invalid UTF-8, mojibake repaired with character frequencies of the clean texts). Pure.
 */
export function decodeContent(input: BuildInput): DecodedContent {
  const diagnostics: Diagnostic[] = [];

  // ── registry ──
  const merged = mergeTagRegistries(input.baseRegistry ?? null, input.registry);
  const registry: TagRegistry = merged.registry;
  diagnostics.push(...merged.diagnostics);

  // ── glossary ──
  const glossary = parseGlossaries(input.glossaries ?? []);
  diagnostics.push(...glossary.diagnostics);

  // ── read: decode, then repair mojibake with frequencies from the clean texts ──
  const readable: Array<SourceFile & { bytes: Uint8Array }> = [];
  const blueprints: ParsedBlueprint[] = [];
  let settings: FolderSettings = {};
  for (const f of input.files) {
    if (isSettingsPath(f.path) && f.bytes) {
      const parsed = parseFolderSettings(new TextDecoder('utf-8').decode(f.bytes), f.path);
      diagnostics.push(...parsed.diagnostics);
      settings = parsed.settings;
      continue;
    }
    if (isBlueprintPath(f.path) && f.bytes) {
      const { parsed, diagnostics: found } = parseBlueprint(new TextDecoder('utf-8').decode(f.bytes), f.path);
      diagnostics.push(...found);
      if (parsed) blueprints.push(parsed);
      continue;
    }
    if (f.bytes) readable.push(f as SourceFile & { bytes: Uint8Array });
    else diagnostics.push(unreadableDiagnostic(f));
  }
  const decoded = readable.map((f) => ({ file: f, result: decodeNoteBytes(f.bytes) }));
  repairMojibake(decoded, input.frequencyCorpus ?? []);

  const notes: DecodedNote[] = decoded.map(({ file, result }) => decodedNote(file.path, result));
  return {
    registry,
    registryFile: input.registry?.file ?? null,
    glossary: glossary.entries,
    diagnostics,
    notes,
    blueprints,
    ...(input.sourcePolicy ? { sourcePolicy: withFolderSettings(input.sourcePolicy, settings) } : {}),
  };
}

/**
 * Stage 2 of {@link buildKnowledgeBase}: parses one decoded note. Pure and independent of every
 * other note, so callers may run it in parallel or take its result from a cache keyed by the
 * note's file, text and encoding (see reader.ts and cache.ts).
 * @throws Error when `note.text` is null (a binary file has nothing to parse)
 */
export function parseDecodedNote(note: DecodedNote): ParsedNoteResult {
  if (note.text === null) throw new Error(`${note.file}: a binary file has nothing to parse`);
  // Limits first (notes/limits.ts): beyond them the parser's time and stack grow without bound.
  const limit = checkNoteLimits(note.file, note.text);
  if (limit) return unparsedNote(note, limit);
  try {
    return parseNote({ file: note.file, text: note.text, encoding: note.encoding });
  } catch (error) {
    return unparsedNote(note, parseFailure(note.file, note.text, error));
  }
}

/** The longest file name most file systems accept (ext4, APFS, NTFS: 255 bytes or UTF-16 units). */
const MAX_NAME_BYTES = 255;

/** Codes after which a note is not published (it was not parsed). */
const UNPARSED_CODES = new Set([
  'limit/file-too-large',
  'limit/line-too-long',
  'limit/block-too-long',
  'limit/nesting-too-deep',
  'read/parse-failed',
]);

/** The result for a note that was not parsed: an empty note (never published) and one diagnostic. */
function unparsedNote(note: DecodedNote, reason: Diagnostic): ParsedNoteResult {
  const empty = parseNote({ file: note.file, text: '', encoding: note.encoding });
  return { note: empty.note, diagnostics: [reason] };
}

/**
 * A located diagnostic for a note the parser failed on (e.g. "Maximum call stack size exceeded" on
 * deeply nested emphasis or HTML): the first block (text between blank lines) that fails on its
 * own gives the line; line 1 when none does. At most one more parse of the note.
 */
function parseFailure(file: string, text: string, error: unknown): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  let line = 1;
  let found = false;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && !found; ) {
    while (i < lines.length && lines[i]!.trim() === '') i += 1;
    const first = i;
    while (i < lines.length && lines[i]!.trim() !== '') i += 1;
    if (i === first) break;
    try {
      parseNote({ file, text: lines.slice(first, i).join('\n'), encoding: { bom: false, crlf: false, mojibake: null } });
    } catch {
      line = first + 1;
      found = true;
    }
  }
  return diagnostic(
    'read/parse-failed',
    file,
    { line, column: 1 },
    `the Markdown parser failed on this note${found ? ` in the block starting at line ${line}` : ''} (${reason}); the note was not published`,
  );
}

/**
 * Builds the knowledge base. Never throws on content: every problem is a diagnostic.
 * Published: notes whose frontmatter parses and whose slug is unique; questions without errors.
 */
export function buildKnowledgeBase(input: BuildInput): KnowledgeBase {
  let phaseStart = performance.now();
  const lap = (phase: BuildPhase): void => {
    const now = performance.now();
    input.onPhase?.(phase, now - phaseStart);
    phaseStart = now;
  };
  const content = decodeContent(input);
  lap('decode');
  const parsed = content.notes.map((n) => (n.text === null ? null : parseDecodedNote(n)));
  lap('parse');
  return assembleKnowledgeBase(content, parsed, input.onPhase);
}

/** The parsed notes in input order, with the notes that cannot be published (unparsable frontmatter); pushes every read and parse diagnostic. */
function collectParsedNotes(
  content: DecodedContent,
  parsed: ReadonlyArray<ParsedNoteResult | null>,
  diagnostics: Diagnostic[],
): { parsedNotes: ParsedNote[]; unpublishable: Set<ParsedNote> } {
  const notesParsed: ParsedNote[] = [];
  const unpublishable = new Set<ParsedNote>();
  content.notes.forEach((decoded, i) => {
    diagnostics.push(...decoded.diagnostics);
    const result = parsed[i];
    if (decoded.text === null || !result) return;
    const { note, diagnostics: noteDiagnostics } = result;
    diagnostics.push(...noteDiagnostics);
    if (noteDiagnostics.some((d) => d.code === 'frontmatter/invalid-yaml' || UNPARSED_CODES.has(d.code))) unpublishable.add(note);
    notesParsed.push(note);
  });

  return { parsedNotes: notesParsed, unpublishable };
}

/**
 * Names the site cannot write: a page folder per slug and per tag segment, 255 bytes at most. A
 * note with a too-long slug is not published; a too-long tag is left out of its note.
 */
function checkNameLengths(parsedNotes: ParsedNote[], unpublishable: Set<ParsedNote>, diagnostics: Diagnostic[]): void {
  for (const note of parsedNotes) {
    if (utf8Length(note.slug) > MAX_NAME_BYTES) {
      diagnostics.push(
        diagnostic(
          'note/name-too-long',
          note.file,
          { line: note.frontmatterLines.get('key:slug') ?? note.frontmatterLines.get('key:title') ?? 1, column: 1 },
          `the slug is ${utf8Length(note.slug)} bytes long; a page's folder name may be at most ${MAX_NAME_BYTES} bytes, so this note is not published`,
        ),
      );
      unpublishable.add(note);
    }
    const long = note.tags.filter((t) => t.split('/').some((segment) => utf8Length(segment) > MAX_NAME_BYTES));
    for (const tag of long) {
      diagnostics.push(
        diagnostic(
          'note/name-too-long',
          note.file,
          { line: note.frontmatterLines.get(`value:${tag}`) ?? note.frontmatterLines.get('key:tags') ?? 1, column: 1 },
          `tag "${tag.slice(0, 40)}…" has a segment longer than ${MAX_NAME_BYTES} bytes (a tag page's folder name); the tag is left out`,
        ),
      );
    }
    if (long.length > 0) note.tags = note.tags.filter((t) => !long.includes(t));
  }
}

/** The notes to publish: the first of each slug (by file name) that is publishable; a duplicate is reported. */
function publishedBySlug(parsedNotes: ParsedNote[], unpublishable: Set<ParsedNote>, diagnostics: Diagnostic[]): ParsedNote[] {
  const bySlug = new Map<string, ParsedNote>();
  for (const note of [...parsedNotes].sort((a, b) => a.file.localeCompare(b.file))) {
    const other = bySlug.get(note.slug);
    if (other) {
      diagnostics.push(
        diagnostic(
          'note/duplicate-slug',
          note.file,
          { line: 1, column: 1 },
          `slug "${note.slug}" is already used by ${other.file}; this note is not published`,
        ),
      );
      unpublishable.add(note);
    } else if (!unpublishable.has(note)) bySlug.set(note.slug, note);
  }
  return parsedNotes.filter((n) => bySlug.get(n.slug) === n);
}

/** Reports every tag of a published note that is not in the tag registry. */
function checkRegisteredTags(published: ParsedNote[], registry: TagRegistry, registryFile: string | null, diagnostics: Diagnostic[]): void {
  // One suggestion per distinct tag, and at most SUGGESTED_TAGS_MAX of them: a folder of hostile notes
  // with thousands of distinct tags costs no more than that.
  const suggestions = new Map<string, string | null>();
  const suggest = (tag: string): string | null => {
    let s = suggestions.get(tag);
    if (s === undefined) {
      s = suggestions.size < SUGGESTED_TAGS_MAX ? nearestRegisteredTag(tag, registry) : null;
      suggestions.set(tag, s);
    }
    return s;
  };
  for (const note of published) {
    for (const tag of note.tags) {
      if (registry.has(tag)) continue;
      const meant = suggest(tag);
      const registerTail = `"${tag}" to ${registryFile ?? 'tags.yml (create it in the content folder)'} with a Korean and English label and a short description: \`${tag}: { ko: …, en: …, description: … }\`; it extends the bundled registry (content/tags.yml).`;
      diagnostics.push(
        diagnostic(
          'tag/unregistered',
          note.file,
          { line: note.frontmatterLines.get(`value:${tag}`) ?? note.frontmatterLines.get('key:tags') ?? 1, column: 1 },
          `tag "${tag}" is not in the tag registry; it shows as its raw path${meant ? ` — did you mean "${meant}"?` : ''}`,
          meant
            ? `If you meant the registered tag, write "${meant}"; if "${tag}" is a new tag, add ${registerTail}`
            : `Add ${registerTail}`,
        ),
      );
    }
  }
}

/** At most this many distinct unregistered tags get a "did you mean" (see {@link checkRegisteredTags}). */
const SUGGESTED_TAGS_MAX = 500;

/** What {@link toNote} reads from the link stage and collects into the knowledge base. */
interface NoteAssembly {
  related: ReturnType<typeof computeRelatedNotes>;
  backlinks: ReturnType<typeof resolveLinks>['backlinks'];
  /** Receives the note's questions. */
  questions: Question[];
  /** Receives the note's scenario blocks. */
  scenarios: ScenarioSource[];
}

/** A published parsed note as the knowledge base's {@link Note}; its questions and scenarios go to `into`. */
function toNote(n: ParsedNote, into: NoteAssembly): Note {
  const { related, backlinks, questions, scenarios } = into;
  const ids: string[] = [];
  for (const block of n.blocks) {
    if (!block.question) continue;
    questions.push(block.question);
    ids.push(block.question.id);
    if (block.scenario) scenarios.push({ question: block.question.id, file: n.file, line: block.scenario.line, text: block.scenario.text });
  }
  return {
    slug: n.slug,
    title: n.title,
    file: n.file,
    frontmatter: n.frontmatter,
    tags: n.tags,
    aliases: n.aliases,
    created: n.created,
    modified: n.modified,
    summary: n.summary,
    summaryHtml: n.summaryHtml,
    sections: n.sections,
    html: n.html,
    text: n.text,
    questions: ids,
    links: n.links,
    sources: n.sources,
    references: n.references,
    related: related.get(n.slug) ?? [],
    backlinks: backlinks.get(n.slug) ?? [],
    encoding: n.encoding,
  };
}

/** The questions with an id not used before (in note order), and the question of each id; a repeated id is reported. */
function uniqueQuestionIds(
  questions: Question[],
  diagnostics: Diagnostic[],
): { uniqueQuestions: Question[]; seenIds: Map<string, Question> } {
  const seenIds = new Map<string, Question>();
  const uniqueQuestions = questions.filter((q) => {
    const other = seenIds.get(q.id);
    if (other) {
      diagnostics.push(
        diagnostic(
          'question/duplicate-id',
          q.file,
          { line: q.line, column: 1 },
          `question id "${q.id}" is already used in ${other.file}:${other.line}`,
        ),
      );
      return false;
    }
    seenIds.set(q.id, q);
    return true;
  });
  return { uniqueQuestions, seenIds };
}

/**
 * Stage 3 of {@link buildKnowledgeBase}: links the parsed notes (unique slugs, tags, aliases,
 * wikilinks, backlinks, related notes) and assembles the knowledge base. Mutates the parsed notes
 * (resolved links and hrefs), so give it results nobody else holds.
 * @param parsed one entry per `content.notes[i]`: its parse result, or null for a binary file
 * @param onPhase receives the durations of the `link` and `assemble` phases (ms)
 */
export function assembleKnowledgeBase(
  content: DecodedContent,
  parsed: ReadonlyArray<ParsedNoteResult | null>,
  onPhase?: (phase: BuildPhase, ms: number) => void,
): KnowledgeBase {
  let phaseStart = performance.now();
  const endPhase = (phase: BuildPhase): void => {
    if (!onPhase) return;
    const now = performance.now();
    onPhase(phase, now - phaseStart);
    phaseStart = now;
  };
  const registry = content.registry;
  const diagnostics: Diagnostic[] = [...content.diagnostics];
  const { parsedNotes, unpublishable } = collectParsedNotes(content, parsed, diagnostics);

  // ── names the site cannot write: a page folder per slug and per tag segment, 255 bytes at most ──
  checkNameLengths(parsedNotes, unpublishable, diagnostics);

  // ── unique slugs ──
  const published = publishedBySlug(parsedNotes, unpublishable, diagnostics);

  // ── tags ──
  checkRegisteredTags(published, registry, content.registryFile ?? null, diagnostics);

  // ── link ──
  const { index, diagnostics: aliasDiagnostics } = buildLinkIndex(published);
  diagnostics.push(...aliasDiagnostics);
  const { backlinks, diagnostics: linkDiagnostics } = resolveLinks(published, index);
  diagnostics.push(...linkDiagnostics);
  const related = computeRelatedNotes(published);

  endPhase('link');

  // ── assemble ──
  const questions: Question[] = [];
  const scenarios: ScenarioSource[] = [];
  const notes: Note[] = published.map((n) => toNote(n, { related, backlinks, questions, scenarios }));
  // Question ids must be unique across notes too.
  const { uniqueQuestions, seenIds } = uniqueQuestionIds(questions, diagnostics);
  const kept = new Set(uniqueQuestions.map((q) => q.id));
  for (const note of notes) note.questions = note.questions.filter((id) => kept.has(id) && seenIds.get(id)?.note === note.slug);

  const checkedScenarios = scenarios.filter((s) => kept.has(s.question));
  diagnostics.push(...checkScenarios(checkedScenarios, uniqueQuestions));
  // ── item-writing checks (warnings) on the published questions and the notes' texts ──
  const publishedFiles = new Set(notes.map((n) => n.file));
  const texts = content.notes.flatMap((n) => (n.text !== null && publishedFiles.has(n.file) ? [{ file: n.file, text: n.text }] : []));
  diagnostics.push(...checkItems(uniqueQuestions, texts));
  if (content.sourcePolicy) diagnostics.push(...checkSources(notes, content.sourcePolicy));

  const checkedExams = checkBlueprints(content.blueprints, uniqueQuestions, registry);
  diagnostics.push(...checkedExams.diagnostics);

  const tags = buildTagGraph(notes, registry);
  notes.sort((a, b) => a.slug.localeCompare(b.slug));
  const aliases = new Map<string, string>();
  for (const n of notes) for (const a of n.aliases) aliases.set(a, n.slug);
  const glossary = resolveGlossary(content.glossary, {
    notes: new Set(notes.map((n) => n.slug)),
    aliases,
    tags: new Set(tags.map((t) => t.path)),
  });
  diagnostics.push(...glossary.diagnostics);
  endPhase('assemble');
  return {
    notes,
    questions: uniqueQuestions,
    tags,
    scenarios: checkedScenarios,
    exams: checkedExams.exams.sort((a, b) => a.id.localeCompare(b.id)),
    glossary: glossary.glossary,
    diagnostics: sortDiagnostics(diagnostics),
  };
}
