/**
 * `bytearray.__reduce__` and `bytearray.__reduce_ex__`: the class, its arguments (a latin-1 str
 * for protocols below 3, bytes from 3 on) and the instance `__dict__`. Mirrors CPython 3.8
 * Objects/bytearrayobject.c `_common_reduce`, `bytearray_reduce_impl`, `bytearray_reduce_ex_impl`.
 * @module
 */
import { lookupAttrString } from '../runtime/attributes.ts';
import { incref, type PyObject } from '../runtime/object.ts';
import { PyByteArray } from './bytearray.ts';
import { newBytes } from './bytes.ts';
import { checkPositional, intArg } from './list-methods.ts';
import type { NativeDef } from './native-function.ts';
import { None } from './singletons.ts';
import { newStr } from './str.ts';
import { newTupleStealing } from './tuple.ts';

const REDUCE_DOC = 'Return state information for pickling.';

/** `_common_reduce`: protocols below 3 keep Python 2's (str, 'latin-1') form. */
function commonReduce(self: PyObject, proto: number): PyObject {
  const dict = lookupAttrString(self, '__dict__') ?? incref(None);
  const bytes = (self as PyByteArray).value;
  let args: PyObject;
  if (proto < 3) {
    let latin1 = '';
    for (const b of bytes) latin1 += String.fromCharCode(b);
    args = newTupleStealing([newStr(latin1), newStr('latin-1')]);
  } else {
    args = newTupleStealing(bytes.length === 0 ? [] : [newBytes(bytes.slice())]);
  }
  return newTupleStealing([incref(self.type), args, dict]);
}

/** The pickling methods of `bytearray`. */
export const bytearrayReduceDefs: readonly NativeDef[] = [
  { name: '__reduce__', kind: 'noargs', doc: `__reduce__($self, /)\n--\n\n${REDUCE_DOC}`, impl: (self) => commonReduce(self, 2) },
  {
    name: '__reduce_ex__', kind: 'fast', doc: `__reduce_ex__($self, proto=0, /)\n--\n\n${REDUCE_DOC}`,
    impl: (self, args) => {
      checkPositional('__reduce_ex__', args.length, 0, 1);
      return commonReduce(self, args[0] === undefined ? 0 : intArg(args[0]));
    },
  },
];
