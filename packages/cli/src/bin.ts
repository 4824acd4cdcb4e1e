/**
 * The process entry of `corosim`: the only file that touches `process`.
 * @module
 */
import { main } from './program.ts';

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
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
} catch (error) {
  // A bug in corosim, never the program's fault: one line, not a JavaScript stack trace.
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  process.stderr.write(`corosim: internal error (a bug in corosim, please report it): ${message.split('\n')[0] ?? ''}\n`);
  process.exitCode = INTERNAL_ERROR_EXIT;
}
