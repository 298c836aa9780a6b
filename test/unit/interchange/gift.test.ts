/**
 * Reading Moodle GIFT: the examples of Moodle's GIFT documentation (https://docs.moodle.org/en/GIFT_format)
 * read as Moodle reads them; everything outside the multiple-choice subset is reported at its line.
 */
import { describe, expect, it } from 'vitest';
import { parseGift, parseCategoryPath, escapeGift } from '../../../src/core/interchange/index.ts';

const opts = (text: string) => parseGift(text).items[0]!.options.map((o) => [o.text, o.correct, o.feedback]);

describe('parseGift: multiple choice', () => {
  it('reads = as the key, ~ as wrong, # as per-answer feedback and ::name::', () => {
    const { items, problems } = parseGift(
      "// multiple choice with feedback\n::Q2:: What's between orange and green in the spectrum?\n{ =yellow # right; good! ~red # wrong, it's yellow ~blue # wrong, it's yellow }\n",
    );
    expect(problems).toEqual([]);
    expect(items).toHaveLength(1);
    expect(items[0]!.name).toBe('Q2');
    expect(items[0]!.line).toBe(2);
    expect(items[0]!.stem).toBe("What's between orange and green in the spectrum?");
    expect(opts("::Q2:: x { =yellow # right; good! ~red # wrong, it's yellow ~blue }")).toEqual([
      ['yellow', true, 'right; good!'],
      ['red', false, "wrong, it's yellow"],
      ['blue', false, null],
    ]);
  });

  it('a multiple-answer question keys every option with a positive weight, not just the first', () => {
    const { items } = parseGift(
      "What two people are entombed in Grant's tomb? {\n   ~%-100%No one\n   ~%50%Grant\n   ~%50%Grant's wife\n   ~%-100%Grant's father\n}\n",
    );
    expect(items[0]!.options.map((o) => o.correct)).toEqual([false, true, true, false]);
    expect(items[0]!.options.map((o) => o.line)).toEqual([2, 3, 4, 5]);
  });

  it('the missing-word form puts a blank where the answers stood', () => {
    expect(parseGift("Grant is {~buried =entombed ~living} in Grant's tomb.").items[0]!.stem).toBe(
      "Grant is \\_\\_\\_\\_\\_ in Grant's tomb.",
    );
  });

  it('true/false becomes two options True and False with the right and wrong feedback where they belong', () => {
    const { items } = parseGift('Grant was buried in a tomb in New York City.{T#No, he is in Ohio.#Yes, in Manhattan.}');
    expect(items[0]!.options.map((o) => [o.text, o.correct, o.feedback])).toEqual([
      ['True', true, 'Yes, in Manhattan.'],
      ['False', false, 'No, he is in Ohio.'],
    ]);
    expect(parseGift('The sun rises in the west.{FALSE}').items[0]!.options.map((o) => o.correct)).toEqual([false, true]);
  });

  it('honours the escapes \\~ \\= \\# \\{ \\} \\: \\\\ and \\n', () => {
    const { items, problems } = parseGift(
      'Which answer equals 5\\: 2\\{+\\}3? {\n ~ \\= 2 + 2\n = \\= 2 + 3 \\# yes\n ~ \\~ 2 + 4 \\\\ \\n}',
    );
    expect(problems).toEqual([]);
    expect(items[0]!.stem).toBe('Which answer equals 5: 2{+}3?');
    expect(items[0]!.options.map((o) => o.text)).toEqual(['= 2 + 2', '= 2 + 3 # yes', '\\~ 2 + 4 \\\\']);
    expect(items[0]!.options.map((o) => o.correct)).toEqual([false, true, false]);
  });

  it('reads general feedback after ####, [html] text, and $CATEGORY paths as segments', () => {
    const { items } = parseGift(
      '$CATEGORY: $course$/top/EMR/Spot Instances\n\n::n::[html]<p>Which <b>node</b> runs the <code>DataNode</code>?</p>{=[html]<em>core</em>#stores HDFS ~primary ####[html]<p>See the docs.</p>}',
    );
    expect(items[0]!.category).toEqual(['EMR', 'Spot Instances']);
    expect(items[0]!.stem).toBe('Which **node** runs the `DataNode`?');
    expect(items[0]!.options[0]).toMatchObject({ text: '*core*', feedback: 'stores HDFS', correct: true });
    expect(items[0]!.generalFeedback).toBe('See the docs.');
    expect(parseCategoryPath('$course$/top/A//B/C')).toEqual(['A/B', 'C']);
  });

  it('reads // [id:…] and // [tag:…] comments above a question as its id and tags', () => {
    const { items } = parseGift('// [id:core-q1] [tag:service/emr]\n// [tag:node/core]\nWhich? {=a ~b}');
    expect(items[0]).toMatchObject({ id: 'core-q1', tags: ['service/emr', 'node/core'], line: 3 });
  });
});

describe('parseGift: what it does not convert is reported at its line', () => {
  const FILE = [
    '// a file mixing question types', // 1
    'When was Ulysses S. Grant born?{#1822:5}', // 2
    '', // 3
    "Who's buried in Grant's tomb?{=Grant =Ulysses S. Grant}", // 4
    '', // 5
    'Match the capitals. {', // 6
    '  =Canada -> Ottawa', // 7
    '  =Italy -> Rome', // 8
    '}', // 9
    '', // 10
    'Write a short biography of Dag Hammarskjöld. {}', // 11
    '', // 12
    'You can use your pencil and paper for these next math questions.', // 13
    '', // 14
    'Which is right? {=a ~%50%b ~c}', // 15
    '', // 16
    'Which? {', // 17
    '  =1 ~2 ~3 ~4 ~5 ~6', // 18
    '  ~7 ~8 ~9 ~10 ~11', // 19
    '}', // 20
    '', // 21
    'Two blanks {=a ~b} and {=c ~d}.', // 22
    '', // 23
    'No key here {~a ~b}', // 24
    '', // 25
    'Unclosed {=a ~b', // 26
  ].join('\n');
  const { items, problems } = parseGift(FILE);

  it('imports only the multiple-choice question, and says why for each other one', () => {
    expect(items.map((i) => i.line)).toEqual([15]);
    const byLine = problems.map((p) => `${p.line} ${p.severity} ${p.message.split(';')[0]}`);
    expect(byLine).toEqual([
      '2 error the question is a numerical question ({#…})',
      '4 error the question is a short-answer question (only = answers, no ~)',
      '6 error the question is a matching question (=… -> …)',
      '11 error the question is an essay question (empty answer block)',
      '13 error the question has no answer block {…}: a description, not a question',
      '15 warning the answer "b" of the question gives partial credit (50%), which emr-prep cannot express',
      '19 error the question has 11 answers',
      '22 error the question has more than one answer block {…} (an embedded-answers/cloze question)',
      '24 error the question keys no answer (no = and no positive ~%weight%)',
      '26 error the question has an unmatched "{"',
    ]);
  });

  it('the partially credited answer is imported as an unkeyed option, not dropped', () => {
    expect(items[0]!.options.map((o) => [o.text, o.correct])).toEqual([
      ['a', true],
      ['b', false],
      ['c', false],
    ]);
  });
});

describe('escapeGift', () => {
  it('escapes what Moodle escapes, and reading it back gives the text', () => {
    const text = 'a:b#c=d~e{f}g\\h\ni';
    expect(escapeGift(text)).toBe('a\\:b\\#c\\=d\\~e\\{f\\}g\\\\h\\ni');
    const { items } = parseGift(`[markdown]${escapeGift('stem: {x}')} {=[markdown]${escapeGift('a=b')} ~[markdown]${escapeGift('c#d')}}`);
    expect(items[0]!.stem).toBe('stem: {x}');
    expect(items[0]!.options.map((o) => o.text)).toEqual(['a=b', 'c#d']);
  });
});

describe('parseGift: a file as Moodle exports it', () => {
  // Moodle's exporter writes a "// question: N  name: …" comment above each question, the category
  // switch as its own block, [html] on the question text only (answers inherit it), and the text as
  // its editor left it (attributes, a trailing <br>).
  const EXPORT = [
    '// question: 0  name: Switch category to $course$/top/Default for EMR 101/Node types',
    '$CATEGORY: $course$/top/Default for EMR 101/Node types',
    '',
    '',
    '// question: 101  name: DataNode',
    '::DataNode::[html]<p dir\\="ltr" style\\="text-align\\: left;">Which node type runs the <strong>HDFS DataNode</strong> daemon?<br></p>{',
    '\t=<p>Core nodes</p>#<p>Right\\: core nodes store HDFS blocks.</p>',
    '\t~<p>The primary node</p>#<p>It runs the NameNode.</p>',
    '\t~<p>Task nodes</p>',
    '}',
  ].join('\n');

  it('reads the question, its HTML as Markdown, and the category; "Default for …" does not become part of the tag', async () => {
    const { items, problems } = parseGift(EXPORT);
    expect(problems).toEqual([]);
    expect(items[0]!.stem).toBe('Which node type runs the **HDFS DataNode** daemon?');
    expect(items[0]!.options.map((o) => [o.text, o.correct, o.feedback, o.line])).toEqual([
      ['Core nodes', true, 'Right: core nodes store HDFS blocks.', 7],
      ['The primary node', false, 'It runs the NameNode.', 8],
      ['Task nodes', false, null, 9],
    ]);
    const { categoryTag } = await import('../../../src/core/interchange/index.ts');
    expect(items[0]!.category).toEqual(['Default for EMR 101', 'Node types']);
    expect(categoryTag(items[0]!.category)).toBe('node-types');
    expect(categoryTag(['EMR', 'Spot Instances'])).toBe('emr/spot-instances');
    expect(categoryTag(['스팟'])).toBeNull();
  });
});
