/**
 * `emr-prep stats [--content DIR] [--json] [--strict]`: the question bank as a whole — questions per
 * exam topic and per tag, key letters, longest-key share, multiple-answer share, options per item,
 * items per note, notes without questions — and the thresholds it breaks (core/questions/bank-stats.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { mergeTagRegistries } from '../core/graph/registry.ts';
import { loadKnowledgeBase, readBaseTagRegistry, readOwnTagRegistry } from '../core/kb/reader.ts';
import { bankStats, TOPIC_NAMESPACE, type BankStats, type TagCount } from '../core/questions/bank-stats.ts';
import { resolveContentDir } from './content-dir.ts';
import type { Io } from './io.ts';
import { escapeTerminal } from './terminal.ts';

/** Version of the `--json` shape; raised when a field changes meaning or disappears. */
export const STATS_JSON_VERSION = 1;

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Right-aligned numeric columns after a left-aligned first column; the last column is free text. */
function table(head: string[], rows: Array<Array<string | number>>): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => (i === head.length - 1 ? 0 : Math.max(...cells.map((r) => (r[i] ?? '').length))));
  return cells
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : i === 0 && !/^\d+$/.test(c) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `  ${line}\n`)
    .join('');
}

function tagTable(rows: TagCount[]): string {
  return table(
    ['tag', 'notes', 'questions', 'label'],
    rows.map((t) => [t.path, t.notes, t.questions, t.label.ko === t.label.en ? t.label.ko : `${t.label.ko} (${t.label.en})`]),
  );
}

/** The human report of {@link BankStats}. */
export function formatStats(s: BankStats): string {
  const out: string[] = [];
  const { totals } = s;
  out.push(
    `${plural(totals.notes, 'note')}, ${plural(totals.questions, 'question')}: ` +
      `${totals.singleAnswer} single-answer, ${totals.multiAnswer} multiple-answer (${pct(totals.multiAnswerShare)})\n`,
  );
  out.push('\nQuestions per exam topic (registry order)\n', s.topics.length ? tagTable(s.topics) : '  (no topic/… tags)\n');
  const tags = s.tags.filter((t) => t.path !== TOPIC_NAMESPACE && !t.path.startsWith(`${TOPIC_NAMESPACE}/`));
  out.push('\nQuestions per tag, topics aside (registry order)\n', tags.length ? tagTable(tags) : '  (no tags)\n');
  out.push(
    '\nAnswer-key letters (single-answer items)\n',
    table(
      ['letter', 'keys', 'share', ''],
      s.keyLetters.map((k) => [k.letter, k.count, pct(k.share), '']),
    ),
  );
  out.push(
    `\nKey is the longest option: ${s.longestKey.items} of ${s.longestKey.of} single-answer items (${pct(s.longestKey.share)}; ` +
      `healthy ${pct(s.thresholds.minLongestKeyShare)}–${pct(s.thresholds.maxLongestKeyShare)}, chance with 4 options 25%)\n`,
  );
  if (totals.singleAnswer < s.thresholds.minItemsForShares)
    out.push(`  (shares are not judged below ${s.thresholds.minItemsForShares} single-answer items)\n`);
  out.push(
    '\nOptions per item\n',
    table(
      ['options', 'items', ''],
      s.optionsPerItem.map((o) => [o.options, o.items, '']),
    ),
  );
  const n = s.itemsPerNote;
  out.push(
    `\nQuestions per note: min ${n.min}, median ${n.median}, mean ${n.mean}, max ${n.max}\n`,
    table(
      ['questions', 'notes', ''],
      n.distribution.map((d) => [d.questions, d.notes, '']),
    ),
  );
  out.push(`\nNotes without questions: ${s.notesWithoutQuestions.length}\n`);
  for (const x of s.notesWithoutQuestions) out.push(`  ${x.file}\n`);
  out.push(s.warnings.length ? `\n${plural(s.warnings.length, 'warning')}\n` : '\nNo threshold broken.\n');
  for (const w of s.warnings) out.push(`  warning ${w.kind}: ${w.message}\n`);
  // Tag labels and file names are content: escaped line by line so no control character reaches the terminal.
  return out
    .join('')
    .split('\n')
    .map((line) => escapeTerminal(line))
    .join('\n');
}

/**
 * Prints the figures of a content folder's question bank.
 * @returns 0; 1 with `strict` when a threshold warns; 2 when the folder is missing
 */
export async function statsCommand(options: { content?: string; json?: boolean; strict?: boolean }, io: Io): Promise<number> {
  const dir = resolveContentDir(options.content);
  if (!existsSync(dir)) {
    io.err(`emr-prep: content folder not found: ${dir}\n`);
    return 2;
  }
  const [kb, base, own] = await Promise.all([loadKnowledgeBase(dir), readBaseTagRegistry(dir), readOwnTagRegistry(dir)]);
  const stats = bankStats(kb, mergeTagRegistries(base, own).registry);
  if (options.json) {
    const shown = path.relative(process.cwd(), dir) || '.';
    io.out(`${JSON.stringify({ version: STATS_JSON_VERSION, content: shown, ...stats }, null, 2)}\n`);
  } else io.out(formatStats(stats));
  return options.strict && stats.warnings.length > 0 ? 1 : 0;
}
