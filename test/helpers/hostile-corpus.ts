import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
/**
 * The hostile-input corpus of issue 13, generated at test time (small files, nothing checked in):
 * one entry per reproduced case. Each entry is the text or bytes of one note (or a GIFT file) and
 * what a user must see. Tests (test/unit/robustness/hostile.test.ts) and the before/after
 * measurement script (bench/hostile.ts) read the same entries.
 */

const FRONT = '---\ntitle: Hostile input\ntags: [service/emr]\n---\n\n# Hostile input\n\n';

/** A note with a valid frontmatter and the given body. */
export function note(body: string): string {
  return `${FRONT}${body}\n`;
}

/** EUC-KR bytes of "스팟 인스턴스 노드" (not valid UTF-8). */
export const EUC_KR_SAMPLE = new Uint8Array([0xbd, 0xba, 0xc6, 0xcc, 0x20, 0xc0, 0xce, 0xbd, 0xba, 0xc5, 0xcf, 0xbd, 0xba]);

/** UTF-16 LE with BOM. */
export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = c & 0xff;
    out[3 + 2 * i] = c >> 8;
  }
  return out;
}

/** Case 2: notes that overflowed the call stack of the Markdown pipeline. */
export const STACK_CASES: Record<string, string> = {
  'dashes-one-line': note(`${'- '.repeat(500)}a`),
  'quote-markers': note(`${'>'.repeat(1000)} a`),
  'ordered-markers': note(`${'1. '.repeat(500)}a`),
  'nested-emphasis': note(`${'*'.repeat(2000)}a${'*'.repeat(2000)}`),
  'nested-html': note('<div>'.repeat(3000)),
};

/** Case 6: notes whose parse time grew faster than linearly (sizes as in the issue, scaled by `scale`). */
export function slowCases(scale = 1): Record<string, string> {
  return {
    'one-paragraph': note('[a](b '.repeat(Math.round(270_000 * scale))),
    'indented-list': note(Array.from({ length: Math.round(2000 * scale) }, (_, i) => `${' '.repeat(2 * i)}- a`).join('\n')),
    'quote-depth': note(Array.from({ length: Math.round(2000 * scale) }, (_, i) => `${'>'.repeat(i + 1)} a`).join('\n')),
  };
}

/** A question block with `n` lettered options, keyed A, every option explained. */
export function questionWithOptions(n: number): string {
  const letters = Array.from({ length: n }, (_, i) => String.fromCharCode(65 + i));
  return [
    '## 📝 관련 문제',
    '',
    '**Question:** Which node type runs the HDFS DataNode daemon on an EMR cluster?',
    '',
    '**Options:**',
    '',
    ...letters.map((l, i) => `- ${l}) choice ${i}`),
    '',
    '**Answer: A**',
    '',
    '💡 추가 설명:',
    '',
    ...letters.map((l) => `- **Option ${l}** - reason`),
  ].join('\n');
}

/** Case 9: a GIFT file with a question right after `$CATEGORY:` (no blank line). */
export const GIFT_CATEGORY_NO_BLANK = [
  '$CATEGORY: emr/nodes',
  '::q1:: Which node type runs the HDFS DataNode daemon? {',
  '=core node',
  '~primary node',
  '~task node',
  '}',
  '',
].join('\n');

/** Case 10: a tag and a file name holding terminal escape sequences. */
export const ESCAPE = '\u001b[2J\u001b[32m0 errors\u001b[0m';

/** The tag registry every hostile folder carries (service and service/emr). */
export const HOSTILE_REGISTRY = 'service:\n  ko: 서비스\n  en: Services\nservice/emr:\n  ko: EMR\n  en: EMR\n';

/** A well-formed note of the hostile corpus (one link to a missing note). */
export const GOOD_NOTE = note('A fine note with a [[missing-note]] link.');

/**
 * A fresh content folder in the system temp directory with {@link HOSTILE_REGISTRY} as tags.yml and
 * these files (paths relative to the folder; parent folders are created).
 * @returns the folder's absolute path
 */
export function hostileFolder(files: Record<string, string | Uint8Array>, prefix = 'emr-prep-hostile-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  writeFileSync(path.join(dir, 'tags.yml'), HOSTILE_REGISTRY);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
