/**
 * The one formatter of zod issues: any issue of a schema that validates user input (frontmatter,
 * tag registry, cluster scenarios, `emr-prep size` options) becomes our diagnostic — located at
 * `file:line:col`, with a registered code, a message that says what was expected and what was
 * found, and a hint; for a value that must be one of a list, the nearest valid value ("did you
 * mean …?"). Messages are pinned by test/unit/kb/zod-issues.test.ts (snapshots).
 */
import { z } from 'zod';
import type { DiagnosticCode } from './codes.ts';
import { diagnostic, type Diagnostic, type Location } from './diagnostic.ts';

/** A path into the validated value, as zod reports it. */
export type IssuePath = ReadonlyArray<string | number>;

/** `sources[1].checked`, `workload.profile`; `(root)` for the empty path. */
export function formatIssuePath(path: IssuePath): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out || '(root)';
}

/** Levenshtein distance (insert, delete, substitute each cost 1). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The valid value a user most likely meant: one that starts with what was typed (or that it
 * starts with), else the nearest by edit distance when that is at most a third of its length
 * (at least 2). Null when nothing is close. Case is ignored.
 */
export function didYouMean(value: string, options: readonly string[]): string | null {
  const v = value.toLowerCase().trim();
  if (!v) return null;
  const prefixed = options.filter((o) => o.toLowerCase().startsWith(v) || v.startsWith(o.toLowerCase()));
  if (prefixed.length > 0) return [...prefixed].sort((a, b) => Math.abs(a.length - v.length) - Math.abs(b.length - v.length))[0]!;
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const o of options) {
    // Ties go to the option closest in length (m5.3xlarge → m5.2xlarge, not m5.xlarge).
    const d = editDistance(v, o.toLowerCase()) + Math.abs(o.length - v.length) / 100;
    if (d < bestDistance) {
      best = o;
      bestDistance = d;
    }
  }
  return best !== null && Math.floor(bestDistance) <= Math.max(2, Math.floor(best.length / 3)) ? best : null;
}

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** How {@link describeZodIssue} words unknown keys. */
export interface KeyOptions {
  /** The valid keys of the object at a path, for "did you mean" on an unknown key. */
  keysOf?: (path: IssuePath) => readonly string[] | undefined;
  /** Unknown keys are kept (a passthrough schema), so the message says they are ignored, not wrong. */
  unknownKeysKept?: boolean;
}

/**
 * What a zod issue says, in our words: the message (without location) and a specific hint, if any.
 * A refinement may give its own hint as `params.hint`.
 */
export function describeZodIssue(issue: z.ZodIssue, input?: unknown, keys: KeyOptions = {}): { message: string; hint?: string } {
  const where = formatIssuePath(issue.path);
  const got = input === undefined ? undefined : valueAt(input, issue.path);
  // A schema's own message (a refinement, a `.min(1, '…')`) says it best; zod's defaults are replaced.
  const own = issue.message !== z.defaultErrorMap(issue, { defaultError: issue.message, data: got }).message;
  const ownHint = issue.code === 'custom' && typeof issue.params?.hint === 'string' ? (issue.params.hint as string) : undefined;
  if (own && issue.code !== 'invalid_enum_value') return { message: `${where}: ${issue.message}`, ...(ownHint ? { hint: ownHint } : {}) };
  if (issue.code === 'unrecognized_keys') return describeUnknownKeys(issue, where, keys);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return { message: `${where} is missing (expected ${issue.expected})` };
      return { message: `${where} must be ${article(issue.expected)}, not ${article(issue.received)}` };
    case 'invalid_enum_value': {
      const guess = didYouMean(String(issue.received), issue.options.map(String));
      return {
        message: `${where}: ${shown(issue.received)} is not one of ${issue.options.join(', ')}${guess ? ` — did you mean "${guess}"?` : ''}`,
        hint: guess ? `Write "${guess}".` : `Use one of: ${issue.options.join(', ')}.`,
      };
    }
    case 'invalid_literal':
      return { message: `${where} must be ${shown(issue.expected)}${got !== undefined ? `, not ${shown(got)}` : ''}` };
    case 'too_small':
      return {
        message:
          issue.type === 'array'
            ? `${where} needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`
            : issue.type === 'string'
              ? `${where} must not be empty`
              : `${where} must be at least ${issue.minimum}${got !== undefined ? `, not ${shown(got)}` : ''}`,
      };
    case 'too_big':
      return {
        message:
          issue.type === 'array'
            ? `${where} may have at most ${issue.maximum} items`
            : `${where} must be at most ${issue.maximum}${got !== undefined ? `, not ${shown(got)}` : ''}`,
      };
    case 'invalid_string':
      return { message: `${where}: ${issue.message}${got !== undefined ? ` (found ${shown(got)})` : ''}` };
    default:
      return { message: `${where}: ${issue.message}${got !== undefined && typeof got !== 'object' ? ` (found ${shown(got)})` : ''}` };
  }
}

/** `unknown key "tag" — did you mean "tags"?`, or for kept keys `keys "layout", "output" are not used by emr-prep; they are kept`. */
function describeUnknownKeys(issue: z.ZodUnrecognizedKeysIssue, where: string, options: KeyOptions): { message: string; hint?: string } {
  const n = issue.keys.length;
  const listed = issue.keys.map((k) => `"${k}"`).join(', ');
  const valid = options.keysOf?.(issue.path) ?? [];
  const guesses = issue.keys.flatMap((k) => {
    const guess = valid.length > 0 ? didYouMean(k, valid) : null;
    return guess && guess !== k ? [{ key: k, guess }] : [];
  });
  const owner = where === '(root)' ? '' : `${where} `;
  const said = options.unknownKeysKept
    ? `${owner}key${n === 1 ? '' : 's'} ${listed} ${n === 1 ? 'is' : 'are'} not used by emr-prep; ${n === 1 ? 'it is' : 'they are'} kept`
    : `${owner ? `${owner}has ` : ''}unknown key${n === 1 ? '' : 's'} ${listed}`;
  if (guesses.length === 0) return { message: said };
  return {
    message: `${said} — did you mean ${guesses.map((g) => (n === 1 ? `"${g.guess}"` : `"${g.guess}" for "${g.key}"`)).join(', ')}?`,
    hint: guesses.map((g) => `Rename "${g.key}" to "${g.guess}".`).join(' '),
  };
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function valueAt(input: unknown, path: IssuePath): unknown {
  let v = input;
  for (const part of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[part];
  }
  return v;
}

/** Where and how to report the issues of one validation. */
export interface IssueContext {
  /** File the diagnostic names (relative to the content folder). */
  file: string;
  /** The registered code of this kind of problem. */
  code: DiagnosticCode;
  /** Where the value at a path is written, or undefined (then `fallback`). */
  locate?: (path: IssuePath) => Location | undefined;
  /** Where the key at the end of a path is written (for unknown keys); default: `locate`. */
  locateKey?: (path: IssuePath) => Location | undefined;
  /** Location when `locate` finds nothing (default 1:1). */
  fallback?: Location;
  /** Prefixed to the message, e.g. `frontmatter`. */
  subject?: string;
  /** The validated value, so messages can quote what was found. */
  input?: unknown;
  /** How unknown keys are worded (valid keys for "did you mean", kept or rejected). */
  keys?: KeyOptions;
}

/** One diagnostic per zod issue, located and worded by {@link describeZodIssue}. */
export function zodIssueDiagnostics(error: z.ZodError, ctx: IssueContext): Diagnostic[] {
  return error.issues.map((issue) => {
    const { message, hint } = describeZodIssue(issue, ctx.input, ctx.keys);
    let at: Location | undefined;
    // An unknown key is reported at the key itself, not at the object that holds it.
    if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined)
      at = (ctx.locateKey ?? ctx.locate)?.([...issue.path, issue.keys[0]]);
    for (let n = issue.path.length; n >= 0 && !at; n--) at = ctx.locate?.(issue.path.slice(0, n));
    return diagnostic(ctx.code, ctx.file, at ?? ctx.fallback, ctx.subject ? `${ctx.subject} ${message}` : message, hint);
  });
}

/** Plain lines `path: message` for a terminal (e.g. `emr-prep size`), one per issue. */
export function formatZodIssues(error: z.ZodError, input?: unknown): string[] {
  return error.issues.map((issue) => {
    const { message, hint } = describeZodIssue(issue, input);
    return hint ? `${message} (${hint})` : message;
  });
}
