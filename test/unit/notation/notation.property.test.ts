/**
 * One grammar per notation: what one side writes, every other side reads back the same. Instance
 * groups (CLI flags, `emr-scenario` blocks, the calculator URL), Spark sizes (scenario, CLI, form),
 * tag paths and the site's URLs (note, question, tag pages).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGroupFlag } from '../../../src/cli/size.ts';
import {
  MARKET_WORDS,
  formatGroupNotation,
  formatFleetTypeEntry,
  parseFleetTypeEntries,
} from '../../../src/core/sizing/instance-group-notation.ts';
import { formatSparkSize, formatSparkSizeMiB, parseSparkSize } from '../../../src/core/sizing/spark-size.ts';
import { parseScenario } from '../../../src/core/sizing/scenario.ts';
import { isValidTag, tagAncestors, tagLeaf, tagMatches, tagNamespace } from '../../../src/core/tags/tag-path.ts';
import { noteHref, parseSiteHref, questionAnchor, questionHref, tagHref } from '../../../src/core/site/urls.ts';
import { slugify } from '../../../src/core/questions/parse-questions.ts';
import { parseGroupToken, stateFromParams, stateToParams, presetState, toModelInput } from '../../../src/islands/calculator/form-state.ts';

const TYPES = ['m5.xlarge', 'm5.2xlarge', 'r5.4xlarge', 'c5.9xlarge', 'm6g.xlarge', 'r5d.2xlarge'];
const group = fc.record({
  type: fc.constantFrom(...TYPES),
  count: fc.integer({ min: 1, max: 500 }),
  market: fc.constantFrom('on-demand' as const, 'spot' as const),
  ebs: fc.option(fc.integer({ min: 1, max: 4096 }), { nil: undefined }),
});
const style = fc.constantFrom('compact' as const, 'scenario' as const);

/** The core group of a one-option scenario whose core is written as `text`. */
function scenarioCore(text: string): Record<string, unknown> | null {
  const yaml = `workload:\n  profile: transient-batch\noptions:\n  A:\n    primary: m5.xlarge\n    core: "${text}"\n  B:\n    not-a-cluster: AWS Batch\n`;
  const { scenario, problems } = parseScenario(yaml, 1);
  if (problems.length > 0 || !scenario) return null;
  const c = scenario.options[0]?.cluster;
  if (c?.platform !== 'emr-ec2' || c.instances.mode !== 'instance-groups') return null;
  const core = c.instances.core[0];
  return core ? { ...core } : null;
}

describe('instance-group notation: one grammar for the CLI, the scenarios and the calculator URL', () => {
  it('a group written in either form is read the same by all three readers', () => {
    fc.assert(
      fc.property(group, style, (g, st) => {
        const text = formatGroupNotation(g, st);
        const cli = parseGroupFlag(text, '--core');
        expect(cli).toEqual({
          instanceType: g.type,
          count: g.count,
          market: g.market,
          ...(g.ebs !== undefined ? { ebsGiBPerInstance: g.ebs } : {}),
        });
        const url = parseGroupToken(text);
        expect(url).toEqual({ type: g.type, count: String(g.count), market: g.market, ebs: g.ebs === undefined ? '' : String(g.ebs) });
        const scen = scenarioCore(text);
        expect(scen).toMatchObject({ instanceType: g.type, count: g.count, market: g.market });
        expect(scen?.['ebsGiBPerInstance']).toBe(g.ebs);
      }),
      { numRuns: 60 },
    );
  });

  it('every purchasing-option word, in any case, means the same market to every reader', () => {
    const words: Array<[string, string]> = [
      ['spot', 'spot'],
      ['on-demand', 'on-demand'],
      ['ondemand', 'on-demand'],
      ['od', 'on-demand'],
    ];
    expect(Object.entries(MARKET_WORDS)).toEqual(words);
    for (const [word, market] of words) {
      for (const w of [word, word.toUpperCase()]) {
        expect(parseGroupFlag(`m5.xlarge:2:${w}`, '--core')['market']).toBe(market);
        expect(parseGroupToken(`m5.xlarge:2:${w}`).market).toBe(market);
        expect(scenarioCore(`m5.xlarge x2 ${w}`)?.['market']).toBe(market);
      }
    }
  });

  it('the calculator URL keeps a group through a share link', () => {
    fc.assert(
      fc.property(group, fc.array(group, { maxLength: 3 }), (core, tasks) => {
        const s = presetState('transient-batch');
        s.core = { type: core.type, count: String(core.count), market: core.market, ebs: core.ebs === undefined ? '' : String(core.ebs) };
        s.tasks = tasks.map((t) => ({
          type: t.type,
          count: String(t.count),
          market: t.market,
          ebs: t.ebs === undefined ? '' : String(t.ebs),
        }));
        const back = stateFromParams(stateToParams(s));
        expect(back.problems).toEqual([]);
        expect(back.state.core).toEqual(s.core);
        expect(back.state.tasks).toEqual(s.tasks);
      }),
      { numRuns: 40 },
    );
  });

  it('a fleet entry written is read back', () => {
    const entry = fc.record({
      instanceType: fc.constantFrom(...TYPES),
      weight: fc.option(fc.integer({ min: 1, max: 64 }).map(String), { nil: undefined }),
      ebs: fc.option(fc.integer({ min: 1, max: 4096 }).map(String), { nil: undefined }),
      maxPrice: fc.option(fc.integer({ min: 1, max: 100 }).map(String), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 4 }), (entries) => {
        const back = parseFleetTypeEntries(entries.map(formatFleetTypeEntry).join(', '));
        expect(back).toEqual(
          entries.map((e) => ({
            instanceType: e.instanceType,
            unknown: [],
            ...(e.weight !== undefined ? { weight: e.weight } : {}),
            ...(e.ebs !== undefined ? { ebs: e.ebs } : {}),
            ...(e.maxPrice !== undefined ? { maxPrice: e.maxPrice } : {}),
          })),
        );
      }),
    );
  });
});

describe('Spark sizes: one notation', () => {
  it('both writers are read back by the one reader, and the calculator form reads them too', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1024 * 1024 }), (mib) => {
        expect(parseSparkSize(formatSparkSize(mib))).toBe(mib);
        expect(parseSparkSize(formatSparkSizeMiB(mib))).toBe(mib);
        const s = presetState('transient-batch');
        s.executorMemory = formatSparkSize(mib);
        const input = toModelInput(s);
        expect(input.errors).toEqual([]);
        expect((input.cluster as { spark: Record<string, unknown> }).spark['executorMemoryMiB']).toBe(mib);
      }),
      { numRuns: 100 },
    );
  });

  it('the scenario reader takes what the form writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 * 1024 }), (mib) => {
        const yaml = `workload:\n  profile: transient-batch\noptions:\n  A:\n    primary: m5.xlarge\n    core: m5.2xlarge x2\n    executor-memory: ${formatSparkSize(mib)}\n  B:\n    not-a-cluster: AWS Batch\n`;
        const { scenario } = parseScenario(yaml, 1);
        const c = scenario?.options[0]?.cluster;
        expect(c && 'spark' in c ? c.spark.executorMemoryMiB : null).toBe(mib);
      }),
      { numRuns: 30 },
    );
  });
});

const segment = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { size: 'small' }).filter((s) => s.length <= 20);
const tag = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join('/'));

describe('tag paths', () => {
  it('a valid tag implies valid ancestors, root first, each selecting the tag', () => {
    fc.assert(
      fc.property(tag, (t) => {
        expect(isValidTag(t)).toBe(true);
        const chain = tagAncestors(t);
        expect(chain.at(-1)).toBe(t);
        expect(chain).toHaveLength(t.split('/').length);
        expect(chain[0]).toBe(tagNamespace(t));
        expect(tagLeaf(t)).toBe(t.split('/').at(-1));
        for (const a of chain) {
          expect(isValidTag(a)).toBe(true);
          expect(tagMatches(a, t)).toBe(true);
        }
      }),
    );
  });

  it('the tag page URL reads back as the tag', () => {
    fc.assert(
      fc.property(tag, (t) => {
        expect(parseSiteHref(tagHref(t))).toEqual({ kind: 'tag', path: t });
      }),
    );
  });
});

describe('site URLs: notes, questions and tags are read back as written', () => {
  // Note slugs come from slugify (any script, e.g. Hangul file names); question ids are [a-z0-9-].
  const slug = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
    .map(slugify)
    .filter((s) => s !== '');
  const id = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { size: 'small' });

  it('note and question hrefs', () => {
    fc.assert(
      fc.property(slug, id, (s, q) => {
        expect(parseSiteHref(noteHref(s))).toEqual({ kind: 'note', slug: s });
        expect(parseSiteHref(questionHref(s, q))).toEqual({ kind: 'question', note: s, id: q });
        expect(questionHref(s, q).endsWith(`#${questionAnchor(q)}`)).toBe(true);
      }),
    );
  });

  it('Korean slugs are percent-encoded and read back', () => {
    expect(noteHref('스팟-인스턴스')).toBe('/notes/%EC%8A%A4%ED%8C%9F-%EC%9D%B8%EC%8A%A4%ED%84%B4%EC%8A%A4/');
    expect(parseSiteHref(questionHref('스팟-인스턴스', 'abc-12'))).toEqual({ kind: 'question', note: '스팟-인스턴스', id: 'abc-12' });
    expect(parseSiteHref('/quiz/?tags=a')).toBeNull();
    expect(parseSiteHref('/notes/a/b/')).toBeNull();
  });
});
