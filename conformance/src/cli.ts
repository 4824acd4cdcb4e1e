/**
 * `pnpm conformance`: runs a corpus through corosim (in-process on a worker pool, and a handful
 * through the real binary), prints one line per failing check and the totals per area, and
 * holds the result against the corpus's ratchet.
 * @module
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { binaryVerdict, pickHandful } from './binary-check.ts';
import { checkKey, type CheckKind } from './check.ts';
import { loadCorpus, type Case } from './corpus.ts';
import type { CheckResult } from './execute.ts';
import { runPool } from './pool.ts';
import { compareWithRatchet, readRatchet, updatedRatchet, writeRatchet } from './ratchet.ts';
import { formatTotals, jsonReport } from './report.ts';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));

const HELP = `usage: pnpm conformance [options]

Runs every case of a corpus through corosim and compares it with CPython 3.8's goldens.

options:
  --corpus DIR     the corpus to run (default: conformance/cases); e.g. ../shared/stdlib
  --ratchet FILE   the ratchet file (default: conformance/expectations/<corpus name>.txt)
  --area AREA      run only this area (repeatable)
  --case ID        run only this case, as AREA/NAME or NAME (repeatable)
  --kind KIND      run only the run or the dis checks
  --update         record the checks that pass in the ratchet
  --workers N      worker threads (default: the number of cores)
  --timeout SEC    time limit per case (default: 60)
  --no-binary      skip the checks through the corosim binary
  --if-present     exit quietly when the corpus folder does not exist
  --quiet          print only the checks that disagree with the ratchet
  --json FILE      also write the pass counts per area to FILE as JSON (for the docs site)
  --check-refcounts  run the programs with the reference-count check on: a case whose counts
                   are wrong fails (run checks only; ratchet <corpus name>-refcounts.txt)
  --jit-threshold N  compile code objects to JS after N runs (0: at once; never: not at all);
                   the output must not change
  -h, --help       show this help
`;

class UsageError extends Error {}

interface Options {
  readonly corpus: string;
  readonly ratchet: string;
  readonly areas: readonly string[];
  readonly cases: readonly string[];
  readonly kinds: readonly CheckKind[];
  readonly update: boolean;
  readonly workers: number;
  readonly timeoutMs: number;
  readonly binary: boolean;
  readonly ifPresent: boolean;
  readonly quiet: boolean;
  readonly json: string | null;
  readonly checkRefcounts: boolean;
  readonly jitThreshold: number | undefined;
}

function positiveNumber(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new UsageError(`--${name} needs a positive number, not '${text}'`);
  return value;
}

function parseOptions(argv: string[]): Options | undefined {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      corpus: { type: 'string' },
      ratchet: { type: 'string' },
      area: { type: 'string', multiple: true },
      case: { type: 'string', multiple: true },
      kind: { type: 'string' },
      update: { type: 'boolean' },
      workers: { type: 'string' },
      timeout: { type: 'string' },
      'no-binary': { type: 'boolean' },
      'if-present': { type: 'boolean' },
      quiet: { type: 'boolean' },
      json: { type: 'string' },
      'check-refcounts': { type: 'boolean' },
      'jit-threshold': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) {
    process.stdout.write(HELP);
    return undefined;
  }
  const corpus = values.corpus === undefined ? join(PACKAGE, 'cases') : resolve(values.corpus);
  const checkRefcounts = values['check-refcounts'] === true;
  const name = `${values.corpus === undefined ? 'conformance' : basename(corpus)}${checkRefcounts ? '-refcounts' : ''}`;
  const kind = values.kind;
  if (kind !== undefined && kind !== 'run' && kind !== 'dis') throw new UsageError(`--kind is run or dis, not '${kind}'`);
  return {
    corpus,
    ratchet: values.ratchet === undefined ? join(PACKAGE, 'expectations', `${name}.txt`) : resolve(values.ratchet),
    areas: values.area ?? [],
    cases: values.case ?? [],
    kinds: kind === undefined ? (checkRefcounts ? ['run'] : ['run', 'dis']) : [kind],
    update: values.update === true,
    workers: Math.floor(positiveNumber(values.workers, availableParallelism(), 'workers')),
    timeoutMs: positiveNumber(values.timeout, 60, 'timeout') * 1000,
    // The binary checks run `corosim run` as users do, without the check.
    binary: values['no-binary'] !== true && !checkRefcounts,
    ifPresent: values['if-present'] === true,
    quiet: values.quiet === true,
    json: values.json === undefined ? null : resolve(values.json),
    checkRefcounts,
    jitThreshold: jitThreshold(values['jit-threshold']),
  };
}

/** \`--jit-threshold\`: a count of runs, or \`never\`. */
function jitThreshold(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (text === 'never') return Number.POSITIVE_INFINITY;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new UsageError(`--jit-threshold needs a count or 'never', not '${text}'`);
  return value;
}

function selectCases(all: readonly Case[], options: Options): Case[] {
  const selected = all.filter(
    (c) =>
      (options.areas.length === 0 || options.areas.includes(c.area)) &&
      (options.cases.length === 0 || options.cases.some((id) => c.id === id || c.id.endsWith(`/${id}`))),
  );
  for (const id of options.cases) {
    if (!all.some((c) => c.id === id || c.id.endsWith(`/${id}`))) throw new UsageError(`no case '${id}' in ${options.corpus}`);
  }
  for (const area of options.areas) {
    if (!all.some((c) => c.area === area)) throw new UsageError(`no area '${area}' in ${options.corpus}`);
  }
  return selected;
}

function byKey(a: CheckResult, b: CheckResult): number {
  const x = checkKey(a.kind, a.id);
  const y = checkKey(b.kind, b.id);
  return x < y ? -1 : x > y ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (options === undefined) return 0;
  if (!existsSync(options.corpus) || !statSync(options.corpus).isDirectory()) {
    if (options.ifPresent) {
      process.stdout.write(`conformance: no corpus at ${options.corpus}; skipped\n`);
      return 0;
    }
    throw new UsageError(`no corpus folder at ${options.corpus}`);
  }
  const cases = selectCases(loadCorpus(options.corpus), options);
  const results: CheckResult[] = [];
  const progress = process.stderr.isTTY;
  let done = 0;
  await runPool(cases, {
    root: options.corpus,
    kinds: options.kinds,
    settings: options.jitThreshold === undefined ? { checkRefcounts: options.checkRefcounts } : { checkRefcounts: options.checkRefcounts, jitThreshold: options.jitThreshold },
    workers: options.workers,
    timeoutMs: options.timeoutMs,
    onDone: (_, caseResults) => {
      results.push(...caseResults);
      done += 1;
      if (progress) process.stderr.write(`\r${done}/${cases.length} cases`);
    },
  });
  if (progress) process.stderr.write('\r\x1b[K');
  results.sort(byKey);

  const ran = new Map(results.map((r) => [checkKey(r.kind, r.id), r.verdict.pass] as const));
  const recorded = readRatchet(options.ratchet);
  const { regressed, unrecorded } = compareWithRatchet(recorded, ran);
  const unexpected = new Set([...regressed, ...unrecorded]);
  for (const r of results) {
    const key = checkKey(r.kind, r.id);
    if (r.verdict.pass || (options.quiet && !unexpected.has(key))) continue;
    process.stdout.write(`FAIL ${key}: ${r.verdict.reason}\n`);
  }

  const disagreements: string[] = [];
  if (options.binary) {
    for (const testCase of pickHandful(cases)) {
      for (const r of results.filter((x) => x.id === testCase.id)) {
        const verdict = binaryVerdict(options.corpus, testCase, r.kind, options.timeoutMs);
        if (verdict.pass !== r.verdict.pass) {
          disagreements.push(
            `corosim ${r.kind} ${testCase.file} ${verdict.pass ? 'passes' : `fails (${verdict.reason})`} but in-process it ${r.verdict.pass ? 'passes' : 'fails'}`,
          );
        }
      }
    }
  }

  process.stdout.write(`\n${relative(process.cwd(), options.corpus) || '.'}\n${formatTotals(results)}\n\n`);
  for (const line of disagreements) process.stdout.write(`CLI DISAGREES: ${line}\n`);
  const writeJson = (ratchetHolds: boolean | null): void => {
    if (options.json !== null) writeFileSync(options.json, `${JSON.stringify(jsonReport(basename(options.corpus), results, ratchetHolds), null, 2)}\n`);
  };
  if (options.update) {
    writeJson(null);
    writeRatchet(options.ratchet, updatedRatchet(recorded, ran));
    process.stdout.write(`ratchet: recorded ${[...ran.values()].filter(Boolean).length} passing checks in ${options.ratchet}\n`);
    return disagreements.length === 0 ? 0 : 1;
  }
  for (const key of regressed) process.stdout.write(`REGRESSED ${key}: recorded as passing, fails now\n`);
  for (const key of unrecorded) process.stdout.write(`UNRECORDED ${key}: passes but is not recorded (run with --update)\n`);
  const passing = [...ran.values()].filter(Boolean).length;
  const ok = regressed.length === 0 && unrecorded.length === 0 && disagreements.length === 0;
  writeJson(regressed.length === 0 && unrecorded.length === 0);
  process.stdout.write(
    `conformance: ${passing} of ${ran.size} checks pass; ratchet ${ok ? 'holds' : 'broken'} (${recorded.size} recorded in ${basename(options.ratchet)})\n`,
  );
  return ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`conformance: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    throw error;
  },
);
