/**
 * Output written straight to the process's file descriptors, in the order the program wrote it.
 *
 * A worker thread's `process.stdout` and `process.stderr` are two streams that reach the main
 * thread by messages, each on its own schedule: a program that ran without yielding had its
 * stderr before most of its stdout (`err out 1` on a terminal). Writing to file descriptors 1
 * and 2 from whichever thread runs the program keeps one order for both. Text is buffered per
 * descriptor, as CPython buffers a file, and the buffer is written before the other descriptor
 * gets anything, so the merged order is always the program's: a terminal gets each line as it is
 * finished, a pipe or file gets blocks of {@link BLOCK} bytes.
 * @module
 */
import { writeSync } from 'node:fs';
import { isatty } from 'node:tty';

/** Buffered text (UTF-16 units) that makes a pipe or file get a write: CPython's `io.DEFAULT_BUFFER_SIZE`. */
const BLOCK = 8192;

/** Sinks for descriptors 1 and 2 that keep the program's order, and what ends them. */
export interface FdOutput {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Writes whatever is buffered. */
  readonly flush: () => void;
}

/**
 * Output to descriptors 1 and 2. `onClosed` runs when the reader has gone away (EPIPE): the
 * caller ends the run, as a Unix tool does, and nothing more is written.
 */
export function fdOutput(onClosed: () => void): FdOutput {
  const lineBuffered = [false, isatty(1), isatty(2)];
  let fd = 1;
  let pending = '';
  let closed = false;

  const flush = (): void => {
    if (pending === '' || closed) return;
    const bytes = Buffer.from(pending, 'utf8');
    pending = '';
    let done = 0;
    while (done < bytes.length) {
      try {
        done += writeSync(fd, bytes, done);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // A descriptor another thread left non-blocking: wait for the reader to catch up.
        if (code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
          continue;
        }
        if (code === 'EPIPE') {
          closed = true;
          onClosed();
          return;
        }
        // A process started with the descriptor closed: the text goes nowhere, as CPython's
        // print does when `sys.stdout` is None.
        if (code === 'EBADF') return;
        throw error;
      }
    }
  };

  const writer =
    (target: number) =>
    (text: string): void => {
      if (closed) return;
      if (target !== fd) {
        flush();
        fd = target;
      }
      pending += text;
      if (pending.length >= BLOCK || (lineBuffered[fd] === true && text.includes('\n'))) flush();
    };

  return { stdout: writer(1), stderr: writer(2), flush };
}
