/**
 * `type.__flags__`: a type's `tp_flags` as CPython 3.8 reports them. corosim keeps the flags the
 * runtime acts on (heap type, base type, GC, method descriptor, abstract); the others follow
 * from what CPython derives them from: every type is ready and has a version tag, the tag is
 * valid while the method cache holds lookups of the type (`assign_version_tag`, cleared by
 * `PyType_Modified`), the fast-subclass bits come from the MRO (`inherit_special`), and the
 * vectorcall bit marks the four callable types that have it.
 *
 * DEVIATION(cpython): a built-in type's valid-tag bit is always set. CPython's depends on whether
 * its start-up (`site`, the codecs) or the program looked the type up yet; corosim's built-in
 * types outlive a run, so their lookup caches would make the bit depend on earlier runs.
 * @module
 */
import { typeType } from '../runtime/core-types.ts';
import type { PyType } from '../runtime/object.ts';
import { BaseException } from './exceptions.ts';
import { bytesType } from './bytes.ts';
import { dictType } from './dict.ts';
import { intType } from './int.ts';
import { listType } from './list.ts';
import { strType } from './str.ts';
import { tupleType } from './tuple.ts';

const READY = 1 << 12;
const HAVE_VERSION_TAG = 1 << 18;
const VALID_VERSION_TAG = 1 << 19;
const HAVE_VECTORCALL = 1 << 11;

/** `Py_TPFLAGS_LONG_SUBCLASS` ... `Py_TPFLAGS_TYPE_SUBCLASS`, by the type that carries each. */
const SUBCLASS_BITS: readonly (readonly [PyType, number])[] = [
  [intType, 2 ** 24],
  [listType, 2 ** 25],
  [tupleType, 2 ** 26],
  [bytesType, 2 ** 27],
  [strType, 2 ** 28],
  [dictType, 2 ** 29],
  [BaseException, 2 ** 30],
  [typeType, 2 ** 31],
];

/** The built-in types with `_Py_TPFLAGS_HAVE_VECTORCALL` in CPython 3.8. */
const VECTORCALL_TYPES = new Set(['function', 'method', 'builtin_function_or_method', 'method_descriptor']);

/** `type.__flags__` of `type`, an unsigned 32-bit number. */
export function typeFlags(type: PyType): number {
  let flags = (type.flags | READY | HAVE_VERSION_TAG) >>> 0;
  if (!type.isHeapType || type.lookupCache.size > 0) flags += VALID_VERSION_TAG;
  if (!type.isHeapType && type.module === 'builtins' && VECTORCALL_TYPES.has(type.name)) flags += HAVE_VECTORCALL;
  for (const [base, bit] of SUBCLASS_BITS) {
    if (type.isSubtype(base)) {
      flags += bit;
      break;
    }
  }
  return flags;
}
