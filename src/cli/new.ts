/**
 * `emr-prep new note|question`: starts a note or a question from a template whose placeholders are
 * valid content (the new file passes `emr-prep check` without an error, so an author can save early
 * and watch the check while replacing the TODO text; every TODO is a `note/template-text` warning,
 * which `check --strict` fails on).
 *
 * - `new note --title T --tag TAG… [--slug S] [--content DIR]` writes `<content>/notes/<slug>.md`
 *   (or `<content>/<slug>.md` when the folder has no `notes/`): frontmatter (title, created and
 *   modified today, tags, aliases), the key point, explanation and key concepts sections, and one
 *   question.
 * - `new question --note SLUG [--content DIR]` appends a question template to that note (under its
 *   questions heading, adding one when the note has none) and sets its `modified:` to today.
 * - `new question --title T --tag TAG…` (no `--note`) writes a new note holding one question.
 *
 * Never overwrites: an existing file, or a note that already has the slug, is exit 1 with a message.
 * Writes go through safe-write.ts (atomic, never through a symlink); a note whose bytes its text
 * cannot reproduce (not UTF-8, e.g. EUC-KR; mojibake; mixed line endings) is refused, exit 1.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isValidTag } from '../core/tags/tag-path.ts';
import { mergeTagRegistries } from '../core/graph/registry.ts';
import { loadKnowledgeBase, readBaseTagRegistry, readOwnTagRegistry } from '../core/kb/reader.ts';
import { asciiSlug } from '../core/interchange/to-notes.ts';
import { resolveContentDir } from './content-dir.ts';
import type { Io } from './io.ts';
import { decodeNoteBytes } from '../core/text/decode.ts';
import { assertReplaceable, assertRoundTrip, safeCreateFile, safeReplaceFile } from './safe-write.ts';

export interface NewOptions {
  title?: string;
  tag?: string | string[];
  slug?: string;
  note?: string;
  content?: string;
  /** Today's date as `YYYY-MM-DD` (tests fix it); default: the local date. */
  today?: string;
}

/** Today's local date as `YYYY-MM-DD`. */
export function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The question template. Its placeholders are valid content: four lettered options, a key, and an
 * explanation for every option, so the block passes the check. `n` numbers the stem, so two
 * templates in one note never share a stem (and so never share an id).
 */
export function questionTemplate(n: number): string {
  return [
    `**Question:** TODO (question ${n}): describe the situation — workload, constraints, what the team wants — and end with what is asked, e.g. "Which configuration meets these requirements MOST cost-effectively?"`,
    '',
    '**Options:**',
    '',
    '- A) TODO: the keyed option',
    '- B) TODO: a distractor that is plausible but wrong',
    '- C) TODO: a second distractor',
    '- D) TODO: a third distractor',
    '',
    '**Answer: A**',
    '',
    '💡 추가 설명:',
    '',
    '- **Option A** - TODO: why A is right (cite the AWS documentation)',
    '- **Option B** - TODO: why B is wrong',
    '- **Option C** - TODO: why C is wrong',
    '- **Option D** - TODO: why D is wrong',
  ].join('\n');
}

/** A whole note from the template; `withSections` adds the explanation and key-concepts sections. */
export function noteTemplate(input: { title: string; tags: readonly string[]; today: string; withSections: boolean }): string {
  const lines = [
    '---',
    `title: ${JSON.stringify(input.title)}`,
    `created: ${input.today}`,
    `modified: ${input.today}`,
    'tags:',
    ...input.tags.map((t) => `  - ${t}`),
    'aliases: []',
    'sources:',
    '  - url: https://docs.aws.amazon.com/emr/latest/ManagementGuide/',
    '    title: "TODO: the page this note rests on (one entry per page)"',
    `    checked: ${input.today}`,
    '---',
    '',
    `# ${input.title}`,
    '',
    '## 🎯 핵심 포인트',
    '',
    'TODO: the one thing a student must remember from this note, in one paragraph.',
    '',
  ];
  if (input.withSections) {
    lines.push(
      '## 📝 설명',
      '',
      'TODO: the explanation, with a link to the AWS documentation for every fact. Link other notes as `[[note-slug]]` (without the backticks).',
      '',
      '## 🔍 주요개념',
      '',
      '- **TODO term**: TODO definition.',
      '',
    );
  }
  lines.push('## 📝 관련 문제', '', questionTemplate(1), '');
  return lines.join('\n');
}

function tagList(tag: string | string[] | undefined): string[] {
  if (tag === undefined) return [];
  return (Array.isArray(tag) ? tag : [tag])
    .flatMap((t) => String(t).split(','))
    .map((t) => t.trim())
    .filter(Boolean);
}

/** The folder new notes go to: `<content>/notes` when it exists, else the content folder. */
function notesFolder(dir: string): string {
  const notes = path.join(dir, 'notes');
  return existsSync(notes) ? notes : dir;
}

/**
 * Runs `emr-prep new note|question`.
 * @param kind `note` or `question`
 * @returns 0 written; 1 the file or slug exists (nothing written) or the note to append to is
 *   unknown; 2 usage errors (unknown kind, missing title or tag, malformed tag, no ASCII slug)
 */
export async function newCommand(kind: string, options: NewOptions, io: Io): Promise<number> {
  if (kind !== 'note' && kind !== 'question') {
    io.err(`emr-prep new: unknown kind "${kind}"; use "emr-prep new note" or "emr-prep new question"\n`);
    return 2;
  }
  const dir = resolveContentDir(options.content);
  if (!existsSync(dir)) {
    io.err(`emr-prep: content folder not found: ${dir}\n`);
    return 2;
  }
  const today = options.today ?? localDate();
  const tags = tagList(options.tag);
  const shown = (file: string) => path.relative(process.cwd(), file) || file;

  if (kind === 'question' && options.note !== undefined) {
    if (tags.length || options.title !== undefined || options.slug !== undefined) {
      io.err("emr-prep new question --note: --tag, --title and --slug belong to notes; edit the note's frontmatter instead\n");
      return 2;
    }
    return appendQuestion(dir, String(options.note), today, io, shown);
  }

  // ── a new note ──
  const title = options.title?.toString().trim();
  if (!title) {
    io.err(`emr-prep new ${kind}: --title is required, e.g. --title "Spot interruptions on task nodes"\n`);
    return 2;
  }
  if (tags.length === 0) {
    io.err(`emr-prep new ${kind}: give at least one --tag, e.g. --tag service/emr (the registry is tags.yml in the content folder)\n`);
    return 2;
  }
  const invalid = tags.filter((t) => !isValidTag(t));
  if (invalid.length) {
    io.err(
      `emr-prep new: tag${invalid.length > 1 ? 's' : ''} ${invalid.map((t) => `"${t}"`).join(', ')} must be lowercase kebab-case segments separated by "/", e.g. instance/spot-instances\n`,
    );
    return 2;
  }
  // Question ids start with the note's slug and must be ASCII, so the slug is too.
  const slug = asciiSlug(options.slug !== undefined ? String(options.slug) : title);
  if (!slug) {
    io.err(
      `emr-prep new: ${options.slug !== undefined ? `--slug "${options.slug}"` : 'the title'} gives no file name in Latin letters or digits (question ids are built from it); pass e.g. --slug spot-interruptions\n`,
    );
    return 2;
  }
  const file = path.join(notesFolder(dir), `${slug}.md`);
  if (existsSync(file)) {
    io.err(
      `emr-prep new: ${shown(file)} already exists; it is not overwritten (pick another --slug, or add a question to it with: emr-prep new question --note ${slug})\n`,
    );
    return 1;
  }
  const kb = await loadKnowledgeBase(dir);
  const holder = kb.notes.find((n) => n.slug === slug);
  if (holder) {
    io.err(`emr-prep new: the slug "${slug}" is already used by ${holder.file}; pass another --slug\n`);
    return 1;
  }
  const [own, base] = await Promise.all([readOwnTagRegistry(dir), readBaseTagRegistry(dir)]);
  const registry = mergeTagRegistries(base, own).registry;
  for (const tag of tags) {
    if (!registry.has(tag))
      io.err(
        `emr-prep new: note: tag "${tag}" is not in the tag registry yet (add it to ${path.join(dir, own?.file ?? 'tags.yml')} with ko, en and description; it extends the bundled registry)\n`,
      );
  }
  const text = noteTemplate({ title, tags, today, withSections: kind === 'note' });
  try {
    safeCreateFile(file, text);
  } catch (error) {
    io.err(`emr-prep new: could not create ${shown(file)}: ${(error as Error).message}\n`);
    return 1;
  }
  io.out(
    `created ${shown(file)} — replace the TODO text, then run: emr-prep check${options.content ? ` --content ${options.content}` : ''}\n`,
  );
  return 0;
}

async function appendQuestion(dir: string, wanted: string, today: string, io: Io, shown: (f: string) => string): Promise<number> {
  const kb = await loadKnowledgeBase(dir);
  const key = wanted.replace(/\.(md|markdown|txt)$/i, '');
  const note = kb.notes.find((n) => n.slug === key || n.file === wanted || n.file.replace(/\.(md|markdown|txt)$/i, '') === key);
  if (!note) {
    const near = kb.notes
      .map((n) => n.slug)
      .filter((s) => s.includes(key) || key.includes(s))
      .slice(0, 5);
    io.err(
      `emr-prep new question: no note with the slug "${wanted}" in ${shown(dir)}${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}\n`,
    );
    return 1;
  }
  const file = path.join(dir, note.file);
  let bytes: Uint8Array;
  try {
    assertReplaceable(file);
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    io.err(`emr-prep new question: ${(error as Error).message}\n`);
    return 1;
  }
  const decoded = decodeNoteBytes(bytes);
  const reason = decoded.utf16
    ? 'it is UTF-16, not UTF-8 (iconv -f UTF-16 -t UTF-8)'
    : decoded.invalidUtf8 > 0
      ? `it is not valid UTF-8 (${decoded.invalidUtf8} byte sequences, e.g. EUC-KR or CP949 text)`
      : decoded.mojibake
        ? `it is mojibake (UTF-8 decoded as ${decoded.mojibake.codepage}); run emr-prep repair ${shown(file)} --write first`
        : decoded.binary
          ? 'it is not a text file'
          : undefined;
  if (reason) {
    io.err(
      `emr-prep new question: ${shown(file)} cannot be rewritten without changing bytes it holds: ${reason}; nothing was written. Convert it to UTF-8 first (e.g. iconv -f EUC-KR -t UTF-8 FILE > FILE.utf8, check it, then replace FILE)\n`,
    );
    return 1;
  }
  try {
    assertRoundTrip(shown(file), bytes, decoded.text, decoded, 'it mixes CRLF and LF line endings');
  } catch (error) {
    io.err(`emr-prep new question: ${(error as Error).message}\n`);
    return 1;
  }
  const crlf = decoded.crlf;
  let text = decoded.text;
  const count = (text.match(/^\s*(?:<!--[^\n]*-->\s*)?\*\*(?:Question|문제)\b/gim) ?? []).length;
  const hasQuestionsHeading = note.sections.some((s) => s.kind === 'questions');
  const addition = [
    ...(hasQuestionsHeading ? (count > 0 ? ['---', ''] : []) : ['## 📝 관련 문제', '']),
    questionTemplate(count + 1),
    '',
  ].join('\n');
  text = `${text.replace(/\s*$/, '')}\n\n${addition}`;
  text = text.replace(
    /^(\uFEFF?---\n)([\s\S]*?\n)(---\n)/,
    (_m, open: string, yaml: string, close: string) => open + yaml.replace(/^modified:[^\n]*$/m, `modified: ${today}`) + close,
  );
  try {
    safeReplaceFile(file, `${decoded.bom ? '\uFEFF' : ''}${crlf ? text.replace(/\n/g, '\r\n') : text}`);
  } catch (error) {
    io.err(`emr-prep new question: ${(error as Error).message}\n`);
    return 1;
  }
  io.out(`added question ${count + 1} to ${shown(file)} — replace the TODO text, then run: emr-prep check\n`);
  return 0;
}
