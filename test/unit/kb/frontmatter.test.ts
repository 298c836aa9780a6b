/**
 * Frontmatter through its zod schema (issue 15, item 3): every field validated by
 * src/core/notes/frontmatter/, every issue worded by the one formatter (diagnostics/zod-issues.ts)
 * at the line and column of the value — messages pinned here as Starlight pins its config errors
 * (`__tests__/basics/config-errors.test.ts`). Lenient as before: a bad field is left out and the
 * others are read; unknown keys are kept; foreign and missing frontmatter still load.
 */
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/core/notes/parse-note.ts';
import { FrontmatterSchema, KNOWN_FRONTMATTER_KEYS } from '../../../src/core/notes/frontmatter/index.ts';

const ENCODING = { bom: false, crlf: false, invalidUtf8: 0, mojibake: null } as unknown as Parameters<typeof parseNote>[0]['encoding'];

/** The note's diagnostics as `line:col code message | hint`. */
function problems(frontmatter: string, body = '# A\n'): string[] {
  const { diagnostics } = parseNote({ file: 'a.md', text: `---\n${frontmatter}\n---\n\n${body}`, encoding: ENCODING });
  return diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message} | ${d.hint}`);
}

function note(frontmatter: string, body = '# A\n') {
  return parseNote({ file: 'a.md', text: `---\n${frontmatter}\n---\n\n${body}`, encoding: ENCODING }).note;
}

describe('frontmatter error messages', () => {
  it('a date that is not one', () => {
    expect(problems('title: A\ntags: [service/emr]\ncreated: yesterday\nmodified: 2025-13')).toMatchInlineSnapshot(`
      [
        "4:10 frontmatter/invalid-field frontmatter created: must be a date like 2025-08-21 | title and slug are text; created/modified are dates (YYYY-MM-DD); tags and aliases are lists of strings; sources is a list of \`- url: https://…\` with optional \`title:\` and \`checked: YYYY-MM-DD\`.",
        "5:11 frontmatter/invalid-field frontmatter modified: must be a date like 2025-08-21 | title and slug are text; created/modified are dates (YYYY-MM-DD); tags and aliases are lists of strings; sources is a list of \`- url: https://…\` with optional \`title:\` and \`checked: YYYY-MM-DD\`.",
      ]
    `);
  });

  it('a day that does not exist, which a YAML timestamp would roll over to the next month', () => {
    expect(problems('title: A\ntags: [service/emr]\ncreated: 2025-02-29\nmodified: 2025-13-01')).toMatchInlineSnapshot(`
      [
        "4:10 frontmatter/invalid-field frontmatter created: must be a date that exists, like 2025-08-21 | title and slug are text; created/modified are dates (YYYY-MM-DD); tags and aliases are lists of strings; sources is a list of \`- url: https://…\` with optional \`title:\` and \`checked: YYYY-MM-DD\`.",
        "5:11 frontmatter/invalid-field frontmatter modified: must be a date that exists, like 2025-08-21 | title and slug are text; created/modified are dates (YYYY-MM-DD); tags and aliases are lists of strings; sources is a list of \`- url: https://…\` with optional \`title:\` and \`checked: YYYY-MM-DD\`.",
      ]
    `);
  });

  it('a title or tags of the wrong shape', () => {
    expect(problems('title: [A, B]\ntags: { service: emr }\naliases:\n  - ok\n  - [nested]')).toMatchInlineSnapshot(`
      [
        "2:8 frontmatter/invalid-field frontmatter title must be a string, not an array | title and slug are text; created/modified are dates (YYYY-MM-DD); tags and aliases are lists of strings; sources is a list of \`- url: https://…\` with optional \`title:\` and \`checked: YYYY-MM-DD\`.",
        "3:7 frontmatter/invalid-field frontmatter tags: must be a list like [service/emr, node/core] | title and slug are text; created/modified are dates (YYYY-MM-DD); tags and aliases are lists of strings; sources is a list of \`- url: https://…\` with optional \`title:\` and \`checked: YYYY-MM-DD\`.",
        "6:5 frontmatter/invalid-field frontmatter aliases[1] must be a string, not an array | title and slug are text; created/modified are dates (YYYY-MM-DD); tags and aliases are lists of strings; sources is a list of \`- url: https://…\` with optional \`title:\` and \`checked: YYYY-MM-DD\`.",
        "3:1 note/untagged the note has no tags | Add \`tags:\` to the frontmatter, e.g. \`tags: [service/emr]\` (see content/tags.yml).",
      ]
    `);
  });

  it('a malformed tag, with the tag it was probably meant to be', () => {
    expect(problems('title: A\ntags:\n  - service/emr\n  - Service EMR\n  - node/Core')).toMatchInlineSnapshot(`
      [
        "5:1 tag/invalid frontmatter tags[1]: "Service EMR" is not a tag path (lowercase kebab-case segments separated by "/") | Write it as "service-emr".",
        "6:1 tag/invalid frontmatter tags[2]: "node/Core" is not a tag path (lowercase kebab-case segments separated by "/") | Write it as "node/core".",
      ]
    `);
  });

  it('unknown keys are kept, and a misspelt known key gets "did you mean"', () => {
    expect(problems('title: A\ntag: [service/emr]')).toMatchInlineSnapshot(`
      [
        "3:1 frontmatter/unknown-keys frontmatter key "tag" is not used by emr-prep; it is kept — did you mean "tags"? | Rename "tag" to "tags".",
        "1:1 note/untagged the note has no tags | Add \`tags:\` to the frontmatter, e.g. \`tags: [service/emr]\` (see content/tags.yml).",
      ]
    `);
    expect(problems('title: A\ntags: [service/emr]\nlayout: page\noutput: html_document')).toMatchInlineSnapshot(`
      [
        "4:1 frontmatter/unknown-keys frontmatter keys "layout", "output" are not used by emr-prep; they are kept | Nothing to do if they belong to another tool; otherwise remove them or use title, created, modified, tags, aliases.",
      ]
    `);
  });

  it('sources: a missing url, a bad date, a URL listed twice', () => {
    expect(
      problems(
        'title: A\ntags: [service/emr]\nsources:\n  - title: No URL\n  - url: https://docs.aws.amazon.com/emr/\n    checked: 2026-02-30\n  - url: docs.aws.amazon.com\n',
      ),
    ).toMatchInlineSnapshot(`
      [
        "5:5 frontmatter/invalid-field frontmatter sources[0].url is missing (expected string) | title and slug are text; created/modified are dates (YYYY-MM-DD); tags and aliases are lists of strings; sources is a list of \`- url: https://…\` with optional \`title:\` and \`checked: YYYY-MM-DD\`.",
        "7:14 frontmatter/invalid-field frontmatter sources[1].checked: must be a date that exists, like 2026-12-03 | title and slug are text; created/modified are dates (YYYY-MM-DD); tags and aliases are lists of strings; sources is a list of \`- url: https://…\` with optional \`title:\` and \`checked: YYYY-MM-DD\`.",
        "8:10 frontmatter/invalid-field frontmatter sources[2].url: must be an http(s) URL like https://docs.aws.amazon.com/emr/… | title and slug are text; created/modified are dates (YYYY-MM-DD); tags and aliases are lists of strings; sources is a list of \`- url: https://…\` with optional \`title:\` and \`checked: YYYY-MM-DD\`.",
      ]
    `);
    expect(
      problems(
        'title: A\ntags: [service/emr]\nsources:\n  - url: https://docs.aws.amazon.com/emr/\n  - url: https://docs.aws.amazon.com/emr#top\n',
      ),
    ).toMatchInlineSnapshot(`
      [
        "6:1 source/duplicate-url source https://docs.aws.amazon.com/emr#top is already listed on line 5 | Keep one entry per page (with the latest \`checked:\` date).",
      ]
    `);
  });

  it('YAML that does not parse, and no frontmatter at all', () => {
    expect(problems('title: A\ntags: [service/emr')).toMatchInlineSnapshot(`
      [
        "4:1 frontmatter/invalid-yaml the frontmatter does not parse: unexpected end of the stream within a flow collection | Fix the YAML syntax (indentation, quotes, \`key: value\`); the note is not published until it parses.",
      ]
    `);
    const missing = parseNote({ file: 'a.md', text: 'Just a first line\n\nand a body.\n', encoding: ENCODING }).diagnostics;
    expect(missing.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toMatchInlineSnapshot(`
      [
        "1:1 frontmatter/missing the note has no frontmatter; its title comes from its first line and it has no tags",
      ]
    `);
  });
});

describe('frontmatter fields as read', () => {
  it('leaves a bad field out and reads the others', () => {
    const n = note('title: Storage\ntags: [storage/hdfs]\ncreated: yesterday\nmodified: 2025-08-21\naliases: hdfs, s3');
    expect(n).toMatchObject({ title: 'Storage', tags: ['storage/hdfs'], created: null, modified: '2025-08-21', aliases: ['hdfs', 's3'] });
  });

  it('reads dates and date-times as calendar dates, `date` as created, numbers as text', () => {
    expect(note('title: 2024\ncreated: 2025-08-21T10:00:00+09:00\ntags: "#service/emr"', 'Text.\n')).toMatchObject({
      title: '2024',
      created: '2025-08-21',
      tags: ['service/emr'],
    });
    expect(note('title: A\ndate: 2024-05-01 09:30:00 +0900\ntags: [service/emr]').created).toBe('2024-05-01');
    // `date` belongs to other tools: a value that is not a date is ignored, not an error.
    expect(problems('title: A\ndate: last spring\ntags: [service/emr]')).toEqual([]);
  });

  it('keeps foreign keys in the raw frontmatter (what export shows)', () => {
    const n = note('title: 기계학습\nlayout: page\noutput:\n  html_document:\n    keep_md: yes');
    expect(n.frontmatter).toMatchObject({ layout: 'page', output: { html_document: { keep_md: 'yes' } } });
    expect(n.title).toBe('기계학습');
  });

  it('documents every field it reads', () => {
    const shape = FrontmatterSchema.shape;
    expect(Object.keys(shape)).toEqual([...KNOWN_FRONTMATTER_KEYS]);
    for (const key of KNOWN_FRONTMATTER_KEYS) expect(shape[key].description, key).toMatch(/\w{3}/);
  });
});

describe('frontmatter that does not parse', () => {
  it('an unclosed quote is reported inside the file, on the closing fence (found by the parser property test)', () => {
    const text = '---\ntitle: "Generated\ntags: [service/emr]\n---';
    const { diagnostics } = parseNote({ file: 'a.md', text, encoding: ENCODING });
    const yaml = diagnostics.find((d) => d.code === 'frontmatter/invalid-yaml');
    expect(yaml?.message).toMatch(/does not parse: unexpected end of the stream within a double quoted scalar/);
    expect(yaml?.line).toBe(4);
  });
});
