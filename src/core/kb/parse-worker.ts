/**
 * A parse worker (node:worker_threads), started by the reader to parse notes on another core
 * (issue 7). It receives `{ id, notes: DecodedNote[] }` and answers `{ id, results: Uint8Array[] }`:
 * each result of {@link parseDecodedNote} encoded with the V8 serializer, so the reader can decode
 * it and store the same bytes in the parse cache. Parsing is pure, so a result is the same
 * whichever thread computes it.
 */
import { parentPort } from 'node:worker_threads';
import { serialize } from 'node:v8';
import { parseDecodedNote, type DecodedNote } from './build.ts';

/** A batch of notes to parse. */
export interface ParseRequest {
  id: number;
  notes: DecodedNote[];
}

/** The encoded results of a batch, in the order of its notes. */
export interface ParseResponse {
  id: number;
  results: Uint8Array[];
}

parentPort?.on('message', (request: ParseRequest) => {
  const results = request.notes.map((note) => {
    const bytes = serialize(parseDecodedNote(note));
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  });
  const response: ParseResponse = { id: request.id, results };
  parentPort!.postMessage(response);
});
