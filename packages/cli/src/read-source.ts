/**
 * Reading a program from disk: the only place the CLI touches the file system for a program's
 * source. Every failure becomes a one-line {@link UsageError}.
 * @module
 */
import { readFileSync, statSync } from 'node:fs';
import { decodeProgram, type ProgramText } from '@corosim/vm';
import { UsageError } from './usage-error.ts';

/** What each errno means for a file the user named, in the words CPython's `strerror` uses. */
const ERRNO_TEXT: Readonly<Record<string, string>> = {
  ENOENT: 'No such file or directory',
  EACCES: 'Permission denied',
  ENOTDIR: 'Not a directory',
  ELOOP: 'Too many levels of symbolic links',
  ENAMETOOLONG: 'File name too long',
  EISDIR: 'Is a directory',
};

function describeFsError(path: string, error: unknown): UsageError {
  const code = (error as { code?: unknown }).code;
  const reason = typeof code === 'string' ? (ERRNO_TEXT[code] ?? code) : String(error);
  return new UsageError(`can't open file '${path}': ${reason}`);
}

/**
 * Reads the Python source file `path` as `python3.8 FILE` reads it (BOM, coding declaration):
 * its text, or the SyntaxError CPython reports for bytes it cannot decode.
 *
 * @throws UsageError when the file is missing, a directory or unreadable
 */
export function readSource(path: string): ProgramText {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new UsageError(`'${path}' is a directory, not a Python file`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw describeFsError(path, error);
  }
  return decodeProgram(bytes, path);
}
