/** Snippets: the window around the matched words of a long text, with exact highlight ranges. */
import { describe, expect, it } from 'vitest';
import { highlightRanges, makeSnippet } from '../../../src/core/search/snippet.ts';

const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('makeSnippet', () => {
  it('keeps a short text whole and highlights every matching word', () => {
    const s = makeSnippet('Spot Instances save money; spot capacity varies', { terms: new Set(['spot']), query: ['spot'] });
    expect(s.text).toBe('Spot Instances save money; spot capacity varies');
    expect(s.highlights.map(([a, b]) => s.text.slice(a, b))).toEqual(['Spot', 'spot']);
  });
  it('cuts a long text around the match, at spaces, with ellipses', () => {
    const text = `${filler(100)} the primary node runs the ResourceManager ${filler(100)}`;
    const s = makeSnippet(text, { terms: new Set(['primary']), query: ['primary'] }, 120);
    expect(s.text.startsWith('… ')).toBe(true);
    expect(s.text.endsWith(' …')).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(120 + 2 * 15 + 4);
    expect(s.highlights.map(([a, b]) => s.text.slice(a, b))).toEqual(['primary']);
    // Cut at spaces: every word of the snippet is a whole word of the text.
    const words = new Set(text.split(' '));
    for (const word of s.text.replace(/^… | …$/g, '').split(' ')) expect(words.has(word)).toBe(true);
  });
  it('prefers the window holding more different matched words', () => {
    const text = `spot ${filler(60)} spot task ${filler(60)}`;
    const s = makeSnippet(text, { terms: new Set(['spot', 'task']), query: ['spot', 'task'] }, 80);
    expect(s.highlights.map(([a, b]) => s.text.slice(a, b))).toEqual(['spot', 'task']);
  });
  it('highlights the query inside a Korean compound (인스턴스 in 스팟인스턴스를)', () => {
    const text = '스팟인스턴스를 쓴다';
    const ranges = highlightRanges(text, { terms: new Set(['스팟인스턴스']), query: ['인스턴스'] });
    expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual(['인스턴스']);
  });
  it('gives the start of the text when nothing matches, and nothing for an empty text', () => {
    expect(makeSnippet(filler(100), { terms: new Set(['zzz']), query: [] }, 40).highlights).toEqual([]);
    expect(makeSnippet('', { terms: new Set(), query: [] })).toEqual({ text: '', highlights: [] });
  });
});
