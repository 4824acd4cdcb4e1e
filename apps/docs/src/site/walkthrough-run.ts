/**
 * One live run of a walkthrough program: its output, and every `corosim.layout()` call it made
 * with the point of the output at which it made it.
 * @module
 */
import { runMain, type LayoutSnapshot, type RunOutcome } from '@corosim/vm';
import { BuildFailure } from './build-failure.ts';
import './python-runtime.ts';
import type { OutputMark } from './steps.ts';

/** What a walkthrough run produced. */
export interface WalkthroughRun {
  readonly stdout: string;
  readonly stderr: string;
  /** The layout calls, in call order, each at the stdout offset where it was made. */
  readonly layouts: readonly OutputMark<LayoutSnapshot>[];
}

/** Most instructions a walkthrough may run: the three take far fewer. */
const INSTRUCTION_BUDGET = 100_000_000;

/**
 * Runs walkthrough program `source` (`filename` for tracebacks) to the end.
 *
 * @throws BuildFailure when the VM cannot run it or it exits with a non-zero status
 */
export function runWalkthrough(source: string, filename: string): WalkthroughRun {
  let stdout = '';
  let stderr = '';
  const layouts: OutputMark<LayoutSnapshot>[] = [];
  let outcome: RunOutcome;
  try {
    outcome = runMain(source, {
      filename,
      instructionBudget: INSTRUCTION_BUDGET,
      write: (stream, text) => {
        if (stream === 'stdout') stdout += text;
        else stderr += text;
      },
      onLayout: (snapshot) => {
        layouts.push({ offset: stdout.length, printed: snapshot.table, item: snapshot });
      },
    });
  } catch (error) {
    // A defect of the VM (a JS exception out of runMain): the build stops with one line naming
    // the walkthrough; the exception stays attached as the cause for whoever debugs it.
    if (!(error instanceof Error)) throw error;
    throw new BuildFailure(`${filename}: the VM failed: ${error.name}: ${error.message}`, { cause: error });
  }
  if (outcome.status === 'unsupported') throw new BuildFailure(`${filename}: the VM cannot run it yet: ${outcome.feature}`);
  if (outcome.exitCode !== 0) {
    const last = stderr.trimEnd().split('\n').pop() ?? '';
    throw new BuildFailure(`${filename} exited with status ${outcome.exitCode}${last === '' ? '' : `: ${last}`}`);
  }
  if (layouts.length === 0) throw new BuildFailure(`${filename} made no corosim.layout() call`);
  return { stdout, stderr, layouts };
}
