/**
 * `pnpm bench`: runs every benchmark of ../shared/bench through `corosim run`, CPython 3.8 and
 * `python3` (both under the oracle's virtual clock, where they are installed), alternately, and
 * reports the median wall time and peak memory of each with the ratios. A report, not a test:
 * it fails only on bad usage.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { COROSIM_BIN } from './binary-check.ts';
import { measure, median, type Command } from './bench/measure.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHARED = resolve(ROOT, '..', 'shared');

interface Runner {
  readonly name: string;
  readonly command: (program: string) => Command;
  readonly version: Command;
  /** The program's own output in what the runner printed (default: all of it). */
  readonly programOutput?: (stdout: string) => string;
}

/**
 * `corosim trace` with every VM, hook and loop event built and merged but, with `--only
 * unraisable`, almost none printed: what tracing costs, not what printing a timeline costs.
 */
const TRACE_RUNNER: Runner = {
  name: 'corosim-trace',
  command: (p) => ({ file: COROSIM_BIN, args: ['trace', '--only', 'unraisable', p] }),
  version: { file: COROSIM_BIN, args: ['--version'] },
  programOutput: (stdout) => stdout.replace(/^\[t=.*\n/gm, ''),
};

const pythonEnv = { PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' };
const vt = join(SHARED, 'oracle', 'vt.py');

/**
 * The interpreter `name` stands for: `sys.executable` as it reports it, so that a launcher in
 * front of it (pyenv's shims are bash scripts that take about a quarter of a second) is not timed
 * as the interpreter's start-up. `name` itself when it cannot say.
 */
function realPython(name: string, env: Readonly<Record<string, string>>): string {
  const child = spawnSync(name, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8', env: { ...process.env, ...env } });
  const path = child.status === 0 ? child.stdout.trim() : '';
  return path === '' ? name : path;
}

/** A Python interpreter under the oracle's virtual clock. */
function pythonRunner(name: string, file: string, env: Readonly<Record<string, string>>): Runner {
  let executable: string | undefined;
  return {
    name,
    command: (p) => ({ file: (executable ??= realPython(file, env)), args: [vt, p], env: { ...pythonEnv, ...env } }),
    version: { file, args: ['--version'], env },
  };
}

const RUNNERS: readonly Runner[] = [
  { name: 'corosim', command: (p) => ({ file: COROSIM_BIN, args: ['run', p] }), version: { file: COROSIM_BIN, args: ['--version'] } },
  pythonRunner('cpython3.8', 'python3.8', { PYENV_VERSION: '3.8.18' }),
  pythonRunner('python3', 'python3', {}),
];

interface Cell {
  readonly status: 'ok' | 'wrong' | 'failed';
  readonly wallSeconds: number;
  readonly peakKiB: number | null;
  readonly detail: string;
}

function available(runner: Runner): string | undefined {
  const child = spawnSync(runner.version.file, runner.version.args, { encoding: 'utf8', env: { ...process.env, ...runner.version.env } });
  return child.status === 0 ? (child.stdout + child.stderr).trim() : undefined;
}

function mib(kib: number | null): string {
  return kib === null ? '?' : `${(kib / 1024).toFixed(0)}M`;
}

function ratio(a: Cell | undefined, b: Cell | undefined, pick: (c: Cell) => number | null): string {
  if (a?.status !== 'ok' || b?.status !== 'ok') return '-';
  const x = pick(a);
  const y = pick(b);
  return x === null || y === null || y === 0 ? '-' : `${(x / y).toFixed(2)}x`;
}

function main(): number {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      runs: { type: 'string' },
      only: { type: 'string', multiple: true },
      out: { type: 'string' },
      timeout: { type: 'string' },
      trace: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) {
    process.stdout.write(
      'usage: pnpm bench [--dir DIR] [--runs N] [--only NAME]... [--out FILE] [--timeout SEC] [--trace]\n\n' +
        'Times ../shared/bench/*.py under corosim, CPython 3.8 and python3 (median of N runs, default 3)\n' +
        'and writes the table and bench-results/bench.json. --trace adds `corosim trace` (every event\n' +
        'built, almost none printed), to show what tracing costs against `corosim run`.\n',
    );
    return 0;
  }
  const dir = values.dir === undefined ? join(SHARED, 'bench') : resolve(values.dir);
  const runs = Number(values.runs ?? '3');
  const timeoutMs = Number(values.timeout ?? '600') * 1000;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs needs a positive whole number, not '${values.runs ?? ''}'`);
  if (!existsSync(dir)) throw new Error(`no benchmark folder at ${dir}`);
  const programs = readdirSync(dir)
    .filter((f) => f.endsWith('.py') && existsSync(join(dir, f.replace(/\.py$/, '.out'))))
    .filter((f) => values.only === undefined || values.only.includes(basename(f, '.py')))
    .sort();
  if (programs.length === 0) throw new Error(`no benchmark programs in ${dir}`);

  const runners = (values.trace === true ? [RUNNERS[0] as Runner, TRACE_RUNNER, ...RUNNERS.slice(1)] : RUNNERS).filter((r) => {
    const version = available(r);
    process.stderr.write(version === undefined ? `bench: ${r.name} is not installed; its column is skipped\n` : `bench: ${r.name}: ${version}\n`);
    return version !== undefined;
  });

  const results: Record<string, Record<string, Cell>> = {};
  for (const program of programs) {
    const name = basename(program, '.py');
    const expected = readFileSync(join(dir, `${name}.out`), 'utf8');
    const samples = new Map(runners.map((r) => [r.name, [] as ReturnType<typeof measure>[]]));
    // Alternate the runners within each round, so drift in the machine's load hits all alike.
    for (let round = 0; round < runs; round++) {
      for (const runner of runners) {
        process.stderr.write(`bench: ${name}: ${runner.name} run ${round + 1}/${runs}\n`);
        samples.get(runner.name)?.push(measure(runner.command(program), dir, timeoutMs));
      }
    }
    results[name] = Object.fromEntries(
      runners.map((runner) => {
        const all = samples.get(runner.name) ?? [];
        const failed = all.find((m) => m.exitCode !== 0);
        const wrong = all.find((m) => (runner.programOutput?.(m.stdout) ?? m.stdout) !== expected);
        const peaks = all.map((m) => m.peakKiB).filter((k): k is number => k !== null);
        const cell: Cell = {
          status: failed !== undefined ? 'failed' : wrong !== undefined ? 'wrong' : 'ok',
          wallSeconds: median(all.map((m) => m.wallSeconds)),
          peakKiB: peaks.length === all.length ? median(peaks) : null,
          detail:
            failed !== undefined
              ? `exit ${failed.exitCode ?? 'signal'}: ${failed.stderr.trim().split('\n').at(-1) ?? ''}`
              : wrong !== undefined
                ? `wrong checksum: ${wrong.stdout.trim().slice(0, 60)}`
                : 'checksum ok',
        };
        return [runner.name, cell];
      }),
    );
  }

  const header = ['program'.padEnd(16), ...runners.map((r) => `${r.name} wall/peak`.padStart(24)), 'vs 3.8 wall'.padStart(12), 'vs 3.8 mem'.padStart(11), 'vs py3 wall'.padStart(12)];
  const lines = [header.join(' ')];
  const notes: string[] = [];
  for (const [name, row] of Object.entries(results)) {
    const cells = runners.map((r) => {
      const c = row[r.name];
      if (c === undefined) return '-'.padStart(24);
      if (c.status !== 'ok') notes.push(`${name} under ${r.name}: ${c.detail}`);
      const text = `${c.wallSeconds.toFixed(3)}s/${mib(c.peakKiB)}${c.status === 'ok' ? '' : ` ${c.status}`}`;
      return text.padStart(24);
    });
    const co = row['corosim'];
    lines.push(
      [
        name.padEnd(16),
        ...cells,
        ratio(co, row['cpython3.8'], (c) => c.wallSeconds).padStart(12),
        ratio(co, row['cpython3.8'], (c) => c.peakKiB).padStart(11),
        ratio(co, row['python3'], (c) => c.wallSeconds).padStart(12),
      ].join(' '),
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n(median of ${runs}; ratios are corosim / other, lower is better)\n`);
  if (values.trace === true) {
    for (const [name, row] of Object.entries(results)) {
      process.stdout.write(`trace: ${name}: corosim trace / corosim run = ${ratio(row['corosim-trace'], row['corosim'], (c) => c.wallSeconds)}\n`);
    }
  }
  for (const note of notes) process.stdout.write(`note: ${note}\n`);

  const out = values.out === undefined ? join(ROOT, 'bench-results', 'bench.json') : resolve(values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ runs, runners: runners.map((r) => r.name), results }, null, 2)}\n`);
  process.stdout.write(`results written to ${out}\n`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
