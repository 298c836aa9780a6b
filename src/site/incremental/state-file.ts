/**
 * Reading and writing a {@link BuildState} as NDJSON: a header line (version, fingerprint, global
 * digest, service worker digest), then one line per note (`{"slug":…, …NoteState}`), written line by
 * line, so a 5,000-note build never holds the whole file as one string.
 */
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { BUILD_STATE_VERSION, type BuildState, type NoteState } from './state.ts';
import { buildFingerprint, md5OfFile, stateFile } from './fingerprint.ts';

/** Writes a state (to a temporary file first, renamed into place when complete). */
export async function writeBuildState(file: string, state: BuildState): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const out = createWriteStream(tmp, 'utf8');
  const { notes, ...header } = state;
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  await write(JSON.stringify(header));
  for (const [slug, note] of Object.entries(notes)) await write(JSON.stringify({ slug, ...note }));
  out.end();
  await once(out, 'close');
  await rename(tmp, file);
}

/** Reads a state, or null when there is none or it is of another version or unreadable. */
export async function readBuildState(file: string): Promise<BuildState | null> {
  if (!existsSync(file)) return null;
  try {
    const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l !== '');
    const header = JSON.parse(lines[0] ?? 'null') as Omit<BuildState, 'notes'> | null;
    if (!header || header.version !== BUILD_STATE_VERSION) return null;
    const notes: Record<string, NoteState> = {};
    for (const line of lines.slice(1)) {
      const { slug, ...note } = JSON.parse(line) as NoteState & { slug: string };
      notes[slug] = note;
    }
    return { ...header, notes };
  } catch {
    return null;
  }
}

/**
 * The state of the last full build into `outDir`, or why it cannot be used: none, an output folder
 * changed since (its service worker is not the one that build wrote), or other code, configuration
 * or folders.
 * @param options.root the project root; `astroCacheDir` Astro's cache folder of the content
 */
export async function usableState(options: {
  root: string;
  outDir: string;
  contentDir: string;
  astroCacheDir: string;
}): Promise<BuildState | string> {
  const state = await readBuildState(stateFile(options.astroCacheDir, options.outDir));
  if (!state) return 'no state of a full build into this output folder';
  if ((await md5OfFile(path.join(options.outDir, 'sw.js'))) !== state.serviceWorker)
    return 'the output folder changed since the last build';
  const fingerprint = await buildFingerprint(options.root, { outDir: options.outDir, contentDir: options.contentDir });
  if (fingerprint !== state.fingerprint) return 'code, configuration or a folder changed since the last full build';
  return state;
}
