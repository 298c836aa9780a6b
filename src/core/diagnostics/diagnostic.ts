/**
 * Diagnostics: every problem emr-prep finds in content is one {@link Diagnostic}, located in a
 * file (line and column are 1-based, in the file as the author sees it), with a stable code and
 * a hint that tells the author how to fix it. See `docs/AUTHORING.md` for every code.
 */
import { z } from 'zod';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './codes.ts';

/** `error` fails `emr-prep check` and `astro build`; `warning` is reported and the build goes on. */
export const SeveritySchema = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof SeveritySchema>;

export const DiagnosticSchema = z.object({
  /** Path of the file, relative to the content folder (POSIX separators). */
  file: z.string(),
  /** 1-based line in the file. */
  line: z.number().int().min(1),
  /** 1-based column (in UTF-16 code units, as editors count). */
  column: z.number().int().min(1),
  severity: SeveritySchema,
  code: z.string(),
  message: z.string(),
  hint: z.string(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

/** Where a diagnostic points: 1-based line and column. */
export interface Location {
  line: number;
  column: number;
}

/**
 * Makes a diagnostic of a registered code. The severity and the hint default to the code's
 * entry in {@link DIAGNOSTIC_CODES}; `hint` may be overridden with a more specific fix.
 */
export function diagnostic(
  code: DiagnosticCode,
  file: string,
  at: Partial<Location> | undefined,
  message: string,
  hint?: string,
): Diagnostic {
  const entry = DIAGNOSTIC_CODES[code];
  return {
    file,
    line: Math.max(1, Math.floor(at?.line ?? 1)),
    column: Math.max(1, Math.floor(at?.column ?? 1)),
    severity: entry.severity,
    code,
    message,
    hint: hint ?? entry.hint,
  };
}

/** `file:line:col severity code message` — the format editors and CI annotate from. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`;
}

/** Orders diagnostics by file, then line, then column, then code (stable output for tools). */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

/** True when any diagnostic is an error. */
export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}
