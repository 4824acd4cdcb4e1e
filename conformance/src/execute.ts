/**
 * Runs the checks of one case in-process, through `@corosim/vm`'s public API, as `corosim run`
 * and `corosim dis` would from the corpus folder.
 * @module
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { directoryModuleFinder, disassemble, runMain } from '@corosim/vm';
import '@corosim/asyncgen-hooks';
import { installAsyncio } from '@corosim/eventloop';
import { judgeDis, judgeRun, type CheckKind, type Verdict } from './check.ts';
import type { Case } from './corpus.ts';

/** The verdict of one check of one case. */
export interface CheckResult {
  readonly kind: CheckKind;
  readonly id: string;
  readonly area: string;
  readonly verdict: Verdict;
}

function unsupported(feature: string): Verdict {
  return { pass: false, reason: `not implemented yet: ${feature}` };
}

installAsyncio();

/** Whether `path` is a directory (the VM's imports search folders as CPython's PathFinder does). */
function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function readIfFile(path: string): string | null {
  if (!existsSync(path) || !statSync(path).isFile()) return null;
  return readFileSync(path, 'utf8');
}

function runCheck(root: string, testCase: Case, source: string, settings: RunSettings): Verdict {
  const out: string[] = [];
  const err: string[] = [];
  const scriptDirectory = resolve(root, dirname(testCase.file));
  const outcome = runMain(source, {
    filename: testCase.file,
    scriptDirectory,
    findModule: directoryModuleFinder(scriptDirectory, readIfFile, isDirectory),
    checkRefcounts: settings.checkRefcounts,
    ...(settings.jitThreshold === undefined ? {} : { jitThreshold: settings.jitThreshold }),
    write: (stream, text) => (stream === 'stdout' ? out : err).push(text),
  });
  if (outcome.status === 'unsupported') return unsupported(outcome.feature);
  return judgeRun(testCase, { stdout: out.join(''), stderr: err.join(''), exitCode: outcome.exitCode });
}

function disCheck(testCase: Case, source: string): Verdict {
  const outcome = disassemble(source, testCase.file);
  switch (outcome.status) {
    case 'ok':
      return judgeDis(testCase, outcome.listing);
    case 'syntax-error':
      return { pass: false, reason: `dis: SyntaxError: ${outcome.stderr.trimEnd().split('\n').at(-1) ?? ''}` };
  }
}

/** A host defect met while checking: reported as a failure, with its first line. */
function defect(error: unknown): Verdict {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { pass: false, reason: `corosim crashed: ${message.split('\n')[0] ?? ''}` };
}

/** How the programs of run checks are run. */
export interface RunSettings {
  /** The reference-count check is on: what it reports makes the run check fail. */
  readonly checkRefcounts: boolean;
  /** The VM's JIT threshold (default: the VM's). */
  readonly jitThreshold?: number;
}

/** Runs every check `testCase` has (those of `kinds`), reading its program from `root`. */
export function executeCase(root: string, testCase: Case, kinds: readonly CheckKind[], settings: RunSettings = { checkRefcounts: false }): CheckResult[] {
  const source = readFileSync(join(root, testCase.file), 'utf8');
  const results: CheckResult[] = [];
  for (const kind of kinds) {
    if (kind === 'run' && testCase.run === undefined) continue;
    if (kind === 'dis' && testCase.dis === undefined) continue;
    let verdict: Verdict;
    try {
      verdict = kind === 'run' ? runCheck(root, testCase, source, settings) : disCheck(testCase, source);
    } catch (error) {
      verdict = defect(error);
    }
    results.push({ kind, id: testCase.id, area: testCase.area, verdict });
  }
  return results;
}
