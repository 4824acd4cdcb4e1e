/**
 * The `operator` module: the operators as functions, and its dunder aliases. Mirrors CPython 3.8
 * Modules/_operator.c and Lib/operator.py (which re-exports `_operator` under `__add__` & co.);
 * the callable types itemgetter / attrgetter / methodcaller live in operator-getters.ts.
 * @module
 */
import { newBool, newInt } from '../objects/int.ts';
import { dictGetStr, dictSetStr } from '../objects/dict.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { EQ, GE, GT, LE, LT, NE, isTrue, richCompare, richCompareBool } from '../runtime/abstract-compare.ts';
import { contains, deleteItem, getItem, bigLength, lengthHint, lengthInt, setItem } from '../runtime/abstract-item.ts';
import { getIter, isSequenceLike, iterNext } from '../runtime/abstract-iter.ts';
import { ssizeArgValue } from '../objects/list-methods.ts';
import { absolute, binaryOp, index, inplaceOp, sequenceConcatSlot, sequenceInplaceConcatSlot, unaryOp, type BinaryOpKey } from '../runtime/abstract-number.ts';
import { PyRaise, clearRaise, exceptionMatches, typeError, valueError } from '../runtime/errors.ts';
import * as E from '../objects/exceptions.ts';
import { decref, incref, type PyObject } from '../runtime/object.ts';
import { defineNativeModule, importFrom } from './module-builder.ts';
import { unpackArgs } from './functools-args.ts';
import { attrgetterType, itemgetterType, methodcallerType } from './operator-getters.ts';
import { tpName } from '../runtime/type-name.ts';
import { OPERATOR_DOC } from './module-docs.ts';

function unary(name: string, f: (a: PyObject) => PyObject): NativeDef {
  return { name, kind: 'o', impl: (_s, args) => f(args[0] as PyObject) };
}

function binary(name: string, f: (a: PyObject, b: PyObject) => PyObject): NativeDef {
  return {
    name,
    kind: 'fast',
    impl: (_s, args) => {
      unpackArgs(name, args, 2, 2);
      return f(args[0] as PyObject, args[1] as PyObject);
    },
  };
}

const BINOPS: readonly (readonly [string, BinaryOpKey])[] = [
  ['add', 'add'], ['sub', 'subtract'], ['mul', 'multiply'], ['matmul', 'matrix_multiply'], ['floordiv', 'floor_divide'],
  ['truediv', 'true_divide'], ['mod', 'remainder'], ['lshift', 'lshift'], ['rshift', 'rshift'], ['and_', 'and'],
  ['xor', 'xor'], ['or_', 'or'], ['pow', 'power'],
];

const COMPARES: readonly (readonly [string, number])[] = [['lt', LT], ['le', LE], ['eq', EQ], ['ne', NE], ['ge', GE], ['gt', GT]];

function concatCheck(a: PyObject): void {
  if (!isSequenceLike(a)) throw typeError(`'${tpName(a.type)}' object can't be concatenated`);
}

/** `_PySequence_IterSearch` for countOf (counting) and indexOf (first index). */
function iterSearch(seq: PyObject, item: PyObject, count: boolean): number {
  let it: PyObject;
  try {
    it = getIter(seq);
  } catch (e) {
    if (!(e instanceof PyRaise) || !exceptionMatches(e, E.TypeError)) throw e;
    clearRaise(e);
    throw typeError(`argument of type '${tpName(seq.type)}' is not iterable`);
  }
  let n = 0;
  let i = 0;
  try {
    for (let o = iterNext(it); o !== null; o = iterNext(it), i++) {
      let hit: boolean;
      try {
        // The sought object first, as `_PySequence_IterSearch` compares.
        hit = richCompareBool(item, o, EQ);
      } finally {
        decref(o);
      }
      if (hit) {
        if (!count) return i;
        n++;
      }
    }
  } finally {
    decref(it);
  }
  if (!count) throw valueError('sequence.index(x): x not in sequence');
  return n;
}

/** Every function of the module, each `_operator`'s in CPython (operator.py imports them from it). */
const functions: NativeDef[] = ([
  unary('truth', (a) => newBool(isTrue(a))),
  binary('contains', (a, b) => newBool(contains(a, b))),
  binary('indexOf', (a, b) => newInt(iterSearch(a, b, false))),
  binary('countOf', (a, b) => newInt(iterSearch(a, b, true))),
  binary('is_', (a, b) => newBool(a === b)),
  binary('is_not', (a, b) => newBool(a !== b)),
  unary('index', (a) => index(a)),
  ...BINOPS.map(([name, op]) => binary(name, (a, b) => binaryOp(a, b, op))),
  unary('neg', (a) => unaryOp(a, '-')),
  unary('pos', (a) => unaryOp(a, '+')),
  unary('abs', (a) => absolute(a)),
  unary('inv', (a) => unaryOp(a, '~')),
  unary('invert', (a) => unaryOp(a, '~')),
  unary('not_', (a) => newBool(!isTrue(a))),
  // `iand` and `ior`, not `iand_`: only the plain names clash with keywords.
  ...BINOPS.filter(([name]) => name !== 'pow').map(([name, op]) => binary(`i${name.replace(/_$/, '')}`, (a, b) => inplaceOp(a, b, op))),
  binary('ipow', (a, b) => inplaceOp(a, b, 'power')),
  // `PySequence_Concat`: a sequence's own concatenation, never the other operand's `__radd__`.
  binary('concat', (a, b) => {
    concatCheck(a);
    return sequenceConcatSlot(a.type)?.(a, b) ?? binaryOp(a, b, 'add');
  }),
  // `PySequence_InPlaceConcat`: the sequence's in-place concatenation, else its concatenation.
  binary('iconcat', (a, b) => {
    concatCheck(a);
    return (sequenceInplaceConcatSlot(a.type) ?? sequenceConcatSlot(a.type))?.(a, b) ?? inplaceOp(a, b, 'add');
  }),
  binary('getitem', (a, b) => getItem(a, b)),
  {
    name: 'setitem',
    kind: 'fast',
    impl: (_s, args) => {
      unpackArgs('setitem', args, 3, 3);
      setItem(args[0] as PyObject, args[1] as PyObject, args[2] as PyObject);
      return incref(None);
    },
  },
  binary('delitem', (a, b) => {
    deleteItem(a, b);
    return incref(None);
  }),
  ...COMPARES.map(([name, op]) => binary(name, (a, b) => richCompare(a, b, op))),
  {
    name: 'length_hint',
    kind: 'fast',
    impl: (_s, args) => {
      unpackArgs('length_hint', args, 1, 2);
      const d = args[1] === undefined ? 0 : ssizeArgValue(args[1]);
      // A hint or default past 2**53 comes back exact (`bigLength`, `lengthInt`), as the C
      // function's Py_ssize_t is.
      return lengthInt(lengthHint(args[0] as PyObject, typeof d === 'bigint' ? bigLength(d) : d));
    },
  },
] as NativeDef[]).map((def) => ({ ...def, cModule: '_operator' }));

/** Lib/operator.py's dunder aliases (`__add__ = add`, `__not__ = not_`, ...). */
function dunderName(name: string): string | null {
  if (name.startsWith('_') || ['truth', 'is_', 'is_not', 'indexOf', 'countOf', 'length_hint'].includes(name)) return null;
  return `__${name.endsWith('_') ? name.slice(0, -1) : name}__`;
}

defineNativeModule({
  name: 'operator',
  all: [
    'abs', 'add', 'and_', 'attrgetter', 'concat', 'contains', 'countOf', 'delitem', 'eq', 'floordiv', 'ge',
    'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul', 'index',
    'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_', 'is_not', 'isub', 'itemgetter', 'itruediv',
    'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_',
    'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor',
  ],
  doc: OPERATOR_DOC,
  functions,
  values: () => [
    ['itemgetter', incref(itemgetterType)],
    ['attrgetter', incref(attrgetterType)],
    ['methodcaller', incref(methodcallerType)],
  ],
  init: (module) => {
    // `from builtins import abs as _abs`, as Lib/operator.py does.
    const abs = importFrom(module, 'builtins', 'abs');
    dictSetStr(module.namespace, '_abs', abs);
    decref(abs);
    for (const def of functions) {
      const alias = dunderName(def.name);
      if (alias === null) continue;
      const f = dictGetStr(module.namespace, def.name);
      if (f !== null) dictSetStr(module.namespace, alias, f);
    }
  },
});
