/**
 * Compiling a whole program as CPython 3.8's `compile(source, filename, 'exec')` does: parse,
 * fold constants, build the symbol table, generate and optimise bytecode. Mirrors CPython 3.8
 * Python/pythonrun.c `Py_CompileStringObject`.
 * @module
 */
import type { CodeObject } from '../bytecode/code-object.ts';
import { compileModule } from '../compiler/compile.ts';
import type { CompileWarning } from '../compiler/compiler.ts';
import { parseModule } from '../parser/parse.ts';
import { INT_MAX_STR_DIGITS } from '../tokenizer/number-literal.ts';
import { CompileFailure, type Diagnostic } from '../source/diagnostic.ts';
import { formatSyntaxError } from '../source/format-syntax-error.ts';

/** A compiled program, or the error CPython 3.8 reports for it. */
export type CompileOutcome =
  | { readonly status: 'ok'; readonly code: CodeObject }
  | {
      /** The program does not compile: a SyntaxError (or IndentationError, TabError, RecursionError). */
      readonly status: 'syntax-error';
      readonly diagnostic: Diagnostic;
      /** What `python3.8 FILE` writes to stderr for it. */
      readonly stderr: string;
    };

/**
 * Compiles `source` into the module's code object.
 *
 * @param source - the program text, already decoded
 * @param filename - the name `co_filename` and errors show
 * @param optimizeLevel - `-O` level: 0 (the default) keeps asserts and docstrings
 * @param onWarning - receives the SyntaxWarnings (`"is" with a literal`, ...) and the
 *   DeprecationWarnings of invalid escape sequences; returning 'error'
 *   makes the warning a SyntaxError
 * @param intMaxStrDigits - `sys.get_int_max_str_digits()` (4300 unless the program changed it): a
 *   longer decimal int literal is a SyntaxError
 * @returns the code object, or the SyntaxError, IndentationError or TabError as data
 * @example
 * ```ts
 * const outcome = compile('x = 1\n', 'x.py');
 * if (outcome.status === 'ok') console.log(outcome.code.names); // ['x']
 * ```
 * @see CPython 3.8 Python/pythonrun.c Py_CompileStringObject
 */
export function compile(
  source: string,
  filename: string,
  optimizeLevel = 0,
  onWarning?: (warning: CompileWarning) => 'error' | undefined,
  intMaxStrDigits = INT_MAX_STR_DIGITS,
): CompileOutcome {
  try {
    const module = parseModule(source, filename, false, onWarning, intMaxStrDigits);
    return { status: 'ok', code: compileModule(module, { filename, source, optimizeLevel, ...(onWarning === undefined ? {} : { onWarning }) }) };
  } catch (failure) {
    const diagnostic = failure instanceof CompileFailure ? failure.diagnostic : tooDeep(failure, filename);
    return { status: 'syntax-error', diagnostic, stderr: formatSyntaxError(diagnostic) };
  }
}

/**
 * The host's stack ran out in a recursive stage: a tree nested as deeply as that is one CPython
 * refuses too ("maximum recursion depth exceeded during compilation", past 3000 levels). Any
 * other exception is a host defect and propagates.
 */
function tooDeep(error: unknown, filename: string): Diagnostic {
  if (!(error instanceof RangeError && error.message.includes('call stack'))) throw error;
  // DEVIATION(cpython): CPython counts the depth and refuses past 3000 levels; corosim refuses
  // where the JavaScript stack runs out, which may come earlier than CPython's limit.
  // TODO(#4): count the depth in the symbol table as symtable.c does.
  return { type: 'RecursionError', msg: 'maximum recursion depth exceeded during compilation', filename, lineno: null, offset: null, text: null };
}
