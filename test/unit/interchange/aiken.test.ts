/**
 * Reading Aiken (https://docs.moodle.org/en/Aiken_format): the documented example, several keys as
 * a multiple answer, and every malformed question reported at its line.
 */
import { describe, expect, it } from 'vitest';
import { parseAiken, parseAikenAnswer } from '../../../src/core/interchange/index.ts';

describe('parseAiken', () => {
  it('reads the documented example: stem, options with "." or ")", and the key', () => {
    const { items, problems } = parseAiken(
      'What is the correct answer to this question?\nA. Is it this one?\nB. Maybe this answer?\nC. Possibly this one?\nD. Must be this one!\nANSWER: D\n\nWhich LMS has the most quiz import formats?\nA) Moodle\nB) ATutor\nC) Claroline\nANSWER: A\n',
    );
    expect(problems).toEqual([]);
    expect(items.map((i) => [i.line, i.stem, i.options.map((o) => o.correct)])).toEqual([
      [1, 'What is the correct answer to this question?', [false, false, false, true]],
      [8, 'Which LMS has the most quiz import formats?', [true, false, false]],
    ]);
    expect(items[0]!.options.map((o) => [o.text, o.line])).toEqual([
      ['Is it this one?', 2],
      ['Maybe this answer?', 3],
      ['Possibly this one?', 4],
      ['Must be this one!', 5],
    ]);
  });

  it('ANSWER: AB is a multiple answer (A and B), never just A', () => {
    const { items } = parseAiken('Which two run HDFS daemons?\nA. core\nB. primary\nC. task\nANSWER: AB\n');
    expect(items[0]!.options.map((o) => o.correct)).toEqual([true, true, false]);
    expect(parseAikenAnswer('A, C')).toEqual(['A', 'C']);
    expect(parseAikenAnswer('b and d')).toEqual(['B', 'D']);
    expect(parseAikenAnswer('A?')).toBeNull();
  });

  it('reports each malformed question at its line and imports the rest', () => {
    const { items, problems } = parseAiken(
      [
        'Q1 has a key that is not an option', // 1
        'A. a', // 2
        'B. b', // 3
        'ANSWER: E', // 4
        '', // 5
        'Q2 has no answer line', // 6
        'A. a', // 7
        'B. b', // 8
        '', // 9
        'Q3 skips a letter', // 10
        'A. a', // 11
        'C. c', // 12
        'ANSWER: A', // 13
        '', // 14
        'Q4 is fine', // 15
        'A. a', // 16
        'B. b', // 17
        'ANSWER: B', // 18
        '', // 19
        'Q5 has one option', // 20
        'A. a', // 21
        'ANSWER: A', // 22
        '', // 23
        'Q6 ends without a key', // 24
        'A. a', // 25
        'B. b', // 26
      ].join('\n'),
    );
    expect(items.map((i) => i.line)).toEqual([15]);
    expect(problems.map((p) => `${p.line} ${p.message.split(';')[0]}`)).toEqual([
      '4 ANSWER names E, but the question on line 1 has options A, B',
      '6 the question has no ANSWER line before line 10',
      '12 option C stands where B is expected (options run A, B, C … in order)',
      '20 the question has 1 option',
      '24 the question has no ANSWER line before the end of the file',
    ]);
  });

  it('escapes Markdown in the text so it reads back as written', () => {
    const { items } = parseAiken('What does `*` mean in 2 * 3?\nA. <b>multiply</b>\nB. [x]\nANSWER: A\n');
    expect(items[0]!.stem).toBe('What does \\`\\*\\` mean in 2 \\* 3?');
    expect(items[0]!.options[0]!.text).toBe('\\<b\\>multiply\\</b\\>');
  });
});
