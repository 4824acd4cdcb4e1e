/**
 * Disassembling a whole program as CPython 3.8's `dis.dis(compile(source, filename, 'exec'))`
 * prints it, recursing into nested code objects. Mirrors CPython 3.8 Lib/dis.py `dis`.
 * @module
 */
import { disassembleCode } from '../bytecode/dis.ts';
import { compile } from './compile.ts';

/**
 * The listing of a program, or the error text `python3.8 FILE` would print for a program that
 * does not compile.
 */
export type DisOutcome =
  | { readonly status: 'ok'; readonly listing: string }
  | { readonly status: 'syntax-error'; readonly stderr: string };

/**
 * Compiles `source` and disassembles the module code object and every code object nested in it.
 *
 * @param source - the program text, already decoded
 * @param filename - the name `co_filename` and error messages show
 * @returns the listing, or the syntax error as `python3.8 FILE` prints it
 * @example
 * ```ts
 * const outcome = disassemble('x = 1\n', 'x.py');
 * if (outcome.status === 'ok') console.log(outcome.listing);
 * ```
 * @see CPython 3.8 Lib/dis.py dis
 */
export function disassemble(source: string, filename: string): DisOutcome {
  const outcome = compile(source, filename);
  if (outcome.status === 'syntax-error') return { status: 'syntax-error', stderr: outcome.stderr };
  return { status: 'ok', listing: disassembleCode(outcome.code) };
}
