/**
 * The SyntaxWarnings the compiler issues for code that is legal but almost surely wrong: `is`
 * with a literal, calling or subscripting a literal, indexing a sequence literal with a non-int,
 * and asserting a non-empty tuple. Mirrors CPython 3.8 Python/compile.c `check_compare`,
 * `check_caller`, `check_subscripter`, `check_index`, `compiler_assert` and `compiler_warn`.
 * @module
 */
import type { Constant } from '../bytecode/constant.ts';
import type * as ast from '../parser/ast.ts';
import type { Compiler } from './compiler.ts';

function constantTypeName(v: Constant): string {
  switch (v.kind) {
    case 'None':
      return 'NoneType';
    case 'Ellipsis':
      return 'ellipsis';
    case 'bool':
      return 'bool';
    case 'int':
      return 'int';
    case 'float':
      return 'float';
    case 'complex':
      return 'complex';
    case 'str':
      return 'str';
    case 'bytes':
      return 'bytes';
    case 'tuple':
      return 'tuple';
    case 'frozenset':
      return 'frozenset';
    case 'code':
      return 'code';
  }
}

/** The type name of what `e` evaluates to when the compiler can tell (`infer_type`), else null. */
const INFERRED: Partial<Record<ast.expr['_type'], string>> = {
  Tuple: 'tuple',
  List: 'list',
  ListComp: 'list',
  Dict: 'dict',
  DictComp: 'dict',
  Set: 'set',
  SetComp: 'set',
  GeneratorExp: 'generator',
  Lambda: 'function',
  JoinedStr: 'str',
  FormattedValue: 'str',
};

function inferType(e: ast.expr): string | null {
  if (e._type === 'Constant') return constantTypeName(e.value);
  return INFERRED[e._type] ?? null;
}

function isSingletonOrNotConstant(e: ast.expr): boolean {
  if (e._type !== 'Constant') return true;
  const k = e.value.kind;
  return k === 'None' || k === 'bool' || k === 'Ellipsis';
}

/** Warns about `is` / `is not` with a literal operand (`check_compare`). */
export function checkCompare(c: Compiler, e: ast.Compare): void {
  let left = isSingletonOrNotConstant(e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i];
    const right = isSingletonOrNotConstant(e.comparators[i] as ast.expr);
    if ((op === 'Is' || op === 'IsNot') && (!right || !left)) {
      c.warn(op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?');
      return;
    }
    left = right;
  }
}

/** Warns about calling a literal (`check_caller`). */
export function checkCaller(c: Compiler, e: ast.expr): void {
  // Every type inferType knows but functions.
  if (e._type === 'Lambda') return;
  const type = inferType(e);
  if (type !== null) c.warn(`'${type}' object is not callable; perhaps you missed a comma?`);
}

/** Warns about subscripting a literal that is not subscriptable (`check_subscripter`). */
export function checkSubscripter(c: Compiler, e: ast.expr): void {
  if (e._type === 'Constant') {
    const k = e.value.kind;
    // `PyLong_Check` takes bools too.
    if (!(k === 'None' || k === 'Ellipsis' || k === 'int' || k === 'bool' || k === 'float' || k === 'complex' || k === 'frozenset')) return;
  } else if (e._type !== 'Set' && e._type !== 'SetComp' && e._type !== 'GeneratorExp' && e._type !== 'Lambda') {
    return;
  }
  c.warn(`'${inferType(e) ?? ''}' object is not subscriptable; perhaps you missed a comma?`);
}

/** Warns about indexing a sequence literal with a literal that is not an int or slice (`check_index`). */
export function checkIndex(c: Compiler, e: ast.expr, s: ast.slice): void {
  if (s._type !== 'Index') return;
  const indexType = inferType(s.value);
  if (indexType === null || indexType === 'int' || indexType === 'bool') return;
  if (e._type === 'Constant') {
    const k = e.value.kind;
    if (!(k === 'str' || k === 'bytes' || k === 'tuple')) return;
  } else if (e._type !== 'Tuple' && e._type !== 'List' && e._type !== 'ListComp' && e._type !== 'JoinedStr' && e._type !== 'FormattedValue') {
    return;
  }
  c.warn(`${inferType(e) ?? ''} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`);
}
