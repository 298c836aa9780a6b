/**
 * `tag/unregistered` says which registered tag an instructor most likely meant: a typo in a tag is
 * otherwise a new, empty tag page and a note missing from the one it belongs to.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nearestRegisteredTag } from '../../../src/core/graph/registry.ts';
import { loadKnowledgeBase } from '../../../src/core/kb/reader.ts';

const registry = new Map(
  [
    'instance',
    'instance/spot-instances',
    'instance/on-demand',
    'node',
    'node/core',
    'node/task',
    'service/emr',
    'service/emr/serverless',
  ].map((p) => [p, {}] as const),
);

describe('nearestRegisteredTag', () => {
  it.each([
    ['instance/spot-instance', 'instance/spot-instances'], // a letter left out
    ['instances/spot-instances', 'instance/spot-instances'], // the namespace misspelt
    ['Node/Core', 'node/core'], // case
    ['service/emr/serverles', 'service/emr/serverless'],
    ['spot-instances', 'instance/spot-instances'], // the namespace left out
    ['cluster/task', 'node/task'], // the same last segment under another namespace
  ])('%s → %s', (typed, meant) => {
    expect(nearestRegisteredTag(typed, registry)).toBe(meant);
  });

  it.each([
    ['instance/spot-fleet-strategy'], // a new tag, near nothing
    ['course/week-1'],
    ['node/core'], // registered: nothing to suggest
    [`node/${'x'.repeat(500)}`], // too long to compare
  ])('%s → nothing', (typed) => {
    expect(nearestRegisteredTag(typed, registry)).toBeNull();
  });

  it("never suggests the tag's own ancestor", () => {
    // `node/cor` is 1 edit from `node/core` and 4 from `node`; `node/x` is 2 from `node` (an ancestor) and 3 from `node/core`.
    expect(nearestRegisteredTag('node/cor', registry)).toBe('node/core');
    expect(nearestRegisteredTag('node/x', registry)).toBeNull();
  });
});

describe('the tag/unregistered diagnostic', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('names the registered tag at the line of the typo, and keeps the way to register a new tag in the hint', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'emr-prep-tag-typo-'));
    made.push(dir);
    writeFileSync(
      path.join(dir, 'a.md'),
      '---\ntitle: A\ntags:\n  - service/emr\n  - instance/spot-instance\n---\n\n# A\n\n## 🎯 핵심 포인트\n\nText.\n',
    );
    const kb = await loadKnowledgeBase(dir);
    const d = kb.diagnostics.filter((x) => x.code === 'tag/unregistered');
    expect(d).toHaveLength(1);
    expect(d[0]!.line).toBe(5);
    expect(d[0]!.message).toBe(
      'tag "instance/spot-instance" is not in the tag registry; it shows as its raw path — did you mean "instance/spot-instances"?',
    );
    expect(d[0]!.hint).toMatch(
      /^If you meant the registered tag, write "instance\/spot-instances"; if "instance\/spot-instance" is a new tag, add/,
    );
  });
});
