/**
 * `pnpm differential`: the front end against CPython 3.8 on sources nobody wrote: modules of the
 * stdlib corpus, mutated (tokens swapped, truncated, indentation deleted, characters dropped).
 * For each mutant, corosim's `dis` outcome (the listing, or the SyntaxError as `python3.8 FILE`
 * prints it) is compared with CPython 3.8's, and the agreement rate reported. A developer tool:
 * it needs `python3.8` and never runs in CI.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { disassemble } from '@corosim/vm';
import { mutate, MUTATIONS, seededRandom } from './mutate.ts';
import { normalize } from './normalize.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DRIVER = `
import dis, os, sys
path = sys.argv[1]
src = open(path, 'rb').read()
try:
    code = compile(src, path, 'exec')
except (SyntaxError, ValueError):
    sys.stdout.flush()
    os.execv(sys.executable, [sys.executable, path])
dis.dis(code)
`;

interface Outcome {
  readonly kind: 'listing' | 'error' | 'other';
  readonly text: string;
}

function cpython(dir: string, file: string): Outcome {
  const child = spawnSync('python3.8', ['-c', DRIVER, file], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PYENV_VERSION: '3.8.18', PYTHONHASHSEED: '0' },
    timeout: 60_000,
  });
  if (child.status === 0) return { kind: 'listing', text: normalize(child.stdout, file) };
  if (child.status === 1) return { kind: 'error', text: normalize(child.stderr, file) };
  return { kind: 'other', text: `exit ${child.status ?? 'signal'}: ${child.stderr}` };
}

function corosim(source: string, file: string): Outcome {
  const outcome = disassemble(source, file);
  switch (outcome.status) {
    case 'ok':
      return { kind: 'listing', text: normalize(outcome.listing, file) };
    case 'syntax-error':
      return { kind: 'error', text: normalize(outcome.stderr, file) };
  }
}

function main(): number {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      count: { type: 'string' },
      seed: { type: 'string' },
      show: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) {
    process.stdout.write(
      'usage: pnpm differential [--corpus DIR] [--count N] [--seed S] [--show N]\n\n' +
        'Mutates modules of DIR (default ../shared/stdlib) and compares corosim dis with python3.8 on each.\n',
    );
    return 0;
  }
  const corpus = resolve(values.corpus ?? join(ROOT, '..', 'shared', 'stdlib'));
  const count = Number(values.count ?? '300');
  const show = Number(values.show ?? '10');
  const random = seededRandom(Number(values.seed ?? '1'));
  const files = readdirSync(join(corpus, 'Lib'))
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => `Lib/${f}`);
  const scratch = mkdtempSync(join(tmpdir(), 'corosim-differential-'));
  const byMutation = new Map<string, { agree: number; total: number }>();
  const disagreements: string[] = [];
  let agree = 0;
  for (let i = 0; i < count; i++) {
    const file = files[Math.floor(random() * files.length)] ?? 'Lib/abc.py';
    const kind = MUTATIONS[i % MUTATIONS.length] ?? 'truncate';
    const source = mutate(readFileSync(join(corpus, file), 'utf8'), kind, random);
    const name = `m${i}.py`;
    writeFileSync(join(scratch, name), source);
    const expected = cpython(scratch, name);
    const actual = corosim(source, name);
    const same = expected.kind === actual.kind && expected.text === actual.text;
    const tally = byMutation.get(kind) ?? { agree: 0, total: 0 };
    tally.total += 1;
    if (same) {
      tally.agree += 1;
      agree += 1;
    } else if (disagreements.length < show) {
      const want = expected.text.split('\n').slice(-3).join(' | ');
      const got = actual.text.split('\n').slice(-3).join(' | ');
      disagreements.push(`${kind} of ${file} (${name}):\n  cpython: ${expected.kind}: ${want.slice(0, 200)}\n  corosim: ${actual.kind}: ${got.slice(0, 200)}`);
    }
    byMutation.set(kind, tally);
    if (process.stderr.isTTY) process.stderr.write(`\r${i + 1}/${count}`);
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  rmSync(scratch, { recursive: true, force: true });
  for (const line of disagreements) process.stdout.write(`${line}\n`);
  for (const [kind, t] of byMutation) process.stdout.write(`${kind.padEnd(18)} ${t.agree}/${t.total}\n`);
  process.stdout.write(`differential: corosim agrees with CPython 3.8 on ${agree} of ${count} mutated sources (${((100 * agree) / count).toFixed(1)}%)\n`);
  return 0;
}

process.exitCode = main();
