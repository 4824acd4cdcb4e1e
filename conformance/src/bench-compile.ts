/**
 * `pnpm bench:compile`: compiling every module of the stdlib corpus in one process, corosim
 * against CPython 3.8's `compile()` (no disassembly, sources read before the clock starts), each
 * in a fresh process, alternately, median of N. A report, not a test; needs `python3.8` for the
 * comparison column.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compile } from '@corosim/vm';
import { median } from './bench/measure.ts';
import { listFiles } from './list-files.ts';

function pythonFiles(corpus: string): string[] {
  return listFiles(corpus).filter((file) => file.endsWith('.py'));
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);

const PYTHON = `
import sys, time
paths = sys.argv[1:]
sources = [open(p, 'rb').read() for p in paths]
start = time.perf_counter()
for path, source in zip(paths, sources):
    compile(source, path, 'exec')
print(time.perf_counter() - start)
`;

/** The child: compiles every file once and prints the seconds it took (and the line count). */
function child(corpus: string): void {
  const files = pythonFiles(corpus).map((name) => [name, readFileSync(join(corpus, name), 'utf8')] as const);
  let lines = 0;
  for (const [, source] of files) lines += source.split('\n').length - 1;
  const pass = (): [number, number] => {
    const start = process.hrtime.bigint();
    let failed = 0;
    for (const [name, source] of files) if (compile(source, name).status !== 'ok') failed += 1;
    return [Number(process.hrtime.bigint() - start) / 1e9, failed];
  };
  // The first pass is what a user waits for; the second shows the code once V8 has compiled it.
  const [cold, failed] = pass();
  const [warm] = pass();
  process.stdout.write(`${cold} ${files.length} ${lines} ${failed} ${warm}\n`);
}

function main(): number {
  const { values } = parseArgs({
    options: { corpus: { type: 'string' }, runs: { type: 'string' }, child: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  const corpus = resolve(values.corpus ?? join(ROOT, '..', 'shared', 'stdlib'));
  if (values.child === true) {
    child(corpus);
    return 0;
  }
  if (values.help === true) {
    process.stdout.write('usage: pnpm bench:compile [--corpus DIR] [--runs N]\n\nTimes compiling every .py of DIR (default ../shared/stdlib) under corosim and CPython 3.8.\n');
    return 0;
  }
  const runs = Number(values.runs ?? '5');
  const files = pythonFiles(corpus);
  const ours: number[] = [];
  const oursWarm: number[] = [];
  const theirs: number[] = [];
  let summary = '';
  for (let i = 0; i < runs; i++) {
    const a = spawnSync(process.execPath, [SELF, '--child', '--corpus', corpus], { encoding: 'utf8' });
    if (a.status !== 0) throw new Error(`corosim compile run failed: ${a.stderr}`);
    const [seconds, count, lines, failed, warm] = a.stdout.trim().split(' ');
    ours.push(Number(seconds));
    oursWarm.push(Number(warm));
    summary = `${count ?? '?'} modules, ${lines ?? '?'} lines, ${failed ?? '?'} not compiled`;
    const b = spawnSync('python3.8', ['-c', PYTHON, ...files], { cwd: corpus, encoding: 'utf8', env: { ...process.env, PYENV_VERSION: '3.8.18' } });
    if (b.status === 0) theirs.push(Number(b.stdout.trim()));
    process.stderr.write(`bench:compile: run ${i + 1}/${runs}\n`);
  }
  const a = median(ours);
  process.stdout.write(
    `${summary}\ncorosim compile:    ${a.toFixed(3)} s first pass, ${median(oursWarm).toFixed(3)} s second pass in the same process (medians of ${runs})\n`,
  );
  if (theirs.length === runs) {
    const b = median(theirs);
    process.stdout.write(`CPython 3.8 compile: ${b.toFixed(3)} s (median of ${runs})\nratio corosim / CPython: ${(a / b).toFixed(2)}x first pass, ${(median(oursWarm) / b).toFixed(2)}x second pass\n`);
  } else {
    process.stdout.write('CPython 3.8 is not installed: no comparison\n');
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`bench:compile: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
