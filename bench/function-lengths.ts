/**
 * Histogram of function lengths in src/ (issue 15: "no function over ~80 lines").
 *
 * Counts every function-like node (declarations, methods, arrow functions, function
 * expressions, accessors, constructors) in src/**\/*.ts, measuring non-blank lines from the
 * line of the function's start to its closing line — the same measure as Biome's
 * `noExcessiveLinesPerFunction` with `skipBlankLines: true`.
 *
 * Usage: `node --import tsx bench/function-lengths.ts [--over N]` prints the histogram and
 * (with `--over N`) every function longer than N lines. Not a test: it never fails.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = new URL('..', import.meta.url).pathname;
const BUCKETS = [10, 20, 40, 60, 80, 120, 200, Number.POSITIVE_INFINITY];

function listTs(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listTs(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

interface FunctionLength {
  file: string;
  line: number;
  name: string;
  lines: number;
}

function measure(file: string): FunctionLength[] {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: FunctionLength[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const nonBlank = lines.slice(start, end + 1).filter((l) => l.trim() !== '').length;
      const name = node.name && ts.isIdentifier(node.name) ? node.name.text : '(anonymous)';
      found.push({ file: relative(ROOT, file), line: start + 1, name, lines: nonBlank });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const overArg = process.argv.indexOf('--over');
const over = overArg >= 0 ? Number(process.argv[overArg + 1]) : undefined;
const all = listTs(join(ROOT, 'src')).flatMap(measure);
console.log(`functions in src/: ${all.length}`);
let low = 0;
for (const high of BUCKETS) {
  const n = all.filter((f) => f.lines > low && f.lines <= high).length;
  const label = high === Number.POSITIVE_INFINITY ? `>${low}` : `${low + 1}-${high}`;
  console.log(`${label.padStart(8)} lines: ${String(n).padStart(5)}`);
  low = high;
}
if (over !== undefined) {
  for (const f of all.filter((x) => x.lines > over).sort((a, b) => b.lines - a.lines)) {
    console.log(`${String(f.lines).padStart(4)}  ${f.file}:${f.line} ${f.name}`);
  }
}
