/**
 * The process entry of `corosim`: the only file that touches `process`.
 * @module
 */
import { setFlagsFromString } from 'node:v8';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { fdOutput } from './fd-output.ts';

/**
 * Stack for running Python programs, in MB. Python calls that go through native code (a
 * `__repr__` calling `repr`) nest JavaScript calls; CPython's default recursion limit of 1000
 * needs more than Node's default stack, so programs run in a worker thread with this much.
 */
const PROGRAM_STACK_MB = 256;

/**
 * How much V8 lets its old generation grow past what the last full collection kept, in percent.
 * V8's own default grows it up to fourfold, which with 100,000 sleeping tasks meant 480 MB of
 * heap for 175 MB of live objects; 20% holds the peak near the live size at about the same
 * speed, since a program's garbage is mostly young and never reaches the old generation.
 */
const HEAP_GROWING_PERCENT = 20;

if (isMainThread && (process.argv[2] === 'run' || process.argv[2] === 'trace' || process.argv[2] === 'walkthrough')) {
  // The worker runs this same file and writes to the process's descriptors itself (fd-output.ts);
  // this thread only reports how it ended.
  const worker = new Worker(new URL(import.meta.url), { argv: process.argv.slice(2), resourceLimits: { stackSizeMb: PROGRAM_STACK_MB } });
  let status: number | undefined;
  const report = (line: string): void => {
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
  await runCli();
}

/** Runs the command line in this thread (the main one, or the worker of `run`). */
async function runCli(): Promise<void> {
  // A reader that goes away (`corosim dis big.py | head`) is no error of ours: stop quietly, as
  // Unix tools do, instead of dying with a stack trace on EPIPE. (In the worker of `run`, this
  // ends the worker, and its status is the process's.)
  const out = fdOutput(() => process.exit(process.exitCode ?? 0));

  /** Exit status for a defect in corosim itself (BSD's EX_SOFTWARE). */
  const INTERNAL_ERROR_EXIT = 70;

  try {
    // Loaded here, not at the top: the main thread of `run` only starts the worker, sooner.
    const { main } = await import('./program.ts');
    // V8's flags are the process's, read at each collection. Set once the code is loaded: a change
    // of flags before then makes V8 refuse the code cache of Node's own modules (40 ms more).
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    process.exitCode = await main(process.argv.slice(2), {
      stdout: out.stdout,
      stderr: out.stderr,
    });
  } catch (error) {
    // A bug in corosim, never the program's fault: one line, not a JavaScript stack trace.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    // COROSIM_DEBUG=1 shows the JavaScript stack, for corosim's own developers.
    if (process.env['COROSIM_DEBUG'] !== undefined && error instanceof Error) out.stderr(`${error.stack ?? ''}\n`);
    out.stderr(`corosim: internal error (a bug in corosim, please report it): ${message.split('\n')[0] ?? ''}\n`);
    process.exitCode = INTERNAL_ERROR_EXIT;
  }
  out.flush();
  // In the worker, the status goes to the main thread; the worker ends when its output is flushed.
  if (!isMainThread) parentPort?.postMessage({ status: typeof process.exitCode === 'number' ? process.exitCode : 0 });
}
