// Runs a Python program on corosim in-process, for tests that compare with CPython 3.8 output
// recorded in the test (tests never run python3.8).
import { runMain } from '../../src/api/run-main.ts';

/** What a run wrote and how it ended. */
export interface PythonRun {
  readonly stdout: string;
  readonly stderr: string;
  /** Both streams in the order written. */
  readonly output: string;
  readonly exitCode: number;
}

/**
 * Runs `source` as `__main__` from a file named `filename`, with the refcount check if asked and
 * the JIT threshold given (the run's default when undefined).
 */
export function runPython(source: string, filename = 'main.py', checkRefcounts = false, jitThreshold?: number): PythonRun {
  let stdout = '';
  let stderr = '';
  let output = '';
  const outcome = runMain(source, {
    filename,
    checkRefcounts,
    ...(jitThreshold === undefined ? {} : { jitThreshold }),
    write: (stream, text) => {
      if (stream === 'stdout') stdout += text;
      else stderr += text;
      output += text;
    },
  });
  return { stdout, stderr, output, exitCode: outcome.status === 'exited' ? outcome.exitCode : -1 };
}

/** Both streams of a run, interleaved as written. */
export function runPy(source: string, filename = 'main.py'): string {
  return runPython(source, filename).output;
}

/** Addresses differ between CPython and corosim; only their reuse pattern is compared. */
export function normalizeAddresses(text: string): string {
  return text.replace(/0x[0-9a-f]+/g, '0x?');
}
