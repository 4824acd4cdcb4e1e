/**
 * The methods only `bytearray` has: append, extend, insert, pop, remove, clear, copy, reverse,
 * plus `__alloc__`. Mirrors CPython 3.8 Objects/bytearrayobject.c (`bytearray_append`,
 * `bytearray_extend`, `bytearray_insert`, `bytearray_pop`, `bytearray_remove`, ...).
 * @module
 */
import { getIter, iterNext } from '../runtime/abstract-iter.ts';
import { tpName } from '../runtime/type-name.ts';
import { indexError, typeError, valueError, PyRaise, exceptionMatches, clearRaise } from '../runtime/errors.ts';
import * as E from './exceptions.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { PyByteArray, bytearrayType, newByteArrayOfType } from './bytearray.ts';
import { byteValue, deleteByteAt, setSliceLinear } from './bytearray-slots.ts';
import { bytesLike } from './bytes-slots.ts';
import { newInt } from './int.ts';
import type { NativeDef } from './native-function.ts';
import { None } from './singletons.ts';
import { checkClinicArgs } from './str-methods-util.ts';
import { ssizeArg } from './list-methods.ts';

const ba = (o: PyObject): PyByteArray => o as PyByteArray;
const none = (): PyObject => incref(None);

/** `bytearray.extend(iterable_of_ints)`. */
function extend(self: PyByteArray, arg: PyObject): void {
  const direct = bytesLike(arg);
  let add: Uint8Array;
  if (direct !== null) add = direct.slice();
  else {
    let it: PyObject;
    try {
      it = getIter(arg);
    } catch (e) {
      if (!(e instanceof PyRaise) || !exceptionMatches(e, E.TypeError)) throw e;
      clearRaise(e);
      throw typeError(`can't extend bytearray with ${tpName(arg.type)}`);
    }
    const out: number[] = [];
    try {
      for (let item = iterNext(it); item !== null; item = iterNext(it)) {
        try {
          out.push(byteValue(item));
        } finally {
          decref(item);
        }
      }
    } finally {
      decref(it);
    }
    add = Uint8Array.from(out);
  }
  const n = self.size;
  self.resize(n + add.length);
  self.buf.set(add, n);
}

/** The methods of bytearray that change it. */
export const bytearrayMutators: readonly NativeDef[] = [
  {
    name: 'append', kind: 'o',
    impl: (self, args) => {
      const v = byteValue(args[0] as PyObject);
      const a = ba(self);
      a.resize(a.size + 1);
      a.buf[a.size - 1] = v;
      return none();
    },
  },
  { name: 'extend', kind: 'o', impl: (self, args) => (extend(ba(self), args[0] as PyObject), none()) },
  {
    name: 'insert', kind: 'fast',
    impl: (self, args) => {
      checkClinicArgs('insert', args.length, 2, 2);
      const a = ba(self);
      let i = ssizeArg(args[0] as PyObject);
      const v = byteValue(args[1] as PyObject);
      if (i < 0) i = Math.max(0, i + a.size);
      if (i > a.size) i = a.size;
      setSliceLinear(a, i, i, Uint8Array.of(v));
      return none();
    },
  },
  {
    name: 'pop', kind: 'fast',
    impl: (self, args) => {
      checkClinicArgs('pop', args.length, 0, 1);
      const a = ba(self);
      let i = args[0] === undefined ? -1 : ssizeArg(args[0]);
      if (a.size === 0) throw indexError('pop from empty bytearray');
      if (i < 0) i += a.size;
      if (i < 0 || i >= a.size) throw indexError('pop index out of range');
      const v = a.buf[i] as number;
      deleteByteAt(a, i);
      return newInt(v);
    },
  },
  {
    name: 'remove', kind: 'o',
    impl: (self, args) => {
      const v = byteValue(args[0] as PyObject);
      const a = ba(self);
      const i = a.value.indexOf(v);
      if (i < 0) throw valueError('value not found in bytearray');
      deleteByteAt(a, i);
      return none();
    },
  },
  { name: 'clear', kind: 'noargs', impl: (self) => (ba(self).setValue(new Uint8Array(0)), none()) },
  { name: 'copy', kind: 'noargs', impl: (self) => newByteArrayOfType(bytearrayType, ba(self).value) },
  { name: 'reverse', kind: 'noargs', impl: (self) => (ba(self).value.reverse(), none()) },
  { name: '__alloc__', kind: 'noargs', impl: (self) => newInt(ba(self).alloc) },
  // `bytearray_sizeof`: the object and its whole buffer.
  { name: '__sizeof__', kind: 'noargs', impl: (self) => newInt(self.type.basicsize + ba(self).alloc) },
];
