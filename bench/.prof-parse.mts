import { readNoteFiles, readTagRegistry } from '/work/wt/perf/src/core/kb/reader.ts';
import { decodeContent, parseDecodedNote } from '/work/wt/perf/src/core/kb/build.ts';
const dir = '/work/wt/perf/bench/.corpus/1000';
const [files, registry] = await Promise.all([readNoteFiles(dir), readTagRegistry(dir)]);
const sub = files.slice(0, 200);
for (let r = 0; r < 2; r++) {
  const t0 = performance.now();
  const content = decodeContent({ files: sub, registry });
  for (const note of content.notes) parseDecodedNote(note);
  console.log('ms/note', ((performance.now() - t0) / sub.length).toFixed(2));
}
