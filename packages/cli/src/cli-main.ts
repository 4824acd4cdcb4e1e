/**
 * The command line as the process runs it, with the process's own output: the entry of
 * `dist/cli-main.cjs`, the one script launch.ts compiles with V8's code cache.
 * @module
 */
import { fdOutput } from './fd-output.ts';
import { main } from './program.ts';

/** Exit status for a defect in corosim itself (BSD's EX_SOFTWARE). */
const INTERNAL_ERROR_EXIT = 70;

/**
 * Runs the command line `argv` in this thread (the main one, or the worker of `run`); its exit
 * status. `pending` is the output buffer the main thread shares with the worker (fd-output.ts).
 */
export async function runCli(argv: readonly string[], debug: boolean, pending?: SharedArrayBuffer): Promise<number> {
  // A reader that goes away (`corosim dis big.py | head`) is no error of ours: stop quietly, as
  // Unix tools do, instead of dying with a stack trace on EPIPE. (In the worker of `run`, this
  // ends the worker, and its status is the process's.)
  const out = fdOutput(() => process.exit(process.exitCode ?? 0), pending);
  let status: number;
  try {
    status = await main([...argv], { stdout: out.stdout, stderr: out.stderr });
  } catch (error) {
    // A bug in corosim, never the program's fault: one line, not a JavaScript stack trace.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    // COROSIM_DEBUG=1 shows the JavaScript stack, for corosim's own developers.
    if (debug && error instanceof Error) out.stderr(`${error.stack ?? ''}\n`);
    out.stderr(`corosim: internal error (a bug in corosim, please report it): ${message.split('\n')[0] ?? ''}\n`);
    status = INTERNAL_ERROR_EXIT;
  }
  out.flush();
  return status;
}
