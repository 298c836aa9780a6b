/**
 * The compare view's configuration lists (`describeCluster`, src/islands/calculator/compare-page.ts)
 * follow the page's language: a Korean student reads 프라이머리 노드, 코어 인스턴스 플릿, 배포 모드 …
 * with the instance types, counts and Spot/On-Demand as AWS writes them; the English is unchanged.
 * The page's language is `<html lang>`, stubbed here (the view reads it through `currentLang`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/core/notes/parse-note.ts';
import { parseScenario, type Cluster } from '../../../src/core/sizing/index.ts';
import { describeCluster } from '../../../src/islands/calculator/compare-page.ts';
import { PROJECT_ROOT } from '../../helpers/seeds.ts';

const HANGUL = /[\uac00-\ud7af]/;
const g = globalThis as Record<string, unknown>;
const saved = g.document;
const page = { documentElement: { lang: 'ko' } };
beforeAll(() => {
  g.document = page;
});
afterAll(() => {
  g.document = saved;
});

/** `describeCluster` with the page in `lang`. */
function lines(c: Cluster, lang: 'ko' | 'en'): string[] {
  page.documentElement.lang = lang;
  return describeCluster(c);
}

/** Every configuration of the bundled content's scenarios. */
const bundled: Cluster[] = readdirSync(path.join(PROJECT_ROOT, 'content'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.md'))
  .flatMap((file) => {
    const text = readFileSync(path.join(PROJECT_ROOT, 'content', file), 'utf8');
    const encoding = { bom: false, crlf: false, invalidUtf8: 0, mojibake: null } as unknown as Parameters<typeof parseNote>[0]['encoding'];
    return parseNote({ file, text, encoding }).note.blocks.flatMap((b) => {
      if (!b.scenario) return [];
      const options = parseScenario(b.scenario.text, b.scenario.line).scenario?.options ?? [];
      return options.flatMap((o) => (o.cluster ? [o.cluster] : []));
    });
  });

/** Instance types, release labels, allocation strategies and numbers: what both languages write alike. */
const technical = (text: string): string[] => text.match(/\b[a-z][a-z0-9-]*\.\d*x?large\b|\bemr-[\d.]+|\b[a-z]+(?:-[a-z]+)+\b|\d+/g) ?? [];

describe('the configuration lists of the compare view', () => {
  const fleet = parseScenario(
    `workload: long-running
options:
  A:
    primary: m5.xlarge
    release: emr-7.12.0
    core: { fleet: [r5.2xlarge, r5d.2xlarge], on-demand: 4 }
    task: { fleet: [m5.2xlarge, m5d.2xlarge], spot: 8, spot-strategy: price-capacity-optimized }
    am: core
    deploy-mode: cluster
  B: { primary: m5.xlarge, core: m5.xlarge x2 }`,
    1,
  ).scenario?.options[0]?.cluster as Cluster;

  it('reads in Korean on a Korean page, keeping the types, counts and purchasing options', () => {
    expect(lines(fleet, 'ko')).toEqual([
      'EMR on EC2 emr-7.12.0',
      '프라이머리 노드: m5.xlarge ×1 On-Demand',
      '코어 인스턴스 플릿: r5.2xlarge, r5d.2xlarge (목표 용량 On-Demand 4 + Spot 0 단위)',
      '태스크 인스턴스 플릿: m5.2xlarge, m5d.2xlarge (목표 용량 On-Demand 0 + Spot 8 단위, 할당 전략 price-capacity-optimized)',
      '애플리케이션 마스터: 코어 노드',
      '배포 모드: cluster (제출 방식 step)',
    ]);
  });

  it('keeps the English as it was on an English page', () => {
    expect(lines(fleet, 'en')).toEqual([
      'EMR on EC2 emr-7.12.0',
      'primary: m5.xlarge ×1 On-Demand',
      'core fleet: r5.2xlarge, r5d.2xlarge (4 On-Demand + 0 Spot units)',
      'task fleet: m5.2xlarge, m5d.2xlarge (0 On-Demand + 8 Spot units, price-capacity-optimized)',
      'application masters: core nodes',
      'deploy mode: cluster (step)',
    ]);
  });

  it('describes every bundled EMR, Lambda and Batch option in Korean, with every name and number of the English', () => {
    expect(bundled.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const c of bundled) {
      const en = lines(c, 'en').join('\n');
      const ko = lines(c, 'ko').join('\n');
      if (['emr-ec2', 'emr-serverless', 'lambda', 'aws-batch'].includes(c.platform) && !HANGUL.test(ko)) problems.push(`no Korean: ${ko}`);
      if (/primary:|core:|task:|fleet:|application masters|deploy mode|driver |executor |timeout|undefined|NaN/.test(ko)) {
        problems.push(`English label or unrendered value: ${ko}`);
      }
      for (const token of technical(en)) if (!ko.includes(token)) problems.push(`${token} missing from: ${ko}`);
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});
