/**
 * Spark memory sizes, the notation of `spark.executor.memory` / `--executor-memory`
 * (Apache Spark configuration docs: "JVM memory strings", a number with a size unit suffix):
 * `10g` (GiB), `10240m` (MiB), or a plain number of MiB. emr-prep reads the `k`-less subset that
 * exam items and EMR docs use: `m`, `g`, optionally followed by `b`/`ib` (`10gb`, `512MiB`), any case.
 * Used by the `emr-scenario` reader, `emr-prep size`, the calculator form and the exports.
 */

const SPARK_SIZE = /^\s*(\d+)\s*([mg])?(?:i?b)?\s*$/i;

/**
 * Reads a Spark size: a string (`10g`, `10240m`, `4096`) or a positive whole number of MiB.
 * @returns MiB (a positive whole number), or null when the value is none of these or is 0
 */
export function parseSparkSize(v: unknown): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v > 0 ? v : null;
  if (typeof v !== 'string') return null;
  const m = SPARK_SIZE.exec(v);
  if (!m) return null;
  const n = Number(m[1]);
  return (m[2]?.toLowerCase() === 'g' ? n * 1024 : n) || null;
}

/**
 * Writes a Spark size the short way: whole GiB as `10g`, anything else as `1500m`.
 * @param mib positive whole MiB; `undefined` gives `''` (no size set)
 */
export function formatSparkSize(mib: number | undefined): string {
  if (mib === undefined) return '';
  return mib % 1024 === 0 ? `${mib / 1024}g` : `${mib}m`;
}

/** Writes a Spark size in MiB (`10240m`), as the exported `spark-defaults` properties do. */
export function formatSparkSizeMiB(mib: number): string {
  return `${mib}m`;
}
