import { describe, expect, it } from 'vitest';
import { findPrecacheList, patchNotePage } from '../../../src/site/incremental/rebuild.ts';
import type { NoteState } from '../../../src/site/incremental/state.ts';

const note = (html: string, explanation: string): NoteState => ({
  digest: 'd',
  shape: 's',
  summaryHtml: '<p>요점</p>',
  html,
  questions: [
    {
      id: 'n-1',
      stemHtml: '<p>Which one?</p>',
      options: [
        { letter: 'A', keyed: true, html: 'Task node', explanationHtml: `<p>${explanation}</p>` },
        { letter: 'B', keyed: false, html: 'Core node', explanationHtml: null },
      ],
    },
  ],
});

/** A note page as the page and QuestionBlock insert the fragments (trimmed to the fragments' places). */
const page = (n: NoteState) =>
  [
    `<aside id="key-point"><div class="prose">${n.summaryHtml}</div></aside>`,
    `<div class="note__body prose">${n.html}</div>`,
    `<div class="question__stem">${n.questions[0]!.stemHtml}</div>`,
    ...n.questions[0]!.options.map((o) => `<span class="option__text">${o.html}</span>`),
    `<span>${n.questions[0]!.options[0]!.html}</span>`,
    ...n.questions[0]!.options.map((o) => `<span class="explanation__option">${o.html}</span>${o.explanationHtml ?? '<p>none</p>'}`),
  ].join('\n');

describe('an incremental rebuild patches a note page (issue 16 item 2)', () => {
  it('puts the new body and explanation where the old ones were', () => {
    const before = note('<p>One.</p><p><a href="/notes/x/">x</a></p>', 'Only compute.');
    const after = note('<p>One. Two.</p><p><a href="/notes/x/">x</a></p>', 'Only compute, no HDFS.');
    expect(patchNotePage(page(before), before, after, '/')).toBe(page(after));
  });

  it('rebases links of the new fragments below the base path, as the page does', () => {
    const before = note('<p><a href="/notes/x/">x</a></p>', 'e');
    const after = note('<p>New. <a href="/notes/x/">x</a></p>', 'e');
    const rebased = (n: NoteState) => page(n).replaceAll('href="/notes/', 'href="/emr-prep/notes/');
    expect(patchNotePage(rebased(before), before, after, '/emr-prep/')).toBe(rebased(after));
  });

  it('refuses when an old fragment also occurs where the page does not insert it', () => {
    const before = note('<p>Spot</p>', 'e');
    const after = note('<p>Spot or On-Demand</p>', 'e');
    expect(patchNotePage(`${page(before)}<footer><p>Spot</p></footer>`, before, after, '/')).toEqual({
      reason: 'a changed fragment occurs 2 times in the page, expected 1',
    });
  });

  it('refuses when two places held the same text and only one of them changed', () => {
    const before = note('<p>Only compute.</p>', 'Only compute.');
    const after = note('<p>Changed.</p>', 'Only compute.');
    expect(patchNotePage(page(before), before, after, '/')).toEqual({ reason: 'equal fragments changed differently' });
  });

  it('refuses when a question was added', () => {
    const before = note('<p>a</p>', 'e');
    const after = { ...note('<p>a</p>', 'e'), questions: [] };
    expect(patchNotePage(page(before), before, after, '/')).toEqual({ reason: 'its questions changed' });
  });
});

describe('the precache list in sw.js (Workbox injectManifest)', () => {
  const list = [
    { revision: 'a1', url: '/' },
    { revision: null, url: '_astro/site.X1.js' },
    { revision: 'b2', url: 'notes/a "quoted" [x]/' },
  ];
  const sw = `const x=1;re(${JSON.stringify(list)},{directoryIndex:"index.html",ignoreURLParametersMatching:[/.*/]});`;

  it('is found and read whole, brackets and quotes inside URLs included', () => {
    const found = findPrecacheList(sw);
    expect(found?.entries).toEqual(list);
    expect(sw.slice(found!.start, found!.end)).toBe(JSON.stringify(list));
  });

  it('is not guessed when sw.js holds none or two', () => {
    expect(findPrecacheList('precacheAndRoute(self.__WB_MANIFEST)')).toBeNull();
    expect(findPrecacheList(`${sw}${sw}`)).toBeNull();
  });
});
