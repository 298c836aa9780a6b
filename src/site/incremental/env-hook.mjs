/**
 * A Node module hook for `emr-prep build --incremental` (src/cli/build.ts): gives the project's
 * modules the `import.meta.env` that Vite gives them in `astro build` — `BASE_URL` the build's base
 * path, `DEV` false — so the rebuild loads them with tsx, as the rest of the CLI, instead of through
 * a Vite server (about 1.5 s of a 1,000-note rebuild). It rewrites the JavaScript tsx made of each
 * file below `src/`, after tsx (hooks registered later run first and call tsx's `load`).
 */

/** @type {{ src: string; env: Record<string, unknown> } | null} */
let options = null;

/** @param {{ src: string; env: Record<string, unknown> }} data */
export function initialize(data) {
  options = data;
}

/**
 * @param {string} url
 * @param {object} context
 * @param {(url: string, context: object) => Promise<{ format?: string; source?: string | ArrayBuffer | Uint8Array | null }>} nextLoad
 */
export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  if (!options || !url.startsWith(options.src) || result.source == null || result.format !== 'module') return result;
  const text = typeof result.source === 'string' ? result.source : new TextDecoder().decode(result.source);
  if (!text.includes('import.meta.env')) return result;
  const env = options.env;
  const source = text
    .replace(/import\.meta\.env\.([A-Za-z_$][\w$]*)/g, (_, key) => JSON.stringify(env[key]) ?? 'undefined')
    .replaceAll('import.meta.env', JSON.stringify(env));
  return { ...result, source };
}
