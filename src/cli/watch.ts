/**
 * `emr-prep check --watch`: checks the content folder, then re-checks it whenever a note or the tag
 * registry is saved and prints only what changed — the diagnostics that are new and the ones that
 * are fixed — with one summary line per re-check. Runs until Ctrl+C (or the abort signal).
 *
 * A diagnostic is the same across re-checks when its file, code and message are the same; a line
 * that moved because text was added above it is not reported again. Watching uses one
 * `node:fs.watch` per folder (new folders are added as they appear), which, unlike a watch per file,
 * survives editors' atomic saves; saves arriving within `debounceMs` (default 150 ms) are checked once.
 */
import { existsSync, readdirSync, statSync, watch as watchFolder, type Dirent, type FSWatcher, type Stats } from 'node:fs';
import path from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../core/diagnostics/diagnostic.ts';
import { loadKnowledgeBase } from '../core/kb/reader.ts';
import { checkCommand } from './check.ts';
import { resolveContentDir } from './content-dir.ts';
import type { Io } from './io.ts';
import { escapeTerminal } from './terminal.ts';

export interface WatchOptions {
  content?: string;
  json?: boolean;
  /** Quiet time after the last save before re-checking, ms. */
  debounceMs?: number;
  /** Stops watching; when absent, SIGINT (Ctrl+C) stops it. */
  signal?: AbortSignal;
  /** Called after every re-check with what changed (tests wait on it). */
  onCheck?: (change: DiagnosticChange) => void;
}

/** What a re-check found compared with the previous check. */
export interface DiagnosticChange {
  /** Files whose saves triggered the re-check (relative to the content folder). */
  files: string[];
  added: Diagnostic[];
  fixed: Diagnostic[];
  errors: number;
  warnings: number;
}

const WATCHED = /(\.(md|markdown|txt)|(^|\/)(tags|emr-prep)\.ya?ml)$/i;

/** Identity of a diagnostic across edits: file, code and message (not the line, which moves). */
function identity(d: Diagnostic): string {
  return `${d.file}\u0000${d.code}\u0000${d.message}`;
}

/**
 * The diagnostics of `after` that are not in `before` (added) and those of `before` that are not in
 * `after` (fixed), counting repeats (two identical problems, one fixed, is one fixed).
 */
export function diffDiagnostics(before: readonly Diagnostic[], after: readonly Diagnostic[]): { added: Diagnostic[]; fixed: Diagnostic[] } {
  const remaining = new Map<string, number>();
  for (const d of before) remaining.set(identity(d), (remaining.get(identity(d)) ?? 0) + 1);
  const added: Diagnostic[] = [];
  for (const d of after) {
    const k = identity(d);
    const n = remaining.get(k) ?? 0;
    if (n > 0) remaining.set(k, n - 1);
    else added.push(d);
  }
  const fixed: Diagnostic[] = [];
  const unmatched = new Map<string, number>();
  for (const d of after) unmatched.set(identity(d), (unmatched.get(identity(d)) ?? 0) + 1);
  for (const d of before) {
    const k = identity(d);
    const n = unmatched.get(k) ?? 0;
    if (n > 0) unmatched.set(k, n - 1);
    else fixed.push(d);
  }
  return { added, fixed };
}

function statSafe(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

function readdirSafe(folder: string): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
}

function clock(now = new Date()): string {
  return now.toTimeString().slice(0, 8);
}

/** Prints one re-check: a JSON line, or a summary line with each new and fixed diagnostic. */
function printChange(change: DiagnosticChange, how: { json: boolean; shown: string; where: (d: Diagnostic) => string }, io: Io): void {
  const { files, added, fixed, errors, warnings } = change;
  if (how.json) {
    io.out(`${JSON.stringify({ time: new Date().toISOString(), ...change })}\n`);
    return;
  }
  const what = added.length || fixed.length ? `${added.length} new, ${fixed.length} fixed` : 'no change';
  io.out(
    `[${clock()}] ${escapeTerminal(files.join(', ')) || how.shown} saved: ${what} — ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in total\n`,
  );
  for (const d of added) io.out(`  new    ${how.where(d)}\n         hint: ${escapeTerminal(d.hint)}\n`);
  for (const d of fixed) io.out(`  fixed  ${how.where(d)}\n`);
}

/** Resolves when `signal` aborts, or (without a signal) on Ctrl+C. */
function untilStopped(signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => resolve();
    if (signal) {
      if (signal.aborted) stop();
      else signal.addEventListener('abort', stop, { once: true });
    } else process.once('SIGINT', stop);
  });
}

/**
 * Runs the watch loop. Prints the full check first (as `emr-prep check`), then one block per
 * re-check. Resolves when stopped, with the exit code of the last check (1 when it had errors).
 */
export async function watchCheck(options: WatchOptions, io: Io): Promise<number> {
  const dir = resolveContentDir(options.content);
  if (!existsSync(dir)) {
    io.err(`emr-prep: content folder not found: ${dir}\n`);
    return 2;
  }
  const shown = path.relative(process.cwd(), dir) || '.';
  const where = (d: Diagnostic) => escapeTerminal(`${path.join(shown, d.file)}:${formatDiagnostic(d).slice(d.file.length + 1)}`);

  let exitCode = await checkCommand({ content: options.content, json: options.json }, io);
  let previous: Diagnostic[] = (await loadKnowledgeBase(dir)).diagnostics;
  if (!options.json) io.out(`watching ${shown} for changes (Ctrl+C to stop)\n`);

  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const pending = new Set<string>();

  const recheck = async () => {
    const files = [...pending].sort();
    pending.clear();
    let diagnostics: Diagnostic[];
    try {
      diagnostics = (await loadKnowledgeBase(dir)).diagnostics;
    } catch (error) {
      io.err(`[${clock()}] could not re-check ${shown}: ${(error as Error).message}\n`);
      return;
    }
    const { added, fixed } = diffDiagnostics(previous, diagnostics);
    previous = diagnostics;
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    exitCode = errors > 0 ? 1 : 0;
    const change: DiagnosticChange = { files, added, fixed, errors, warnings };
    printChange(change, { json: Boolean(options.json), shown, where }, io);
    options.onCheck?.(change);
  };

  const schedule = (file: string | null) => {
    if (file) pending.add(file.split(path.sep).join('/'));
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      running = running.then(recheck);
    }, options.debounceMs ?? 150);
  };

  // One watcher per folder (not per file, and not `recursive`): a folder watch survives editors'
  // atomic saves (write a temporary file, rename it over the note), which replace the file's inode.
  const watchers = new Map<string, FSWatcher>();
  const skip = (name: string) => name.startsWith('.') || name === 'node_modules';
  const watchTree = (folder: string) => {
    if (watchers.has(folder)) return;
    let watcher: FSWatcher;
    try {
      watcher = watchFolder(folder, (_event, filename) => {
        const name = filename === null ? null : String(filename);
        if (name !== null && skip(name)) return;
        const full = name === null ? folder : path.join(folder, name);
        if (name !== null && statSafe(full)?.isDirectory()) {
          watchTree(full); // a new folder: watch it, and re-check what it brought
          schedule(path.relative(dir, full));
          return;
        }
        const relative = path.relative(dir, full);
        if (name !== null && !WATCHED.test(relative.split(path.sep).join('/'))) return;
        schedule(name === null ? null : relative);
      });
    } catch {
      return; // vanished or unreadable meanwhile; the re-check reports what matters
    }
    watcher.on('error', () => {
      watcher.close();
      watchers.delete(folder);
    });
    watchers.set(folder, watcher);
    for (const entry of readdirSafe(folder)) {
      if (entry.isDirectory() && !skip(entry.name)) watchTree(path.join(folder, entry.name));
    }
  };
  watchTree(dir);
  if (!watchers.has(dir)) {
    io.err(`emr-prep: cannot watch ${shown}\n`);
    return 2;
  }

  await untilStopped(options.signal);
  for (const watcher of watchers.values()) watcher.close();
  if (timer) clearTimeout(timer);
  await running;
  return exitCode;
}
