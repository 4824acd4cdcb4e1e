/**
 * `hash()` of every kind of compile-time constant, as CPython 3.8 computes it with
 * PYTHONHASHSEED=0. Mirrors the `tp_hash` slots of CPython 3.8's constant types
 * (Objects/object.c `PyObject_Hash`).
 * @module
 */
import type { CodeObject } from '../bytecode/code-object.ts';
import type { Constant } from '../bytecode/constant.ts';
import { unreachable } from '../internal/assert.ts';
import { frozensetHash, tupleHash } from './container-hash.ts';
import { complexHash, floatHash, intHash } from './numeric-hash.ts';
import { ELLIPSIS_ADDRESS, NONE_ADDRESS, pointerHash } from './pointer-hash.ts';
import { hashBytes } from './siphash24.ts';
import { strHash } from './str-hash.ts';

/**
 * Returns `hash(c)` as CPython 3.8 computes it under PYTHONHASHSEED=0.
 *
 * @remarks
 * **Details**: str and bytes use SipHash-2-4 with a zero key; int, bool, float and complex
 * hash by value modulo 2**61 - 1 (equal numbers hash alike); tuples and frozensets combine their
 * items' hashes; code objects combine their fields as `code_hash` does.
 *
 * **Gotchas**: None and Ellipsis hash by address in CPython, which changes from run to run; here
 * they hash by fixed fake addresses (see `pointer-hash.ts`). Frozenset items are taken to be
 * distinct, as they are in a frozenset constant.
 *
 * @param c - the constant
 * @returns the signed 64-bit hash
 * @example
 * ```ts
 * hashConstant({ kind: 'float', value: 1 }); // 1n, like hash(1) and hash(True)
 * ```
 * @see CPython 3.8 Objects/object.c PyObject_Hash
 */
export function hashConstant(c: Constant): bigint {
  switch (c.kind) {
    case 'None':
      return pointerHash(NONE_ADDRESS);
    case 'Ellipsis':
      return pointerHash(ELLIPSIS_ADDRESS);
    case 'bool':
      return c.value ? 1n : 0n;
    case 'int':
      return intHash(c.value);
    case 'float':
      return floatHash(c.value);
    case 'complex':
      return complexHash(c.real, c.imag);
    case 'str':
      return strHash(c.value);
    case 'bytes':
      return hashBytes(c.value);
    case 'tuple':
      return tupleHash(c.items.map(hashConstant));
    case 'frozenset':
      return frozensetHash(c.items.map(hashConstant));
    case 'code':
      return codeHash(c.code);
    default:
      return unreachable(c);
  }
}

/** The hash of a tuple of strs (`co_names` and the like). */
function namesHash(names: readonly string[]): bigint {
  return tupleHash(names.map(strHash));
}

/**
 * Returns the hash of a code object.
 *
 * @see CPython 3.8 Objects/codeobject.c code_hash
 */
function codeHash(code: CodeObject): bigint {
  const h =
    strHash(code.name) ^
    hashBytes(code.code) ^
    tupleHash(code.consts.map(hashConstant)) ^
    namesHash(code.names) ^
    namesHash(code.varnames) ^
    namesHash(code.freevars) ^
    namesHash(code.cellvars) ^
    BigInt(code.argcount) ^
    BigInt(code.posonlyargcount) ^
    BigInt(code.kwonlyargcount) ^
    BigInt(code.nlocals) ^
    BigInt(code.flags);
  return h === -1n ? -2n : h;
}
