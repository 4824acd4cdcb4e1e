/**
 * The process entry of `corosim`: the only file that touches `process`.
 * @module
 */
import { setFlagsFromString } from 'node:v8';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

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
  // The worker runs this same file; its output streams are the process's.
  const worker = new Worker(new URL(import.meta.url), { argv: process.argv.slice(2), resourceLimits: { stackSizeMb: PROGRAM_STACK_MB } });
  let status: number | undefined;
  // A reader that goes away (`corosim trace f.py | head`) ends the run quietly, as in runCli.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      void worker.terminate();
      process.exit(process.exitCode ?? 0);
    });
  }
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
      process.stderr.write('corosim: the program used more memory than the host allows and was stopped (lower --max-heap to stop it sooner)\n');
      process.exitCode = 134;
      return;
    }
    process.stderr.write(`corosim: internal error (a bug in corosim, please report it): ${error.name}: ${error.message.split('\n')[0] ?? ''}\n`);
    process.exitCode = 70;
  });
} else {
  await runCli();
}

/** Runs the command line in this thread (the main one, or the worker of `run`). */
async function runCli(): Promise<void> {
  // A reader that goes away (`corosim dis big.py | head`) is no error of ours: stop quietly, as
  // Unix tools do, instead of dying with a stack trace on EPIPE.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }

  /** Exit status for a defect in corosim itself (BSD's EX_SOFTWARE). */
  const INTERNAL_ERROR_EXIT = 70;

  try {
    // Loaded here, not at the top: the main thread of `run` only starts the worker, sooner.
    const { main } = await import('./program.ts');
    // V8's flags are the process's, read at each collection. Set once the code is loaded: a change
    // of flags before then makes V8 refuse the code cache of Node's own modules (40 ms more).
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    process.exitCode = await main(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
    });
  } catch (error) {
    // A bug in corosim, never the program's fault: one line, not a JavaScript stack trace.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    // COROSIM_DEBUG=1 shows the JavaScript stack, for corosim's own developers.
    if (process.env['COROSIM_DEBUG'] !== undefined && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
    process.stderr.write(`corosim: internal error (a bug in corosim, please report it): ${message.split('\n')[0] ?? ''}\n`);
    process.exitCode = INTERNAL_ERROR_EXIT;
  }
  // In the worker, the status goes to the main thread; the worker ends when its output is flushed.
  if (!isMainThread) parentPort?.postMessage({ status: typeof process.exitCode === 'number' ? process.exitCode : 0 });
}
