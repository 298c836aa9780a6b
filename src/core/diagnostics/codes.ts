/**
 * The registry of diagnostic codes. Each code has a default severity, a one-line summary and a
 * default hint (how to fix it). `docs/AUTHORING.md` lists them with a wrong example and the fix;
 * `test/unit/diagnostics.test.ts` has one malformed fixture per code.
 */
export interface DiagnosticCodeEntry {
  severity: 'error' | 'warning';
  summary: string;
  hint: string;
}

export const DIAGNOSTIC_CODES = {
  // ── reading bytes ────────────────────────────────────────────────────────────────────────
  'read/not-text': {
    severity: 'error',
    summary: 'The file is binary (contains NUL bytes) and cannot be read as a note.',
    hint: 'Remove the file from the content folder, or save it as UTF-8 text.',
  },
  'read/invalid-utf8': {
    severity: 'warning',
    summary: 'The file is not valid UTF-8; invalid bytes were shown as U+FFFD.',
    hint: 'Re-save the file as UTF-8 in your editor.',
  },
  'read/mojibake-repaired': {
    severity: 'warning',
    summary: 'The file is mojibake (UTF-8 decoded with a Windows code page and saved again); it was repaired in memory.',
    hint: 'Run `emr-prep repair FILE --write` to fix the file itself (a .bak copy is kept), then check the guessed characters.',
  },
  'read/unreadable': {
    severity: 'error',
    summary: 'The file could not be read.',
    hint: 'Check that the file exists and is readable.',
  },
  // ── frontmatter ──────────────────────────────────────────────────────────────────────────
  'frontmatter/invalid-yaml': {
    severity: 'error',
    summary: 'The YAML frontmatter does not parse.',
    hint: 'Fix the YAML syntax (indentation, quotes, `key: value`); the note is not published until it parses.',
  },
  'frontmatter/missing': {
    severity: 'warning',
    summary: 'The note has no frontmatter; its title comes from its first heading or line and it has no tags.',
    hint: 'Add a frontmatter block: `---` / `title: …` / `tags: [service/emr]` / `---` at the top of the file.',
  },
  'frontmatter/unknown-keys': {
    severity: 'warning',
    summary: 'The frontmatter has keys emr-prep does not use; they are kept and ignored.',
    hint: 'Nothing to do if they belong to another tool; otherwise remove them or use title, created, modified, tags, aliases.',
  },
  'frontmatter/invalid-field': {
    severity: 'error',
    summary: 'A known frontmatter field has the wrong shape.',
    hint: 'title and slug are text; created/modified are dates (YYYY-MM-DD); tags and aliases are lists of strings; sources is a list of `- url: https://…` with optional `title:` and `checked: YYYY-MM-DD`.',
  },
  // ── note level ───────────────────────────────────────────────────────────────────────────
  'note/untagged': {
    severity: 'warning',
    summary: 'The note has no tags, so no tag page lists it.',
    hint: 'Add `tags:` to the frontmatter, e.g. `tags: [service/emr]` (see content/tags.yml).',
  },
  'note/duplicate-slug': {
    severity: 'error',
    summary: 'Two notes resolve to the same slug (URL).',
    hint: 'Give one of them a `slug:` in its frontmatter, or rename the file.',
  },
  'note/raw-html-removed': {
    severity: 'warning',
    summary: 'Raw HTML in the note was unsafe (script, event handler, iframe …) and was removed from the page.',
    hint: 'Use Markdown instead of raw HTML; scripts never run from content.',
  },
  // ── tags and aliases ─────────────────────────────────────────────────────────────────────
  'tag/invalid': {
    severity: 'error',
    summary: 'A tag is not of the form `namespace/value` in lowercase kebab-case.',
    hint: 'Write tags as lowercase segments separated by `/`, e.g. `instance/spot-instances`.',
  },
  'tag/unregistered': {
    severity: 'warning',
    summary: 'A tag is not in the tag registry, so it shows as its raw path.',
    hint: 'Add the tag to tags.yml with a Korean and English label and a short description.',
  },
  'tags/invalid-registry': {
    severity: 'error',
    summary: 'The tag registry (tags.yml) does not parse or an entry has the wrong shape.',
    hint: 'Each entry is `path: { ko: …, en: …, description: … }`.',
  },
  'alias/collision': {
    severity: 'error',
    summary: 'An alias is claimed by two notes, or equals another note’s slug.',
    hint: 'Aliases must be unique across the content folder; rename or remove one of them.',
  },
  // ── links ────────────────────────────────────────────────────────────────────────────────
  'link/unresolved': {
    severity: 'error',
    summary: 'A wikilink or link to another note does not match any note slug, title, alias or file.',
    hint: 'Link to an existing note by its slug, title or one of its aliases, e.g. `[[spark-deploy-modes]]`.',
  },
  // ── heading links (issue 10: navigate a long note) ──────────────────────────────────────
  'link/unknown-heading': {
    severity: 'warning',
    summary: 'A link names a heading (`[[slug#heading]]`) that the target note does not have; it lands on the top of the note.',
    hint: 'Link to a heading the note has, by its text (`[[spark-deploy-modes#Cluster mode]]`) or its id (`#cluster-mode`); the message lists them.',
  },
  // ── question blocks ──────────────────────────────────────────────────────────────────────
  'question/empty-stem': {
    severity: 'error',
    summary: 'A question block has no stem text after `**Question:**`.',
    hint: 'Write the question after `**Question:**` on the same line or in the following paragraphs.',
  },
  'question/too-few-options': {
    severity: 'error',
    summary: 'A question has fewer than two options.',
    hint: 'Add `**Options:**` followed by a list `- A) …`, `- B) …` (two to ten options).',
  },
  'question/duplicate-option': {
    severity: 'error',
    summary: 'Two options of one question use the same letter.',
    hint: 'Letter the options A, B, C … in order, each once.',
  },
  'question/option-order': {
    severity: 'error',
    summary: 'Option letters are not consecutive from A.',
    hint: 'Letter the options A, B, C … in order without gaps.',
  },
  'question/missing-answer': {
    severity: 'error',
    summary: 'A question has no answer line.',
    hint: 'Add `**정답: C) …**` or `**Answer: C**` after the options (several: `**Answer: B, D**`).',
  },
  'question/unknown-answer': {
    severity: 'error',
    summary: 'The answer key names a letter that is not among the options.',
    hint: 'Key one of the option letters the question has.',
  },
  'question/key-text-mismatch': {
    severity: 'error',
    summary: 'The text after the keyed letter describes a different option than the one keyed.',
    hint: 'Make the text after the letter match the keyed option, or key the option it describes.',
  },
  'question/explanation-unknown-option': {
    severity: 'error',
    summary: 'An explanation bullet names an option the question does not have.',
    hint: 'Start each bullet with an existing option: `**A) label** - …`, `**Option A (label)** - …` or `**Option A** - …`.',
  },
  'question/duplicate-explanation': {
    severity: 'warning',
    summary: 'Two explanation bullets name the same option; they are joined.',
    hint: 'Give each option one explanation bullet.',
  },
  'question/missing-explanation': {
    severity: 'warning',
    summary: 'An option has no explanation, so a student who picks it is not told why.',
    hint: 'Add a bullet `**Option X** - why it is right or wrong` under `💡 추가 설명:` / `Explanation:`.',
  },
  'question/duplicate-id': {
    severity: 'error',
    summary: 'Two questions have the same id.',
    hint: 'Change one `<!-- id: … -->`, or remove explicit ids and let emr-prep derive them.',
  },
  'question/stray-marker': {
    severity: 'warning',
    summary: 'A question-block marker (`**Options:**`, an answer line) stands outside a question block.',
    hint: 'Start the block with `**Question:** …` before its options and answer.',
  },
  'question/unsupported-instance-type': {
    severity: 'warning',
    summary: 'A question names an EC2 instance type that Amazon EMR does not offer.',
    hint: 'Use an instance type EMR supports (see the instance catalog); the smallest size EMR offers is given in the message.',
  },
  // ── item writing (authoring helper, issue 12; warnings, `check --strict` fails on them) ──
  // Haladyna, Downing & Rodriguez (2002), see src/core/questions/item-checks.ts.
  'item/longest-key': {
    severity: 'warning',
    summary: 'The key is noticeably longer than every distractor (≥ 1.25× the longest), so "pick the longest" finds it.',
    hint: 'Shorten the key or give the distractors the same level of detail (qualifiers, conditions), so length gives nothing away.',
  },
  'item/absolute-word': {
    severity: 'warning',
    summary:
      'A distractor uses an absolute word (always, never, only, all, none, must, 항상, 절대, 반드시, 오직, 모든, 전혀, 무조건) that no key uses.',
    hint: 'Reword the distractor without the absolute word, so it is wrong for its content, not for its wording.',
  },
  'item/all-of-the-above': {
    severity: 'warning',
    summary: 'An option is "all of the above" / "none of the above" (모두 정답, 정답 없음, 위의 모든, 해당 없음).',
    hint: 'Replace it with a plausible distractor of its own; for several right answers write a "Choose TWO" item.',
  },
  'item/negative-stem': {
    severity: 'warning',
    summary: 'The stem asks a negative question (NOT, EXCEPT, 않은, 아닌, 틀린, 잘못된) without emphasis.',
    hint: 'Ask positively if you can; otherwise set the negative word in bold (**않은**) or in capitals (NOT, EXCEPT).',
  },
  'item/choose-count': {
    severity: 'warning',
    summary: 'The stem says how many options to choose ("Choose TWO", "두 개를 고르시오") but the answer keys a different number.',
    hint: 'Key as many options as the stem asks for (`**Answer: B, D**`), or correct the number in the stem.',
  },
  'item/duplicate-option-text': {
    severity: 'warning',
    summary: 'Two options of one question have the same text.',
    hint: 'Make every option distinct; replace the copy with another plausible distractor.',
  },
  'item/stem-asks-nothing': {
    severity: 'warning',
    summary: 'The stem has no question mark and no instruction (Which, What, Choose, 고르시오, 무엇 …).',
    hint: 'End the stem with the question itself, e.g. "Which configuration meets these requirements?" or "… 고르시오."',
  },
  'item/near-duplicate-stem': {
    severity: 'warning',
    summary: 'Two questions have nearly the same stem (≥ 85% of their words in common).',
    hint: 'Remove one, or make them ask about different things so one does not give away the other.',
  },
  'note/template-text': {
    severity: 'warning',
    summary: 'Template text left from `emr-prep new` (`TODO`) would be published.',
    hint: 'Replace every TODO with your own text before publishing.',
  },
  // ── sources (authoring helper, issue 12) ──
  'source/missing': {
    severity: 'warning',
    summary: 'The note lists no `sources:` in its frontmatter.',
    hint: 'Add `sources:` to the frontmatter: `- url: https://docs.aws.amazon.com/…` with `title:` and `checked: YYYY-MM-DD` (the day you checked the note against the page).',
  },
  'source/stale': {
    severity: 'warning',
    summary: 'A source was last checked more than a year ago (`--max-source-age-days`), or has no `checked:` date.',
    hint: 'Re-read the page, correct the note if AWS changed it, and set `checked:` to today.',
  },
  'source/duplicate-url': {
    severity: 'warning',
    summary: 'The same URL is listed twice under `sources:`.',
    hint: 'Keep one entry per page (with the latest `checked:` date).',
  },
  // ── cluster-config scenarios (checked by the sizing rules) ───────────────────────────────
  'scenario/invalid': {
    severity: 'error',
    summary: 'The `emr-scenario` block of a cluster-config question does not parse or does not validate.',
    hint: 'Fix the YAML at the line shown; the syntax is in docs/AUTHORING.md ("Cluster-config scenarios").',
  },
  'scenario/answer-key': {
    severity: 'error',
    summary: 'The sizing rules do not rank the keyed option of a cluster-config question best (or find it invalid).',
    hint: 'Key the option the rules rank best, or correct the scenario so it states what the question says; the message names the rules that decided.',
  },
  // ── hostile and broken input (issue 13) ──────────────────────────────────────────────────
  'limit/file-too-large': {
    severity: 'error',
    summary: 'The note is larger than 512 KiB; it is not parsed (parse time and memory must stay bounded).',
    hint: 'Split the note into several notes of a topic each, or move data (logs, dumps) out of the content folder.',
  },
  'limit/line-too-long': {
    severity: 'error',
    summary: 'A line is longer than 10,000 characters; the note is not parsed.',
    hint: 'Break the line into sentences or paragraphs (a blank line between paragraphs); move long data into a linked file.',
  },
  'limit/block-too-long': {
    severity: 'error',
    summary: 'A paragraph or list runs past 10,000 characters without a blank line; the note is not parsed.',
    hint: 'Put blank lines between paragraphs and list blocks; a real paragraph is a few hundred characters.',
  },
  'limit/nesting-too-deep': {
    severity: 'error',
    summary: 'Lists or block quotes are nested more than 32 levels deep on a line; the note is not parsed.',
    hint: 'Flatten the list or quote (three or four levels are plenty); check for a pasted run of `>` or `- ` markers.',
  },
  'read/parse-failed': {
    severity: 'error',
    summary: 'The Markdown parser failed on the note (e.g. deeply nested emphasis or HTML); the note is not published.',
    hint: 'Simplify the block at the line shown (unclosed or deeply nested `*`, `_` or HTML tags); the other notes are checked as usual.',
  },
  'read/utf16': {
    severity: 'warning',
    summary: 'The file is UTF-16 text; it was decoded, but notes should be UTF-8.',
    hint: 'Save the file as UTF-8 in your editor (e.g. iconv -f UTF-16 -t UTF-8 FILE > NEW).',
  },
  'read/symlink': {
    severity: 'warning',
    summary: 'The note is a symbolic link; links are not followed (a link could point anywhere on the machine).',
    hint: 'Copy the file into the content folder instead of linking it, or remove the link.',
  },
  'note/name-too-long': {
    severity: 'error',
    summary: 'A slug or a tag segment is longer than 255 bytes, the longest file name the site can be written with.',
    hint: 'Shorten the slug (`slug:` in the frontmatter, or the file name) or the tag to well under 255 bytes (a Hangul syllable takes 3).',
  },
  'question/too-many-options': {
    severity: 'error',
    summary: 'A question has more than 10 options (A–J).',
    hint: 'Keep at most ten options A–J; split the question in two or drop the weakest distractors.',
  },
  // ── mock-exam blueprints (exams/<id>.yml; the quiz helper's block) ─────────────────────
  'exam/invalid-yaml': {
    severity: 'error',
    summary: 'A mock-exam blueprint (`exams/<id>.yml`) does not parse as YAML; the exam is not offered.',
    hint: 'Fix the YAML syntax at the line shown (indentation, `key: value`, `- ` list items); docs/AUTHORING.md, "Mock exams", has a full example.',
  },
  'exam/invalid-field': {
    severity: 'error',
    summary: 'A field of a mock-exam blueprint is missing, misspelt or has the wrong shape; the exam is not offered.',
    hint: 'title and description (text, or { ko, en }), minutes and questions (whole numbers), passing (percent 1–100), scaled (true/false), domains (a list of {name, tags, weight}), fixed (question ids); no other keys.',
  },
  'exam/invalid-bilingual': {
    severity: 'error',
    summary:
      'A title, description or domain name of a mock-exam blueprint written as `{ ko, en }` lacks a language, has an empty one, or has a key other than `ko`/`en`; the exam is not offered.',
    hint: 'Give both `ko:` (Korean) and `en:` (English) under it, or write one text, which is then used in both languages.',
  },
  'exam/unknown-tag': {
    severity: 'error',
    summary: 'A domain of a mock-exam blueprint names a tag that is neither registered nor on any question.',
    hint: 'Use a tag of content/tags.yml (e.g. `topic/storage`); a tag selects the questions tagged with it or below it.',
  },
  'exam/unknown-question': {
    severity: 'error',
    summary: 'A fixed question of a mock-exam blueprint does not exist.',
    hint: 'Use the id of a published question (`<!-- id: … -->` or the derived id `emr-prep export` lists), or remove it from `fixed`.',
  },
  'exam/domain-shortfall': {
    severity: 'warning',
    summary: 'The question bank holds fewer questions for a domain than its weight asks for; the exam is shorter and says so.',
    hint: 'Write more questions with the domain’s tags, lower its weight, or lower `questions`.',
  },
  // ── glossary (glossary.yml) ──────────────────────────────────────────────────────────────
  'glossary/invalid': {
    severity: 'error',
    summary: 'The glossary (glossary.yml) does not parse, or a term has the wrong shape; the term is left out.',
    hint: 'Each term is `English term: { ko, spellings: [...], definition: { ko, en }, notes: [...], tags: [...] }`; ko and definition are required.',
  },
  'glossary/unknown-reference': {
    severity: 'warning',
    summary: 'A glossary term names a note or a tag that does not exist; the link is left out.',
    hint: 'Use a note slug (or alias) from content/notes and a tag path from tags.yml, or remove the reference.',
  },
  // ── folder settings (emr-prep.yml) ─────────────────────────────────────────────────────
  'settings/invalid': {
    severity: 'error',
    summary: 'The folder settings file (emr-prep.yml) does not parse or holds an unknown key or a wrong value; its settings are ignored.',
    hint: 'emr-prep.yml holds `sources: { maxAgeDays: N }` (a whole number of days, default 365); fix or remove the line named.',
  },
} as const satisfies Record<string, DiagnosticCodeEntry>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
