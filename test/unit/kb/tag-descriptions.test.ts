/**
 * Tag descriptions in both languages: `tags.yml` gives a description as one text or as `{ ko, en }`;
 * a Korean reader sees the Korean one, falling back to the other language (marked as such) when an
 * instructor wrote only one; a malformed description is an error at its line, not a silent drop.
 */
import { describe, expect, it } from 'vitest';
import { parseTagRegistry } from '../../../src/core/graph/registry.ts';
import { describeIn } from '../../../src/core/graph/schema.ts';
import { tagDescription } from '../../../src/core/graph/tag-graph.ts';
import { loadKnowledgeBase } from '../../../src/core/kb/reader.ts';

const registry = (yaml: string) => parseTagRegistry(yaml, 'tags.yml');

describe('tag descriptions', () => {
  it('reads `{ ko, en }` and a plain string filed under its script', () => {
    const { registry: r, diagnostics } = registry(
      [
        'node:',
        '  ko: 노드',
        '  en: Nodes',
        '  description:',
        '    ko: 노드의 역할.',
        '    en: The roles of nodes.',
        'node/core:',
        '  ko: 코어',
        '  en: Core',
        '  description: HDFS DataNode and NodeManager.',
        'node/task:',
        '  ko: 태스크',
        '  en: Task',
        '  description: HDFS를 저장하지 않는 노드.',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(tagDescription(r.get('node')!.description)).toEqual({ ko: '노드의 역할.', en: 'The roles of nodes.' });
    expect(tagDescription(r.get('node/core')!.description)).toEqual({ ko: null, en: 'HDFS DataNode and NodeManager.' });
    expect(tagDescription(r.get('node/task')!.description)).toEqual({ ko: 'HDFS를 저장하지 않는 노드.', en: null });
  });

  it('shows the reader’s language, else the other one with its own lang', () => {
    expect(describeIn({ ko: '한국어', en: 'English' }, 'ko')).toEqual({ text: '한국어', lang: 'ko' });
    expect(describeIn({ ko: '한국어', en: 'English' }, 'en')).toEqual({ text: 'English', lang: 'en' });
    expect(describeIn({ ko: null, en: 'English' }, 'ko')).toEqual({ text: 'English', lang: 'en' });
    expect(describeIn({ ko: '한국어', en: null }, 'en')).toEqual({ text: '한국어', lang: 'ko' });
    expect(describeIn(null, 'ko')).toBeNull();
  });

  it('a description in an unknown language or an empty one is an error at its entry', () => {
    const { registry: r, diagnostics } = registry(
      [
        'node:',
        '  ko: 노드',
        '  en: Nodes',
        '  description:',
        '    fr: Les nœuds.',
        'node/core:',
        '  ko: 코어',
        '  en: Core',
        '  description: {}',
      ].join('\n'),
    );
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['tags/invalid-registry', 1],
      ['tags/invalid-registry', 6],
    ]);
    expect(diagnostics[0]!.message).toMatch(/description/);
    expect(r.has('node')).toBe(false);
  });

  it('every tag of the bundled registry has a Korean and an English description', async () => {
    const kb = await loadKnowledgeBase('content');
    const registered = kb.tags.filter((t) => t.registered);
    expect(registered.length).toBeGreaterThan(80);
    const missing = registered.filter((t) => !t.description?.ko || !t.description?.en).map((t) => t.path);
    expect(missing).toEqual([]);
    for (const t of registered) expect(t.description!.ko).toMatch(/[가-힣]/);
  });
});

describe('syllabus order', () => {
  it('a tag’s children follow tags.yml, not the alphabet (primary, core, task)', async () => {
    const kb = await loadKnowledgeBase('content');
    expect(kb.tags.find((t) => t.path === 'node')!.children).toEqual(['node/primary', 'node/core', 'node/task']);
  });
});
