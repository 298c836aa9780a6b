/**
 * Every zod error a user reads goes through the one formatter (src/core/diagnostics/zod-issues.ts):
 * cluster scenarios, the calculator form, the compare page's payload check, the glossary and the
 * exam blueprints. Their messages are pinned here, as Starlight pins its config errors
 * (`__tests__/basics/config-errors.test.ts`), so a change of wording is a reviewed change.
 */
import { describe, expect, it } from 'vitest';
import { parseBlueprint } from '../../../src/core/exams/parse.ts';
import { parseGlossaryFile } from '../../../src/core/glossary/parse.ts';
import { parseScenario } from '../../../src/core/sizing/scenario.ts';
import { parseState, stateFromParams } from '../../../src/islands/calculator/form-state.ts';
import { parseScenariosPayload } from '../../../src/islands/calculator/scenario-payload.ts';

type Located = { line: number; column?: number; code?: string; message: string; hint?: string };
const shown = (list: readonly Located[]): string[] =>
  list.map((p) => `${p.line}:${p.column ?? 1}${p.code ? ` ${p.code}` : ''} ${p.message}${p.hint ? ` | hint: ${p.hint}` : ''}`);

describe('emr-scenario blocks', () => {
  it('an option value the model rejects names the option, the field, what was expected and found', () => {
    const yaml = [
      'workload: interactive',
      'options:',
      '  A: { primary: m5.xlarge, core: m5.xlarge x2, deploy-mode: clustr }',
      '  B: { full: { platform: emr-ec2, releaseLabel: emr-7.12.0, applications: [Spark], instances: 3 } }',
    ].join('\n');
    expect(shown(parseScenario(yaml, 10).problems)).toMatchInlineSnapshot(`
      [
        "12:61 option A spark.deployMode: "clustr" is not one of client, cluster — did you mean "cluster"? | hint: Write "cluster".",
        "13:84 option B instances must be an object, not a number | hint: see the emr-scenario syntax in src/core/sizing/README.md",
      ]
    `);
  });
  it('a workload field of the wrong type', () => {
    const yaml = [
      'workload: { profile: interactive, hdfs-data-gb: lots }',
      'options:',
      '  A: { not-a-cluster: x }',
      '  B: { not-a-cluster: y }',
    ].join('\n');
    expect(shown(parseScenario(yaml, 1).problems)).toMatchInlineSnapshot(`
      [
        "1:49 workload hdfsDataGB must be a number, not a string | hint: see the emr-scenario syntax in src/core/sizing/README.md",
      ]
    `);
  });
});

describe('the calculator form', () => {
  it('a value the model rejects is reported at its field, in the formatter’s words', () => {
    const parsed = parseState(stateFromParams(new URLSearchParams('core=m5.xlarge:0')).state);
    expect(parsed.ok ? [] : parsed.errors.map((e) => ({ field: e.field, message: e.message.en }))).toMatchInlineSnapshot(`
      [
        {
          "field": "core.count",
          "message": "Core group · count: at least 1 instance",
        },
      ]
    `);
  });
});

describe('the compare page', () => {
  it('a stale or foreign scenarios.json is named by field', () => {
    const result = parseScenariosPayload({ format: 'emr-prep-scenarios', version: 2, questions: [{ id: 1 }] });
    expect(result.ok ? null : result.message).toMatchInlineSnapshot(`"unexpected data: version must be 1, not 2"`);
  });
});

describe('the glossary', () => {
  it('an entry of the wrong shape is located at the field at fault', () => {
    const text = ['Spot Instance:', '  ko: 스팟 인스턴스', '  definition: { ko: 설명 }', '  spellings: 스팟', ''].join('\n');
    expect(shown(parseGlossaryFile({ file: 'glossary.yml', text, own: true }).diagnostics)).toMatchInlineSnapshot(`
      [
        "4:1 glossary/invalid glossary term "Spot Instance" is invalid: spellings must be an array, not a string; definition.en is missing (expected string) | hint: Each term is \`English term: { ko, spellings: [...], definition: { ko, en }, notes: [...], tags: [...] }\`; ko and definition are required.",
      ]
    `);
  });
});

describe('exam blueprints', () => {
  it('a field of the wrong type, an unknown key and a missing field', () => {
    const text = [
      'title: 모의고사',
      'minutes: ninety',
      'questions: 20',
      'pasing: 70',
      'domains:',
      '  - name: 전체',
      '    tags: [topic/storage]',
      '',
    ].join('\n');
    expect(shown(parseBlueprint(text, 'exams/mock.yml').diagnostics)).toMatchInlineSnapshot(`
      [
        "2:10 exam/invalid-field minutes must be a number, not a string | hint: title and description (text, or { ko, en }), minutes and questions (whole numbers), passing (percent 1–100), scaled (true/false), domains (a list of {name, tags, weight}), fixed (question ids); no other keys.",
        "6:5 exam/invalid-field domains[0].weight is missing (expected number) | hint: title and description (text, or { ko, en }), minutes and questions (whole numbers), passing (percent 1–100), scaled (true/false), domains (a list of {name, tags, weight}), fixed (question ids); no other keys.",
        "4:1 exam/invalid-field unknown key "pasing" — did you mean "passing"? | hint: Rename "pasing" to "passing".",
      ]
    `);
  });
});
