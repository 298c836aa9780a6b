/**
 * The one character model of mojibake repair, shared by the build, `emr-prep check` and
 * `emr-prep repair`, so that `repair --write` writes exactly the text the site shows.
 *
 * The model for a damaged note is built from two sets of clean texts (notes that decode without
 * mojibake and are not binary):
 * - the *general corpus*: the bundled notes (`content/`, our own Korean/English EMR writing) when
 *   the damaged note is not itself part of the bundled content — there is no other built-in text
 *   (the hand-written sample used before was written after seeing seed 000's errors, so it
 *   flattered the build's own figure; it was dropped, see issue 12);
 * - the *neighbours*: the clean notes in the same folder as the damaged note (not below it), in
 *   file-name order, at most {@link REPAIR_NEIGHBOURS_MAX} of them — a bounded read even when
 *   the note sits in a home or Downloads folder.
 *
 * Texts are counted once each (a text that is both general and neighbour — a bundled note
 * repaired in place — is not counted twice); the counts are additive, so the order of the texts
 * does not matter.
 */
import { buildCharFrequencies, type CharFrequencies } from './frequencies.ts';

/** The most clean notes of the damaged note's folder that the repair model reads. */
export const REPAIR_NEIGHBOURS_MAX = 200;

/** A note's path (POSIX, relative or absolute) and its decoded text. */
export interface CorpusText {
  path: string;
  text: string;
}

/** The folder part of a POSIX path ('' for a bare file name). */
export function folderOf(file: string): string {
  const i = file.lastIndexOf('/');
  return i < 0 ? '' : file.slice(0, i);
}

/**
 * The neighbours of `file` among `clean` (clean notes of the same content folder, POSIX paths
 * relative to it): those in the same folder, other than `file`, sorted by path, the first
 * {@link REPAIR_NEIGHBOURS_MAX}.
 */
export function repairNeighbours(file: string, clean: readonly CorpusText[]): CorpusText[] {
  const folder = folderOf(file);
  return clean
    .filter((c) => c.path !== file && folderOf(c.path) === folder)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .slice(0, REPAIR_NEIGHBOURS_MAX);
}

/**
 * The character model for repairing a note: counts over the distinct texts of `general` and
 * `neighbours` (see the module comment).
 */
export function repairFrequencies(general: readonly string[], neighbours: readonly string[]): CharFrequencies {
  return buildCharFrequencies([...new Set([...general, ...neighbours])]);
}
