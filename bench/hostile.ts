/**
 * Before/after measurement of issue 13's hostile-input cases: runs each case through the real CLI
 * of a project checkout (`node bench/hostile.ts [PROJECT_ROOT]`, default this one) under
 * `/usr/bin/time` with a 120 s timeout, and prints per case the outcome, the wall time and the
 * peak memory (max RSS). The inputs come from test/helpers/hostile-corpus.ts of THIS checkout, so
 * an old checkout is measured on the same files.
 *
 * Usage: node --import tsx bench/hostile.ts /tmp/old-checkout
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ESCAPE,
  EUC_KR_SAMPLE,
  GIFT_CATEGORY_NO_BLANK,
  STACK_CASES,
  note,
  questionWithOptions,
  slowCases,
  utf16le,
  GOOD_NOTE,
  hostileFolder,
} from '../test/helpers/hostile-corpus.ts';

const rootArg = process.argv[2];
if (rootArg === '--help' || rootArg === '-h') {
  console.log('usage: node --import tsx bench/hostile.ts [PROJECT_ROOT]   (default: this checkout)');
  process.exit(0);
}
if (rootArg?.startsWith('-') || process.argv.length > 3) {
  console.error(
    `bench/hostile.ts: unexpected argument ${JSON.stringify(process.argv.slice(2).join(' '))}; usage: bench/hostile.ts [PROJECT_ROOT]`,
  );
  process.exit(2);
}
const root = path.resolve(rootArg ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
if (!existsSync(path.join(root, 'package.json'))) {
  console.error(`bench/hostile.ts: ${root} is not a project checkout (no package.json)`);
  process.exit(2);
}
const bin = path.join(root, 'bin', 'emr-prep.mjs');
const GOOD = GOOD_NOTE;

function folder(files: Record<string, string | Uint8Array>): string {
  return hostileFolder(files, 'emr-prep-bench-hostile-');
}

interface Run {
  code: number | null;
  out: string;
  seconds: number;
  maxRssMb: number;
  timedOut: boolean;
}

function cli(...args: string[]): Run {
  const r = spawnSync('/usr/bin/time', ['-f', '@@%e %M', 'timeout', '120', 'node', bin, ...args], {
    encoding: 'utf8',
    cwd: root,
    maxBuffer: 256 * 1024 * 1024,
  });
  const m = /@@([\d.]+) (\d+)\s*$/.exec(r.stderr);
  return {
    code: r.status,
    out: `${r.stdout}\n${r.stderr.replace(/@@[\d.]+ \d+\s*$/, '')}`,
    seconds: m ? Number(m[1]) : Number.NaN,
    maxRssMb: m ? Math.round(Number(m[2]) / 1024) : Number.NaN,
    timedOut: r.status === 124,
  };
}

function report(name: string, r: Run, outcome: string): void {
  console.log(
    `${name.padEnd(34)} ${r.timedOut ? 'TIMEOUT 120 s' : `exit ${r.code}`}  ${r.seconds.toFixed(1)} s  ${r.maxRssMb} MB  ${outcome}`,
  );
}

const firstLine = (out: string, re: RegExp) => (out.split('\n').find((l) => re.test(l)) ?? '(none)').slice(0, 110);

// 1. repair --write with a symlink at FILE.bak
{
  const dir = folder({});
  const victim = path.join(dir, 'bashrc');
  writeFileSync(victim, 'untouched\n');
  const file = path.join(dir, 'note.md');
  const korean = readFileSync(new URL('../test/fixtures/text/ko-emr-paragraph.md', import.meta.url), 'utf8');
  const dec = new TextDecoder('windows-1252');
  let moji = '';
  for (const b of new TextEncoder().encode(korean)) moji += dec.decode(new Uint8Array([b]));
  writeFileSync(file, moji);
  symlinkSync(victim, `${file}.bak`);
  const r = cli('repair', file, '--write');
  report('1 repair --write, .bak symlink', r, readFileSync(victim, 'utf8') === 'untouched\n' ? 'target untouched' : 'TARGET OVERWRITTEN');
}
// 2. stack overflows
for (const [name, text] of Object.entries(STACK_CASES)) {
  const dir = folder({ 'good.md': GOOD, [`${name}.md`]: text });
  const r = cli('check', '--content', dir);
  const located = new RegExp(`${name}\\.md:\\d+:\\d+ `).test(r.out);
  const others = /good\.md:\d+:\d+ .*link\/unresolved/.test(r.out);
  report(
    `2 check ${name}`,
    r,
    `${located ? 'located' : 'NOT located'}, ${others ? 'others reported' : 'OTHERS HIDDEN'}; ${firstLine(r.out, /error|Error/)}`,
  );
}
// 3. new question on EUC-KR
{
  const bytes = new Uint8Array([...new TextEncoder().encode(note('')), ...EUC_KR_SAMPLE, 0x0a]);
  const dir = folder({ 'legacy.md': bytes });
  const r = cli('new', 'question', '--note', 'legacy', '--content', dir);
  const after = new Uint8Array(readFileSync(path.join(dir, 'legacy.md')));
  const same = after.length === bytes.length && after.every((b, i) => b === bytes[i]);
  report('3 new question --note EUC-KR', r, same ? 'bytes unchanged' : `REWRITTEN (${after.length} bytes)`);
}
// 4. size export through the AWS CLI
{
  const r = cli(
    'size',
    '--workload',
    'streaming-24x7',
    '--primary',
    'm5.xlarge',
    '--core',
    'm5.2xlarge:4',
    '--task',
    'm5.2xlarge:10:spot',
    '--name=--evil',
    '--json',
  );
  let outcome = 'no JSON';
  try {
    const argv = (JSON.parse(r.out.slice(0, r.out.lastIndexOf('}') + 1)) as { exports: { createCluster: { argv: string[] } } }).exports
      .createCluster.argv;
    const aws = spawnSync('aws', [...argv.slice(1), '--endpoint-url', 'http://127.0.0.1:9', '--cli-connect-timeout', '1'], {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        AWS_ACCESS_KEY_ID: 'AKIAFAKE',
        AWS_SECRET_ACCESS_KEY: 'fake',
        AWS_DEFAULT_REGION: 'us-east-1',
        AWS_MAX_ATTEMPTS: '1',
        AWS_CONFIG_FILE: '/dev/null',
        AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
        AWS_EC2_METADATA_DISABLED: 'true',
      },
    });
    outcome = firstLine(`${aws.stdout}${aws.stderr}`, /Unknown parameter|Could not connect|error/i);
  } catch (error) {
    outcome = (error as Error).message;
  }
  report('4 size → aws emr create-cluster', r, outcome);
}
// 6. slow parses
for (const [name, text] of Object.entries(slowCases(1))) {
  const dir = folder({ 'good.md': GOOD, [`${name}.md`]: text });
  const r = cli('check', '--content', dir);
  report(`6 check ${name} (${Math.round(text.length / 1e3)} kB)`, r, firstLine(r.out, new RegExp(`${name}\\.md`)));
}
// 7. slug over 255 bytes
{
  const dir = folder({ 'long.md': `---\ntitle: Long\nslug: ${'a'.repeat(300)}\ntags: [service/emr]\n---\n\n# Long\n` });
  const r = cli('check', '--content', dir);
  report('7 check slug of 300 bytes', r, firstLine(r.out, /long\.md|errors?,/));
}
// 9. GIFT
{
  const dir = folder({});
  const file = path.join(dir, 'bank.gift');
  writeFileSync(file, GIFT_CATEGORY_NO_BLANK);
  const r = cli('import', file, '--out', path.join(dir, 'out'));
  report('9 import GIFT, no blank line', r, firstLine(r.out, /imported/));
}
// 10. check output and odd files
{
  const dir = folder({ [`evil${ESCAPE}.md`]: `---\ntitle: x\ntags: ["bad${ESCAPE}"]\n---\n\n# x\n` });
  const r = cli('check', '--content', dir);
  report('10 escapes in names and tags', r, r.out.includes('\u001b') ? 'RAW ESCAPES PRINTED' : 'escaped');
}
{
  const dir = folder({ 'q.md': note(questionWithOptions(11)) });
  const r = cli('check', '--content', dir);
  report('10 eleven options', r, firstLine(r.out, /options/));
}
{
  const dir = folder({ 'le.md': utf16le(note('UTF-16 text')) });
  const r = cli('check', '--content', dir);
  report('10 UTF-16 note', r, firstLine(r.out, /le\.md/));
}
{
  const dir = folder({ 'good.md': GOOD });
  writeFileSync(path.join(tmpdir(), 'emr-prep-bench-secret.md'), GOOD);
  symlinkSync(path.join(tmpdir(), 'emr-prep-bench-secret.md'), path.join(dir, 'linked.md'));
  const r = cli('check', '--content', dir);
  report('10 symlinked note', r, firstLine(r.out, /linked\.md/));
}
