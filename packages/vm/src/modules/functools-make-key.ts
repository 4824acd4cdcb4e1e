/**
 * The cache keys of Lib/functools.py's pure-Python `lru_cache`: `_HashedSeq` (a list that hashes
 * once, keeping the hash in its one slot) and `_make_key(args, kwds, typed)`, which flattens the
 * arguments into one. CPython's C `lru_cache` builds its keys itself, but the module keeps both.
 * Mirrors CPython 3.8 Lib/functools.py `_HashedSeq` and `_make_key`.
 * @module
 */
import { listType } from '../objects/list.ts';
import { PyModule } from '../objects/module.ts';
import type { NativeDef } from '../objects/native-function.ts';
import { None } from '../objects/singletons.ts';
import { newSlice } from '../objects/slice.ts';
import { newTupleStealing, type PyTuple } from '../objects/tuple.ts';
import { newInt, intType } from '../objects/int.ts';
import { strType } from '../objects/str.ts';
import { hashObject, isTrue } from '../runtime/abstract-compare.ts';
import { contains, getItem, length, setItem } from '../runtime/abstract-item.ts';
import { iterateUntil } from '../runtime/abstract-iter.ts';
import { inplaceOp } from '../runtime/abstract-number.ts';
import { getAttrString, setAttrString } from '../runtime/attributes.ts';
import { callMethod, callObject } from '../runtime/call.ts';
import { objectType, typeType } from '../runtime/core-types.ts';
import { decref, incref, type PyObject, type PyType } from '../runtime/object.ts';
import { makeClass } from './abc-class.ts';
import { bindArgs } from './abc-function.ts';

const HASHED_SEQ_DOC = ' This class guarantees that hash() will be called no more than once\n        per element.  This is important because the lru_cache() will hash\n        the key multiple times on a cache miss.\n\n    ';

/** `_HashedSeq.__init__(self, tup, hash=hash)`: `self[:] = tup`, then the hash kept. */
function hashedSeqInit(self: PyObject, tup: PyObject, hash: PyObject | undefined): PyObject {
  const all = newSlice(None, None, None);
  try {
    setItem(self, all, tup);
  } finally {
    decref(all);
  }
  const value = hash === undefined ? newInt(hashObject(tup)) : callObject(hash, [tup]);
  try {
    setAttrString(self, 'hashvalue', value);
  } finally {
    decref(value);
  }
  return incref(None);
}

/**
 * Makes `functools._HashedSeq` for the running program.
 *
 * @returns a new reference to the class.
 * @see CPython 3.8 Lib/functools.py `class _HashedSeq`
 */
export function makeHashedSeq(): PyType {
  return makeClass({
    name: '_HashedSeq', module: 'functools', meta: typeType, bases: [listType], doc: HASHED_SEQ_DOC, slots: 'hashvalue',
    body: [
      {
        kind: 'function',
        def: {
          name: '__init__',
          impl: (args, kwnames) => {
            const [self, tup, hash] = bindArgs('__init__', args, kwnames, ['self', 'tup', 'hash'], 1);
            return hashedSeqInit(self as PyObject, tup as PyObject, hash);
          },
        },
      },
      {
        kind: 'function',
        def: { name: '__hash__', impl: (args, kwnames) => getAttrString(bindArgs('__hash__', args, kwnames, ['self'])[0] as PyObject, 'hashvalue') },
      },
    ],
  });
}

/**
 * `kwd_mark`, the default of `_make_key`: one `(object(),)` for the run, made on first use and let
 * go of with the module ({@link freeMakeKey}).
 */
let kwdMark: PyObject | null = null;

function defaultKwdMark(): PyObject {
  kwdMark ??= newTupleStealing([callObject(objectType, [])]);
  return kwdMark;
}

/** `m_free` of functools: lets go of `_make_key`'s `kwd_mark`. */
export function freeMakeKey(): void {
  const mark = kwdMark;
  kwdMark = null;
  if (mark !== null) decref(mark);
}

/** `type(key[0]) in fasttypes`, the default `{int, str}` or the one given. */
function isFastType(type: PyType, fast: PyObject | undefined): boolean {
  return fast === undefined ? type === intType || type === strType : contains(fast, type);
}

/** `key += extra`, stealing `key`. */
function extend(key: PyObject, extra: PyObject): PyObject {
  try {
    return inplaceOp(key, extra, 'add');
  } finally {
    decref(key);
  }
}

/** `tuple(type(v) for v in values)`. */
function typesOf(values: PyObject): PyTuple {
  const types: PyObject[] = [];
  try {
    iterateUntil(values, (v) => {
      types.push(incref(v.type));
      return false;
    });
  } catch (e) {
    for (const t of types) decref(t);
    throw e;
  }
  return newTupleStealing(types);
}

/** `_make_key(args, kwds, typed, kwd_mark=(object(),), fasttypes={int, str}, ...)`. */
function makeKey(module: PyObject, args: readonly PyObject[], kwnames: readonly string[] | null): PyObject {
  const [argsObj, kwds, typed, markArg, fastArg] = bindArgs('_make_key', args, kwnames, ['args', 'kwds', 'typed', 'kwd_mark', 'fasttypes', 'tuple', 'type', 'len'], 5) as [PyObject, PyObject, PyObject, PyObject | undefined, PyObject | undefined];
  let key = incref(argsObj);
  try {
    const hasKw = isTrue(kwds);
    if (hasKw) {
      key = extend(key, markArg ?? defaultKwdMark());
      const items = callMethod(kwds, 'items');
      try {
        iterateUntil(items, (item) => {
          key = extend(key, item);
          return false;
        });
      } finally {
        decref(items);
      }
    }
    if (isTrue(typed)) {
      const argTypes = typesOf(argsObj);
      key = extend(key, argTypes);
      decref(argTypes);
      if (hasKw) {
        const values = callMethod(kwds, 'values');
        try {
          const valueTypes = typesOf(values);
          key = extend(key, valueTypes);
          decref(valueTypes);
        } finally {
          decref(values);
        }
      }
    } else if (length(key) === 1) {
      const zero = newInt(0);
      let first: PyObject;
      try {
        first = getItem(key, zero);
      } finally {
        decref(zero);
      }
      if (isFastType(first.type, fastArg)) return first;
      decref(first);
    }
    const cls = getAttrString(module instanceof PyModule ? module : None, '_HashedSeq');
    try {
      return callObject(cls, [key]);
    } finally {
      decref(cls);
    }
  } finally {
    decref(key);
  }
}

/** `_make_key`, a Python function of the module. */
export const makeKeyDefs: readonly NativeDef[] = [
  { name: '_make_key', kind: 'fastkw', impl: (module, args, kwnames) => makeKey(module, args, kwnames) },
];
