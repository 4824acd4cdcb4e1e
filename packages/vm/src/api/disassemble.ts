/**
 * Disassembling a whole program as CPython 3.8's `dis.dis(compile(source, filename, 'exec'))`
 * prints it, recursing into nested code objects. Mirrors CPython 3.8 Lib/dis.py `dis`.
 * @module
 */
import { disassembleCode } from '../bytecode/dis.ts';
import type { CompileWarning } from '../source/diagnostic.ts';
import { compile } from './compile.ts';

/**
 * The listing of a program (with the SyntaxWarnings `python3.8 -m dis` shows on stderr), or the
 * error text `python3.8 FILE` would print for a program that does not compile.
 */
export type DisOutcome =
  | { readonly status: 'ok'; readonly listing: string; readonly stderr: string }
  | { readonly status: 'syntax-error'; readonly stderr: string };

/**
 * The compiler's warnings as the default filters show them: every SyntaxWarning (the compiler
 * warns without a registry, so nothing is shown only once) with its source line
 * (`formatwarning`); DeprecationWarnings are ignored outside `__main__`.
 */
function shownWarnings(warnings: readonly CompileWarning[], source: string): string {
  const lines = source.split('\n');
  let out = '';
  for (const w of warnings) {
    if (w.category !== 'SyntaxWarning') continue;
    out += `${w.filename}:${String(w.lineno)}: ${w.category}: ${w.msg}\n`;
    const line = (lines[w.lineno - 1] ?? '').trim();
    if (line !== '') out += `  ${line}\n`;
  }
  return out;
}

/**
 * Compiles `source` and disassembles the module code object and every code object nested in it.
 *
 * @param source - the program text, already decoded
 * @param filename - the name `co_filename` and error messages show
 * @returns the listing and the warnings `python3.8 -m dis FILE` shows, or the syntax error as
 *   `python3.8 FILE` prints it
 * @example
 * ```ts
 * const outcome = disassemble('x = 1\n', 'x.py');
 * if (outcome.status === 'ok') console.log(outcome.listing);
 * ```
 * @see CPython 3.8 Lib/dis.py dis
 */
export function disassemble(source: string, filename: string): DisOutcome {
  const warnings: CompileWarning[] = [];
  const outcome = compile(source, filename, 0, (w) => {
    warnings.push(w);
    return undefined;
  });
  const stderr = shownWarnings(warnings, source);
  if (outcome.status === 'syntax-error') return { status: 'syntax-error', stderr: stderr + outcome.stderr };
  return { status: 'ok', listing: disassembleCode(outcome.code), stderr };
}
