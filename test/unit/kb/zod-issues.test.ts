/**
 * The one zod-issue formatter (src/core/diagnostics/zod-issues.ts): its messages are pinned, as
 * Starlight pins its config errors, so a change of wording is a reviewed change.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { main } from '../../../src/cli/main.ts';
import { didYouMean, zodIssueDiagnostics } from '../../../src/core/diagnostics/zod-issues.ts';

const Schema = z.object({
  profile: z.enum(['interactive', 'streaming-24x7', 'long-running']),
  count: z.number().int().min(1),
  name: z.string().min(1),
  tags: z.array(z.string()).max(2),
  own: z.number().refine((n) => n % 2 === 0, 'must be even (our own words)'),
});

function messages(input: unknown): string[] {
  const r = Schema.safeParse(input);
  if (r.success) return [];
  return zodIssueDiagnostics(r.error, {
    file: 'x.yml',
    code: 'frontmatter/invalid-field',
    locate: (path) => (path[0] === 'count' ? { line: 3, column: 8 } : undefined),
    input,
  }).map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message} | hint: ${d.hint}`);
}

describe('zod issues in our words', () => {
  it('pins every kind of message', () => {
    expect(messages({ profile: 'streaming', count: 0, name: '', tags: ['a', 'b', 'c'], own: 3 })).toMatchInlineSnapshot(`
      [
        "x.yml:1:1 frontmatter/invalid-field profile: "streaming" is not one of interactive, streaming-24x7, long-running — did you mean "streaming-24x7"? | hint: Write "streaming-24x7".",
        "x.yml:3:8 frontmatter/invalid-field count must be at least 1, not 0 | hint: title and slug are text; created/modified are dates (YYYY-MM-DD); tags and aliases are lists of strings; sources is a list of \`- url: https://…\` with optional \`title:\` and \`checked: YYYY-MM-DD\`.",
        "x.yml:1:1 frontmatter/invalid-field name must not be empty | hint: title and slug are text; created/modified are dates (YYYY-MM-DD); tags and aliases are lists of strings; sources is a list of \`- url: https://…\` with optional \`title:\` and \`checked: YYYY-MM-DD\`.",
        "x.yml:1:1 frontmatter/invalid-field tags may have at most 2 items | hint: title and slug are text; created/modified are dates (YYYY-MM-DD); tags and aliases are lists of strings; sources is a list of \`- url: https://…\` with optional \`title:\` and \`checked: YYYY-MM-DD\`.",
        "x.yml:1:1 frontmatter/invalid-field own: must be even (our own words) | hint: title and slug are text; created/modified are dates (YYYY-MM-DD); tags and aliases are lists of strings; sources is a list of \`- url: https://…\` with optional \`title:\` and \`checked: YYYY-MM-DD\`.",
      ]
    `);
    expect(messages({ profile: 'batch', count: 'four', tags: [], own: 2 })).toMatchInlineSnapshot(`
      [
        "x.yml:1:1 frontmatter/invalid-field profile: "batch" is not one of interactive, streaming-24x7, long-running | hint: Use one of: interactive, streaming-24x7, long-running.",
        "x.yml:3:8 frontmatter/invalid-field count must be a number, not a string | hint: title and slug are text; created/modified are dates (YYYY-MM-DD); tags and aliases are lists of strings; sources is a list of \`- url: https://…\` with optional \`title:\` and \`checked: YYYY-MM-DD\`.",
        "x.yml:1:1 frontmatter/invalid-field name is missing (expected string) | hint: title and slug are text; created/modified are dates (YYYY-MM-DD); tags and aliases are lists of strings; sources is a list of \`- url: https://…\` with optional \`title:\` and \`checked: YYYY-MM-DD\`.",
      ]
    `);
  });

  it('did you mean: prefix, then edit distance with ties to the same length, nothing when far', () => {
    expect(didYouMean('streaming', ['interactive', 'streaming-24x7'])).toBe('streaming-24x7');
    expect(didYouMean('m5.3xlarge', ['m5.large', 'm5.xlarge', 'm5.2xlarge', 'm5.4xlarge'])).toBe('m5.2xlarge');
    expect(didYouMean('memory-bond', ['memory-bound', 'compute-bound'])).toBe('memory-bound');
    expect(didYouMean('zzz', ['memory-bound', 'compute-bound'])).toBeNull();
  });
});

describe('emr-prep size speaks the same language', () => {
  async function size(...argv: string[]): Promise<string> {
    let err = '';
    await main(['size', ...argv], { out: () => {}, err: (t) => (err += t) });
    return err;
  }
  it('a wrong profile suggests the nearest valid one; a core group without a count is refused', async () => {
    expect(await size('--workload', 'streaming', '--primary', 'm5.xlarge', '--core', 'm5.2xlarge:4')).toMatchInlineSnapshot(`
      "emr-prep size: the configuration cannot be read:
        --workload: profile: "streaming" is not one of interactive, streaming-24x7, long-running, data-critical, transient-batch, cost-driven, test — did you mean "streaming-24x7"?
      "
    `);
    expect(await size('--workload', 'streaming-24x7', '--primary', 'm5.xlarge', '--core', 'm5.2xlarge')).toMatchInlineSnapshot(`
      "emr-prep size: the configuration cannot be read:
        --core: "m5.2xlarge" has no node count; write m5.2xlarge:COUNT, e.g. m5.2xlarge:4
      "
    `);
    expect(await size('--workload', 'streaming-24x7', '--primary', 'm5.xlarge', '--core', 'm5.3xlarge:4')).toMatchInlineSnapshot(`
      "emr-prep size: the configuration cannot be read:
        --core m5.3xlarge:4: instances.core.0.instanceType: unknown instance type "m5.3xlarge": the catalog has m5 in sizes large, xlarge, 2xlarge, 4xlarge, 8xlarge, 12xlarge, 16xlarge, 24xlarge — did you mean "m5.2xlarge"?
      "
    `);
  });
});
