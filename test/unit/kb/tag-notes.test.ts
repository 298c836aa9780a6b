import { describe, expect, it } from 'vitest';
import { groupQuestionsByNote, orderTagNotes } from '../../../src/core/graph/tag-notes.ts';

const note = (slug: string, ...tags: string[]) => ({ slug, tags });

describe('orderTagNotes: what a tag page lists first', () => {
  // By title, as the site passes them: 가 < 나 < 다 < 라.
  const byTitle = [
    note('ga', 'service/emr/spot'),
    note('na', 'service/emr'),
    note('da', 'service/glue'),
    note('ra', 'service/emr', 'service/emr/spot'),
  ];

  it('puts the notes that carry the tag itself before those reached through a narrower tag, each in the given order', () => {
    const members = ['ra', 'ga', 'na']; // the graph's order: files as read
    expect(orderTagNotes('service/emr', members, byTitle).map((n) => n.slug)).toEqual(['na', 'ra', 'ga']);
  });

  it('keeps the given order where every note is reached the same way (a namespace page)', () => {
    expect(orderTagNotes('service', ['da', 'ra', 'ga', 'na'], byTitle).map((n) => n.slug)).toEqual(['ga', 'na', 'da', 'ra']);
  });

  it("groups the notes of narrower tags by the child tag they are under, in the page's child order", () => {
    const notes = [
      note('ga', 'topic/2-storage/hdfs'),
      note('na', 'topic/1-nodes'),
      note('da', 'topic/3-other'),
      note('ra', 'topic/2-storage', 'topic/1-nodes/primary'),
      note('ma', 'topic'),
    ];
    const children = ['topic/1-nodes', 'topic/2-storage']; // topic/3-other not listed
    expect(orderTagNotes('topic', ['ga', 'na', 'da', 'ra', 'ma'], notes, children).map((n) => n.slug)).toEqual([
      'ma', // the tag itself
      'na', // 1-nodes, by title
      'ra', // its first child is 1-nodes
      'ga', // 2-storage
      'da', // under no listed child
    ]);
  });

  it('lists only the members, and leaves out a member it has no note for', () => {
    expect(orderTagNotes('service/emr/spot', ['ra', 'ga', 'gone'], byTitle).map((n) => n.slug)).toEqual(['ga', 'ra']);
  });
});

describe('groupQuestionsByNote', () => {
  it('orders the groups as the note list, notes it lacks after them, questions in their own order', () => {
    const qs = [
      { id: 'q1', note: 'ra' },
      { id: 'q2', note: 'other' },
      { id: 'q3', note: 'na' },
      { id: 'q4', note: 'ra' },
      { id: 'q5', note: 'later' },
    ];
    expect(groupQuestionsByNote(qs, ['na', 'ra']).map((g) => [g.note, g.questions.map((q) => q.id)])).toEqual([
      ['na', ['q3']],
      ['ra', ['q1', 'q4']],
      ['other', ['q2']],
      ['later', ['q5']],
    ]);
  });
});
