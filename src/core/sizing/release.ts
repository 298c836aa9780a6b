/**
 * Amazon EMR release labels (`emr-7.12.0`): parsing and ordering, for the rules that depend on the
 * release (minimum releases of features, default node labels).
 */
import { z } from 'zod';

/** A parsed release label: `emr-6.10.1` → `{ major: 6, minor: 10, patch: 1 }`. */
export interface Release {
  label: string;
  major: number;
  minor: number;
  patch: number;
}

/**
 * The release assumed when a configuration names none: the release whose supported-instance-type
 * list the instance catalog records (`emrSupported` is "listed by ListSupportedInstanceTypes for
 * emr-7.12.0", [S19], [S32]).
 */
export const DEFAULT_RELEASE_LABEL = 'emr-7.12.0';

const RELEASE_RE = /^emr-(\d{1,2})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * Release label as the EMR API writes it: `emr-` then major.minor.patch (e.g. `emr-6.10.1`).
 * Input is trimmed and lowercased.
 */
export const ReleaseLabelSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(RELEASE_RE, 'a release label like "emr-7.12.0" (emr- then major.minor.patch)');

/** Parses a release label; throws an Error naming the label when it is not `emr-X.Y.Z`. */
export function parseRelease(label: string): Release {
  const m = RELEASE_RE.exec(label.trim().toLowerCase());
  if (!m) throw new Error(`"${label}" is not a release label like "emr-7.12.0"`);
  return { label: label.trim().toLowerCase(), major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
}

/** Orders two releases: negative when `a` is older than `b`, 0 when equal, positive when newer. */
export function compareReleases(a: Release, b: Release): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/** True when `r` is `version` (`"5.30.0"`) or newer. */
export function atLeast(r: Release, version: string): boolean {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  return compareReleases(r, { label: '', major, minor, patch }) >= 0;
}
