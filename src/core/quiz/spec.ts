/**
 * The quiz spec: every choice of the quiz builder, and its URL form, so a teacher can share a link
 * that gives every student the same quiz (same questions, same order — the seed is in the link).
 *
 * URL parameters (all optional):
 * | parameter        | meaning                                                         | example            |
 * |------------------|-----------------------------------------------------------------|--------------------|
 * | `tags` / `tag`   | tag selectors, comma-separated or repeated; a tag selects below  | `tags=service/emr` |
 * | `notes` / `note` | note slugs whose questions are asked                            | `note=spot-basics` |
 * | `count`          | number of questions (default: all that match)                   | `count=20`         |
 * | `mode`           | `practice` (default) or `exam`                                  | `mode=exam`        |
 * | `limit`          | exam time limit: `90m`, `45s`, `2h`, bare number = minutes, `none` | `limit=130m`   |
 * | `pass`           | passing score in percent, 1–100                                 | `pass=72`          |
 * | `seed`           | quiz seed (1–64 letters, digits, `_`, `-`)                      | `seed=week3`       |
 * | `retry` + `from` | `retry=wrong` or `retry=flagged` of attempt `from`              | `retry=wrong&from=…` |
 * | `due`            | `due=1`: the review cards that are due                          | `due=1`            |
 * | `exam`           | a mock exam drawn from the blueprint `exams/<id>.yml`           | `exam=emr-architecture` |
 */
import { assertTimeLimit, defaultTimeLimitMs, DEFAULT_MS_PER_QUESTION, MAX_TIME_LIMIT_MS, MIN_TIME_LIMIT_MS } from './deadline.ts';
import { isAttemptId, isQuizSeed, type QuizMode, type QuizSource } from './model.ts';
import { normaliseTagSelector } from './tag-paths.ts';

/** Every choice of the quiz builder. */
export interface QuizSpec {
  /** Which questions: by tags/notes, a retry of an earlier attempt, or the due review cards. */
  source: QuizSource;
  /** Number of questions, or null for all that match. */
  count: number | null;
  mode: QuizMode;
  /**
   * Time limit: `'default'` (exam: 2 minutes per question; practice: untimed), null (untimed), or
   * milliseconds (1 s – 24 h).
   */
  timeLimit: number | null | 'default';
  /** Passing score as a fraction (0, 1], or null for the student's setting (default 0.72). */
  passingScore: number | null;
  /** Quiz seed, or null to draw a fresh one (`seedFromEntropy`) when the quiz starts. */
  seed: string | null;
}

/** One URL parameter that could not be used, with the fix. Its value was replaced by the default. */
export interface SpecIssue {
  param: string;
  value: string;
  message: string;
}

/** The spec of an empty query string: all questions, practice, default limit and passing score, fresh seed. */
export function defaultQuizSpec(): QuizSpec {
  return {
    source: { kind: 'tags', tags: [], notes: [] },
    count: null,
    mode: 'practice',
    timeLimit: 'default',
    passingScore: null,
    seed: null,
  };
}

function listParam(params: URLSearchParams, ...names: string[]): string[] {
  return names.flatMap((n) => params.getAll(n)).flatMap((v) => v.split(','));
}

/**
 * Parses a duration of the `limit` parameter.
 *
 * @returns ms, null for `none`/`0`/`off`, or undefined when unreadable.
 */
function parseLimit(raw: string): number | null | undefined {
  const v = raw.trim().toLowerCase();
  if (v === 'none' || v === 'off' || v === '0') return null;
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h|min)?$/.exec(v);
  if (!m) return undefined;
  const unit = m[2] === 's' ? 1000 : m[2] === 'h' ? 3_600_000 : 60_000;
  return Math.round(Number(m[1]) * unit);
}

/**
 * Reads a spec from a URL query. Unusable values are reported in `issues` (naming the parameter
 * and the fix) and replaced by their default, so a mistyped link still opens a working quiz
 * builder. Never throws.
 */
export function parseQuizSpec(params: URLSearchParams): { spec: QuizSpec; issues: SpecIssue[] } {
  const spec = defaultQuizSpec();
  const issues: SpecIssue[] = [];
  const tags = [
    ...new Set(
      listParam(params, 'tags', 'tag')
        .map(normaliseTagSelector)
        .filter((t) => t !== ''),
    ),
  ];
  const notes = [
    ...new Set(
      listParam(params, 'notes', 'note')
        .map((n) => n.trim())
        .filter((n) => n !== ''),
    ),
  ];
  spec.source = { kind: 'tags', tags, notes };

  const retry = params.get('retry');
  const from = params.get('from');
  if (retry !== null) {
    if (retry !== 'wrong' && retry !== 'flagged') {
      issues.push({ param: 'retry', value: retry, message: 'use retry=wrong or retry=flagged' });
    } else if (from === null || !isAttemptId(from)) {
      issues.push({ param: 'from', value: from ?? '', message: 'retry needs from=<attempt id> of an attempt in your history' });
    } else {
      spec.source = { kind: retry === 'wrong' ? 'retry-wrong' : 'retry-flagged', attemptId: from };
    }
  } else if (params.get('due') === '1' || params.get('due') === 'true') {
    spec.source = { kind: 'due' };
  } else if (params.get('exam') !== null) {
    const exam = (params.get('exam') ?? '').trim().toLowerCase();
    if (/^[a-z0-9][a-z0-9-]{0,63}$/.test(exam)) {
      spec.source = { kind: 'exam', exam };
      spec.mode = 'exam';
    } else
      issues.push({
        param: 'exam',
        value: exam,
        message: 'use the id of a mock exam (its file name in exams/), e.g. exam=emr-architecture',
      });
  }

  const count = params.get('count');
  if (count !== null && count.trim() !== '' && count.trim() !== 'all') {
    const n = Number(count);
    if (Number.isInteger(n) && n >= 1) spec.count = n;
    else issues.push({ param: 'count', value: count, message: 'use a whole number of questions of at least 1, or "all"' });
  }

  const mode = params.get('mode');
  if (mode !== null) {
    if (mode === 'practice' || mode === 'exam') spec.mode = mode;
    else issues.push({ param: 'mode', value: mode, message: 'use mode=practice or mode=exam' });
  }

  const limit = params.get('limit');
  if (limit !== null && limit.trim() !== '' && limit.trim() !== 'default') {
    const ms = parseLimit(limit);
    if (ms === undefined || (ms !== null && (ms < MIN_TIME_LIMIT_MS || ms > MAX_TIME_LIMIT_MS))) {
      issues.push({ param: 'limit', value: limit, message: 'use a duration from 1s to 24h such as 130m, 45s or 2h, or "none"' });
    } else {
      spec.timeLimit = ms;
    }
  }

  const pass = params.get('pass');
  if (pass !== null && pass.trim() !== '') {
    const p = Number(pass.trim().replace(/%$/, ''));
    if (Number.isFinite(p) && p >= 1 && p <= 100) spec.passingScore = p / 100;
    else issues.push({ param: 'pass', value: pass, message: 'use a passing score in percent, 1–100 (pass=72, not pass=0.72)' });
  }

  const seed = params.get('seed');
  if (seed !== null && seed !== '') {
    if (isQuizSeed(seed)) spec.seed = seed;
    else issues.push({ param: 'seed', value: seed, message: 'use 1–64 letters, digits, "_" or "-"' });
  }
  return { spec, issues };
}

/** Formats ms for the `limit` parameter: whole minutes as `Nm`, else whole seconds (rounded up) as `Ns`. */
function formatLimit(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000}m` : `${Math.ceil(ms / 1000)}s`;
}

/**
 * Questions in the practice quiz a link proposes for a tag (a tag page's "quiz me", the history
 * page's weakest tags, a mock exam's domain review): a short sitting of a few minutes, the size of
 * the quick start's "10 random questions", drawn at random from the tag's pool. A tag page offers
 * all of its questions as a second link.
 */
export const PRACTICE_QUIZ_COUNT = 10;

/**
 * Writes a spec as URL parameters (the inverse of {@link parseQuizSpec}); defaults are left out, so
 * links stay short. Parameters come out in a fixed order, so equal specs give equal links.
 */
export function quizSpecToSearchParams(spec: QuizSpec): URLSearchParams {
  const params = new URLSearchParams();
  const source = spec.source;
  if (source.kind === 'tags') {
    if (source.tags.length > 0) params.set('tags', source.tags.join(','));
    if (source.notes.length > 0) params.set('notes', source.notes.join(','));
  } else if (source.kind === 'due') {
    params.set('due', '1');
  } else if (source.kind === 'exam') {
    params.set('exam', source.exam);
  } else {
    params.set('retry', source.kind === 'retry-wrong' ? 'wrong' : 'flagged');
    params.set('from', source.attemptId);
  }
  if (spec.count !== null) params.set('count', String(spec.count));
  if (spec.mode !== (source.kind === 'exam' ? 'exam' : 'practice')) params.set('mode', spec.mode);
  if (spec.timeLimit === null) params.set('limit', 'none');
  else if (spec.timeLimit !== 'default') params.set('limit', formatLimit(spec.timeLimit));
  if (spec.passingScore !== null) params.set('pass', String(Math.round(spec.passingScore * 10_000) / 100));
  if (spec.seed !== null) params.set('seed', spec.seed);
  return params;
}

/**
 * The time limit of a quiz about to start, in ms or null (untimed).
 *
 * @param questionCount the number of questions actually selected.
 * @param msPerQuestion the student's setting (default 120 000 ms, see `deadline.ts`).
 * @returns `'default'` → exam: `questionCount × msPerQuestion`, practice: null; otherwise the spec's value.
 * @throws {QuizError} for an out-of-range limit or question count.
 */
export function resolveTimeLimitMs(
  spec: Pick<QuizSpec, 'mode' | 'timeLimit'>,
  questionCount: number,
  msPerQuestion = DEFAULT_MS_PER_QUESTION,
): number | null {
  if (spec.timeLimit === 'default') return spec.mode === 'exam' ? defaultTimeLimitMs(questionCount, msPerQuestion) : null;
  return assertTimeLimit(spec.timeLimit, 'timeLimit');
}
