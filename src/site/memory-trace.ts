/**
 * `EMR_PREP_MEM=1 astro build`: prints the build process's memory to stderr every 250 ms
 * (`[mem] <s since config> rss=… heapUsed=… heapTotal=… ext=… ab=…`, MiB, from
 * `process.memoryUsage()`), to find which phase of a large build holds the peak (issue 16 item 6,
 * see bench/README.md). The lines come between Astro's own, so a phase is the log line before.
 * Off (and free) without the variable.
 */
import type { AstroIntegration } from 'astro';

/** The integration (see the module comment). */
export function memoryTrace(): AstroIntegration {
  return {
    name: 'emr-prep-memory-trace',
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
    },
  };
}
