/**
 * The process entry of `corosim`: runs the command line (launch.ts), in a worker thread with a
 * deep stack for the commands that run a Python program. This file, launch.ts and cli-main.ts
 * are the only ones that touch `process`.
 * @module
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fdOutput, newPendingBuffer, writeLeftOver } from './fd-output.ts';

/**
 * Stack for running Python programs, in MB. Python calls that go through native code (a
 * `__repr__` calling `repr`) nest JavaScript calls; CPython's default recursion limit of 1000
 * needs more than Node's default stack, so programs run in a worker thread with this much.
 */
const PROGRAM_STACK_MB = 256;

if (isMainThread && (process.argv[2] === 'run' || process.argv[2] === 'trace' || process.argv[2] === 'walkthrough')) {
  // The worker runs this same file and writes to the process's descriptors itself (fd-output.ts);
  // this thread only reports how it ended. The worker's unwritten output waits in memory this
  // thread shares, so that if the worker dies, this thread writes what it left.
  const pending = newPendingBuffer();
  const worker = new Worker(new URL(import.meta.url), { argv: process.argv.slice(2), workerData: { pending }, resourceLimits: { stackSizeMb: PROGRAM_STACK_MB } });
  let status: number | undefined;
  const report = (line: string): void => {
    writeLeftOver(pending);
    const out = fdOutput(() => undefined);
    out.stderr(line);
    out.flush();
  };
  worker.on('message', (message: { readonly status: number }) => {
    status = message.status;
  });
  worker.on('exit', (code) => {
    // An 'error' event (before 'exit') has set the status already.
    process.exitCode = status ?? process.exitCode ?? code;
  });
  worker.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      // Memory corosim does not simulate (list item storage, for one) ran out before --max-heap.
      report('corosim: the program used more memory than the host allows and was stopped (lower --max-heap to stop it sooner)\n');
      process.exitCode = 134;
      return;
    }
    report(`corosim: internal error (a bug in corosim, please report it): ${error.name}: ${error.message.split('\n')[0] ?? ''}\n`);
    process.exitCode = 70;
  });
} else {
  const { launch } = await import('./launch.ts');
  const shared = (workerData as { readonly pending?: SharedArrayBuffer } | null)?.pending;
  const status = await launch(process.argv.slice(2), shared);
  // In the worker, the status goes to the main thread; the worker ends when its output is flushed.
  if (isMainThread) process.exitCode = status;
  else parentPort?.postMessage({ status });
}
