/**
 * The front end's entry point: source text to the Python 3.8 AST of a module, or the compile
 * error CPython 3.8 reports for it when run as `python3.8 FILE`. Also parses f-string
 * replacement fields the way CPython does (`(expr)` in eval mode under the name `<fstring>`).
 * Mirrors CPython 3.8 Parser/parsetok.c `parsetok`, Python/ast.c `PyAST_FromNodeObject` and
 * `fstring_compile_expr`.
 * @module
 */
import type { Module, expr, stmt } from './ast.ts';
import { CompileFailure, fail } from '../source/diagnostic.ts';
import { prepareSource } from '../source/source-buffer.ts';
import { ENDMARKER, NEWLINE } from '../tokenizer/token-kind.ts';
import { INT_MAX_STR_DIGITS } from '../tokenizer/number-literal.ts';
import { Parser, type ParseWarningHandler } from './parser-state.ts';
import { parseStatement } from './compound-statements.ts';
import { parseTestList } from './expressions.ts';

/**
 * Parses a module.
 *
 * @remarks
 * Errors are thrown as a {@link CompileFailure} carrying the {@link Diagnostic} CPython 3.8
 * reports (type, message, line, offset, text), including errors CPython finds while building
 * the AST (Python/ast.c), which it reports only when the whole file parsed.
 * @param source - The program text.
 * @param filename - The file name errors report.
 * @param fromString - Read as `compile()` reads a string (`exec_input`: a final newline is added,
 *   and the end of the text is met without counting a line past it), not as a FILE.
 * @param onWarning - receives the DeprecationWarnings of invalid escape sequences.
 * @param intMaxStrDigits - `sys.get_int_max_str_digits()`: a longer decimal int literal is a SyntaxError.
 * @returns The module's AST, as `ast.parse` gives it.
 * @example
 * ```ts
 * const mod = parseModule('x = 1\n', 'demo.py');
 * mod.body[0]?._type; // 'Assign'
 * ```
 * @see CPython 3.8 Python/pythonrun.c PyParser_ASTFromFileObject
 */
export function parseModule(source: string, filename: string, fromString = false, onWarning?: ParseWarningHandler, intMaxStrDigits = INT_MAX_STR_DIGITS): Module {
  const p = new Parser(prepareSource(source, filename), fromString, parseFStringExpr, 0, intMaxStrDigits);
  const body: stmt[] = [];
  // file_input
  p.push(1);
  while (p.type !== ENDMARKER) {
    if (p.type === NEWLINE) {
      p.next();
      continue;
    }
    parseStatement(p, body);
  }
  p.issueWarnings(onWarning);
  if (p.deferred !== null) fail(p.deferred);
  return { _type: 'Module', body, type_ignores: [] };
}

/**
 * Parses the expression of an f-string replacement field as CPython does: the text wrapped in
 * parentheses, in eval mode, named `<fstring>`. Syntax errors become the outer parser's deferred
 * error (CPython meets them while building the AST). A syntax error keeps its place in `(text)`,
 * but an AST error is found after CPython has moved the expression's nodes to their place in
 * the file: down `lines` lines, and `cols` columns right on the expression's first line.
 * @returns The expression with positions relative to `(text)`, or null after an error.
 */
export function parseFStringExpr(text: string, outer: Parser, lines: number, cols: number): expr | null {
  try {
    const p = new Parser(prepareSource(`(${text})`, '<fstring>', false), true, parseFStringExpr, outer.fstringDepth + 1, outer.intMaxStrDigits);
    // eval_input
    p.push(1);
    const e = parseTestList(p, false);
    while (p.type === NEWLINE) p.next();
    if (p.type !== ENDMARKER) p.unexpected();
    const d = p.deferred;
    if (d !== null) {
      outer.deferDiagnostic(d.lineno === null ? d : { ...d, lineno: d.lineno + lines, offset: d.lineno === 1 && d.offset !== null ? d.offset + cols : d.offset });
      return null;
    }
    return e;
  } catch (err) {
    if (err instanceof CompileFailure) {
      outer.deferDiagnostic(err.diagnostic);
      return null;
    }
    throw err;
  }
}
