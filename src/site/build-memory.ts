/**
 * The build's memory (issue 16 item 6: peak RSS of `astro build` at 5,000 notes ≤ 1.5 GiB).
 *
 * **Heap growth.** V8 starts a full garbage collection when the old generation reaches a limit it
 * sets after the previous one: the memory still live then × a growing factor of up to 4 on a
 * machine with a heap limit of 2 GB or more (`MaxGrowingFactor` in V8's heap-controller.cc). A
 * build renders pages long after its last full collection, so the garbage of the note and tag pages
 * piles up to about 4× the live heap (~1.15 GB at 5,000 notes) before V8 collects it, whatever the
 * build does, and the peak RSS sat at 1.5–1.6 GiB (which phase held it depended on where the limit
 * was crossed: the search index, the tag pages). From `astro:build:start` on (the notes are parsed
 * by then), this integration caps the factor at 1 + {@link HEAP_GROWING_PERCENT} / 100 with V8's
 * `--heap-growing-percent`, which V8 reads each time it sets the limit, so setting it in a running
 * process takes effect at the next collection. Measured at 5,000 notes: peak RSS ~1.0–1.1 GiB
 * instead of ~1.55 GiB, same wall time (README, Performance). `EMR_PREP_HEAP_GROWING_PERCENT=<n>`
 * sets another cap; `0` leaves V8's own heuristics.
 *
 * **Trace.** `EMR_PREP_MEM=1` prints the process's memory to stderr every 250 ms (`[mem] <s since
 * config> rss=… heapUsed=… heapTotal=… ext=… ab=…`, MiB, from `process.memoryUsage()`), between
 * Astro's own log lines, so the line before tells the phase (see bench/README.md).
 */
import type { AstroIntegration } from 'astro';
import { setFlagsFromString } from 'node:v8';

/** The default cap of the heap's growing factor in a build, in percent above 1 (100 → 2×). */
export const HEAP_GROWING_PERCENT = 100;

/**
 * The cap to use: `EMR_PREP_HEAP_GROWING_PERCENT` when it is a whole number from 0 (V8's own
 * heuristics) to 300, else {@link HEAP_GROWING_PERCENT}.
 */
export function heapGrowingPercent(env: string | undefined = process.env.EMR_PREP_HEAP_GROWING_PERCENT): number {
  const value = env?.trim() ? Number(env) : Number.NaN;
  return Number.isInteger(value) && value >= 0 && value <= 300 ? value : HEAP_GROWING_PERCENT;
}

/** The integration (see the module comment). */
export function buildMemory(): AstroIntegration {
  return {
    name: 'emr-prep-build-memory',
    hooks: {
      'astro:config:setup': () => {
        if (process.env.EMR_PREP_MEM !== '1') return;
        const started = Date.now();
        const mib = (bytes: number) => (bytes / 1048576).toFixed(0);
        // unref: the timer never keeps the build's process alive.
        setInterval(() => {
          const m = process.memoryUsage();
          process.stderr.write(
            `[mem] ${((Date.now() - started) / 1000).toFixed(1)} rss=${mib(m.rss)} heapUsed=${mib(m.heapUsed)} heapTotal=${mib(m.heapTotal)} ext=${mib(m.external)} ab=${mib(m.arrayBuffers)}\n`,
          );
        }, 250).unref();
      },
      'astro:build:start': () => {
        const percent = heapGrowingPercent();
        if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
      },
    },
  };
}
