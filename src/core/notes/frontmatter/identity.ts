/**
 * `title` and `slug`: what a note is called and where it lives (`/notes/<slug>/`). Both may be
 * written as numbers (`title: 2024`), which are read as text. How the title and slug are chosen
 * from them, the first heading and the file name is notes/parse-note.ts's business (see
 * docs/AUTHORING.md, "Titles, slugs and question ids").
 */
import { z } from 'zod';

/** Text; a number (`title: 2024`) is read as text. */
const text = () => z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().trim());

/** The note's title. */
export const TitleSchema = text().describe(
  'The note title; a slug-like title (emr-spark-ml) names the URL, and the first # heading is then shown as the title.',
);

/** The URL part of the note. */
export const SlugSchema = text().describe(
  'The URL part of the note (/notes/<slug>/), when the file name should not be it; made lowercase kebab-case.',
);
