/**
 * `from __future__ import ...` at the top of a module: which features are on, and the errors for
 * unknown features and late future imports found while scanning. Mirrors CPython 3.8
 * Python/future.c.
 * @module
 */
import type * as ast from '../parser/ast.ts';
import { syntaxError } from '../symtable/source-errors.ts';
import { getDocString } from './compile-body.ts';
import { CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL } from './compiler.ts';

/** The future features of a module (`PyFutureFeatures`). */
export interface FutureFeatures {
  /** CO_FUTURE_* flags switched on. */
  readonly features: number;
  /** The line of the last future import, or -1 (`ff_lineno`). */
  readonly lineno: number;
}

const NO_FLAG = new Set(['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function', 'unicode_literals', 'generator_stop']);

/**
 * Scans the leading future imports of `module`.
 *
 * @see CPython 3.8 Python/future.c future_parse, future_check_features
 */
export function parseFuture(module: ast.Module | ast.Interactive, filename: string, source: string): FutureFeatures {
  const src = { filename, source };
  let features = 0;
  let lineno = -1;
  let done = false;
  let prevLine = 0;
  const body = module.body;
  for (let i = getDocString(body) !== null ? 1 : 0; i < body.length; i++) {
    const s = body[i] as ast.stmt;
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (s._type === 'ImportFrom' && s.module === '__future__') {
      if (done) syntaxError(src, 'from __future__ imports must occur at the beginning of the file', s.lineno, s.col_offset);
      for (const alias of s.names) {
        const f = alias.name;
        if (NO_FLAG.has(f)) continue;
        if (f === 'barry_as_FLUFL') features |= CO_FUTURE_BARRY_AS_BDFL;
        else if (f === 'annotations') features |= CO_FUTURE_ANNOTATIONS;
        else if (f === 'braces') syntaxError(src, 'not a chance', s.lineno, s.col_offset + 1);
        else syntaxError(src, `future feature ${f} is not defined`, s.lineno, s.col_offset + 1);
      }
      lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return { features, lineno };
}
