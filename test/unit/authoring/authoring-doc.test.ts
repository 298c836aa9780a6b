/**
 * docs/AUTHORING.md is checked against the code: every diagnostic code of
 * src/core/diagnostics/codes.ts has a section with its severity, a wrong example and the fix, and
 * the examples are real — each fenced block marked `wrong` must produce its section's code, each
 * marked `fixed` must not, and must have no error. The format examples (single answer, multiple
 * answer, several questions, a cluster-config scenario) must load with no diagnostic at all.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../../../src/core/diagnostics/codes.ts';
import { BUNDLED_CONTENT_DIR, PROJECT_ROOT } from '../../../src/core/kb/reader.ts';
import { kbFromFiles } from '../../helpers/kb.ts';

const DOC = readFileSync(path.join(PROJECT_ROOT, 'docs', 'AUTHORING.md'), 'utf8');
const REGISTRY = readFileSync(path.join(BUNDLED_CONTENT_DIR, 'tags.yml'), 'utf8');
const CODES = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];

interface Example {
  /** The `### \`code\`` section it stands in, or the `##` chapter for format examples. */
  section: string;
  kind: 'wrong' | 'fixed';
  file: string;
  text: string;
  line: number;
}

/** Fenced blocks whose info string is `<lang> wrong|fixed [file]`, with the heading they stand under. */
function examples(markdown: string): Example[] {
  const out: Example[] = [];
  const lines = markdown.split('\n');
  let section = '';
  for (let i = 0; i < lines.length; i += 1) {
    const heading = /^(#{2,3}) (.*)$/.exec(lines[i]!);
    if (heading) {
      section = heading[2]!.replace(/`/g, '').trim();
      continue;
    }
    const open = /^(`{3,}|~{3,})\s*(\S*)\s*(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    const [kind, file] = open[3]!.split(/\s+/);
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !(lines[j]!.startsWith(fence[0]!.repeat(fence.length)) && lines[j]!.trim().replace(/[`~]/g, '') === '')) {
      body.push(lines[j]!);
      j += 1;
    }
    if (kind === 'wrong' || kind === 'fixed') {
      out.push({ section, kind, file: file ?? 'note.md', text: `${body.join('\n')}\n`, line: i + 1 });
    }
    i = j;
  }
  return out;
}

/** Builds the knowledge base of one example (all blocks of one section and kind form one folder). */
function build(blocks: readonly Example[]) {
  const files: Record<string, string> = {};
  let registry = REGISTRY;
  let glossary: string | undefined;
  for (const b of blocks) {
    if (b.file === 'tags.yml') registry = b.text;
    else if (b.file === 'glossary.yml') glossary = b.text;
    else files[b.file] = b.text;
  }
  // The source examples are checked for freshness as of the day they were written.
  const fresh = blocks.some((b) => b.section.startsWith('source/')) ? { today: '2026-12-03', maxAgeDays: 365 } : undefined;
  return kbFromFiles(files, registry, { glossary, sourcePolicy: fresh });
}

/** The text of a `### \`code\`` section, up to the next heading of the same or a higher level. */
function sectionOf(code: string): string | null {
  const start = DOC.indexOf(`\n### \`${code}\`\n`);
  if (start < 0) return null;
  const rest = DOC.slice(start + 1);
  const end = rest.slice(4).search(/\n#{2,3} /);
  return end < 0 ? rest : rest.slice(0, end + 4);
}

const all = examples(DOC);
const grouped = new Map<string, Example[]>();
for (const e of all) {
  const key = `${e.section}\u0000${e.kind}`;
  grouped.set(key, [...(grouped.get(key) ?? []), e]);
}

describe('docs/AUTHORING.md lists every diagnostic code', () => {
  it.each(CODES)('%s has a section with its severity, a wrong example and the fix', (code) => {
    const section = sectionOf(code);
    expect(section, `docs/AUTHORING.md has no "### \`${code}\`" section`).not.toBeNull();
    const severity = DIAGNOSTIC_CODES[code].severity;
    expect(section).toMatch(new RegExp(`\\n\\*${severity === 'error' ? 'Error' : 'Warning'}\\.\\*`));
    expect(section).toMatch(/\*\*Wrong\*\*/);
    expect(section).toMatch(/\*\*Fix\*\*/);
  });

  it('documents no code that does not exist', () => {
    const documented = [...DOC.matchAll(/^### `([a-z]+\/[a-z0-9-]+)`$/gm)].map((m) => m[1]);
    expect(documented.filter((c) => !(CODES as string[]).includes(c!))).toEqual([]);
    expect(new Set(documented).size).toBe(documented.length);
  });
});

describe('the wrong and fixed examples of docs/AUTHORING.md are real', () => {
  const sectionsWithExamples = CODES.filter((c) => grouped.has(`${c}\u0000wrong`));

  it('most codes have a runnable wrong example (all but the ones about bytes on disk)', () => {
    expect(CODES.filter((c) => !sectionsWithExamples.includes(c))).toEqual([
      'read/not-text',
      'read/invalid-utf8',
      'read/mojibake-repaired',
      'read/unreadable',
      // issue 13: these need bytes on disk, a symlink, or thousands of characters
      'limit/file-too-large',
      'limit/line-too-long',
      'limit/block-too-long',
      'read/parse-failed',
      'read/utf16',
      'read/symlink',
    ]);
  });

  it.each(sectionsWithExamples)('%s: the wrong example produces it, the fix does not and has no error', (code) => {
    const wrong = build(grouped.get(`${code}\u0000wrong`)!);
    expect(
      wrong.diagnostics.map((d) => d.code),
      `wrong example of ${code}`,
    ).toContain(code);
    const fixed = grouped.get(`${code}\u0000fixed`);
    expect(fixed, `${code} has a fixed example`).toBeDefined();
    const kb = build(fixed!);
    expect(kb.diagnostics.map((d) => d.code)).not.toContain(code);
    expect(kb.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`)).toEqual([]);
  });

  const formatExamples = all.filter((e) => e.kind === 'fixed' && !(CODES as string[]).includes(e.section));
  it('the format examples (a note, single and multiple answer, several questions, a scenario) load with no diagnostic', () => {
    expect(formatExamples.map((e) => e.section).filter((s) => s !== 'Item-writing checks' && s !== 'Sources')).toEqual([
      'A note',
      'Single answer',
      'Multiple answer',
      'Several questions in one note',
      'Cluster-config scenarios',
    ]);
    for (const example of formatExamples) {
      const kb = build([example]);
      expect(kb.diagnostics.map((d) => `${example.section}: ${d.line} ${d.code} ${d.message}`)).toEqual([]);
      expect(kb.questions.length, example.section).toBeGreaterThan(0);
    }
    const several = build([formatExamples[3]!]);
    expect(several.questions.map((q) => q.id)).toContain('purchasing-core-spot-risk');
    expect(build([formatExamples[2]!]).questions[0]!.answer).toEqual(['B', 'D']);
    const scenario = build([formatExamples[4]!]);
    expect(scenario.scenarios).toHaveLength(1);
  });
});
