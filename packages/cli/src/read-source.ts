/**
 * Reading a program from disk: the only place the CLI touches the file system for a program's
 * source. Every failure becomes a one-line {@link UsageError}.
 * @module
 */
import { readFileSync, statSync } from 'node:fs';
import { UsageError } from './usage-error.ts';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

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
 * Reads `path` as a UTF-8 Python source file.
 *
 * @throws UsageError when the file is missing, a directory, unreadable or not UTF-8
 */
export function readSource(path: string): string {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new UsageError(`'${path}' is a directory, not a Python file`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw describeFsError(path, error);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new UsageError(`'${path}' is not UTF-8 text (corosim reads Python source as UTF-8)`);
  }
}
