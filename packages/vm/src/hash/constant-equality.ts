/**
 * Python's `==` between compile-time constants, as a set uses it to find duplicates: numbers
 * compare by value across int, bool, float and complex (`1 == 1.0 == True == (1+0j)`). Mirrors
 * the `tp_richcompare` slots of CPython 3.8's constant types.
 * @module
 */
import type { CodeObject } from '../bytecode/code-object.ts';
import type { Constant } from '../bytecode/constant.ts';
import { unreachable } from '../internal/assert.ts';

/** A number in the complex plane, exactly: ints stay bigints so large values compare exactly. */
type Numeric = { readonly re: bigint | number; readonly im: number };

function numericValue(c: Constant): Numeric | undefined {
  switch (c.kind) {
    case 'bool':
      return { re: c.value ? 1n : 0n, im: 0 };
    case 'int':
      return { re: c.value, im: 0 };
    case 'float':
      return { re: c.value, im: 0 };
    case 'complex':
      return { re: c.real, im: c.imag };
    case 'None':
    case 'Ellipsis':
    case 'str':
    case 'bytes':
    case 'tuple':
    case 'frozenset':
    case 'code':
      return undefined;
    default:
      return unreachable(c);
  }
}

/** Exact equality of an int or float with an int or float (never rounding the int). */
function realEquals(a: bigint | number, b: bigint | number): boolean {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a === b;
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  const x = typeof a === 'number' ? a : (b as number);
  const n = typeof a === 'bigint' ? a : (b as bigint);
  return Number.isInteger(x) && BigInt(x) === n;
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/**
 * Tells whether `a == b` in Python, for constants.
 *
 * @remarks
 * **Details**: containers compare item by item, an item being equal to itself first (CPython's
 * identity shortcut, which makes a tuple holding a nan equal to itself); frozensets compare as
 * sets; code objects compare field by field, their constants by type and value.
 *
 * **Gotchas**: `nan != nan` unless it is the very same constant object.
 *
 * @param a - a constant
 * @param b - another constant
 * @returns Python's answer to `a == b`
 * @example
 * ```ts
 * constantEquals({ kind: 'int', value: 1n }, { kind: 'bool', value: true }); // true
 * ```
 * @see CPython 3.8 Objects/object.c PyObject_RichCompareBool
 */
export function constantEquals(a: Constant, b: Constant): boolean {
  if (a === b) return true;
  const na = numericValue(a);
  const nb = numericValue(b);
  if (na !== undefined || nb !== undefined) {
    return na !== undefined && nb !== undefined && na.im === nb.im && realEquals(na.re, nb.re);
  }
  switch (a.kind) {
    case 'None':
    case 'Ellipsis':
      return a.kind === b.kind;
    case 'str':
      return b.kind === 'str' && a.value === b.value;
    case 'bytes':
      return b.kind === 'bytes' && bytesEqual(a.value, b.value);
    case 'tuple':
      return b.kind === 'tuple' && a.items.length === b.items.length && a.items.every((x, i) => itemEquals(x, b.items[i]));
    case 'frozenset':
      return (
        b.kind === 'frozenset' &&
        a.items.length === b.items.length &&
        a.items.every((x) => b.items.some((y) => constantEquals(x, y)))
      );
    case 'code':
      return b.kind === 'code' && codeEquals(a.code, b.code);
    case 'bool':
    case 'int':
    case 'float':
    case 'complex':
      // Numbers were handled above.
      return false;
    default:
      return unreachable(a);
  }
}

function itemEquals(x: Constant, y: Constant | undefined): boolean {
  return y !== undefined && constantEquals(x, y);
}

/**
 * Equality of constants as `_PyCode_ConstantKey` sees it: same type and value, so that `0.0` and
 * `-0.0`, or `1` and `True`, differ inside code objects.
 */
function sameConstant(a: Constant, b: Constant): boolean {
  if (a === b) return true;
  switch (a.kind) {
    case 'float':
      return b.kind === 'float' && Object.is(a.value, b.value);
    case 'complex':
      return b.kind === 'complex' && Object.is(a.real, b.real) && Object.is(a.imag, b.imag);
    case 'tuple':
      return b.kind === 'tuple' && a.items.length === b.items.length && a.items.every((x, i) => b.items[i] !== undefined && sameConstant(x, b.items[i]));
    case 'frozenset':
      return b.kind === 'frozenset' && a.items.length === b.items.length && a.items.every((x) => b.items.some((y) => sameConstant(x, y)));
    case 'None':
    case 'Ellipsis':
    case 'bool':
    case 'int':
    case 'str':
    case 'bytes':
    case 'code':
      return a.kind === b.kind && constantEquals(a, b);
    default:
      return unreachable(a);
  }
}

function namesEqual(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

/** @see CPython 3.8 Objects/codeobject.c code_richcompare */
function codeEquals(a: CodeObject, b: CodeObject): boolean {
  return (
    a.name === b.name &&
    a.argcount === b.argcount &&
    a.posonlyargcount === b.posonlyargcount &&
    a.kwonlyargcount === b.kwonlyargcount &&
    a.nlocals === b.nlocals &&
    a.flags === b.flags &&
    a.firstlineno === b.firstlineno &&
    bytesEqual(a.code, b.code) &&
    a.consts.length === b.consts.length &&
    a.consts.every((c, i) => b.consts[i] !== undefined && sameConstant(c, b.consts[i])) &&
    namesEqual(a.names, b.names) &&
    namesEqual(a.varnames, b.varnames) &&
    namesEqual(a.freevars, b.freevars) &&
    namesEqual(a.cellvars, b.cellvars)
  );
}
