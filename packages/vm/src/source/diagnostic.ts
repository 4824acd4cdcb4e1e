/**
 * Compile errors as data: a SyntaxError, IndentationError or TabError with CPython 3.8's message
 * and position, from whichever stage found it (tokenizer, parser, AST checks, symbol table,
 * compiler). Mirrors the `(msg, (filename, lineno, offset, text))` arguments of CPython's
 * SyntaxError.
 * @module
 */

/**
 * The exception class CPython raises for a program that does not compile: the SyntaxError family,
 * RecursionError for a tree nested too deeply to compile, or MemoryError when the parser's stack
 * overflows.
 */
export type DiagnosticType = 'SyntaxError' | 'IndentationError' | 'TabError' | 'RecursionError' | 'MemoryError';

/** One compile error, exactly as CPython 3.8 reports it. */
export interface Diagnostic {
  readonly type: DiagnosticType;
  readonly msg: string;
  /**
   * The constructor's message when it differs from `msg`: a plain SyntaxError whose line reads like
   * a Python 2 `print`/`exec` statement keeps "invalid syntax" in its args while `SyntaxError_init`
   * rewords its `msg` attribute.
   */
  readonly argsMsg?: string;
  readonly filename: string;
  /**
   * 1-based line, or `null` for an error CPython raises with no location at all ("too many
   * statically nested blocks"), which `python3.8 FILE` prints as its last line only.
   */
  readonly lineno: number | null;
  /** 1-based column of the caret as CPython sets it, or `null` where CPython has `None`. */
  readonly offset: number | null;
  /** The source line as CPython reports it (with its newline), or `null`. */
  readonly text: string | null;
  /**
   * Set when CPython reads `text` back from the file named `filename` (`PyErr_ProgramTextObject`,
   * for errors found after parsing) rather than from the tokenizer's buffer: for source compiled
   * from a string, the line then comes from the file of that name, if the program has one.
   */
  readonly textFromFile?: boolean;
  /**
   * Set for errors CPython raises with `PyErr_SyntaxLocationObject` (the symbol table's): the
   * exception's args are just `(msg,)` and the location is set as attributes.
   */
  readonly locationAsAttributes?: boolean;
  /**
   * What CPython writes straight to the process's stderr when it meets the error, before raising
   * (`fprintf(stderr, "s_push: parser stack overflow\n")`).
   */
  readonly stderr?: string;
}

/** A compile-time warning, as CPython passes it to `warnings.warn_explicit`. */
export interface CompileWarning {
  /**
   * The warning class: SyntaxWarning from the compiler, DeprecationWarning for an invalid escape
   * sequence in a string literal (Python/ast.c).
   */
  readonly category: 'SyntaxWarning' | 'DeprecationWarning';
  /** The message, as CPython words it. */
  readonly msg: string;
  /** The file being compiled. */
  readonly filename: string;
  /** The line CPython attributes the warning to. */
  readonly lineno: number;
}

/**
 * The carrier that unwinds the front end when it meets a compile error. Not an `Error`: it
 * captures no stack (like `PyRaise`), and it is caught only at the compile boundary, which
 * turns it back into a {@link Diagnostic}.
 */
export class CompileFailure {
  readonly diagnostic: Diagnostic;
  constructor(diagnostic: Diagnostic) {
    this.diagnostic = diagnostic;
  }
}

/** Throws a {@link CompileFailure} for `diagnostic`. */
export function fail(diagnostic: Diagnostic): never {
  throw new CompileFailure(diagnostic);
}
