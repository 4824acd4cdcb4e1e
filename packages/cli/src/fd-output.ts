/**
 * Output written straight to the process's file descriptors, in the order the program wrote it.
 *
 * A worker thread's `process.stdout` and `process.stderr` are two streams that reach the main
 * thread by messages, each on its own schedule: a program that ran without yielding had its
 * stderr before most of its stdout (`err out 1` on a terminal). Writing to file descriptors 1
 * and 2 from whichever thread runs the program keeps one order for both. Text is buffered per
 * descriptor, as CPython buffers a file, and the buffer is written before the other descriptor
 * gets anything, so the merged order is always the program's: a terminal gets each line as it is
 * finished, a pipe or file gets blocks of {@link BLOCK} bytes. The buffer can be shared with the
 * main thread, which writes what it holds when the program's thread dies (out of memory), so
 * that no output the program wrote is lost.
 * @module
 */
import { writeSync } from 'node:fs';
import { isatty } from 'node:tty';

/** Buffered bytes that make a pipe or file get a write: CPython's `io.DEFAULT_BUFFER_SIZE`. */
const BLOCK = 8192;

/** The header of a pending buffer: the descriptor, and where its unwritten bytes start and end. */
const FD = 0;
const START = 1;
const END = 2;
const HEADER_BYTES = 12;

/**
 * Room for the text not yet written: a block, and what one write may add before the buffer is
 * written (longer text is written in pieces of this size).
 */
const CAPACITY = 4 * BLOCK;

/**
 * A buffer for {@link fdOutput}'s text not yet written, to share with the thread that starts the
 * program's: if the program's thread dies (out of memory), that thread writes what it left
 * ({@link writeLeftOver}).
 */
export function newPendingBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(HEADER_BYTES + CAPACITY);
}

/** Sinks for descriptors 1 and 2 that keep the program's order, and what ends them. */
export interface FdOutput {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Writes whatever is buffered. */
  readonly flush: () => void;
}

/**
 * Writes `bytes` to `fd` whole, waiting out a non-blocking reader; false when the reader has gone
 * away (EPIPE). On a closed descriptor (EBADF: a process started without it) the text goes
 * nowhere, as CPython's print does when `sys.stdout` is None. `advance` hears of each part written.
 */
function writeAll(fd: number, bytes: Uint8Array, advance: (n: number) => void): boolean {
  let done = 0;
  while (done < bytes.length) {
    try {
      const n = writeSync(fd, bytes, done);
      done += n;
      advance(n);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A descriptor another thread left non-blocking: wait for the reader to catch up.
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
        continue;
      }
      if (code === 'EPIPE' || code === 'EBADF') return code !== 'EPIPE';
      throw error;
    }
  }
  return true;
}

/**
 * Encodes `text` as UTF-8 into `bytes` from `at`, as TextEncoder does (a lone surrogate becomes
 * U+FFFD); where it ends. The caller makes sure it fits.
 */
export function encodeUtf8(text: string, bytes: Uint8Array, at: number): number {
  let end = at;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      bytes[end++] = c;
      continue;
    }
    if (c < 0x800) {
      bytes[end++] = 0xc0 | (c >> 6);
      bytes[end++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = c <= 0xdbff ? text.charCodeAt(i + 1) : NaN;
      if (next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        bytes[end++] = 0xf0 | (c >> 18);
        bytes[end++] = 0x80 | ((c >> 12) & 0x3f);
        bytes[end++] = 0x80 | ((c >> 6) & 0x3f);
        bytes[end++] = 0x80 | (c & 0x3f);
        continue;
      }
      c = 0xfffd;
    }
    bytes[end++] = 0xe0 | (c >> 12);
    bytes[end++] = 0x80 | ((c >> 6) & 0x3f);
    bytes[end++] = 0x80 | (c & 0x3f);
  }
  return end;
}

/**
 * Output to descriptors 1 and 2. `onClosed` runs when the reader has gone away (EPIPE): the
 * caller ends the run, as a Unix tool does, and nothing more is written. The text waits in
 * `pending` (a {@link newPendingBuffer}, or one of its own) until it is written.
 */
export function fdOutput(onClosed: () => void, pending: SharedArrayBuffer | ArrayBuffer = new ArrayBuffer(HEADER_BYTES + CAPACITY)): FdOutput {
  const lineBuffered = [false, isatty(1), isatty(2)];
  const header = new Int32Array(pending, 0, HEADER_BYTES / 4);
  const bytes = new Uint8Array(pending, HEADER_BYTES);
  const encoder = new TextEncoder();
  header[FD] = 1;
  header[START] = header[END] = 0;
  let closed = false;

  const flush = (): void => {
    const end = header[END] as number;
    if (end === 0 || closed) return;
    // The header says at every moment which bytes are still unwritten.
    const ok = writeAll(header[FD] as number, bytes.subarray(header[START], end), (n) => {
      header[START] = (header[START] as number) + n;
    });
    header[START] = header[END] = 0;
    if (!ok) {
      closed = true;
      onClosed();
    }
  };

  /** Adds `text` to the buffer, writing it out as it fills. */
  const append = (text: string): void => {
    const end = header[END] as number;
    // UTF-8 has at most 3 bytes per UTF-16 unit: text that surely fits is encoded here, which
    // costs less than encodeInto's view and result for the short pieces a program prints.
    if (text.length * 3 <= CAPACITY - end) header[END] = encodeUtf8(text, bytes, end);
    else appendLong(text);
  };

  /** {@link append} of text that may not fit: encoded in pieces, the buffer written as it fills. */
  const appendLong = (text: string): void => {
    let rest = text;
    for (;;) {
      const end = header[END] as number;
      const { read, written } = encoder.encodeInto(rest, bytes.subarray(end));
      header[END] = end + written;
      if (read === rest.length || closed) return;
      rest = rest.slice(read);
      flush();
    }
  };

  const writer =
    (target: number) =>
    (text: string): void => {
      if (closed) return;
      if (target !== header[FD]) {
        flush();
        header[FD] = target;
      }
      append(text);
      if ((header[END] as number) >= BLOCK || (lineBuffered[target] === true && text.includes('\n'))) flush();
    };

  return { stdout: writer(1), stderr: writer(2), flush };
}

/**
 * Writes what the thread that used `pending` left unwritten when it died, and empties it. Only
 * for a dead thread's buffer: nothing else may be writing it.
 */
export function writeLeftOver(pending: SharedArrayBuffer): void {
  const header = new Int32Array(pending, 0, HEADER_BYTES / 4);
  const start = header[START] as number;
  const end = header[END] as number;
  header[START] = header[END] = 0;
  if (end > start) writeAll(header[FD] as number, new Uint8Array(pending, HEADER_BYTES + start, end - start), () => undefined);
}
