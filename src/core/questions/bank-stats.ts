/**
 * The question bank as a whole (issue 12, item 4): questions per tag and per exam topic, the
 * answer-key letter distribution, how often the key is the longest option, the multiple-answer
 * share, options per item, items per note and the notes without questions — each compared with
 * {@link BANK_THRESHOLDS}, the one set of figures both `emr-prep stats` and the coverage test of
 * the bundled bank (test/unit/content/coverage.test.ts) read, so the two never disagree.
 *
 * Pure: a knowledge base (and the tag registry, for the topic list) in, figures out.
 */
import type { KnowledgeBase } from '../kb/schema.ts';
import type { TagRegistry } from '../graph/registry.ts';
import { LONGEST_KEY_RATIO } from './item-checks.ts';

/**
 * Thresholds of a healthy bank. The share thresholds follow issue 14 (a shortcut by form must not
 * beat chance, which is 25% with four options); the per-topic and per-tag minimums follow issue 6.
 */
export const BANK_THRESHOLDS = {
  /** No answer-key letter may carry more than this share of single-answer keys. */
  maxKeyLetterShare: 0.3,
  /** Share of single-answer items whose key is the strictly longest option: at most … */
  maxLongestKeyShare: 0.3,
  /** … and at least, so that "never pick the longest" does not beat chance either. */
  minLongestKeyShare: 0.1,
  /** A key this many times as long as the longest distractor is "noticeably longer" (item/longest-key). */
  noticeablyLonger: LONGEST_KEY_RATIO,
  /** Every exam topic (`topic/…` tag) needs at least this many questions across the bank. */
  minQuestionsPerTopic: 5,
  /** Every tag in use needs at least this many questions (its own and those of the tags below it). */
  minQuestionsPerTag: 3,
  /**
   * Below this many single-answer items the share thresholds are not judged (with three items one
   * letter always holds a third); the figures are still shown.
   */
  minItemsForShares: 20,
} as const;

/** The exam topics are the direct children of this tag in the registry (`topic/storage`, …). */
export const TOPIC_NAMESPACE = 'topic';

/** One row of a per-tag or per-topic table. */
export interface TagCount {
  /** Tag path, e.g. `topic/storage`. */
  path: string;
  /** Readable label from the registry (the last path segment when unregistered). */
  label: { ko: string; en: string };
  /** Notes tagged with it or with a tag below it. */
  notes: number;
  /** Questions of those notes. */
  questions: number;
}

/** What a threshold found; `kind` is stable (scripts may key on it), `message` is for people. */
export interface BankWarning {
  kind: 'key-letter' | 'longest-key-high' | 'longest-key-low' | 'thin-topic' | 'no-topics' | 'thin-tag';
  message: string;
}

/** The figures of {@link bankStats}; the `--json` shape of `emr-prep stats` (documented in docs/AUTHORING.md). */
export interface BankStats {
  totals: {
    notes: number;
    questions: number;
    /** Items with exactly one key. */
    singleAnswer: number;
    /** Items with several keys ("Choose TWO"). */
    multiAnswer: number;
    /** multiAnswer / questions (0 without questions). */
    multiAnswerShare: number;
  };
  /** Every tag in use, in registry order (unregistered tags last, by path). */
  tags: TagCount[];
  /** Every exam topic of the registry, in registry order, with zero rows for unused topics. */
  topics: TagCount[];
  /** Keys of single-answer items by letter, A first; share of single-answer items. */
  keyLetters: Array<{ letter: string; count: number; share: number }>;
  /** Single-answer items whose key is strictly longer than every distractor (visible text, see {@link visibleLength}). */
  longestKey: { items: number; of: number; share: number };
  /** How many items have n options. */
  optionsPerItem: Array<{ options: number; items: number }>;
  /** Questions per note: the distribution and its summary. */
  itemsPerNote: { min: number; median: number; max: number; mean: number; distribution: Array<{ questions: number; notes: number }> };
  /** Notes that hold no question, by file. */
  notesWithoutQuestions: Array<{ slug: string; file: string }>;
  /** The thresholds the warnings were judged against. */
  thresholds: typeof BANK_THRESHOLDS;
  warnings: BankWarning[];
}

/**
 * Option text as a student compares lengths: Markdown links reduced to their text, emphasis and
 * code marks dropped, whitespace collapsed; counted in UTF-16 code units like the coverage test
 * always has.
 */
export function visibleLength(text: string): number {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim().length;
}

type Question = KnowledgeBase['questions'][number];

/** True when the single key of `q` is strictly longer than every distractor. */
export function keyIsLongest(q: Question): boolean {
  const key = q.options.find((o) => o.letter === q.answer[0]);
  if (!key || q.answer.length !== 1) return false;
  const own = visibleLength(key.text);
  return q.options.every((o) => o === key || own > visibleLength(o.text));
}

const share = (n: number, of: number): number => (of === 0 ? 0 : n / of);
const percent = (x: number): string => `${Math.round(x * 100)}%`;

function countRows(kb: Pick<KnowledgeBase, 'tags'>, registry: TagRegistry | undefined): { tags: TagCount[]; topics: TagCount[] } {
  const tags = [...kb.tags]
    .sort((a, b) => a.order - b.order || a.path.localeCompare(b.path))
    .map((t) => ({ path: t.path, label: t.label, notes: t.notes.length, questions: t.questions.length }));
  const byPath = new Map(tags.map((t) => [t.path, t]));
  const isTopic = (p: string) => p.startsWith(`${TOPIC_NAMESPACE}/`) && !p.slice(TOPIC_NAMESPACE.length + 1).includes('/');
  const registered = registry ? [...registry.keys()].filter(isTopic) : [];
  const used = tags.map((t) => t.path).filter((p) => isTopic(p) && !registered.includes(p));
  const topics = [...registered, ...used].map((p) => {
    const entry = registry?.get(p);
    return byPath.get(p) ?? { path: p, label: entry ? { ko: entry.ko, en: entry.en } : { ko: p, en: p }, notes: 0, questions: 0 };
  });
  return { tags, topics };
}

function distribution<K extends string>(values: number[], key: K): Array<Record<K, number> & { count: number }> {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a - b).map(([v, count]) => ({ [key]: v, count }) as Record<K, number> & { count: number });
}

function perNote(kb: Pick<KnowledgeBase, 'notes'>): BankStats['itemsPerNote'] {
  const counts = kb.notes.map((n) => n.questions.length).sort((a, b) => a - b);
  const mid = counts.length / 2;
  const median = counts.length === 0 ? 0 : counts.length % 2 ? counts[Math.floor(mid)]! : (counts[mid - 1]! + counts[mid]!) / 2;
  return {
    min: counts[0] ?? 0,
    median,
    max: counts.at(-1) ?? 0,
    mean: counts.length === 0 ? 0 : Math.round((counts.reduce((s, n) => s + n, 0) / counts.length) * 100) / 100,
    distribution: distribution(counts, 'questions').map((d) => ({ questions: d.questions, notes: d.count })),
  };
}

function judge(stats: Omit<BankStats, 'warnings' | 'thresholds'>): BankWarning[] {
  const t = BANK_THRESHOLDS;
  const warnings: BankWarning[] = [];
  const single = stats.totals.singleAnswer;
  if (single >= t.minItemsForShares) {
    for (const l of stats.keyLetters.filter((k) => k.share > t.maxKeyLetterShare)) {
      warnings.push({
        kind: 'key-letter',
        message: `key letter ${l.letter} is the key of ${l.count} of ${single} single-answer items (${percent(l.share)}; at most ${percent(t.maxKeyLetterShare)}): move some keys to other positions`,
      });
    }
    const { items, share: s } = stats.longestKey;
    if (s > t.maxLongestKeyShare)
      warnings.push({
        kind: 'longest-key-high',
        message: `the key is the longest option in ${items} of ${single} single-answer items (${percent(s)}; at most ${percent(t.maxLongestKeyShare)}): "pick the longest" beats chance — lengthen distractors or shorten keys`,
      });
    else if (s < t.minLongestKeyShare)
      warnings.push({
        kind: 'longest-key-low',
        message: `the key is the longest option in only ${items} of ${single} single-answer items (${percent(s)}; at least ${percent(t.minLongestKeyShare)}): "never pick the longest" beats chance`,
      });
  }
  const usedTopics = stats.topics.filter((x) => x.notes > 0);
  if (stats.totals.notes > 0 && usedTopics.length === 0)
    warnings.push({
      kind: 'no-topics',
      message: `no note is filed under an exam topic (a ${TOPIC_NAMESPACE}/… tag), so coverage per topic cannot be read`,
    });
  else
    for (const x of stats.topics.filter((x) => x.questions < t.minQuestionsPerTopic))
      warnings.push({
        kind: 'thin-topic',
        message: `topic ${x.path} (${x.label.en}) has ${x.questions} question${x.questions === 1 ? '' : 's'} (at least ${t.minQuestionsPerTopic})`,
      });
  for (const x of stats.tags.filter((x) => x.questions < t.minQuestionsPerTag && !x.path.startsWith(`${TOPIC_NAMESPACE}/`)))
    warnings.push({
      kind: 'thin-tag',
      message: `tag ${x.path} has ${x.questions} question${x.questions === 1 ? '' : 's'} (at least ${t.minQuestionsPerTag})`,
    });
  return warnings;
}

/**
 * The figures of a question bank and the thresholds they break.
 * @param kb the knowledge base (`loadKnowledgeBase`)
 * @param registry the tag registry the folder uses; its `topic/…` entries give the topic rows in
 *   registry order (unused topics included with zero counts). Without it, only topics in use are listed.
 */
export function bankStats(kb: Pick<KnowledgeBase, 'notes' | 'questions' | 'tags'>, registry?: TagRegistry): BankStats {
  const single = kb.questions.filter((q) => q.answer.length === 1);
  const multiAnswer = kb.questions.length - single.length;
  const letters = new Map<string, number>();
  for (const q of single) letters.set(q.answer[0]!, (letters.get(q.answer[0]!) ?? 0) + 1);
  const longest = single.filter(keyIsLongest).length;
  const stats = {
    totals: {
      notes: kb.notes.length,
      questions: kb.questions.length,
      singleAnswer: single.length,
      multiAnswer,
      multiAnswerShare: share(multiAnswer, kb.questions.length),
    },
    ...countRows(kb, registry),
    keyLetters: [...letters]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([letter, count]) => ({ letter, count, share: share(count, single.length) })),
    longestKey: { items: longest, of: single.length, share: share(longest, single.length) },
    optionsPerItem: distribution(
      kb.questions.map((q) => q.options.length),
      'options',
    ).map((d) => ({ options: d.options, items: d.count })),
    itemsPerNote: perNote(kb),
    notesWithoutQuestions: kb.notes.filter((n) => n.questions.length === 0).map((n) => ({ slug: n.slug, file: n.file })),
  };
  return { ...stats, thresholds: BANK_THRESHOLDS, warnings: judge(stats) };
}
